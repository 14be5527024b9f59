/**
 * The queries of the reports aggregate, one row at a time: declared runs, accepted reports and
 * their workloads. The bulk paths (inserting a batch, reading every report for the accounting)
 * are in reports-bulk.repository.ts. Functions take a `Db`, which may be a transaction handed
 * down by a service; none of them checks access.
 */
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { type Db, firstRow, queryRows } from '../../core/db/client.ts';
import type { DeclaredRun, Workload } from './types.ts';
import { reports, runs, workloads } from './verification.table.ts';

export type RunRow = typeof runs.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;

// ── Runs ───────────────────────────────────────────────────────────────────

export async function insertRun(db: Db, values: typeof runs.$inferInsert): Promise<RunRow> {
  return firstRow(await db.insert(runs).values(values).returning(), `insert of run ${values.id}`);
}

export async function findRun(db: Db, id: string): Promise<RunRow | undefined> {
  const [row] = await db.select().from(runs).where(eq(runs.id, id));
  return row;
}

export async function listRuns(db: Db): Promise<RunRow[]> {
  return db.select().from(runs).orderBy(asc(runs.declaredAt), asc(runs.id));
}

/** Of `ids`, those declared. */
export async function declaredRunIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: runs.id }).from(runs).where(inArray(runs.id, ids));
  return new Set(rows.map((r) => r.id));
}

export const toDeclaredRun = (r: RunRow): DeclaredRun => ({
  id: r.id,
  developer: r.developer,
  name: r.name,
  purpose: r.purpose,
  expectedFlop: r.expectedFlop,
  ...(r.licenceRef ? { licenceRef: r.licenceRef } : {}),
});

// ── Reports and workloads ──────────────────────────────────────────────────

/** The last accepted report of each facility (sequence and period end); one index probe per facility. */
export async function lastReports(db: Db, facilityIds: string[]): Promise<Map<string, { sequence: number; periodEnd: string }>> {
  if (facilityIds.length === 0) return new Map();
  const rows = await queryRows<{ facility_id: string; sequence: number; end_ms: string | number }>(
    db,
    sql`select f.id as facility_id, r.sequence, r.end_ms
        from unnest(${sql.param(facilityIds)}::text[]) as f(id)
        cross join lateral (
          select sequence, (extract(epoch from period_end) * 1000)::bigint as end_ms
          from verification_reports where facility_id = f.id order by sequence desc limit 1) r`,
  );
  return new Map(rows.map((r) => [r.facility_id, { sequence: Number(r.sequence), periodEnd: new Date(Number(r.end_ms)).toISOString() }]));
}

/** Report headlines of one facility, by sequence. */
export async function reportHeadlines(db: Db, facilityId: string): Promise<ReportRow[]> {
  return db.select().from(reports).where(eq(reports.facilityId, facilityId)).orderBy(asc(reports.sequence));
}

/** Report counts and last report of every facility. */
export async function reportStats(db: Db): Promise<Map<string, { count: number; lastSequence: number; lastEnd: Date }>> {
  const rows = await db
    .select({
      facilityId: reports.facilityId,
      n: count(),
      last: sql<number>`max(${reports.sequence})`,
      lastEnd: sql<string>`(extract(epoch from max(${reports.periodEnd})) * 1000)::bigint`,
    })
    .from(reports)
    .groupBy(reports.facilityId);
  return new Map(
    rows.map((r) => [r.facilityId, { count: Number(r.n), lastSequence: Number(r.last), lastEnd: new Date(Number(r.lastEnd)) }]),
  );
}

export async function findReport(db: Db, facilityId: string, sequence: number): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.facilityId, facilityId), eq(reports.sequence, sequence)));
  return row;
}

export async function reportWorkloads(db: Db, facilityId: string, sequence: number) {
  return db
    .select()
    .from(workloads)
    .where(and(eq(workloads.facilityId, facilityId), eq(workloads.sequence, sequence)))
    .orderBy(asc(workloads.position));
}

export async function findWorkloads(db: Db, facilityId: string, workloadIds: string[]) {
  if (workloadIds.length === 0) return [];
  return db
    .select()
    .from(workloads)
    .where(and(eq(workloads.facilityId, facilityId), inArray(workloads.workloadId, workloadIds)));
}

/** Ids and accelerator-hours of a facility's workloads in reports [from, to], for sampling. */
export async function sampleCandidates(db: Db, facilityId: string, from: number, to: number) {
  return db
    .select({ id: workloads.workloadId, acceleratorHours: workloads.acceleratorHours, sequence: workloads.sequence })
    .from(workloads)
    .where(and(eq(workloads.facilityId, facilityId), sql`${workloads.sequence} between ${from} and ${to}`));
}

/** Rebuilds a stored workload in its signed form (absent optional fields stay absent). */
export function toWorkload(row: typeof workloads.$inferSelect): Workload {
  return {
    id: row.workloadId,
    class: row.class,
    acceleratorHours: row.acceleratorHours,
    utilization: row.utilization,
    ...(row.runId !== null ? { runId: row.runId } : {}),
    ...(row.accelerator !== null ? { accelerator: row.accelerator } : {}),
    commitment: row.commitment,
  };
}

/**
 * The (facility, workload) of a unique violation on verification_workloads, from the error's
 * detail ("Key (facility_id, workload_id)=(fac-01, w1) already exists."); ids hold no ", ".
 */
export function violatingKey(err: unknown): { facilityId: string; workloadId: string } | undefined {
  for (let e = err as { detail?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const match = /\(facility_id, workload_id\)=\(([^,]+), ([^)]+)\)/.exec(e.detail ?? '');
    const [, facilityId, workloadId] = match ?? [];
    if (facilityId !== undefined && workloadId !== undefined) return { facilityId, workloadId };
  }
  return undefined;
}
