/**
 * Every query of the verification module. Functions take a `Db`, which may be a transaction
 * handed down by a service; none of them checks access.
 *
 * Bulk paths avoid per-value overhead, which dominates on PGlite: inserts pass one array per
 * column to `unnest` (about 5× the rows per second of a multi-row VALUES), and the accounting
 * reads fetch one tab-separated text per facility instead of a row object per workload (about
 * 10× faster to decode). Identifiers cannot hold tabs or newlines (the dto's patterns forbid
 * control characters), so the text splits back safely.
 */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { users } from '../../core/auth/auth.table.ts';
import { queryRows, type Db } from '../../core/db/client.ts';
import { DEFAULT_SETTINGS, type VerificationSettings } from './settings.ts';
import type { ComputeReport, DeclaredRun, InventoryItem, Workload, WorkloadClass } from './types.ts';
import {
  challenges,
  challengeWorkloads,
  facilities,
  facilityKeys,
  facilityOperators,
  reports,
  runs,
  settingsTable,
  workloads,
  type AnswerStatus,
  type ChallengeStatus,
} from './verification.table.ts';

export type FacilityRow = typeof facilities.$inferSelect;
export type KeyRow = typeof facilityKeys.$inferSelect;
export type RunRow = typeof runs.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type ChallengeRow = typeof challenges.$inferSelect;
export type ChallengeWorkloadRow = typeof challengeWorkloads.$inferSelect;

/** True when a database error (PGlite or pg, possibly wrapped by Drizzle) is a unique-constraint violation. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === '23505') return true;
  }
  return false;
}

/**
 * The (facility, workload) of a unique violation on verification_workloads, from the error's
 * detail ("Key (facility_id, workload_id)=(fac-01, w1) already exists."); ids hold no ", ".
 */
export function violatingKey(err: unknown): { facilityId: string; workloadId: string } | undefined {
  for (let e = err as { detail?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    const match = /\(facility_id, workload_id\)=\(([^,]+), ([^)]+)\)/.exec(e.detail ?? '');
    if (match) return { facilityId: match[1], workloadId: match[2] };
  }
  return undefined;
}

// ── Facilities, keys, operators ────────────────────────────────────────────

export async function findFacility(db: Db, id: string, lock = false): Promise<FacilityRow | undefined> {
  const query = db.select().from(facilities).where(eq(facilities.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The facilities with these ids, locked for update (in id order, so concurrent batches cannot deadlock). */
export async function lockFacilities(db: Db, ids: string[]): Promise<FacilityRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(facilities).where(inArray(facilities.id, ids)).orderBy(asc(facilities.id)).for('update');
}

export async function listFacilities(db: Db): Promise<FacilityRow[]> {
  return db.select().from(facilities).orderBy(asc(facilities.id));
}

export async function insertFacility(db: Db, values: typeof facilities.$inferInsert): Promise<FacilityRow> {
  const [row] = await db.insert(facilities).values(values).returning();
  return row;
}

export async function insertKeys(db: Db, rows: (typeof facilityKeys.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(facilityKeys).values(rows);
}

export async function findKey(db: Db, keyId: string): Promise<KeyRow | undefined> {
  const [row] = await db.select().from(facilityKeys).where(eq(facilityKeys.keyId, keyId));
  return row;
}

/** Keys of the given facilities, oldest first. */
export async function listKeys(db: Db, facilityIds: string[]): Promise<KeyRow[]> {
  if (facilityIds.length === 0) return [];
  return db
    .select()
    .from(facilityKeys)
    .where(inArray(facilityKeys.facilityId, facilityIds))
    .orderBy(asc(facilityKeys.validFrom), asc(facilityKeys.keyId));
}

/** Retires every active key of a facility at `at`. */
export async function retireKeys(db: Db, facilityId: string, at: Date): Promise<KeyRow[]> {
  return db
    .update(facilityKeys)
    .set({ retiredAt: at })
    .where(and(eq(facilityKeys.facilityId, facilityId), sql`${facilityKeys.retiredAt} is null`))
    .returning();
}

export async function addOperator(db: Db, facilityId: string, userId: number): Promise<boolean> {
  const rows = await db.insert(facilityOperators).values({ facilityId, userId }).onConflictDoNothing().returning();
  return rows.length > 0;
}

/** Of `facilityIds`, those the user operates. */
export async function operatedFacilities(db: Db, userId: number, facilityIds: string[]): Promise<Set<string>> {
  if (facilityIds.length === 0) return new Set();
  const rows = await db
    .select({ facilityId: facilityOperators.facilityId })
    .from(facilityOperators)
    .where(and(eq(facilityOperators.userId, userId), inArray(facilityOperators.facilityId, facilityIds)));
  return new Set(rows.map((r) => r.facilityId));
}

export async function listOperators(db: Db, facilityId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(facilityOperators)
    .innerJoin(users, eq(users.id, facilityOperators.userId))
    .where(eq(facilityOperators.facilityId, facilityId))
    .orderBy(asc(users.id));
}

export async function findUser(db: Db, id: number) {
  const [row] = await db.select({ id: users.id, role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, id));
  return row;
}

// ── Runs ───────────────────────────────────────────────────────────────────

export async function insertRun(db: Db, values: typeof runs.$inferInsert): Promise<RunRow> {
  const [row] = await db.insert(runs).values(values).returning();
  return row;
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
export async function insertWorkloads(db: Db, list: { facilityId: string; sequence: number; workloads: readonly Workload[] }[]): Promise<void> {
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
      const w = item.workloads[i];
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
  return new Map(rows.map((r) => [r.facilityId, { count: Number(r.n), lastSequence: Number(r.last), lastEnd: new Date(Number(r.lastEnd)) }]));
}

export async function findReport(db: Db, facilityId: string, sequence: number): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(and(eq(reports.facilityId, facilityId), eq(reports.sequence, sequence)));
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

/** Facilities as the pure cores take them (id and inventory). */
export async function facilityInventories(db: Db): Promise<{ id: string; inventory: InventoryItem[] }[]> {
  return db.select({ id: facilities.id, inventory: facilities.inventory }).from(facilities).orderBy(asc(facilities.id));
}

// ── Challenges ─────────────────────────────────────────────────────────────

export async function insertChallenge(db: Db, values: typeof challenges.$inferInsert): Promise<ChallengeRow> {
  const [row] = await db.insert(challenges).values(values).returning();
  return row;
}

export async function insertChallengeWorkloads(db: Db, rows: (typeof challengeWorkloads.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(challengeWorkloads).values(rows);
}

export async function findChallenge(db: Db, id: number, lock = false): Promise<ChallengeRow | undefined> {
  const query = db.select().from(challenges).where(eq(challenges.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function listChallenges(db: Db, filter: { facilityId?: string; status?: ChallengeStatus; facilityIds?: string[] } = {}) {
  const conditions = [
    filter.facilityId ? eq(challenges.facilityId, filter.facilityId) : undefined,
    filter.status ? eq(challenges.status, filter.status) : undefined,
    filter.facilityIds ? inArray(challenges.facilityId, filter.facilityIds.length > 0 ? filter.facilityIds : ['']) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select()
    .from(challenges)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(challenges.id));
}

/** The challenged workloads of the given challenges, with their declared figures. */
export async function challengeWorkloadsOf(db: Db, challengeIds: number[]) {
  if (challengeIds.length === 0) return [];
  return db
    .select({ answer: challengeWorkloads, workload: workloads })
    .from(challengeWorkloads)
    .innerJoin(challenges, eq(challenges.id, challengeWorkloads.challengeId))
    .innerJoin(
      workloads,
      and(eq(workloads.facilityId, challenges.facilityId), eq(workloads.workloadId, challengeWorkloads.workloadId)),
    )
    .where(inArray(challengeWorkloads.challengeId, challengeIds))
    .orderBy(asc(challengeWorkloads.challengeId), asc(challengeWorkloads.sequence), asc(challengeWorkloads.workloadId));
}

export async function findChallengeWorkload(db: Db, challengeId: number, workloadId: string, lock = false) {
  const query = db
    .select()
    .from(challengeWorkloads)
    .where(and(eq(challengeWorkloads.challengeId, challengeId), eq(challengeWorkloads.workloadId, workloadId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function recordAnswer(
  db: Db,
  challengeId: number,
  workloadId: string,
  values: { status: AnswerStatus; problems: string[]; record: unknown; salt: string; answeredAt: Date; answeredBy: number },
): Promise<void> {
  await db
    .update(challengeWorkloads)
    .set(values)
    .where(and(eq(challengeWorkloads.challengeId, challengeId), eq(challengeWorkloads.workloadId, workloadId)));
}

export async function decideChallenge(db: Db, id: number, status: ChallengeStatus, at: Date): Promise<void> {
  await db.update(challenges).set({ status, decidedAt: at }).where(eq(challenges.id, id));
}

/** Open challenges whose deadline has passed, locked for update, skipping rows another transaction holds. */
export async function dueOpenChallenges(db: Db, now: Date): Promise<ChallengeRow[]> {
  return db
    .select()
    .from(challenges)
    .where(and(eq(challenges.status, 'open'), sql`${challenges.deadline} < ${now.toISOString()}`))
    .orderBy(asc(challenges.id))
    .for('update', { skipLocked: true });
}

// ── Settings ───────────────────────────────────────────────────────────────

/** The settings row, created with the defaults when missing; `lock` takes it for update. */
export async function readSettings(db: Db, lock = false): Promise<{ version: number; settings: VerificationSettings }> {
  const query = db.select().from(settingsTable).where(eq(settingsTable.id, 1));
  let [row] = lock ? await query.for('update') : await query;
  if (!row) {
    await db.insert(settingsTable).values({ id: 1, version: 1, settings: DEFAULT_SETTINGS }).onConflictDoNothing();
    [row] = lock ? await query.for('update') : await query;
  }
  return { version: row.version, settings: row.settings };
}

export async function writeSettings(db: Db, version: number, settings: VerificationSettings): Promise<void> {
  await db.update(settingsTable).set({ version, settings, updatedAt: new Date() }).where(eq(settingsTable.id, 1));
}
