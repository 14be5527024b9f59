import { createHash, createPrivateKey, createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import { createAccount } from '../src/core/auth/auth.service.ts';
import type { Actor } from '../src/core/auth/permissions.ts';
import { openDatabase, type Db } from '../src/core/db/client.ts';
import type { LedgerEntry } from '../src/core/ledger/hasher.ts';
import { entryBytes } from '../src/core/ledger/hasher.ts';
import { ensureLogKey } from '../src/core/ledger/log-writer.ts';
import { logSize } from '../src/core/ledger/log.repository.ts';
import { loadStates } from '../src/core/states/states.service.ts';
import { peakTables } from '../src/modules/verification/accounting.ts';
import { emptyTotals, endOf, refoldRun, runParts, type PartRow, type RunTotals } from '../src/modules/verification/accounting-fold.ts';
import { lockRunTotals, upsertRunParts, writeRunTotals } from '../src/modules/verification/accounting.repository.ts';
import { getFacilityAccounting, getRunAccounting } from '../src/modules/verification/accounting.service.ts';
import { measureDetection } from '../src/modules/verification/simulation/detection.ts';
import { registerFacility } from '../src/modules/verification/facility.service.ts';
import { submitReports } from '../src/modules/verification/report.service.ts';
import { canonicalBytes, generateFacilityKeyPair, signReport, type FacilityKeyPair } from '../src/modules/verification/report-signing.ts';
import { declareRun } from '../src/modules/verification/run.service.ts';
import { CHEAT_KINDS } from '../src/modules/verification/simulation/simulator.ts';
import { DEFAULT_THRESHOLDS, reportId, type ComputeReport, type SignedReport } from '../src/modules/verification/types.ts';
import { defaultVerificationEnv } from '../src/modules/verification/verification-env.ts';
import { insertReports, insertWorkloads, type NewReportRow } from '../src/modules/verification/reports-bulk.repository.ts';
import type { Figure } from './index.ts';
import { compared, Stopwatch } from './ratio.ts';
import { insertEntriesRaw, type RawEntry } from './raw-log.ts';

/** The real clock: the figures below are measured against real time. */
const env = defaultVerificationEnv();

const DAY = 86_400_000;
const START = Date.parse('2023-01-01T00:00:00.000Z');
const INVENTORY = [{ model: 'NVIDIA H100 SXM', count: 1000, peakFlops: 989e12 }];

async function setUp() {
  const database = await openDatabase({});
  await database.migrate();
  await ensureLogKey(database.db, 'bench.example/log');
  await loadStates(database.db);
  const user = await createAccount(database.db, null, {
    email: 'operator@bench.example',
    name: 'Operator',
    role: 'operator',
    password: 'bench password 123',
  });
  const actor: Actor = { id: user.id, email: user.email, name: user.name, role: 'operator', participantId: null };
  return { database, actor };
}

/** Daily report `day` of a facility: 10 workloads of 2,000 accelerator-hours (capacity 24,000), each linked to one of the runs. */
function dailyReport(facilityId: string, day: number, runIds: string[]): ComputeReport {
  const workloads = Array.from({ length: 10 }, (_, i) => ({
    id: `w${day}-${i}-${facilityId}`,
    class: 'training' as const,
    acceleratorHours: 2000,
    utilization: 0.3 + i / 50,
    runId: runIds[(day + i) % runIds.length],
    accelerator: 'NVIDIA H100 SXM',
    commitment: randomBytes(32).toString('hex'),
  }));
  return {
    facilityId,
    sequence: day + 1,
    periodStart: new Date(START + day * DAY).toISOString(),
    periodEnd: new Date(START + (day + 1) * DAY).toISOString(),
    meteredAcceleratorHours: 20_100,
    energyKwh: 16_000,
    workloads,
  };
}

/** The facilities and runs the ingestion figure reports on, registered in `db` with the given key pairs. */
async function registerIngestionWorld(db: Db, actor: Actor, pairs: FacilityKeyPair[], runIds: string[]): Promise<void> {
  for (const id of runIds) await declareRun(db, actor, { id, developer: 'Bench', name: id, purpose: 'bench', expectedFlop: 1e25 });
  for (const [f, pair] of pairs.entries()) {
    const id = `fac-${f}`;
    await registerFacility(
      db,
      actor,
      {
        id,
        name: id,
        operator: 'Bench',
        jurisdiction: 'FRA',
        inventory: INVENTORY,
        keys: [{ publicKeyPem: pair.publicKeyPem, validFrom: new Date(START).toISOString() }],
      },
      env,
    );
  }
}

/**
 * What a batch of signed reports costs at least, prepared outside the timed part: the bytes each
 * signature covers, its public key parsed and its signature decoded (for a bare node:crypto
 * verification), and the rows the service stores (reports, workloads, log entries).
 */
function bareParts(batch: SignedReport[], actor: Actor, publicKeys: Map<string, KeyObject>, firstIndex: number) {
  const at = new Date().toISOString();
  const checks = batch.map(({ report, signature }) => ({
    bytes: canonicalBytes(report),
    key: publicKeys.get(report.facilityId)!, // every bench report comes from a registered facility
    signature: Buffer.from(signature, 'base64'),
  }));
  const hashes = checks.map((c) => createHash('sha256').update(c.bytes).digest('hex'));
  const declaredOf = (r: ComputeReport) => r.workloads.reduce((sum, w) => sum + w.acceleratorHours, 0);
  const reports: NewReportRow[] = batch.map(({ report: r, keyId, signature }, k) => ({
    facilityId: r.facilityId,
    sequence: r.sequence,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    meteredAcceleratorHours: r.meteredAcceleratorHours,
    energyKwh: r.energyKwh,
    declaredAcceleratorHours: declaredOf(r),
    workloadCount: r.workloads.length,
    keyId,
    signature,
    reportSha256: hashes[k]!, // one hash per report
    logIndex: firstIndex + k,
    submittedBy: actor.id,
  }));
  // The entry the service logs per report: its headline figures, hash and signature.
  const entries: RawEntry[] = batch.map(({ report: r, keyId, signature }, k) => {
    const entry: LedgerEntry = {
      kind: 'verification.report',
      at,
      actor: `user:${actor.id}`,
      subject: `facility:${r.facilityId}`,
      body: {
        reportId: reportId(r),
        facilityId: r.facilityId,
        sequence: r.sequence,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        meteredAcceleratorHours: r.meteredAcceleratorHours,
        declaredAcceleratorHours: declaredOf(r),
        energyKwh: r.energyKwh,
        workloadCount: r.workloads.length,
        keyId,
        reportSha256: hashes[k]!, // one hash per report
        signature,
      },
    };
    return { index: firstIndex + k, kind: entry.kind, subject: entry.subject, canonical: entryBytes(entry).toString('utf8') };
  });
  return { checks, reports, workloads: batch.map((s) => s.report), entries };
}

/**
 * Signed reports verified and stored through the service, in batches of 500, on in-memory PGlite;
 * beside it, batch by batch (order alternating), the bare cost of its parts on a second database
 * set up alike: node:crypto Ed25519 verification of the same reports, then a raw insert of the
 * same report, workload and log entry rows in one transaction.
 */
async function ingestion(): Promise<Figure> {
  const service = await setUp();
  const bare = await setUp();
  const facilities = 20;
  const days = 1000;
  const runIds = ['run-a', 'run-b', 'run-c'];
  const pairs = Array.from({ length: facilities }, () => generateFacilityKeyPair());
  await registerIngestionWorld(service.database.db, service.actor, pairs, runIds);
  await registerIngestionWorld(bare.database.db, bare.actor, pairs, runIds);
  const signers = pairs.map((pair, f) => ({ id: `fac-${f}`, keyId: pair.keyId, key: createPrivateKey(pair.privateKeyPem) }));
  const publicKeys = new Map(pairs.map((pair, f) => [`fac-${f}`, createPublicKey(pair.publicKeyPem)]));
  // Day by day, every facility's report of the day.
  const all: SignedReport[] = Array.from({ length: days }, (_, d) =>
    signers.map(({ id, keyId, key }) => {
      const report = dailyReport(id, d, runIds);
      return { report, keyId, signature: signReport(report, key) };
    }),
  ).flat();
  const clocks = { service: new Stopwatch(), bare: new Stopwatch() };
  let nextIndex = await logSize(bare.database.db);
  for (let i = 0, batch = 0; i < all.length; i += 500, batch++) {
    const slice = all.slice(i, i + 500);
    const parts = bareParts(slice, bare.actor, publicKeys, nextIndex);
    nextIndex += slice.length;
    const viaService = () => clocks.service.time(() => submitReports(service.database.db, service.actor, slice, env));
    const byParts = () =>
      clocks.bare.time(async () => {
        for (const c of parts.checks) if (!verify(null, c.bytes, c.key, c.signature)) throw new Error('a bench signature did not verify');
        await bare.database.db.transaction(async (tx) => {
          await insertReports(tx, parts.reports);
          await insertWorkloads(tx, parts.workloads);
          await insertEntriesRaw(tx, parts.entries);
        });
      });
    const order = batch % 2 === 0 ? [viaService, byParts] : [byParts, viaService];
    for (const step of order) await step();
  }
  await Promise.all([service.database.close(), bare.database.close()]);
  return compared({
    name: `signed reports verified and stored (10 workloads each, batches of 500, ${all.length.toLocaleString('en-US')})`,
    value: clocks.service.rate(all.length),
    unit: 'reports/s',
    baseline: { name: 'Ed25519 verification of the same reports + raw insert of their rows', value: clocks.bare.rate(all.length) },
    goal: { atLeast: 0.6 },
  });
}

/** Workloads stored before the accounting reads are timed (BENCH_ACCOUNTING_WORKLOADS for a quicker look). */
const ACCOUNTING_WORKLOADS = Number(process.env.BENCH_ACCOUNTING_WORKLOADS ?? 10_000_000);

/**
 * Daily report `day` of a facility with 100 workloads: ten linked to runs, as dailyReport's (2,000
 * accelerator-hours each), and 90 small serving jobs linked to none (20 accelerator-hours each).
 */
function accountingReport(facilityId: string, day: number, runIds: string[]): ComputeReport {
  const report = dailyReport(facilityId, day, runIds);
  for (let i = 0; i < 90; i++) {
    report.workloads.push({ id: `s${day}-${i}`, class: 'inference', acceleratorHours: 20, utilization: 0.2, commitment: '00'.repeat(32) });
  }
  return { ...report, meteredAcceleratorHours: 21_900 };
}

/**
 * Stores `days` daily reports of each facility straight in the tables, with the maintained run
 * accounting folded as ingest folds it (accounting-fold.ts, in chronological order) and written in
 * bulk: no signatures, no HTTP; this figure is about reading, not ingesting.
 */
async function seedAccounting(db: Db, facilityIds: string[], days: number, runIds: string[]): Promise<void> {
  const tables = peakTables(facilityIds.map((id) => ({ id, inventory: INVENTORY })));
  const totals = new Map<string, RunTotals>();
  const ordered = [...facilityIds].sort(); // reports of a day in chronological order: by facility id
  for (let d0 = 0; d0 < days; d0 += 10) {
    const reports: ComputeReport[] = [];
    for (let d = d0; d < Math.min(days, d0 + 10); d++) for (const id of ordered) reports.push(accountingReport(id, d, runIds));
    const rows: PartRow[] = [];
    for (const report of reports) {
      for (const part of runParts(report, tables.get(report.facilityId)!)) {
        const current = totals.get(part.runId) ?? emptyTotals(part.runId);
        const next = refoldRun(current, endOf(current), [part], part.flops.length, DEFAULT_THRESHOLDS);
        totals.set(part.runId, next.totals);
        rows.push(...next.rows);
      }
    }
    await db.transaction(async (tx) => {
      await insertReports(
        tx,
        reports.map((r) => ({
          facilityId: r.facilityId,
          sequence: r.sequence,
          periodStart: r.periodStart,
          periodEnd: r.periodEnd,
          meteredAcceleratorHours: r.meteredAcceleratorHours,
          energyKwh: r.energyKwh,
          declaredAcceleratorHours: 21_800,
          workloadCount: r.workloads.length,
          keyId: '0000000000000000',
          signature: '',
          reportSha256: '',
          logIndex: 0,
          submittedBy: null,
        })),
      );
      await insertWorkloads(tx, reports);
      await upsertRunParts(tx, rows);
    });
  }
  await db.transaction(async (tx) => {
    await lockRunTotals(tx, [...totals.keys()]);
    await writeRunTotals(tx, [...totals.values()]);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median of `n` timed calls of `fn`, in ms. */
async function medianMs(n: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Run and facility accounting read after 10,000,000 stored workloads (100 facilities × 1,000
 * days × 100 workloads, ten of each report's linked to one of 50 runs): medians of 15 reads
 * through the service, which reads the maintained totals and the report rows, never a workload.
 */
export async function accounting(): Promise<Figure[]> {
  const { database, actor } = await setUp();
  const db: Db = database.db;
  const facilityIds = Array.from({ length: 100 }, (_, f) => `fac-${f}`);
  const days = Math.max(1, Math.round(ACCOUNTING_WORKLOADS / (facilityIds.length * 100)));
  const runIds = Array.from({ length: 50 }, (_, i) => `run-${i}`);
  for (const id of runIds) await declareRun(db, actor, { id, developer: 'Bench', name: id, purpose: 'bench', expectedFlop: 1e25 });
  for (const id of facilityIds) {
    const key = { publicKeyPem: generateFacilityKeyPair().publicKeyPem };
    await registerFacility(db, actor, { id, name: id, operator: 'Bench', jurisdiction: 'FRA', inventory: INVENTORY, keys: [key] }, env);
  }
  const seedStart = performance.now();
  await seedAccounting(db, facilityIds, days, runIds);
  const seedS = (performance.now() - seedStart) / 1000;
  const inspector: Actor = { ...actor, role: 'inspector' };
  const view = await getRunAccounting(db, inspector);
  const workloads = days * facilityIds.length * 100;
  const linked = view.runs.reduce((s, r) => s + ((r as { workloadCount?: number }).workloadCount ?? 0), 0);
  const full = await medianMs(15, () => getRunAccounting(db, inspector));
  const summary = await medianMs(15, () => getRunAccounting(db, null));
  const facility = await medianMs(15, () => getFacilityAccounting(db, inspector, 'fac-0'));
  await database.close();
  const label = `${workloads.toLocaleString('en-US')} stored workloads (${linked.toLocaleString('en-US')} linked to 50 runs; seeded in ${seedS.toFixed(0)} s)`;
  const met = (ms: number) => ms < 100 && workloads >= 10_000_000;
  return [
    { name: `run accounting, inspector's view, read after ${label}, median`, value: full, unit: 'ms', goal: '< 100 ms', met: met(full) },
    {
      name: `run accounting, public summary, read after ${workloads.toLocaleString('en-US')} stored workloads, median`,
      value: summary,
      unit: 'ms',
      goal: '< 100 ms',
      met: met(summary),
    },
    {
      name: `facility accounting (${days.toLocaleString('en-US')} periods), read after ${workloads.toLocaleString('en-US')} stored workloads, median`,
      value: facility,
      unit: 'ms',
      goal: '< 100 ms',
      met: met(facility),
    },
  ];
}

/** The detection table: for each cheat, the share of cheating jobs flagged and of honest jobs flagged, over three seeds. */
function detection(): Figure[] {
  const seeds = [1, 2, 3];
  const figures: Figure[] = [];
  for (const cheat of [undefined, ...CHEAT_KINDS]) {
    const results = seeds.map((seed) => measureDetection(seed, cheat));
    const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((s, r) => s + f(r), 0);
    const label = cheat ?? 'no cheat';
    if (cheat) {
      const rate = sum((r) => r.detectedCheatingJobs) / sum((r) => r.cheatingJobs);
      figures.push({
        name: `detection, ${label}: cheating jobs flagged (${sum((r) => r.detectedCheatingJobs)}/${sum((r) => r.cheatingJobs)}, 3 worlds of 20 × 5000 × 90 d)`,
        value: rate,
        unit: 'share',
        goal: '≥ 0.95',
        met: rate >= 0.95,
      });
    }
    const fp = sum((r) => r.flaggedHonestJobs) / sum((r) => r.honestJobs);
    figures.push({
      name: `detection, ${label}: honest jobs flagged (${sum((r) => r.flaggedHonestJobs)}/${sum((r) => r.honestJobs)})`,
      value: fp,
      unit: 'share',
      goal: '≤ 0.02',
      met: fp <= 0.02,
    });
    const largeFp = sum((r) => r.flaggedLargeHonestJobs) / sum((r) => r.largeHonestJobs);
    figures.push({
      name: `detection, ${label}: honest jobs of ≥ 256 accelerators flagged (${sum((r) => r.flaggedLargeHonestJobs)}/${sum((r) => r.largeHonestJobs)})`,
      value: largeFp,
      unit: 'share',
      goal: '≤ 0.02',
      met: largeFp <= 0.02,
    });
  }
  return figures;
}

export async function run(): Promise<Figure[]> {
  return [await ingestion(), ...(await accounting()), ...detection()];
}
