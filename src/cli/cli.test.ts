import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../core/db/client.ts';

const BIN = path.resolve('bin/concord.js');
let dir: string;
const env = () => ({ ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '', HOME: dir });

function concord(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { env: env(), input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('concord', () => {
  it('has --help on every command', () => {
    const top = concord(['--help']);
    expect(top.code).toBe(0);
    for (const cmd of ['serve', 'migrate', 'admin', 'states', 'log']) expect(top.stdout).toContain(cmd);
    for (const sub of [['serve'], ['admin', 'create'], ['log', 'verify'], ['states'], ['migrate']]) {
      const r = concord([...sub, '--help']);
      expect(r.code, sub.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/^Usage: concord /);
    }
  });

  it('prints the reference states', () => {
    const r = concord(['states', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(195);
    expect(concord(['states', '--region', 'Oceania']).stdout).toMatch(/14 states\n$/);
  });

  it('serves, printing the admin password once on first start only', async () => {
    const port = await freePort();
    const run = async () => {
      const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--host', '127.0.0.1'], { env: env() });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 60_000);
        child.stdout.on('data', () => out.includes('listening') && (clearTimeout(timer), resolve()));
      });
      const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
      return { out, health };
    };
    const first = await run();
    expect(first.health).toMatchObject({ status: 'ok', database: 'pglite' });
    expect(first.out).toMatch(/e-mail: +admin@concord\.local\n +password: +\S{20,}/);
    const second = await run();
    expect(second.out).not.toMatch(/password/);
  });

  it('creates an admin from a password on standard input, and refuses a duplicate in one line', () => {
    const ok = concord(['admin', 'create', '--email', 'second@example.org', '--password-stdin'], 'a long enough password\n');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/created admin second@example\.org/);
    const dup = concord(['admin', 'create', '--email', 'second@example.org', '--password-stdin'], 'a long enough password\n');
    expect(dup.code).toBe(1);
    expect(dup.stderr.trim().split('\n')).toHaveLength(1);
    expect(dup.stderr).toMatch(/already_exists/);
    const short = concord(['admin', 'create', '--email', 'third@example.org', '--password-stdin'], 'short\n');
    expect(short.code).toBe(1);
  });

  it('migrates, and verifies the log until an entry is edited', async () => {
    expect(concord(['migrate']).code).toBe(0);
    const ok = concord(['log', 'verify']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^log verified: \d+ entries/);
    const database = await openDatabase({ pgliteDir: path.join(dir, 'data', 'pglite') });
    await database.db.execute(
      sql`update log_entries set canonical = replace(canonical, '"role":"admin"', '"role":"inspector"') where kind = 'account.created'`,
    );
    await database.close();
    const bad = concord(['log', 'verify']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^log verification FAILED: /);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a bad setting in one line', () => {
    const r = concord(['serve', '--port', 'eighty']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^concord: invalid setting PORT/);
  });
});

describe('the embedded database', () => {
  it('refuses a second process while the server holds it, in one line', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--host', '127.0.0.1'], { env: env() });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 60_000);
        child.stdout.on('data', (d) => ((out += d), out.includes('listening') && (clearTimeout(timer), resolve())));
      });
      const second = concord(['migrate']);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(
        new RegExp(`^concord: the database in .* is in use by process ${child.pid} .*\\(database_in_use\\)\\n$`),
      );
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.on('exit', r));
    }
    expect(concord(['migrate']).code).toBe(0);
  });
});
