import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boot } from '../../core/boot.ts';
import { loadConfig } from '../../core/config.ts';
import { modules } from '../../modules/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const run = promisify(execFile);

/** Runs `concord …`; resolves with the exit code and output whatever the code. */
async function concord(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'bin/concord.js'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * A server over the embedded database in `dataDir` with one procedural motion that Kenya's
 * delegate voted yes on and the admin has closed; `stop` shuts the server and its database.
 */
async function serverWithClosedMotion(dataDir: string): Promise<{ url: string; motionId: number; stop: () => Promise<void> }> {
  const booted = await boot(loadConfig({ dataDir, port: 0, logLevel: 'warn' }, {}), modules);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: booted.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stop = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await booted.database.close();
  };
  const call = async (method: string, p: string, body?: unknown, cookie?: string) => {
    const res = await fetch(`${url}${p}`, {
      method,
      headers: { origin: url, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
    return { json: await res.json(), cookie: res.headers.get('set-cookie')?.split(';')[0] };
  };
  const admin = (await call('POST', '/api/auth/login', booted.firstAdmin)).cookie!;
  const { participants } = (await call('GET', '/api/assembly/participants?kind=state')).json;
  const ken = participants.find((p: any) => p.iso3 === 'KEN').id;
  await call('PATCH', `/api/assembly/participants/${ken}`, { status: 'member' }, admin);
  await call(
    'POST',
    '/api/users',
    { email: 'ken@test.local', name: 'Kenya', role: 'delegate', password: 'a long password 1', participantId: ken },
    admin,
  );
  const delegate = (await call('POST', '/api/auth/login', { email: 'ken@test.local', password: 'a long password 1' })).cookie!;
  const closesAt = new Date(Date.now() + 1500).toISOString();
  const motionId = (
    await call(
      'POST',
      '/api/motions',
      { kind: 'procedural', title: 'Open the session', opensAt: new Date().toISOString(), closesAt },
      admin,
    )
  ).json.id;
  await call('POST', `/api/motions/${motionId}/ballots`, { choice: 'yes' }, delegate);
  await new Promise((r) => setTimeout(r, 1600));
  expect((await call('POST', `/api/motions/${motionId}/close`, undefined, admin)).json.status).toBe('closed');
  return { url, motionId, stop };
}

describe('concord assembly retally', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-retally-'));
  let url: string;
  let motionId: number;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ url, motionId, stop } = await serverWithClosedMotion(dataDir));
  });

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('agrees over the public API: exit 0 and one line', async () => {
    const r = await concord('assembly', 'retally', '--motion', String(motionId), '--url', url);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(new RegExp(`^motion ${motionId}: retally agrees — passed`));
  });

  it("disagrees (exit 1) when a server answers with another motion's entries", async () => {
    const { createServer } = await import('node:http');
    // A server that answers every motion's log with the entries of `motionId`.
    const answer = async (res: ServerResponse) => {
      const upstream = await fetch(`${url}/api/motions/${motionId}/log`);
      res.writeHead(upstream.status, { 'content-type': 'application/json' });
      res.end(await upstream.text());
    };
    const proxy = createServer((_req, res) => {
      answer(res).catch((err: Error) => res.destroy(err));
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
    try {
      const other = motionId + 1000;
      const r = await concord(
        'assembly',
        'retally',
        '--motion',
        String(other),
        '--url',
        `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^motion ${other}: retally DISAGREES`));
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });

  it('agrees from the local database, and disagrees (exit 1) once the logged result is altered', async () => {
    await stop();
    const ok = await concord('assembly', 'retally', '--motion', String(motionId), '--data-dir', dataDir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/retally agrees/);

    const database = await (await import('../../core/boot.ts')).openConfiguredDatabase(loadConfig({ dataDir }, {}));
    await database.db.execute(
      `update log_entries set canonical = replace(canonical, '"passed":true', '"passed":false') where subject = 'motion:${motionId}' and kind = 'motion.closed'`,
    );
    await database.close();
    const bad = await concord('assembly', 'retally', '--motion', String(motionId), '--data-dir', dataDir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`^motion ${motionId}: retally DISAGREES: result.passed`));
    const none = await concord('assembly', 'retally', '--motion', '999', '--data-dir', dataDir);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no log entries/);
  });
});

describe('concord power', () => {
  it('prints a table, and JSON for machines', async () => {
    const table = await concord('power', '--quota', '8', '--weights', '7,7,1');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('quota 8 of total weight 15; veto players: none');
    const json = await concord('power', '--quota', '14', '--weights', '7,7,1', '--json');
    expect(JSON.parse(json.stdout).vetoPlayers).toEqual(['P1', 'P2']);
  });
  it('refuses a quota above the total and non-integer weights, in one line', async () => {
    const high = await concord('power', '--quota', '16', '--weights', '7,7,1');
    expect(high.code).toBe(1);
    expect(high.stderr).toMatch(/quota_invalid/);
    const frac = await concord('power', '--quota', '8', '--weights', '7,-7,1');
    expect(frac.code).toBe(1);
    expect(frac.stderr.trim().split('\n')).toHaveLength(1);
  });
});
