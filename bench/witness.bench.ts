/**
 * The witnessed log (issue 15): five real witnesses (C2SP tlog-witness, `startWitness`) on
 * loopback, a Concord log in PGlite with the server's witnessing loop (`Cosigner`) asking them.
 *
 * - latency: from an append's commit to the moment a checkpoint of at least that size, cosigned
 *   by all five, is stored as the one the log serves (median and p99 over spaced appends), with the
 *   server's 1 s loop interval and, to show the round's own cost, with a 50 ms one;
 * - one witness's add-checkpoint rate (sequential, a growing tree, proofs included), beside the
 *   rate of the bare durable write (temp file, fsync, rename, directory fsync) it must make per
 *   request, measured in the same run;
 * - appends per second (one entry per transaction, as a request makes them) with the five
 *   witnesses asked against none asked, the loop running in both, in alternating phases: the
 *   median of the pairs' ratios.
 *
 * The witnesses run in this process, so their work (verifying, signing, fsync) competes with the
 * log's for the same cores: the append ratio is, if anything, pessimistic.
 */
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../src/core/db/client.ts';
import { formatCheckpoint, parseVerifierKey, signNote, verifierKey } from '../src/core/ledger/checkpoint.ts';
import { checkQuorum, witnessQuorum } from '../src/core/ledger/client/witness-quorum.ts';
import { Cosigner, type CosignerOptions, type RoundReport } from '../src/core/ledger/cosigning/cosigner.ts';
import { addCheckpoint, addCheckpointBody } from '../src/core/ledger/cosigning/witness-client.ts';
import type { ConfiguredWitness } from '../src/core/ledger/cosigning/witness-config.ts';
import { servedCheckpoint } from '../src/core/ledger/cosigning/witnesses.service.ts';
import { generateCosignerKey, parseCosignerSigner } from '../src/core/ledger/cosignature.ts';
import { entryBytes } from '../src/core/ledger/hasher.ts';
import { getVerifierKey } from '../src/core/ledger/log-reader.ts';
import { appendToLog, ensureLogKey } from '../src/core/ledger/log-writer.ts';
import { consistencyProof } from '../src/core/ledger/proof.ts';
import { MerkleTree } from '../src/core/ledger/tree.ts';
import { startWitness, type RunningWitness } from '../src/core/ledger/witness/witness-server.ts';
import type { Figure } from './index.ts';
import { median } from './median.ts';

const ORIGIN = 'bench.example/log';
const WITNESSES = 5;
/** The server's loop interval (the Cosigner's default), and a short one showing the round's own cost. */
const SERVER_INTERVAL_MS = 1000;
const SHORT_INTERVAL_MS = 50;
const SAMPLES = 50;
const SHORT_SAMPLES = 100;
const PHASE_MS = 2500;
const PAIRS = 8;

const entry = (i: number) => ({ kind: 'bench.witnessed', actor: null, subject: `s:${i % 97}`, body: { i } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
let seed = 7;
/** A deterministic pseudo-random integer in [0, n), so two runs space their appends alike. */
const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);

/** The loop, telling who waits when a round has stored a witnessed checkpoint of some size. */
class TimedCosigner extends Cosigner {
  readonly #waiting: { size: number; resolve: (at: number) => void }[] = [];
  readonly reports: RoundReport[] = [];

  override async runRound(): Promise<RoundReport> {
    const report = await super.runRound();
    const at = performance.now();
    this.reports.push(report);
    for (const w of this.#waiting.splice(0)) {
      if (report.witnessedSize !== null && report.witnessedSize >= w.size) w.resolve(at);
      else this.#waiting.push(w);
    }
    return report;
  }

  /** Resolves with the time at which a checkpoint of at least `size` was stored as witnessed. */
  witnessed(size: number): Promise<number> {
    return new Promise((resolve) => this.#waiting.push({ size, resolve }));
  }
}

async function appendOne(database: Database, i: number): Promise<number> {
  const { index } = await database.db.transaction((tx) => appendToLog(tx, entry(i)));
  return index + 1;
}

/** Fresh witnesses on loopback, trusting the log's key. */
async function startWitnesses(dir: string, logVkey: string, count: number) {
  const keys = Array.from({ length: count }, (_, i) => generateCosignerKey(`bench-witness-${i + 1}`));
  const running: RunningWitness[] = [];
  for (const [i, key] of keys.entries()) {
    running.push(
      await startWitness({
        signer: parseCosignerSigner(key.signerKey),
        logKeys: [parseVerifierKey(logVkey)],
        dataDir: path.join(dir, `witness-${i + 1}`),
      }),
    );
  }
  const configured: ConfiguredWitness[] = keys.map((k, i) => ({ vkey: k.vkey, name: `bench-witness-${i + 1}`, url: running[i]!.url }));
  return { configured, running, vkeys: keys.map((k) => k.vkey) };
}

/** Time from each append's commit to a witnessed checkpoint covering it, with the loop at `intervalMs`. */
async function witnessLatency(
  database: Database,
  options: CosignerOptions,
  vkeys: string[],
  samples: number,
  counter: { i: number },
): Promise<{ median: number; p99: number }> {
  const loop = new TimedCosigner(options);
  loop.start();
  const interval = options.intervalMs ?? SERVER_INTERVAL_MS;
  const times: number[] = [];
  const rule = witnessQuorum(vkeys);
  try {
    for (let s = 0; s < samples; s++) {
      // Appends fall at every phase of the loop's interval.
      await sleep(random(interval));
      const size = await appendOne(database, counter.i++);
      const committed = performance.now();
      times.push((await loop.witnessed(size)) - committed);
      // What the log now serves really is cosigned by all five (checked as a client would).
      const note = await servedCheckpoint(database.db, options);
      const verdict = checkQuorum(note, size, rule);
      if (!verdict.ok || verdict.cosigners.length !== WITNESSES)
        throw new Error(`served checkpoint not cosigned by all: ${JSON.stringify(verdict)}`);
    }
  } finally {
    await loop.stop();
  }
  return { median: median(times), p99: percentile(times, 99) };
}

/** Single-entry appends for `ms`, per second. */
async function appendRate(database: Database, ms: number, counter: { i: number }): Promise<number> {
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < ms) {
    await appendOne(database, counter.i++);
    n++;
    // Requests arrive as I/O events, between which timers run; in-process PGlite resolves its
    // queries without one, so a bare loop of appends would starve the witnessing loop's timer.
    await new Promise(setImmediate);
  }
  return n / ((performance.now() - start) / 1000);
}

/** One witness's sequential add-checkpoint rate, and the bare durable write's rate beside it. */
async function addCheckpointRate(dir: string): Promise<Figure[]> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const vkey = verifierKey('rate.example/log', publicKey);
  const key = generateCosignerKey('rate-witness');
  const witness = await startWitness({
    signer: parseCosignerSigner(key.signerKey),
    logKeys: [parseVerifierKey(vkey)],
    dataDir: path.join(dir, 'rate-witness'),
  });
  const tree = new MerkleTree();
  for (let i = 0; i < 100_000; i++) tree.appendData(entryBytes({ ...entry(i), at: '2026-12-01T00:00:00.000Z' }));
  const note = (size: number) =>
    signNote(formatCheckpoint({ origin: 'rate.example/log', size, rootHash: tree.root(size) }), 'rate.example/log', privateKey);
  const submit = async (old: number, size: number) => {
    const proof = old === 0 ? [] : consistencyProof(old, size, tree);
    const answer = await addCheckpoint(witness.url, addCheckpointBody(old, proof, note(size)), 5000);
    if (answer.kind !== 'cosigned') throw new Error(`the witness answered 409 (size ${answer.size})`);
  };
  let size = 1000;
  await submit(0, size);
  const requests = 400;
  let start = performance.now();
  for (let r = 0; r < requests; r++) {
    const next = size + 1 + random(200);
    await submit(size, next);
    size = next;
  }
  const rate = requests / ((performance.now() - start) / 1000);
  const stateBytes = await fsp.readFile(path.join(dir, 'rate-witness', 'witness-state.json'));
  await witness.close();

  // The floor: the write the witness must make before it answers (what WitnessState.record does).
  const floorDir = path.join(dir, 'floor');
  await fsp.mkdir(floorDir);
  start = performance.now();
  for (let r = 0; r < requests; r++) {
    const file = path.join(floorDir, 'state.json');
    const handle = await fsp.open(`${file}.tmp`, 'w', 0o600);
    await handle.writeFile(stateBytes);
    await handle.sync();
    await handle.close();
    await fsp.rename(`${file}.tmp`, file);
    const d = await fsp.open(floorDir, 'r');
    await d.sync();
    await d.close();
  }
  const floor = requests / ((performance.now() - start) / 1000);
  return [
    {
      name: `one witness: add-checkpoint, sequential, growing tree (${requests} requests)`,
      value: rate,
      unit: 'req/s',
      // The log asks each witness at most once per loop interval.
      goal: `≥ ${1000 / SERVER_INTERVAL_MS}/s per log`,
      met: rate >= 1000 / SERVER_INTERVAL_MS,
    },
    {
      name: `  vs its bare durable write (write, fsync, rename, fsync: ${Math.round(floor)}/s)`,
      value: rate / floor,
      unit: 'ratio',
      goal: '— (1 = all time in fsync)',
    },
  ];
}

export async function run(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-witness-bench-'));
  const figures: Figure[] = [];
  try {
    figures.push(...(await addCheckpointRate(dir)));

    const database = await openDatabase({});
    await database.migrate();
    await ensureLogKey(database.db, ORIGIN);
    const counter = { i: 0 };
    for (let i = 0; i < 1000; i++) await appendOne(database, counter.i++);
    const { configured, running, vkeys } = await startWitnesses(dir, await getVerifierKey(database.db), WITNESSES);
    const asked: CosignerOptions = { db: database.db, logWitnesses: configured, intervalMs: SERVER_INTERVAL_MS };

    const slow = await witnessLatency(database, asked, vkeys, SAMPLES, counter);
    figures.push(
      {
        name: `append → cosigned by all ${WITNESSES} witnesses, loop every ${SERVER_INTERVAL_MS} ms (median, ${SAMPLES})`,
        value: slow.median,
        unit: 'ms',
        goal: '— (half the interval + the round)',
      },
      {
        name: `append → cosigned by all ${WITNESSES} witnesses, loop every ${SERVER_INTERVAL_MS} ms (p99)`,
        value: slow.p99,
        unit: 'ms',
        goal: `< ${SERVER_INTERVAL_MS * 1.5} ms (about a second behind)`,
        met: slow.p99 < SERVER_INTERVAL_MS * 1.5,
      },
    );
    const fast = await witnessLatency(database, { ...asked, intervalMs: SHORT_INTERVAL_MS }, vkeys, SHORT_SAMPLES, counter);
    figures.push({
      name: `  the same, loop every ${SHORT_INTERVAL_MS} ms: the round's own cost (median / p99 ${fast.p99.toFixed(1)} ms)`,
      value: fast.median,
      unit: 'ms',
      goal: '—',
    });

    // Appends with five witnesses asked against none, the loop running in both: pairs of phases,
    // their order alternating so that a drift of the machine's load weighs on both sides alike.
    const without: number[] = [];
    const withFive: number[] = [];
    const ratios: number[] = [];
    let cosignedRounds = 0;
    for (let pair = 0; pair < PAIRS; pair++) {
      const rates = new Map<number, number>();
      for (const witnesses of pair % 2 === 0 ? [[], configured] : [configured, []]) {
        const loop = new TimedCosigner({ db: database.db, logWitnesses: witnesses, intervalMs: SERVER_INTERVAL_MS });
        loop.start();
        try {
          rates.set(witnesses.length, await appendRate(database, PHASE_MS, counter));
        } finally {
          await loop.stop();
        }
        cosignedRounds += loop.reports.filter((r) => Object.values(r.asked).includes('cosigned')).length;
      }
      without.push(rates.get(0)!);
      withFive.push(rates.get(WITNESSES)!);
      ratios.push(rates.get(WITNESSES)! / rates.get(0)!);
    }
    if (cosignedRounds === 0) throw new Error('no witness cosigned during the appends: the comparison would be void');
    const ratio = median(ratios);
    figures.push({
      name: `appends/s, ${WITNESSES} witnesses asked vs none (median ${Math.round(median(withFive))} vs ${Math.round(median(without))}/s; ${cosignedRounds} rounds cosigned)`,
      value: ratio,
      unit: 'ratio',
      goal: '≥ 0.9',
      met: ratio >= 0.9,
    });

    for (const w of running) await w.close();
    await database.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
