/**
 * Every query of the maintained run accounting (accounting.table.ts) and of the stored report rows'
 * balances. Functions take a `Db`, which may be a transaction handed down by a service; none of
 * them checks access. Writes pass one array per column to `unnest`, one statement per table.
 * Facility ids are slugs (ASCII), so `collate "C"` orders them as JavaScript's `<` does.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/client.ts';
import type { ThresholdCrossing } from './accounting.ts';
import type { PeriodFigures } from './accounting.ts';
import type { ChronoKey, PartRow, RunTotals } from './accounting-fold.ts';
import type { Workload } from './types.ts';

const iso = (ms: number) => new Date(ms).toISOString();
const epochMs = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

interface TotalsRow {
  run_id: string;
  cumulative_flop: number;
  accelerator_hours: number;
  workload_count: number;
  crossings: ThresholdCrossing[];
  report_ids: string;
  facility_ids: string[];
  last_end: number | null;
  last_facility_id: string | null;
  last_sequence: number | null;
}

const totalsColumns = sql`run_id, cumulative_flop, accelerator_hours, workload_count, crossings, report_ids, facility_ids,
  ${epochMs('last_period_end')} as last_end, last_facility_id, last_sequence`;

function toTotals(r: TotalsRow): RunTotals {
  return {
    runId: r.run_id,
    cumulativeFlop: r.cumulative_flop,
    acceleratorHours: r.accelerator_hours,
    workloadCount: r.workload_count,
    crossings: r.crossings,
    reportIds: r.report_ids === '' ? [] : r.report_ids.split('\n'),
    facilityIds: r.facility_ids,
    last:
      r.last_end === null || r.last_facility_id === null || r.last_sequence === null
        ? null
        : { periodEnd: iso(r.last_end), facilityId: r.last_facility_id, sequence: r.last_sequence },
  };
}

/** The totals of the runs named, created empty when missing and locked until the transaction ends (in run id order, so two never deadlock). */
export async function lockRunTotals(db: Db, runIds: readonly string[]): Promise<Map<string, RunTotals>> {
  const ids = [...runIds].sort();
  await db.execute(sql`insert into verification_run_totals (run_id) select unnest(${sql.param(ids)}::text[]) on conflict do nothing`);
  const rows = await queryRows<TotalsRow>(
    db,
    sql`select ${totalsColumns} from verification_run_totals where run_id = any(${sql.param(ids)}::text[]) order by run_id for update`,
  );
  return new Map(rows.map((r) => [r.run_id, toTotals(r)]));
}

/**
 * Every run's totals. `reportIds: false` leaves out the report id lists (empty), which are most of
 * a long run's row, for the public summary that shows none of them.
 */
export async function allRunTotals(db: Db, options: { reportIds?: boolean } = {}): Promise<RunTotals[]> {
  const columns = options.reportIds === false ? sql.raw(`'' as report_ids`) : sql.raw('report_ids');
  const rows = await queryRows<TotalsRow>(
    db,
    sql`select run_id, cumulative_flop, accelerator_hours, workload_count, crossings, ${columns}, facility_ids,
      ${epochMs('last_period_end')} as last_end, last_facility_id, last_sequence from verification_run_totals order by run_id`,
  );
  return rows.map(toTotals);
}

/** Stores the totals of runs (their rows exist: lockRunTotals created them). */
export async function writeRunTotals(db: Db, list: readonly RunTotals[]): Promise<void> {
  if (list.length === 0) return;
  const col = <T>(f: (t: RunTotals) => T) => sql.param(list.map(f));
  await db.execute(sql`
    update verification_run_totals t set cumulative_flop = u.flop, accelerator_hours = u.hours, workload_count = u.count,
      crossings = u.crossings::jsonb, report_ids = u.report_ids, facility_ids = u.facility_ids::jsonb,
      last_period_end = u.last_end, last_facility_id = u.last_facility, last_sequence = u.last_sequence
    from unnest(${col((t) => t.runId)}::text[], ${col((t) => t.cumulativeFlop)}::float8[], ${col((t) => t.acceleratorHours)}::float8[],
      ${col((t) => t.workloadCount)}::int[], ${col((t) => JSON.stringify(t.crossings))}::text[], ${col((t) => t.reportIds.join('\n'))}::text[],
      ${col((t) => JSON.stringify(t.facilityIds))}::text[], ${col((t) => t.last?.periodEnd ?? null)}::timestamptz[],
      ${col((t) => t.last?.facilityId ?? null)}::text[], ${col((t) => t.last?.sequence ?? null)}::int[])
      as u(run_id, flop, hours, count, crossings, report_ids, facility_ids, last_end, last_facility, last_sequence)
    where t.run_id = u.run_id`);
}

interface PartDbRow {
  run_id: string;
  end_ms: number;
  facility_id: string;
  sequence: number;
  flop_before: number;
  flop_after: number;
  hours_after: number;
  workload_count: number;
}
const partColumns = sql`run_id, ${epochMs('period_end')} as end_ms, facility_id, sequence, flop_before, flop_after, hours_after, workload_count`;
const partOrder = sql`run_id, period_end, facility_id collate "C", sequence`;
const toPart = (r: PartDbRow): PartRow => ({
  runId: r.run_id,
  periodEnd: iso(r.end_ms),
  facilityId: r.facility_id,
  sequence: r.sequence,
  flopBefore: r.flop_before,
  flopAfter: r.flop_after,
  hoursAfter: r.hours_after,
  workloadCount: r.workload_count,
});

/** Inserts part rows, or rewrites the figures of those stored (a tail summed again). */
export async function upsertRunParts(db: Db, rows: readonly PartRow[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: PartRow) => T) => sql.param(rows.map(f));
  await db.execute(sql`
    insert into verification_run_parts (run_id, period_end, facility_id, sequence, flop_before, flop_after, hours_after, workload_count)
    select * from unnest(${col((r) => r.runId)}::text[], ${col((r) => r.periodEnd)}::timestamptz[], ${col((r) => r.facilityId)}::text[],
      ${col((r) => r.sequence)}::int[], ${col((r) => r.flopBefore)}::float8[], ${col((r) => r.flopAfter)}::float8[],
      ${col((r) => r.hoursAfter)}::float8[], ${col((r) => r.workloadCount)}::int[])
    on conflict (run_id, period_end, facility_id, sequence) do update set flop_before = excluded.flop_before,
      flop_after = excluded.flop_after, hours_after = excluded.hours_after, workload_count = excluded.workload_count`);
}

/** A run's part rows that end at or after `periodEnd`, chronological. */
export async function runPartsFrom(db: Db, runId: string, periodEnd: string): Promise<PartRow[]> {
  const rows = await queryRows<PartDbRow>(
    db,
    sql`select ${partColumns} from verification_run_parts where run_id = ${runId} and period_end >= ${periodEnd}::timestamptz
      order by ${partOrder}`,
  );
  return rows.map(toPart);
}

/** A run's last part row that ends before `periodEnd`. */
export async function runPartBefore(db: Db, runId: string, periodEnd: string): Promise<PartRow | null> {
  const [row] = await queryRows<PartDbRow>(
    db,
    sql`select ${partColumns} from verification_run_parts where run_id = ${runId} and period_end < ${periodEnd}::timestamptz
      order by period_end desc, facility_id collate "C" desc, sequence desc limit 1`,
  );
  return row ? toPart(row) : null;
}

/** Every part row, chronological per run (the chart's series, and recompute). */
export async function allRunParts(db: Db): Promise<PartRow[]> {
  return (await queryRows<PartDbRow>(db, sql`select ${partColumns} from verification_run_parts order by ${partOrder}`)).map(toPart);
}

/** Each run's first part whose cumulative after lies above `flop`: where the run crossed it. */
export async function firstPartsAbove(db: Db, flop: number): Promise<PartRow[]> {
  const rows = await queryRows<PartDbRow>(
    db,
    sql`select distinct on (run_id) ${partColumns} from verification_run_parts where flop_after > ${flop}::float8 order by ${partOrder}`,
  );
  return rows.map(toPart);
}

/** The workloads of the parts named (facility, sequence, run), in report order: what summing a part again needs. */
export async function partWorkloads(
  db: Db,
  parts: readonly (ChronoKey & { runId: string })[],
): Promise<Map<string, Pick<Workload, 'acceleratorHours' | 'utilization' | 'accelerator'>[]>> {
  const out = new Map<string, Pick<Workload, 'acceleratorHours' | 'utilization' | 'accelerator'>[]>();
  if (parts.length === 0) return out;
  const rows = await queryRows<{ facility_id: string; sequence: number; run_id: string; h: number; u: number; a: string | null }>(
    db,
    sql`select w.facility_id, w.sequence, w.run_id, w.accelerator_hours as h, w.utilization as u, w.accelerator as a
      from verification_workloads w
      join unnest(${sql.param(parts.map((p) => p.facilityId))}::text[], ${sql.param(parts.map((p) => p.sequence))}::int[],
        ${sql.param(parts.map((p) => p.runId))}::text[]) as p(facility_id, sequence, run_id)
        on w.facility_id = p.facility_id and w.sequence = p.sequence and w.run_id = p.run_id
      order by w.facility_id, w.sequence, w.position`,
  );
  for (const r of rows) {
    const k = partKey(r.run_id, r.facility_id, r.sequence);
    let list = out.get(k);
    if (!list) out.set(k, (list = []));
    list.push({ acceleratorHours: r.h, utilization: r.u, ...(r.a === null ? {} : { accelerator: r.a }) });
  }
  return out;
}

export const partKey = (runId: string, facilityId: string, sequence: number) => `${runId}\n${facilityId}#${sequence}`;

/** Replaces every maintained row (recompute --fix). */
export async function replaceRunAccounting(db: Db, totals: readonly RunTotals[], parts: readonly PartRow[]): Promise<void> {
  await db.execute(sql`delete from verification_run_parts`);
  await db.execute(sql`delete from verification_run_totals`);
  await lockRunTotals(
    db,
    totals.map((t) => t.runId),
  );
  await writeRunTotals(db, totals);
  for (let i = 0; i < parts.length; i += 20_000) await upsertRunParts(db, parts.slice(i, i + 20_000));
}

/** A facility's report periods with the figures stored at ingest (declared = Σ workloads in report order), by sequence. */
export async function facilityPeriodFigures(db: Db, facilityId: string): Promise<PeriodFigures[]> {
  const rows = await queryRows<{ sequence: number; start_ms: number; end_ms: number; metered: number; declared: number }>(
    db,
    sql`select sequence, ${epochMs('period_start')} as start_ms, ${epochMs('period_end')} as end_ms,
      metered_accelerator_hours as metered, declared_accelerator_hours as declared
      from verification_reports where facility_id = ${facilityId} order by sequence`,
  );
  return rows.map((r) => ({
    facilityId,
    sequence: r.sequence,
    periodStart: iso(r.start_ms),
    periodEnd: iso(r.end_ms),
    meteredAcceleratorHours: r.metered,
    declaredAcceleratorHours: r.declared,
  }));
}

/** Every report's stored declared accelerator-hours and workload count (recompute compares them with its workloads). */
export async function reportFigures(db: Db): Promise<Map<string, { declared: number; workloadCount: number }>> {
  const rows = await queryRows<{ facility_id: string; sequence: number; declared: number; workload_count: number }>(
    db,
    sql`select facility_id, sequence, declared_accelerator_hours as declared, workload_count from verification_reports`,
  );
  return new Map(rows.map((r) => [`${r.facility_id}#${r.sequence}`, { declared: r.declared, workloadCount: r.workload_count }]));
}
