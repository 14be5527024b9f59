/**
 * Single-record writes over HTTP, one request per write, beside the raw transaction they amount to
 * (issue 16, part 2). The server is `concord serve` in a child process, as `npm start` runs it:
 * PGlite under a fresh DATA_DIR and, when TEST_DATABASE_URL is set, PostgreSQL (a throw-away
 * database). autocannon sends the writes from this process with an API token, at 1 and 16
 * connections. The baseline, measured in the same run through the same driver (Drizzle over
 * PGlite, or over pg with the server's pool size), on a second throw-away database of the same
 * schema, prepared as a first start leaves it: the same rows inserted as plain SQL in one transaction, no validation, no hashing, no
 * logic — for an organization its row, one `log_entries` row and its leaf in the level-0
 * `log_tiles` row (32 bytes overlaid; a new tile inserted whole once per 256, as the writer does); for a person its row alone (people are
 * not logged).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { prepareDatabase } from '../src/core/boot.ts';
import { openDatabase, type Database, type Db } from '../src/core/db/client.ts';
import { modules } from '../src/modules/index.ts';
import type { Figure } from './index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/concord.js');
const ADMIN_EMAIL = 'bench-admin@bench.local';
/** Seconds per measured phase; each phase is preceded by a 1 s warm-up. */
const SECONDS = Number(process.env.BENCH_WRITES_SECONDS ?? 5);
const CLIENTS = [1, 16] as const;
const GOAL = 0.5;

type Store = { dataDir: string } | { databaseUrl: string };

interface Server {
  child: ChildProcess;
  base: string;
  output: () => string;
}

/** `concord serve` on a free port, with the access log off as in the http bench. */
function startServer(store: Store): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, ADMIN_EMAIL, LOG_LEVEL: 'silent' };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'PUBLIC_URL', 'LOG_WITNESSES']) delete env[name];
  Object.assign(env, 'dataDir' in store ? { DATA_DIR: store.dataDir } : { DATABASE_URL: store.databaseUrl });
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`concord serve did not start within 60 s:\n${output}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`concord serve exited (${code}):\n${output}`)));
    const poll = setInterval(() => {
      const port = /listening on http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (!port) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ child, base: `http://127.0.0.1:${port}`, output: () => output });
    }, 20);
  });
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

/** Logs in as the first admin (its password printed on first start) and creates an API token. */
async function apiToken(server: Server): Promise<string> {
  const password = /password:\s+(\S+)/.exec(server.output())?.[1];
  if (!password) throw new Error(`no first-start password in the server's output:\n${server.output()}`);
  const headers = { origin: server.base, 'content-type': 'application/json' };
  const login = await fetch(`${server.base}/api/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: ADMIN_EMAIL, password }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0];
  if (login.status !== 200 || !cookie) throw new Error(`login: ${login.status} ${await login.text()}`);
  const res = await fetch(`${server.base}/api/tokens`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({ name: 'bench' }),
  });
  if (res.status !== 201) throw new Error(`token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

type Kind = 'organization' | 'person';
let serial = 0;
const run_ = randomBytes(3).toString('hex');
/** A realistic body; organization names must be unique, so each carries a serial number. */
const bodyOf = (kind: Kind) =>
  kind === 'organization'
    ? {
        name: `Bench organization ${run_}-${++serial}`,
        kind: 'member',
        countryIso3: 'KEN',
        website: 'https://example.org',
        description: 'A member of the coalition.',
      }
    : { name: `Bench person ${run_}-${++serial}`, roles: ['volunteer'], visibility: 'public' };
const ROUTES: Record<Kind, string> = { organization: '/api/coalition/organizations', person: '/api/coalition/people' };

/** Writes per second through `bases` (the connections split among them), every answer a 201. */
async function httpRate(bases: string[], token: string, kind: Kind, connections: number, seconds: number): Promise<number> {
  const results = await Promise.all(
    bases.map((base) =>
      autocannon({
        url: `${base}${ROUTES[kind]}`,
        method: 'POST',
        connections: connections / bases.length,
        duration: seconds,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(bodyOf(kind)) }) }],
      }),
    ),
  );
  let total = 0;
  for (const r of results) {
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${kind} writes: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
    total += r.requests.total / r.duration;
  }
  return total;
}

/**
 * One raw write: the rows the write stores, as plain SQL in one transaction (see the file's
 * comment). The tile is written as the log writer writes a stored tile: the new leaf's 32 bytes
 * overlaid, not the row's 16 KB.
 */
function rawWriter(db: Db, withTile = true) {
  const leaf = randomBytes(32);
  // Far beyond the real log's entries, at the start of a tile; each writer its own range.
  let index = withTile ? 3906 * 256 : 10_000_000_000;
  return async (kind: Kind) => {
    const body = bodyOf(kind);
    if (kind === 'person') {
      await db.execute(
        sql`insert into coalition_people (name, roles, visibility) values (${body.name}, '{volunteer}', 'public') returning id`,
      );
      return;
    }
    const i = index++;
    await db.transaction(async (tx) => {
      await tx.execute(
        sql`insert into coalition_organizations (name, kind, country_iso3, website, description) values (${body.name}, 'member', 'KEN', 'https://example.org', 'A member of the coalition.') returning *`,
      );
      await tx.execute(
        sql`insert into log_entries (idx, kind, subject, canonical) values (${i}, 'coalition.organization-added', ${`organization:${i}`}, ${JSON.stringify(body)})`,
      );
      if (!withTile) return;
      // A new tile is inserted whole, once per 256 entries, as the writer does.
      await tx.execute(
        i % 256 === 0
          ? sql`insert into log_tiles (tile_level, tile_index, width, nodes) values (0, ${i / 256}, 1, ${Buffer.alloc(511 * 32)})`
          : sql`update log_tiles set width = ${(i % 256) + 1}, nodes = overlay(nodes placing ${leaf} from ${(i % 256) * 32 + 1})
                where tile_level = 0 and tile_index = ${Math.floor(i / 256)}`,
      );
    });
  };
}

/** Raw writes per second from `concurrency` loops for `seconds`. */
async function rawRate(write: (kind: Kind) => Promise<void>, kind: Kind, concurrency: number, seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await write(kind);
        done++;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

/** A fresh PostgreSQL database on the server of `url`, dropped by the function returned. */
async function throwAwayPostgres(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `concord_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Each kind at each client count: the HTTP rate, the raw rate, and their ratio against the goal. */
async function measure(
  label: string,
  bases: string[],
  token: string,
  raw: Database,
  figures: Figure[],
  extra?: (kind: Kind, clients: number, rate: number) => Promise<void>,
) {
  const write = rawWriter(raw.db);
  const sequenced = rawWriter(raw.db, false);
  for (const kind of ['organization', 'person'] as const) {
    for (const clients of CLIENTS) {
      await httpRate(bases, token, kind, clients, 1);
      const http = await httpRate(bases, token, kind, clients, SECONDS);
      await rawRate(write, kind, clients, 1);
      const base = await rawRate(write, kind, clients, SECONDS);
      figures.push({
        name: `${label}: create ${kind}, ${clients} client${clients > 1 ? 's' : ''} (HTTP)`,
        value: http,
        unit: 'writes/s',
        goal: 'measured',
      });
      figures.push({ name: `${label}:   raw transaction, same rows, ${clients} at once`, value: base, unit: 'tx/s', goal: 'baseline' });
      figures.push({ name: `${label}:   ratio`, value: http / base, unit: '×', goal: `≥ ${GOAL}`, met: http / base >= GOAL });
      if (kind === 'organization') {
        // What a request would write if a sequencer (Tessera-style) integrated entries into the
        // tiles later: no tile row, whose lock every logged write now waits for.
        await rawRate(sequenced, kind, clients, 1);
        const ceiling = await rawRate(sequenced, kind, clients, SECONDS);
        figures.push({
          name: `${label}:   raw record + entry row, no tile row (sequenced)`,
          value: ceiling,
          unit: 'tx/s',
          goal: 'for comparison',
        });
      }
      await extra?.(kind, clients, http);
    }
  }
}

async function pgliteFigures(figures: Figure[]) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-bench-writes-'));
  const rawDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-bench-raw-'));
  const server = await startServer({ dataDir });
  const raw = await openDatabase({ pgliteDir: rawDir });
  try {
    await prepareDatabase(raw, { logOrigin: 'bench.example/raw' }, modules);
    const token = await apiToken(server);
    await measure('PGlite file', [server.base], token, raw, figures);
  } finally {
    await stopServer(server);
    await raw.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(rawDir, { recursive: true, force: true });
  }
}

async function postgresFigures(url: string, figures: Figure[]) {
  const served = await throwAwayPostgres(url);
  const rawDb = await throwAwayPostgres(url);
  const servers: Server[] = [];
  let raw: Database | undefined;
  try {
    servers.push(await startServer({ databaseUrl: served.url }));
    const token = await apiToken(servers[0]!);
    servers.push(await startServer({ databaseUrl: served.url }));
    raw = await openDatabase({ databaseUrl: rawDb.url });
    await prepareDatabase(raw, { logOrigin: 'bench.example/raw' }, modules);
    await measure('PostgreSQL', [servers[0]!.base], token, raw, figures, async (kind, clients, oneProcess) => {
      if (clients === 1) return;
      await httpRate(
        servers.map((s) => s.base),
        token,
        kind,
        clients,
        1,
      );
      const two = await httpRate(
        servers.map((s) => s.base),
        token,
        kind,
        clients,
        SECONDS,
      );
      figures.push({
        name: `PostgreSQL: create ${kind}, ${clients} clients, two server processes`,
        value: two,
        unit: 'writes/s',
        goal: 'measured',
      });
      figures.push({
        name: `PostgreSQL:   two processes vs one`,
        value: two / oneProcess,
        unit: '×',
        goal: '> 1',
        met: two / oneProcess > 1,
      });
    });
  } finally {
    for (const s of servers) await stopServer(s);
    await raw?.close();
    await served.drop();
    await rawDb.drop();
  }
}

export async function run(): Promise<Figure[]> {
  const figures: Figure[] = [];
  await pgliteFigures(figures);
  const url = process.env.TEST_DATABASE_URL;
  if (url) await postgresFigures(url, figures);
  else figures.push({ name: 'PostgreSQL: skipped (set TEST_DATABASE_URL to measure it)', value: 0, unit: '', goal: '—' });
  return figures;
}
