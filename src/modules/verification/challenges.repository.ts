/**
 * The queries of the challenges aggregate: challenges, the workloads each names and the
 * facility's answers. Functions take a `Db`, which may be a transaction handed down by a service;
 * none of them checks access.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, firstRow } from '../../core/db/client.ts';
import { challenges, challengeWorkloads, workloads, type AnswerStatus, type ChallengeStatus } from './verification.table.ts';

export type ChallengeRow = typeof challenges.$inferSelect;
export type ChallengeWorkloadRow = typeof challengeWorkloads.$inferSelect;

export async function insertChallenge(db: Db, values: typeof challenges.$inferInsert): Promise<ChallengeRow> {
  return firstRow(await db.insert(challenges).values(values).returning(), 'insert of a challenge');
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
    .innerJoin(workloads, and(eq(workloads.facilityId, challenges.facilityId), eq(workloads.workloadId, challengeWorkloads.workloadId)))
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
  values: { status: AnswerStatus; problems: string[]; record: Record<string, unknown>; salt: string; answeredAt: Date; answeredBy: number },
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
