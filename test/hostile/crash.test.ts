/**
 * Crash safety, as `kill -9` tests it: the real server (`concord serve`, a child process) takes
 * many concurrent writes, each of which appends a log entry in its own transaction; it is killed
 * with SIGKILL while they are in flight and started again on the same data. Every write that was
 * acknowledged (a 201 received) must still be there with its log entry, no record may exist
 * without its entry (nor an entry without its record), and `concord log verify` must pass: over
 * HTTP after each restart, and on the stored data once the server has stopped, with one state
 * file throughout so that each checkpoint is also checked consistent with the one before it.
 *
 * PGlite (the default, a file under DATA_DIR whose lock the dead process leaves behind) always;
 * PostgreSQL when TEST_DATABASE_URL is set, as CI does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { POSTGRES_URL } from '../fixtures/databases.ts';
import { sessionCookie } from '../fixtures/http.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/concord.js');
const ADMIN_EMAIL = 'crash-admin@test.local';
/** Kill rounds per database, and writes acknowledged in a round before its kill. */
const ROUNDS = 3;
const ACKS_BEFORE_KILL = 30;
const WRITERS = 8;

/** Where the server keeps its data: a DATA_DIR (PGlite) or a DATABASE_URL. */
type Store = { dataDir: string } | { databaseUrl: string };

interface Server {
  child: ChildProcess;
  base: string;
  password?: string;
  output: () => string;
  exited: Promise<number | null>;
}

const live = new Set<ChildProcess>();
const cleanups: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

/** The environment of a child: this one's, without settings that would point it elsewhere. */
function childEnv(store: Store): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ADMIN_EMAIL, LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'PUBLIC_URL']) delete env[name];
  return 'dataDir' in store ? { ...env, DATA_DIR: store.dataDir } : { ...env, DATABASE_URL: store.databaseUrl };
}

/** Starts `concord serve` on a free port and resolves once it listens. */
function startServer(store: Store): Promise<Server> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: childEnv(store),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => (live.delete(child), resolve(code))));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        child.stdout.off('data', read);
        // Keep draining, so that a full pipe never stalls the server.
        child.stdout.on('data', (more: Buffer) => (output += more.toString()));
        resolve({
          child,
          base: `http://127.0.0.1:${listening[1]}`,
          password: /password:\s+(\S+)/.exec(output)?.[1],
          output: () => output,
          exited,
        });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${output}`));
    });
  });
}

/** Runs `concord …` to its end. */
function runCli(args: string[], store: Store): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: childEnv(store), stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(child);
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => (live.delete(child), resolve({ code, output })));
  });
}

async function login(server: Server, password: string): Promise<string> {
  const res = await fetch(`${server.base}/api/auth/login`, {
    method: 'POST',
    headers: { origin: server.base, 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return sessionCookie(res);
}

async function getJson<T = any>(server: Server, cookie: string, path: string): Promise<T> {
  const res = await fetch(`${server.base}${path}`, { headers: { cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

interface Acknowledged {
  id: number;
  name: string;
}

/**
 * Sends organization creations from `WRITERS` concurrent clients and SIGKILLs the server once
 * `ACKS_BEFORE_KILL` of them were acknowledged, with the others still in flight. Returns the
 * acknowledged writes and any answer that was neither a 201 nor a broken connection.
 */
async function writeUntilKilled(server: Server, cookie: string, round: number) {
  const acknowledged: Acknowledged[] = [];
  const unexpected: string[] = [];
  let killed = false;
  let sent = 0;
  const writer = async (w: number) => {
    for (let k = 0; ; k++) {
      const name = `crash r${round} w${w} n${k}`;
      sent++;
      let res: Response;
      try {
        res = await fetch(`${server.base}/api/coalition/organizations`, {
          method: 'POST',
          headers: { origin: server.base, cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ name, kind: 'member', description: `written in round ${round} by writer ${w}` }),
        });
      } catch {
        return; // The connection broke: the server is gone, and this write was never acknowledged.
      }
      let text: string;
      try {
        text = await res.text();
      } catch {
        return; // Killed between the status line and the body: not acknowledged either.
      }
      if (res.status === 201) {
        acknowledged.push({ id: (JSON.parse(text) as { id: number }).id, name });
        if (acknowledged.length >= ACKS_BEFORE_KILL && !killed) {
          killed = true;
          server.child.kill('SIGKILL');
        }
      } else {
        unexpected.push(`${name}: ${res.status} ${text.slice(0, 200)}`);
        if (unexpected.length > 20) return;
      }
    }
  };
  const watchdog = setTimeout(() => server.child.kill('SIGKILL'), 30_000);
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  clearTimeout(watchdog);
  await server.exited;
  return { acknowledged, unexpected, sent };
}

/** Every log entry, read through the public API in pages of 1000. */
async function logEntries(server: Server, cookie: string) {
  const checkpoint = await (await fetch(`${server.base}/api/log/checkpoint`)).text();
  const size = Number(checkpoint.split('\n')[1]);
  const out: { kind: string; subject: string | null; body: any }[] = [];
  for (let start = 0; start < size; start += 1000) {
    const page = await getJson<{ entries: { entry: { kind: string; subject: string | null; body: any } }[] }>(
      server,
      cookie,
      `/api/log/entries?start=${start}&end=${Math.min(size, start + 1000)}`,
    );
    out.push(...page.entries.map((e) => e.entry));
  }
  expect(out).toHaveLength(size);
  return out;
}

/** After a restart: every acknowledged organization and its log entry are there, and records and entries pair up. */
async function checkSurvivors(server: Server, cookie: string, acknowledged: Acknowledged[]) {
  const { organizations } = await getJson<{ organizations: { id: number; name: string }[] }>(
    server,
    cookie,
    '/api/coalition/organizations',
  );
  const stored = new Map(organizations.filter((o) => o.name.startsWith('crash ')).map((o) => [o.id, o.name]));
  const added = (await logEntries(server, cookie)).filter(
    (e) => e.kind === 'coalition.organization-added' && String(e.body?.name).startsWith('crash '),
  );
  const logged = new Map(added.map((e) => [Number(String(e.subject).replace('organization:', '')), String(e.body.name)]));

  const lost = acknowledged.filter((a) => stored.get(a.id) !== a.name).map((a) => `${a.id} ${a.name}`);
  expect(lost, 'acknowledged writes missing after the restart').toEqual([]);
  const unlogged = acknowledged.filter((a) => logged.get(a.id) !== a.name).map((a) => `${a.id} ${a.name}`);
  expect(unlogged, 'acknowledged writes without their log entry').toEqual([]);
  // A record and its entry exist together or not at all, acknowledged or not; each is logged once.
  expect([...stored].sort(), 'stored organizations and their log entries differ').toEqual([...logged].sort());
  expect(added.length, 'an organization logged twice').toBe(logged.size);
  return stored.size;
}

async function verifyOverHttp(server: Server, store: Store, state: string) {
  const { code, output } = await runCli(['log', 'verify', '--url', server.base, '--state', state], store);
  expect(code, `concord log verify --url ${server.base}:\n${output}`).toBe(0);
}

async function stop(server: Server) {
  server.child.kill('SIGTERM');
  const code = await server.exited;
  expect(code, `the server did not stop cleanly:\n${server.output().slice(-2000)}`).toBe(0);
}

async function crashRounds(store: Store, work: string) {
  const state = path.join(work, 'log-verify-state.json');
  let server = await startServer(store);
  const password = server.password;
  expect(password, `no first-start password in the output:\n${server.output()}`).toBeTruthy();
  const all: Acknowledged[] = [];
  const counts: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const cookie = await login(server, password!);
    const { acknowledged, unexpected, sent } = await writeUntilKilled(server, cookie, round);
    expect(unexpected, 'answers that were neither 201 nor a broken connection').toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    all.push(...acknowledged);

    server = await startServer(store);
    const stored = await checkSurvivors(server, await login(server, password!), all);
    await verifyOverHttp(server, store, state);
    counts.push(`round ${round}: ${sent} sent, ${acknowledged.length} acknowledged, ${stored} stored in all`);
  }
  await stop(server);
  const args = [
    'log',
    'verify',
    '--state',
    state,
    ...('dataDir' in store ? ['--data-dir', store.dataDir] : ['--database-url', store.databaseUrl]),
  ];
  const { code, output } = await runCli(args, store);
  expect(code, `concord ${args.join(' ')}:\n${output}`).toBe(0);
  console.log(
    `crash test (${'dataDir' in store ? 'PGlite' : 'PostgreSQL'}): ${ROUNDS} SIGKILLs during writes; ${counts.join('; ')}; log verify passed`,
  );
}

function workDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-crash-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('crash: SIGKILL during writes loses nothing acknowledged', () => {
  it('PGlite: every acknowledged write and its log entry survive each kill; log verify passes', async () => {
    const work = workDir();
    await crashRounds({ dataDir: path.join(work, 'data') }, work);
  }, 150_000);

  it.skipIf(!POSTGRES_URL)(
    'PostgreSQL (needs TEST_DATABASE_URL): every acknowledged write and its log entry survive each kill; log verify passes',
    async () => {
      const name = `concord_crash_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      cleanups.push(async () => {
        const again = new pg.Client({ connectionString: POSTGRES_URL });
        await again.connect();
        await again.query(`drop database if exists ${name} with (force)`);
        await again.end();
      });
      const url = new URL(POSTGRES_URL!);
      url.pathname = `/${name}`;
      await crashRounds({ databaseUrl: url.toString() }, workDir());
    },
    150_000,
  );
});
