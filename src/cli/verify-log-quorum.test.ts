import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONCORD_BIN, runConcord } from '../../test/fixtures/cli.ts';
import { forkedLog, serveBranch, type Branch, type ForkedLog } from '../../test/fixtures/forked-log.ts';
import { openDatabase } from '../core/db/client.ts';
import { parseVerifierKey } from '../core/ledger/checkpoint.ts';
import { generateCosignerKey, parseCosignerSigner } from '../core/ledger/cosignature.ts';
import { addCheckpoint, addCheckpointBody } from '../core/ledger/cosigning/witness-client.ts';
import { consistencyProof } from '../core/ledger/proof.ts';
import { getVerifierKey } from '../core/ledger/log-reader.ts';
import { startWitness, type RunningWitness } from '../core/ledger/witness/witness-server.ts';

/**
 * `concord log verify --witness VKEY … --quorum K`, run as a child process against a forked log
 * served on loopback: branch 1 carries its witnesses' cosignatures, the fork (branch 2) only the
 * log's own valid signature.
 */

let dir: string;
let log: ForkedLog;
let shown: { branch: Branch; note: string };
let server: { url: string; close: () => Promise<void> };
const witnesses = ['geneva', 'nairobi', 'brasilia'].map((name) => generateCosignerKey(name));
const vkeys = witnesses.map((w) => w.vkey);
const withWitnesses = (...keys: string[]) => keys.flatMap((k) => ['--witness', k]);

const env = (more: Record<string, string> = {}) => ({
  ...process.env,
  DATA_DIR: path.join(dir, 'data'),
  DATABASE_URL: '',
  CONCORD_DEBUG: '',
  LOG_WITNESSES: '',
  LOG_WITNESS_QUORUM: '',
  LOG_LEVEL: 'silent',
  HOME: dir,
  ...more,
});

const concord = (args: string[], more: Record<string, string> = {}) => runConcord(args, { env: env(more) });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-quorum-cli-'));
  log = forkedLog('quorum-cli.test/log', 20, 5, 8);
  // Branch 1 (25 entries) goes to three real witnesses, which cosign it; each then refuses the
  // fork's checkpoint of the same size (409: same size, another root) and its later one (28
  // entries) offered as an extension of branch 1 with the fork's own proof (422: it does not verify).
  const cosignatures: string[] = [];
  for (const [i, w] of witnesses.entries()) {
    const witness = await startWitness({
      signer: parseCosignerSigner(w.signerKey),
      logKeys: [parseVerifierKey(log.vkey)],
      dataDir: path.join(dir, `fork-witness-${i}`),
    });
    try {
      const answer = await addCheckpoint(witness.url, addCheckpointBody(0, [], log.branch1.note()), 5000);
      expect(answer.kind).toBe('cosigned');
      if (answer.kind === 'cosigned') cosignatures.push(...answer.lines);
      const refusal = (old: number, note: string, proof: Buffer[] = []) =>
        addCheckpoint(witness.url, addCheckpointBody(old, proof, note), 5000).then(
          (a) => a.kind,
          (err: { status?: number }) => err.status,
        );
      expect(await refusal(25, log.branch2.note([], 25))).toBe(409);
      expect(await refusal(25, log.branch2.note(), consistencyProof(25, 28, log.branch2.tree))).toBe(422);
    } finally {
      await witness.close();
    }
  }
  shown = { branch: log.branch1, note: log.branch1.note(cosignatures) };
  server = await serveBranch(
    log.vkey,
    () => shown.branch,
    () => shown.note,
  );
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('concord log verify --witness --quorum', () => {
  it('passes the cosigned branch and rejects the fork, in one line each', async () => {
    const args = (state: string) => [
      'log',
      'verify',
      '--url',
      server.url,
      '--key',
      log.vkey,
      '--state',
      path.join(dir, state),
      ...withWitnesses(...vkeys),
    ];
    const ok = await concord([...args('main.json'), '--quorum', '2']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /^log verified: 25 entries, .*, cosigned by 3 of 3 listed witnesses \(geneva, nairobi, brasilia; 2 required\); first check/,
    );

    shown = { branch: log.branch2, note: log.branch2.note() };
    try {
      const [fork, forkNoQuorum] = await Promise.all([concord([...args('fork.json'), '--quorum', '2']), concord(args('fork-all.json'))]);
      expect(fork.code).toBe(1);
      expect(fork.stdout).toBe('');
      expect(fork.stderr).toBe('log verification FAILED: checkpoint 28 is cosigned by 0 of the 3 listed witnesses; 2 required\n');
      // Without --quorum every listed witness is required.
      expect(forkNoQuorum.stderr).toBe('log verification FAILED: checkpoint 28 is cosigned by 0 of the 3 listed witnesses; 3 required\n');
      expect(fs.existsSync(path.join(dir, 'fork.json'))).toBe(false);
    } finally {
      shown = { branch: log.branch1, note: log.branch1.note() };
    }
  });

  it('refuses bad witness options before reading anything, in one line', async () => {
    const state = path.join(dir, 'usage.json');
    const base = ['log', 'verify', '--url', server.url, '--state', state];
    const cases: [string[], RegExp][] = [
      [['--quorum', '1'], /^concord: a quorum needs the witnesses it counts \(--witness VKEY, one or more\)$/],
      [
        [...withWitnesses(vkeys[0]!, vkeys[1]!), '--quorum', '3'],
        /^concord: the quorum must be a whole number from 1 to 2 \(the distinct listed witnesses\), not 3$/,
      ],
      [[...withWitnesses(vkeys[0]!), '--quorum', 'two'], /^concord: --quorum must be a whole number, not "two"$/],
      [[...withWitnesses(vkeys[0]!), '--quorum', '0'], /^concord: the quorum must be a whole number from 1 to 1 .*not 0$/],
      [withWitnesses('geneva+12345678+notakey'), /^concord: witness key "geneva\+12345678\+notakey": a witness key must be/],
      [withWitnesses(log.vkey), /^concord: witness key ".*": a witness key must be an Ed25519 cosignature\/v1 key \(type 0x04\)$/],
    ];
    const results = await Promise.all(cases.map(([flags]) => concord([...base, ...flags])));
    results.forEach((r, i) => {
      expect(r.code, cases[i]![0].join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(cases[i]![1]);
    });
    expect(fs.existsSync(state)).toBe(false);
  });

  it('applies the quorum to the local database too', async () => {
    // A fresh local log, which no witness has cosigned.
    const r = await concord(['log', 'verify', '--state', path.join(dir, 'local.json'), ...withWitnesses(vkeys[0]!)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^log verification FAILED: checkpoint \d+ is cosigned by 0 of the 1 listed witness; 1 required\n$/);
  });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

describe('a Concord server whose witnesses cosign, verified with the quorum', () => {
  it('passes over HTTP and from the local database, and fails when a listed witness never cosigned', async () => {
    const dataDir = path.join(dir, 'served');
    expect((await concord(['migrate'], { DATA_DIR: dataDir })).code).toBe(0);
    const database = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    const logVkey = await getVerifierKey(database.db);
    await database.close();

    const running: RunningWitness[] = [];
    for (const [i, w] of witnesses.entries()) {
      running.push(
        await startWitness({
          signer: parseCosignerSigner(w.signerKey),
          logKeys: [parseVerifierKey(logVkey)],
          dataDir: path.join(dir, `witness-${i}`),
        }),
      );
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const serverEnv = { DATA_DIR: dataDir, LOG_WITNESSES: witnesses.map((w, i) => `${w.vkey}=${running[i]!.url}`).join(' ') };
    const server = spawn(process.execPath, [CONCORD_BIN, 'serve', '--port', String(port), '--host', '127.0.0.1'], { env: env(serverEnv) });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no start: ${out}`)), 60_000);
        server.stdout.on('data', (d) => ((out += d), out.includes('listening') && (clearTimeout(timer), resolve())));
      });
      // The server's loop asks the witnesses about a second after start; wait for all three cosignatures.
      const deadline = Date.now() + 30_000;
      let note = '';
      while (Date.now() < deadline && (note.match(/^\u2014 /gm) ?? []).length < 4) {
        note = await (await fetch(`${url}/api/log/checkpoint`)).text();
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(note.split('\n\n')[1]?.startsWith(`\u2014 ${parseVerifierKey(logVkey).name} `)).toBe(true);

      const verify = (state: string, ...flags: string[]) =>
        concord(['log', 'verify', '--url', url, '--key', logVkey, '--state', path.join(dir, state), ...flags]);
      const stranger = generateCosignerKey('stranger').vkey;
      const [ok, short] = await Promise.all([
        verify('served.json', ...withWitnesses(...vkeys), '--quorum', '2'),
        verify('served-short.json', ...withWitnesses(...vkeys, stranger)),
      ]);
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toMatch(
        /^log verified: \d+ entries, .*, cosigned by 3 of 3 listed witnesses \(geneva, nairobi, brasilia; 2 required\); /,
      );
      expect(short.code).toBe(1);
      expect(short.stderr).toMatch(
        /^log verification FAILED: checkpoint \d+ is cosigned by 3 of the 4 listed witnesses \(geneva, nairobi, brasilia\); 4 required\n$/,
      );
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.on('exit', r));
      for (const w of running) await w.close();
    }
    // The server is down: the local database serves the witnessed checkpoint it stored.
    const local = await concord(['log', 'verify', '--state', path.join(dir, 'served-local.json'), ...withWitnesses(...vkeys)], {
      DATA_DIR: dataDir,
    });
    expect(local.stderr).toBe('');
    expect(local.stdout).toMatch(/cosigned by 3 of 3 listed witnesses \(geneva, nairobi, brasilia; 3 required\)/);
  });
});
