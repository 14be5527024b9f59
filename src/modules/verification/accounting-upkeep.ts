/**
 * Keeping the maintained run accounting (accounting.table.ts) true: accepted reports folded in by
 * the transaction that stores them, crossings found again when the thresholds change, and every
 * figure rebuilt from the stored reports and compared (`concord verification recompute`). The
 * arithmetic is accounting-fold.ts's; this file reads and writes the rows it needs.
 */
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Db } from '../../core/db/client.ts';
import { peakTables, type FacilityInventory, type PeakTable } from './accounting.ts';
import {
  compareChrono,
  crossingsFrom,
  foldAll,
  foldFresh,
  foldStart,
  runParts,
  workloadFlop,
  type ChronoKey,
  type PartRow,
  type RunPart,
  type RunTotals,
  type StoredTail,
} from './accounting-fold.ts';
import type { ComputeReport, Thresholds } from './types.ts';
import * as accountingRepo from './accounting.repository.ts';
import * as facilitiesRepo from './facilities.repository.ts';
import * as reportsBulk from './reports-bulk.repository.ts';
import * as settingsRepo from './settings.repository.ts';

/**
 * Folds accepted reports into their runs' totals, inside the transaction that stores them: one
 * locked read and one write of the touched runs' totals, one write of their parts. A report that
 * ends before a part already folded sums that run's later parts again (a few rows as a rule: the
 * same days' reports of other facilities). The settings row is held shared, so a change of
 * thresholds waits for the folds under way and the next ones see it.
 */
export async function foldAcceptedReports(
  tx: Db,
  reports: readonly ComputeReport[],
  facilities: readonly FacilityInventory[],
): Promise<void> {
  const tables = peakTables(facilities);
  const fresh = new Map<string, RunPart[]>();
  for (const report of reports) {
    const table = tables.get(report.facilityId);
    if (table === undefined) throw new Error(`no inventory for facility ${report.facilityId}`);
    for (const part of runParts(report, table)) {
      const list = fresh.get(part.runId);
      if (list) list.push(part);
      else fresh.set(part.runId, [part]);
    }
  }
  if (fresh.size === 0) return;
  await tx.execute(sql`select 1 from verification_settings where id = 1 for share`);
  const { thresholds } = (await settingsRepo.readSettings(tx)).settings;
  const current = await accountingRepo.lockRunTotals(tx, [...fresh.keys()]);
  const inventories = lazyTables(tx, tables);
  const totals: RunTotals[] = [];
  const rows: PartRow[] = [];
  for (const [runId, parts] of fresh) {
    parts.sort(compareChrono);
    const held = current.get(runId);
    if (held === undefined) throw new Error(`run totals of ${runId} were not created`);
    const start = foldStart(held, parts);
    const stored = start === null ? null : await storedTail(tx, runId, start, inventories);
    const next = foldFresh(held, parts, stored, thresholds);
    totals.push(next.totals);
    rows.push(...next.rows);
  }
  await accountingRepo.upsertRunParts(tx, rows);
  await accountingRepo.writeRunTotals(tx, totals);
}

/** Peak tables of the facilities at hand, the others read once when a stored part of theirs is summed again. */
function lazyTables(db: Db, known: Map<string, PeakTable>) {
  let all: Promise<Map<string, PeakTable>> | undefined;
  return async (facilityId: string): Promise<PeakTable> => {
    const table = known.get(facilityId) ?? (await (all ??= facilitiesRepo.facilityInventories(db).then(peakTables))).get(facilityId);
    if (table === undefined) throw new Error(`no inventory for facility ${facilityId}`);
    return table;
  };
}

/** A run's stored parts from `start` on, with their workloads, and the row just before `start`. */
async function storedTail(
  db: Db,
  runId: string,
  start: ChronoKey,
  tableOf: (facilityId: string) => Promise<PeakTable>,
): Promise<StoredTail> {
  const from = await accountingRepo.runPartsFrom(db, runId, start.periodEnd);
  const before = from.filter((r) => compareChrono(r, start) < 0);
  const tail = from.filter((r) => compareChrono(r, start) >= 0);
  const predecessor = before[before.length - 1] ?? (await accountingRepo.runPartBefore(db, runId, start.periodEnd));
  return { predecessor, parts: await partsOf(db, tail, tableOf) };
}

/** The stored parts the rows name, their workloads read back and estimated again. */
async function partsOf(db: Db, rows: readonly PartRow[], tableOf: (facilityId: string) => Promise<PeakTable>): Promise<RunPart[]> {
  const workloads = await accountingRepo.partWorkloads(db, rows);
  const parts: RunPart[] = [];
  for (const row of rows) {
    const table = await tableOf(row.facilityId);
    const list = workloads.get(accountingRepo.partKey(row.runId, row.facilityId, row.sequence)) ?? [];
    parts.push({
      runId: row.runId,
      facilityId: row.facilityId,
      sequence: row.sequence,
      periodEnd: row.periodEnd,
      flops: list.map((w) => workloadFlop(w, table)),
      hours: list.map((w) => w.acceleratorHours),
    });
  }
  return parts;
}

/**
 * Every run's crossings found again under new thresholds, in the settings change's transaction:
 * for each threshold, each run's first part above it and that part's workloads, never the rest.
 */
export async function recrossThresholds(tx: Db, thresholds: Thresholds): Promise<void> {
  await tx.execute(sql`select 1 from verification_run_totals order by run_id for update`);
  const candidates = new Map<string, PartRow[]>();
  for (const flop of [thresholds.notifyFlop, thresholds.licenceFlop]) {
    for (const row of await accountingRepo.firstPartsAbove(tx, flop)) {
      const list = candidates.get(row.runId) ?? [];
      if (!list.some((r) => compareChrono(r, row) === 0)) list.push(row);
      candidates.set(row.runId, list);
    }
  }
  const rows = [...candidates.values()].flat();
  const parts = new Map((await partsOf(tx, rows, lazyTables(tx, new Map()))).map((p, i) => [p, rows[i]!] as const)); // same order as rows
  const byRun = new Map<string, { part: RunPart; flopBefore: number }[]>();
  for (const [part, row] of parts) {
    const list = byRun.get(part.runId) ?? [];
    list.push({ part, flopBefore: row.flopBefore });
    byRun.set(part.runId, list);
  }
  const changed: RunTotals[] = [];
  for (const totals of await accountingRepo.allRunTotals(tx)) {
    const crossings = crossingsFrom(byRun.get(totals.runId) ?? [], thresholds);
    if (!isDeepStrictEqual(crossings, totals.crossings)) changed.push({ ...totals, crossings });
  }
  await accountingRepo.writeRunTotals(tx, changed);
}

/** What recompute found: one line per row that differs, and whether the rows were rewritten. */
export interface RecomputeResult {
  differences: string[];
  runs: number;
  parts: number;
  reports: number;
  fixed: boolean;
}

/**
 * Rebuilds every maintained figure from the stored reports (the run totals and parts with the
 * current thresholds; each report row's declared accelerator-hours and workload count) and
 * compares it with what is stored, one line per differing row. With `fix`, rewrites them.
 */
export async function recomputeAccounting(db: Db, options: { fix?: boolean } = {}): Promise<RecomputeResult> {
  return db.transaction(async (tx) => {
    // Held shared: no report is folded and no threshold changes while the figures are compared.
    await tx.execute(sql`select 1 from verification_settings where id = 1 for share`);
    const [{ settings }, facilities, reports] = await Promise.all([
      settingsRepo.readSettings(tx),
      facilitiesRepo.facilityInventories(tx),
      reportsBulk.loadReports(tx),
    ]);
    const expected = foldAll(reports, facilities, settings.thresholds);
    const differences: string[] = [];

    const stored = new Map((await accountingRepo.allRunTotals(tx)).map((t) => [t.runId, t]));
    for (const runId of [...new Set([...expected.keys(), ...stored.keys()])].sort()) {
      const want = expected.get(runId)?.totals;
      const have = stored.get(runId);
      if (!want) differences.push(`run ${runId}: maintained, but no stored report cites it`);
      else if (!have) differences.push(`run ${runId}: missing (recomputed ${want.workloadCount} workloads, ${want.cumulativeFlop} FLOP)`);
      else {
        const fields = (Object.keys(want) as (keyof RunTotals)[]).filter((k) => !isDeepStrictEqual(want[k], have[k]));
        if (fields.length > 0) differences.push(`run ${runId}: ${fields.map((k) => describe(k, have[k], want[k])).join('; ')}`);
      }
    }

    const wantParts = new Map<string, PartRow>();
    for (const { rows } of expected.values())
      for (const r of rows) wantParts.set(accountingRepo.partKey(r.runId, r.facilityId, r.sequence), r);
    const haveParts = new Map(
      (await accountingRepo.allRunParts(tx)).map((r) => [accountingRepo.partKey(r.runId, r.facilityId, r.sequence), r]),
    );
    for (const k of [...new Set([...wantParts.keys(), ...haveParts.keys()])].sort()) {
      const want = wantParts.get(k);
      const have = haveParts.get(k);
      const name = `part ${(want ?? have)!.runId} of report ${(want ?? have)!.facilityId}#${(want ?? have)!.sequence}`;
      if (!want) differences.push(`${name}: maintained, but the report carries no workload of the run`);
      else if (!have) differences.push(`${name}: missing`);
      else {
        const fields = (Object.keys(want) as (keyof PartRow)[]).filter((f) => !isDeepStrictEqual(want[f], have[f]));
        if (fields.length > 0) differences.push(`${name}: ${fields.map((f) => describe(f, have[f], want[f])).join('; ')}`);
      }
    }

    const figures = await accountingRepo.reportFigures(tx);
    const reportFixes: { facilityId: string; sequence: number; declared: number; workloadCount: number }[] = [];
    for (const report of reports) {
      let declared = 0;
      for (const w of report.workloads) declared += w.acceleratorHours; // as report.service.ts sums it at ingest
      const have = figures.get(`${report.facilityId}#${report.sequence}`);
      const fields: string[] = [];
      if (have && have.declared !== declared) fields.push(describe('declaredAcceleratorHours', have.declared, declared));
      if (have && have.workloadCount !== report.workloads.length)
        fields.push(describe('workloadCount', have.workloadCount, report.workloads.length));
      if (fields.length > 0) {
        differences.push(`report ${report.facilityId}#${report.sequence}: ${fields.join('; ')}`);
        reportFixes.push({ facilityId: report.facilityId, sequence: report.sequence, declared, workloadCount: report.workloads.length });
      }
    }

    const fix = options.fix === true && differences.length > 0;
    if (fix) {
      const all = [...expected.values()];
      await accountingRepo.replaceRunAccounting(
        tx,
        all.map((e) => e.totals),
        all.flatMap((e) => e.rows),
      );
      for (const r of reportFixes) {
        await tx.execute(sql`update verification_reports set declared_accelerator_hours = ${r.declared}::float8,
          workload_count = ${r.workloadCount} where facility_id = ${r.facilityId} and sequence = ${r.sequence}`);
      }
    }
    return { differences, runs: expected.size, parts: wantParts.size, reports: reports.length, fixed: fix };
  });
}

const describe = (field: string, have: unknown, want: unknown) => `${field} maintained ${show(have)}, recomputed ${show(want)}`;
const show = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};
