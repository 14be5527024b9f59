import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { runConcord } from '../../test/fixtures/cli.ts';
import { buildProgram } from './program.ts';

/**
 * Every command of `concord` (src/cli/program.ts), made to fail: each prints exactly one line on
 * stderr (`concord: …` or commander's `error: …`), no stack frame, and exits non-zero. The cases
 * run as child processes two at a time (each costs a tsx start).
 */

let dir: string;
/** A port nothing listens on (fetch refuses port 1 outright, so a closed ephemeral one). */
let UNREACHABLE: string;
let busyPort: number;
let busy: net.Server;

const concord = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) =>
  runConcord(args, {
    input: options.input,
    env: { ...process.env, DATABASE_URL: '', CONCORD_URL: '', CONCORD_TOKEN: '', CONCORD_DEBUG: '', HOME: dir, ...options.env },
  });

/** Runs `jobs` at most `limit` at a time. */
async function limited<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  // One iterator shared by the workers: each job is taken by exactly one of them.
  const queue = jobs.entries();
  const worker = async () => {
    for (const [i, job] of queue) results[i] = await job();
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** A fresh DATA_DIR per case, so no two cases share an embedded database. */
const dataDir = (name: string) => path.join(dir, `data-${name}`);
const file = (name: string) => path.join(dir, name);

interface Case {
  /** The command as src/cli/program.ts names it. */
  command: string;
  args: () => string[];
  input?: string;
  /** What the one line says. */
  says: RegExp;
}

const cases: Case[] = [
  {
    command: 'serve',
    args: () => ['serve', '--port', String(busyPort), '--host', '127.0.0.1', '--data-dir', dataDir('serve')],
    says: /^concord: cannot listen on 127\.0\.0\.1:\d+: the port is in use$/,
  },
  {
    command: 'migrate',
    args: () => ['migrate', '--database-url', 'postgres://concord@127.0.0.1:1/concord'],
    says: /^concord: cannot open PostgreSQL at 127\.0\.0\.1:1: .*ECONNREFUSED.* \(database_unavailable\)$/,
  },
  {
    command: 'admin create',
    args: () => ['admin', 'create', '--email', 'a@example.org', '--password-stdin', '--data-dir', dataDir('admin')],
    input: 'short\n',
    says: /^concord: a password needs at least 12 characters$/,
  },
  {
    command: 'states',
    args: () => ['states', '--region', 'Atlantis'],
    says: /^concord: --region must be one of Africa, Americas, Asia, Europe, Oceania$/,
  },
  {
    command: 'log verify',
    args: () => ['log', 'verify', '--url', UNREACHABLE, '--state', file('seen.json')],
    says: /^concord: cannot read the log at http:\/\/127\.0\.0\.1:\d+: fetch failed \(ECONNREFUSED\)$/,
  },
  {
    command: 'coalition import-contributions',
    args: () => ['coalition', 'import-contributions', file('none.csv'), '--data-dir', dataDir('import')],
    says: /^concord: cannot read .*none\.csv: ENOENT$/,
  },
  // A DATA_DIR that is a file: the embedded database cannot be opened.
  {
    command: 'demo',
    args: () => ['demo', '--data-dir', file('not-a-dir')],
    says: /^concord: cannot open the embedded database in .*not-a-dir: .* \(database_unavailable\)$/,
  },
  { command: 'power', args: () => ['power', '--quota', 'x', '--weights', '7,7,1'], says: /^concord: --quota must be a positive integer$/ },
  {
    command: 'assembly retally',
    args: () => ['assembly', 'retally', '--motion', '1', '--url', UNREACHABLE],
    says: /^concord: cannot reach http:\/\/127\.0\.0\.1:\d+: fetch failed$/,
  },
  {
    command: 'facility keygen',
    args: () => ['facility', 'keygen', '--out', path.join(dir, 'no-such-dir', 'key.pem')],
    says: /^concord: cannot write .*key\.pem$/,
  },
  {
    command: 'facility report',
    args: () => ['facility', 'report', '--key', file('record.json'), '--file', file('record.json'), '--token', 'cct_x'],
    says: /^concord: .*record\.json does not hold a private key in PEM form$/,
  },
  {
    command: 'facility commit',
    args: () => ['facility', 'commit', '--record', file('broken.json')],
    says: /^concord: .*broken\.json is not valid JSON$/,
  },
  {
    command: 'facility reveal',
    args: () => [
      'facility',
      'reveal',
      '--challenge',
      '1',
      '--workload',
      'w1',
      '--record',
      file('record.json'),
      '--url',
      UNREACHABLE,
      '--token',
      'cct_x',
    ],
    says: /^concord: cannot reach http:\/\/127\.0\.0\.1:\d+$/,
  },
  {
    command: 'simulate',
    args: () => ['simulate', '--facilities', '6', '--accelerators', '3000', '--days', '30', '--cheat', 'split-run', '--out', file('sim')],
    says: /^concord: the split-run cheat does not fit in 6 facilities .* the smallest worlds with this seed that hold it: --facilities 6 --accelerators \d+ --days 30, or --facilities \d+ --accelerators 3000 --days 30$/,
  },
  {
    command: 'verification recompute',
    args: () => ['verification', 'recompute', '--data-dir', file('not-a-dir')],
    says: /^concord: cannot open the embedded database in .*not-a-dir: .* \(database_unavailable\)$/,
  },
  {
    command: 'witness keygen',
    args: () => ['witness', 'keygen', '--name', 'witness.example', '--out', path.join(dir, 'no-such-dir', 'witness.key')],
    says: /^concord: cannot write .*witness\.key \(ENOENT\)$/,
  },
  {
    command: 'witness serve',
    args: () => ['witness', 'serve', '--key', file('no-such.key'), '--log-key', 'x'],
    says: /^concord: cannot read the witness key .*no-such\.key \(ENOENT\)$/,
  },
  // commander's own usage errors
  { command: '(unknown command)', args: () => ['frobnicate'], says: /^error: unknown command 'frobnicate'$/ },
  {
    command: '(missing option)',
    args: () => ['admin', 'create', '--password-stdin'],
    says: /^error: required option '--email <email>' not specified$/,
  },
];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-failures-'));
  fs.writeFileSync(file('not-a-dir'), 'a file, not a folder\n');
  fs.writeFileSync(file('broken.json'), '{"workloadId": ');
  fs.writeFileSync(file('record.json'), '{"workloadId": "w1"}\n');
  fs.writeFileSync(file('record.json.salt'), `${'00'.repeat(32)}\n`);
  busy = net.createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as net.AddressInfo).port;
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  UNREACHABLE = `http://127.0.0.1:${(closed.address() as net.AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
});
afterAll(async () => {
  await new Promise((resolve) => busy.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('every concord command fails in one line', () => {
  it('covers every command of the program', () => {
    // The leaves of the command tree: `serve`, `log verify`, `facility keygen`, …
    const leaves = (command: Command, prefix: string): string[] =>
      command.commands.length === 0 ? [prefix] : command.commands.flatMap((c) => leaves(c, prefix ? `${prefix} ${c.name()}` : c.name()));
    const tested = cases.filter((c) => !c.command.startsWith('(')).map((c) => c.command);
    expect(tested.sort()).toEqual(leaves(buildProgram(), '').sort());
  });

  it('exits non-zero with exactly one line on stderr and no stack trace', async () => {
    const results = await limited(
      cases.map((c) => async () => ({ c, r: await concord(c.args(), { input: c.input }) })),
      2,
    );
    for (const { c, r } of results) {
      expect(r.code, `${c.command}: ${r.stderr}`).not.toBe(0);
      expect(r.code, c.command).not.toBeNull();
      expect(r.stderr.endsWith('\n'), `${c.command}: ${JSON.stringify(r.stderr)}`).toBe(true);
      expect(r.stderr.trimEnd().split('\n'), c.command).toHaveLength(1);
      expect(r.stderr, c.command).not.toMatch(/^\s+at /m);
      expect(r.stderr.trimEnd(), c.command).toMatch(c.says);
    }
    // Nothing was written where a command failed before it could.
    expect(fs.existsSync(file('sim'))).toBe(false);
  }, 180_000);

  it('says "unexpected error" in one line for a failure nobody foresaw, and shows its stack only with CONCORD_DEBUG=1', async () => {
    // A state file that is not JSON fails inside the verifier, as no rule foresees.
    fs.writeFileSync(file('bad-state.json'), 'not json');
    const args = ['log', 'verify', '--url', UNREACHABLE, '--state', file('bad-state.json')];
    const [plain, debug] = await Promise.all([concord(args), concord(args, { env: { CONCORD_DEBUG: '1' } })]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^concord: unexpected error: .*JSON.*\n$/);
    expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(debug.code).toBe(1);
    expect(debug.stderr.split('\n')[0]).toBe(plain.stderr.trimEnd());
    expect(debug.stderr).toMatch(/^\s+at /m);
  }, 60_000);
});
