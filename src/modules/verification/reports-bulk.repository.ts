/**
 * The bulk paths of the reports aggregate: a batch of reports and their workloads written with one
 * statement per table, and every stored report read back for the accounting and flags. Functions
 * take a `Db`, which may be a transaction handed down by a service; none of them checks access.
 *
 * Bulk paths avoid per-value overhead, which dominates on PGlite: inserts pass one array per
 * column to `unnest` (about 5× the rows per second of a multi-row VALUES), and the accounting
 * reads fetch one tab-separated text per facility instead of a row object per workload (about
 * 10× faster to decode). Identifiers cannot hold tabs or newlines (the dto's patterns forbid
 * control characters), so the text splits back safely.
 */
import { asc, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/client.ts';
import type { ComputeReport, Workload, WorkloadClass } from './types.ts';
import { facilities } from './verification.table.ts';

export interface NewReportRow {
  facilityId: string;
  sequence: number;
  periodStart: string;
  periodEnd: string;
  meteredAcceleratorHours: number;
  energyKwh: number;
  declaredAcceleratorHours: number;
  workloadCount: number;
  keyId: string;
  signature: string;
  reportSha256: string;
  logIndex: number;
  submittedBy: number | null;
}

/** Inserts reports with one statement (one array per column). */
export async function insertReports(db: Db, rows: NewReportRow[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof NewReportRow>(k: K) => sql.param(rows.map((r) => r[k]));
  await db.execute(sql`
    insert into verification_reports (facility_id, sequence, period_start, period_end, metered_accelerator_hours, energy_kwh,
      declared_accelerator_hours, workload_count, key_id, signature, report_sha256, log_index, submitted_by)
    select * from unnest(${col('facilityId')}::text[], ${col('sequence')}::int[], ${col('periodStart')}::timestamptz[],
      ${col('periodEnd')}::timestamptz[], ${col('meteredAcceleratorHours')}::float8[], ${col('energyKwh')}::float8[],
      ${col('declaredAcceleratorHours')}::float8[], ${col('workloadCount')}::int[], ${col('keyId')}::text[], ${col('signature')}::text[],
      ${col('reportSha256')}::text[], ${col('logIndex')}::bigint[], ${col('submittedBy')}::int[])`);
}

/** Inserts the workloads of reports, in report order, with one statement per 20,000. */
export async function insertWorkloads(
  db: Db,
  list: { facilityId: string; sequence: number; workloads: readonly Workload[] }[],
): Promise<void> {
  const facilityId: string[] = [];
  const sequence: number[] = [];
  const position: number[] = [];
  const workloadId: string[] = [];
  const klass: string[] = [];
  const hours: number[] = [];
  const utilization: number[] = [];
  const runId: (string | null)[] = [];
  const accelerator: (string | null)[] = [];
  const commitment: string[] = [];
  const flush = async () => {
    if (facilityId.length === 0) return;
    await db.execute(sql`
      insert into verification_workloads (facility_id, sequence, position, workload_id, class, accelerator_hours, utilization,
        run_id, accelerator, commitment)
      select * from unnest(${sql.param(facilityId)}::text[], ${sql.param(sequence)}::int[], ${sql.param(position)}::int[],
        ${sql.param(workloadId)}::text[], ${sql.param(klass)}::text[], ${sql.param(hours)}::float8[], ${sql.param(utilization)}::float8[],
        ${sql.param(runId)}::text[], ${sql.param(accelerator)}::text[], ${sql.param(commitment)}::text[])`);
    for (const a of [facilityId, sequence, position, workloadId, klass, hours, utilization, runId, accelerator, commitment]) a.length = 0;
  };
  for (const item of list) {
    for (let i = 0; i < item.workloads.length; i++) {
      const w = item.workloads[i]!; // i < item.workloads.length
      facilityId.push(item.facilityId);
      sequence.push(item.sequence);
      position.push(i);
      workloadId.push(w.id);
      klass.push(w.class);
      hours.push(w.acceleratorHours);
      utilization.push(w.utilization);
      runId.push(w.runId ?? null);
      accelerator.push(w.accelerator ?? null);
      commitment.push(w.commitment);
      if (facilityId.length >= 20_000) await flush();
    }
  }
  await flush();
}

/**
 * Every stored report of the given facilities (all when absent) with its workloads, in the shape
 * the pure cores take, in facility then sequence order. Commitments are left empty (no accounting
 * rule reads them). `onlyRunWorkloads` leaves out workloads without a run id and their ids (all
 * that run accounting needs). Numbers travel as their binary float8/int8 forms in one base64
 * text per facility: exact, and about twice as fast as printing and parsing decimal text.
 */
export async function loadReports(
  db: Db,
  options: { facilityIds?: string[]; onlyRunWorkloads?: boolean; afterSequence?: ReadonlyMap<string, number> } = {},
): Promise<ComputeReport[]> {
  const ids = options.facilityIds ?? (await db.select({ id: facilities.id }).from(facilities).orderBy(asc(facilities.id))).map((f) => f.id);
  const lean = options.onlyRunWorkloads === true;
  const out: ComputeReport[] = [];
  for (const facilityId of ids) {
    const after = options.afterSequence?.get(facilityId) ?? 0;
    const [head] = await queryRows<{ reports: string | null; workloads: string | null; labels: string | null }>(
      db,
      sql`select r.reports, w.workloads, w.labels
        from (select encode(string_agg(int4send(sequence) || int8send((extract(epoch from period_start) * 1000)::bigint)
                || int8send((extract(epoch from period_end) * 1000)::bigint) || float8send(metered_accelerator_hours)
                || float8send(energy_kwh), ''::bytea order by sequence), 'base64') as reports
              from verification_reports where facility_id = ${facilityId} and sequence > ${after}) r,
             (select encode(string_agg(int4send(sequence) || float8send(accelerator_hours) || float8send(utilization), ''::bytea
                order by sequence, position), 'base64') as workloads,
                string_agg(${lean ? sql`''` : sql`workload_id`} || E'\t' || class || E'\t' || coalesce(run_id, '') || E'\t' || coalesce(accelerator, ''),
                E'\n' order by sequence, position) as labels
              from verification_workloads where facility_id = ${facilityId} and sequence > ${after}
                ${lean ? sql`and run_id is not null` : sql``}) w`,
    );
    if (!head?.reports) continue;
    const bySequence = new Map<number, ComputeReport>();
    const rb = Buffer.from(head.reports, 'base64');
    for (let o = 0; o < rb.length; o += 36) {
      const report: ComputeReport = {
        facilityId,
        sequence: rb.readInt32BE(o),
        periodStart: new Date(Number(rb.readBigInt64BE(o + 4))).toISOString(),
        periodEnd: new Date(Number(rb.readBigInt64BE(o + 12))).toISOString(),
        meteredAcceleratorHours: rb.readDoubleBE(o + 20),
        energyKwh: rb.readDoubleBE(o + 28),
        workloads: [],
      };
      bySequence.set(report.sequence, report);
      out.push(report);
    }
    if (!head.workloads || !head.labels) continue;
    const wb = Buffer.from(head.workloads, 'base64');
    const labels = head.labels;
    let current: ComputeReport | undefined;
    let at = 0;
    for (let o = 0; o < wb.length; o += 20) {
      const sequence = wb.readInt32BE(o);
      if (current?.sequence !== sequence) current = bySequence.get(sequence)!;
      // One line: id \t class \t runId \t accelerator (empty when absent).
      const t1 = labels.indexOf('\t', at);
      const t2 = labels.indexOf('\t', t1 + 1);
      const t3 = labels.indexOf('\t', t2 + 1);
      let end = labels.indexOf('\n', t3 + 1);
      if (end < 0) end = labels.length;
      const w: Workload = {
        id: labels.slice(at, t1),
        class: labels.slice(t1 + 1, t2) as WorkloadClass,
        acceleratorHours: wb.readDoubleBE(o + 4),
        utilization: wb.readDoubleBE(o + 12),
        commitment: '',
      };
      if (t3 > t2 + 1) w.runId = labels.slice(t2 + 1, t3);
      if (end > t3 + 1) w.accelerator = labels.slice(t3 + 1, end);
      current.workloads.push(w);
      at = end + 1;
    }
  }
  return out;
}

/** The last sequence of every facility that has reports. */
export async function lastSequences(db: Db): Promise<Map<string, number>> {
  const rows = await queryRows<{ facility_id: string; last: number }>(
    db,
    sql`select facility_id, max(sequence) as last from verification_reports group by facility_id`,
  );
  return new Map(rows.map((r) => [r.facility_id, Number(r.last)]));
}
