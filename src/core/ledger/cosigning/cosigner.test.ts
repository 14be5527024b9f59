/**
 * The log asking real witnesses: Concord's own witness servers (ledger/witness) over HTTP on
 * loopback, a log in a fresh PGlite, the loop run round by round on a clock the test moves.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/fixtures/app.ts';
import { openDatabase } from '../../db/client.ts';
import { prepareDatabase } from '../../boot.ts';
import { parseCheckpoint, parseVerifierKey, verifyNote } from '../checkpoint.ts';
import {
  cosignaturesOf,
  generateCosignerKey,
  parseCosignerKey,
  parseCosignerSigner,
  splitNote,
  type CosignerSigner,
} from '../cosignature.ts';
import { appendManyToLog } from '../log-writer.ts';
import { getVerifierKey, logSize } from '../log-reader.ts';
import { startWitness, type RunningWitness } from '../witness/witness-server.ts';
import { Cosigner, type CosignerOptions } from './cosigner.ts';
import { readProgress, readWitnessedCheckpoint } from './witnesses.repository.ts';

const ORIGIN = 'concord.test/log';
let dirs: string[] = [];
let t: TestApp;
let logVkey: string;
const closers: (() => Promise<unknown>)[] = [];

/** A fresh log (booted app) whose configuration names `witnesses`, each `vkey=url`. */
async function bootLog(entries: (vkey: string) => string[] | Promise<string[]>, quorum?: number) {
  const database = await openDatabase({});
  // Only the log's key is needed before the witnesses start; boot (testApp) loads the modules' first-start data.
  await prepareDatabase(database, { logOrigin: ORIGIN }, []);
  logVkey = await getVerifierKey(database.db);
  const list = (await entries(logVkey)).join(' ');
  t = await testApp(database, { logOrigin: ORIGIN, logWitnesses: list, ...(quorum ? { logWitnessQuorum: quorum } : {}) });
  closers.push(() => t.close());
  return t.deps.config;
}

async function witness(name: string, port = 0) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-cosigner-'));
  dirs.push(dir);
  const signer = parseCosignerSigner(generateCosignerKey(name).signerKey);
  return { signer, dir, ...(await serve(signer, dir, port)) };
}

async function serve(signer: CosignerSigner, dataDir: string, port = 0): Promise<RunningWitness> {
  const running = await startWitness({ signer, logKeys: [parseVerifierKey(logVkey)], dataDir, port });
  closers.push(() => running.close().catch(() => undefined));
  return running;
}

/** A port nothing listens on (taken, then released). */
async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A real HTTP server in front of `target` that notes the status of every answer it relays. */
async function recordingProxy(target: () => string) {
  const statuses: number[] = [];
  const server: Server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void fetch(`${target()}${req.url}`, { method: 'POST', body: Buffer.concat(chunks).toString('utf8') }).then(async (answer) => {
        statuses.push(answer.status);
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
        res.end(await answer.text());
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, statuses };
}

/** A clock the test moves. */
function clock(start = Date.parse('2026-05-20T12:00:00Z')) {
  let ms = start;
  return { now: () => new Date(ms), advance: (by: number) => (ms += by) };
}

const append = (n: number) =>
  t.database.db.transaction((tx) =>
    appendManyToLog(
      tx,
      Array.from({ length: n }, (_, i) => ({ kind: 'test.entry', actor: null, subject: null, body: { i } })),
    ),
  );

function cosigner(config: TestApp['deps']['config'], extra: Partial<CosignerOptions> = {}) {
  return new Cosigner({ db: t.database.db, ...config, timeoutMs: 2000, ...extra });
}

beforeEach(() => {
  dirs = [];
});
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Cosigner: the quorum', () => {
  it('gathers the quorum of cosignatures; GET /api/log/checkpoint serves them after the log signature, /latest the newest', async () => {
    const ws: Awaited<ReturnType<typeof witness>>[] = [];
    const config = await bootLog(async () => {
      ws.push(await witness('witness.test/a'), await witness('witness.test/b'));
      return ws.map((w) => `${w.signer.vkey}=${w.url}`);
    });
    const loop = cosigner(config);
    await append(5);
    const size = await logSize(t.database.db);
    // Before any checkpoint reached the quorum, the served one is the log's alone (clients never break).
    const before = await (await t.request('GET', '/api/log/checkpoint')).text();
    expect(splitNote(before).signatures).toHaveLength(1);

    const report = await loop.runRound();
    expect(report).toEqual({ size, asked: { 'witness.test/a': 'cosigned', 'witness.test/b': 'cosigned' }, witnessedSize: size });

    const note = await (await t.request('GET', '/api/log/checkpoint')).text();
    const { body, signatures } = splitNote(note);
    expect(verifyNote(note, logVkey).size).toBe(size);
    expect(signatures[0]).toMatch(new RegExp(`^\u2014 ${ORIGIN} `));
    expect(verifyNote(`${body}\n${signatures[0]}`, logVkey).size).toBe(size);
    const keys = ws.map((w) => parseCosignerKey(w.signer.vkey));
    expect(cosignaturesOf(body, signatures.slice(1), keys).map((c) => c.name)).toEqual(['witness.test/a', 'witness.test/b']);

    // Appends go on; the newest is at /latest, signed by the log only, until the next round.
    await append(3);
    const latest = await (await t.request('GET', '/api/log/checkpoint/latest')).text();
    expect(parseCheckpoint(splitNote(latest).body).size).toBe(size + 3);
    expect(splitNote(latest).signatures).toHaveLength(1);
    expect(parseCheckpoint(splitNote(await (await t.request('GET', '/api/log/checkpoint')).text()).body).size).toBe(size);
    expect((await loop.runRound()).witnessedSize).toBe(size + 3);
    // A round with nothing new asks no one.
    expect((await loop.runRound()).asked).toEqual({});
  });
});

describe('Cosigner: a witness down', () => {
  it('backs off from a witness that is down, appends unhindered, and catches it up once it is back', async () => {
    const port = await freePort();
    const signer = parseCosignerSigner(generateCosignerKey('witness.test/down').signerKey);
    let up: Awaited<ReturnType<typeof witness>> | undefined;
    const config = await bootLog(async () => {
      up = await witness('witness.test/up');
      return [`${up.signer.vkey}=${up.url}`, `${signer.vkey}=http://127.0.0.1:${port}`];
    }, 1);
    const time = clock();
    const loop = cosigner(config, { now: time.now, minBackoffMs: 1000, maxBackoffMs: 4000 });
    await append(4);
    const first = await loop.runRound();
    expect(first.asked).toEqual({ 'witness.test/up': 'cosigned', 'witness.test/down': 'failed' });
    // One of two asked witnesses is the quorum here: the checkpoint is witnessed all the same.
    expect(first.witnessedSize).toBe(first.size);
    const [down] = await readProgress(t.database.db, [signer.vkey]);
    expect(down).toMatchObject({ size: null, failures: 1, lastError: expect.stringMatching(/^unreachable: ECONNREFUSED/) });
    expect(down!.nextTryAt!.getTime() - time.now().getTime()).toBe(1000);

    // Backing off: not asked again before its time; then the back-off doubles, up to its cap.
    await append(1);
    expect((await loop.runRound()).asked).toEqual({ 'witness.test/up': 'cosigned' });
    for (const wait of [2000, 4000, 4000]) {
      time.advance(4000);
      expect((await loop.runRound()).asked).toEqual({ 'witness.test/down': 'failed' });
      const [p] = await readProgress(t.database.db, [signer.vkey]);
      expect(p!.nextTryAt!.getTime() - time.now().getTime()).toBe(wait);
    }
    const listed = await (await t.request('GET', '/api/log/witnesses')).json();
    expect(listed.witnesses[1]).toMatchObject({
      name: 'witness.test/down',
      source: 'configured',
      lastSize: null,
      lastError: expect.any(String),
    });

    // It comes back on its address: the next round after the back-off catches it up from size 0.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-cosigner-'));
    dirs.push(dir);
    await serve(signer, dir, port);
    await append(2);
    time.advance(4000);
    const back = await loop.runRound();
    expect(back.asked).toEqual({ 'witness.test/up': 'cosigned', 'witness.test/down': 'cosigned' });
    const [p] = await readProgress(t.database.db, [signer.vkey]);
    expect(p).toMatchObject({ size: back.size, failures: 0, lastError: null, nextTryAt: null });
    const { body, signatures } = splitNote(await (await t.request('GET', '/api/log/checkpoint')).text());
    expect(cosignaturesOf(body, signatures, [parseCosignerKey(signer.vkey), parseCosignerKey(up!.signer.vkey)])).toHaveLength(2);
  });
});

describe('Cosigner: a witness that hangs', () => {
  it('keeps appending while a witness holds a request open: no append waits for a witness', async () => {
    // A witness that accepts the connection and never answers.
    const sockets: import('node:net').Socket[] = [];
    const silent = http.createServer((req) => sockets.push(req.socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    closers.push(
      () =>
        new Promise((resolve) => {
          for (const s of sockets) s.destroy();
          silent.close(resolve);
        }),
    );
    const { vkey } = generateCosignerKey('witness.test/silent');
    const config = await bootLog(() => [`${vkey}=http://127.0.0.1:${(silent.address() as AddressInfo).port}`]);
    // The request stays open until the test lets go: no time bound, so a loaded machine cannot make it flaky.
    const loop = cosigner(config, { timeoutMs: 60_000 });
    await append(1);
    let settled = false;
    const round = loop.runRound().then((r) => ((settled = true), r));
    while (sockets.length === 0) await new Promise((r) => setTimeout(r, 10));
    const admin = await t.login();
    for (let i = 0; i < 20; i++) {
      const res = await t.request('POST', '/api/coalition/milestones', {
        cookie: admin,
        body: { title: `M${i}`, targetDate: '2030-01-01' },
      });
      expect(res.status).toBe(201);
    }
    expect(settled).toBe(false);
    for (const s of sockets) s.destroy();
    expect((await round).asked).toEqual({ 'witness.test/silent': 'failed' });
    expect((await readProgress(t.database.db, [vkey]))[0]!.lastError).toMatch(/^unreachable: /);
    // No witnessed checkpoint: the served checkpoint is the newest, signed by the log.
    expect(await readWitnessedCheckpoint(t.database.db)).toBeUndefined();
    const served = await (await t.request('GET', '/api/log/checkpoint')).text();
    expect(parseCheckpoint(splitNote(served).body).size).toBe(await logSize(t.database.db));
  });
});

describe('Cosigner: answers of a witness', () => {
  it('on a 409 sends the checkpoint again from the size the witness gave', async () => {
    let target = '';
    let proxy: Awaited<ReturnType<typeof recordingProxy>> | undefined;
    let w: Awaited<ReturnType<typeof witness>> | undefined;
    const config = await bootLog(async () => {
      w = await witness('witness.test/409');
      target = w.url;
      proxy = await recordingProxy(() => target);
      return [`${w.signer.vkey}=${proxy.url}`];
    });
    const loop = cosigner(config);
    await append(10);
    expect((await loop.runRound()).asked).toEqual({ 'witness.test/409': 'cosigned' });
    // This log forgets how far the witness is (as a second server process would not know it).
    await t.database.db.execute(`delete from log_witness_progress`);
    await append(7);
    const report = await loop.runRound();
    expect(report.asked).toEqual({ 'witness.test/409': 'cosigned' });
    expect(proxy!.statuses).toEqual([200, 409, 200]);
    expect((await readProgress(t.database.db, [w!.signer.vkey]))[0]!.size).toBe(report.size);
    expect(report.witnessedSize).toBe(report.size);
  });

  it('stores no cosignature by a key other than the configured one', async () => {
    const impostor = generateCosignerKey('witness.test/w').vkey; // same name, another key
    const config = await bootLog(async () => {
      const w = await witness('witness.test/w');
      return [`${impostor}=${w.url}`];
    });
    const loop = cosigner(config);
    await append(2);
    const report = await loop.runRound();
    expect(report).toMatchObject({ asked: { 'witness.test/w': 'failed' }, witnessedSize: null });
    const [p] = await readProgress(t.database.db, [impostor]);
    expect(p).toMatchObject({ cosignature: null, lastError: `answered no cosignature by ${impostor}` });
    expect(await readWitnessedCheckpoint(t.database.db)).toBeUndefined();
  });
});

describe('Cosigner: the loop', () => {
  it('runs on its own when started, within about an interval of an append, and stops', async () => {
    let w: Awaited<ReturnType<typeof witness>> | undefined;
    const config = await bootLog(async () => {
      w = await witness('witness.test/loop');
      return [`${w.signer.vkey}=${w.url}`];
    });
    const loop = cosigner(config, { intervalMs: 50 }).start();
    closers.push(() => loop.stop());
    await append(3);
    const size = await logSize(t.database.db);
    const deadline = Date.now() + 5000;
    while ((await readWitnessedCheckpoint(t.database.db))?.size !== size && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect((await readWitnessedCheckpoint(t.database.db))?.size).toBe(size);
    await loop.stop();
  });
});
