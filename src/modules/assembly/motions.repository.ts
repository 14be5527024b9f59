/**
 * Queries of the motions aggregate: motions, the electorate frozen when a motion opens, and
 * ballots. Functions take a `Db`, which may be a transaction handed down by a service; none of
 * them checks access.
 */
import { and, asc, count, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import { firstRow, type Db } from '../../core/db/client.ts';
import { ballots, electorate, motions, type ParticipantKind } from './assembly.table.ts';

export type MotionRow = typeof motions.$inferSelect;
export type BallotRow = typeof ballots.$inferSelect;

// ── Motions ────────────────────────────────────────────────────────────────

export async function insertMotion(db: Db, values: typeof motions.$inferInsert): Promise<MotionRow> {
  return firstRow(await db.insert(motions).values(values).returning(), 'insert into assembly_motions');
}

export async function findMotion(db: Db, id: number, lock = false): Promise<MotionRow | undefined> {
  const query = db.select().from(motions).where(eq(motions.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateMotion(db: Db, id: number, patch: Partial<typeof motions.$inferInsert>): Promise<MotionRow> {
  return firstRow(await db.update(motions).set(patch).where(eq(motions.id, id)).returning(), `update of motion ${id}`);
}

export async function listMotions(db: Db, filter: { treatyId?: number; amendmentId?: number } = {}): Promise<MotionRow[]> {
  return db
    .select()
    .from(motions)
    .where(
      and(
        filter.treatyId !== undefined ? eq(motions.treatyId, filter.treatyId) : undefined,
        filter.amendmentId !== undefined ? eq(motions.amendmentId, filter.amendmentId) : undefined,
      ),
    )
    .orderBy(desc(motions.id));
}

/** Motions not closed whose opening (`field` opens_at) or closing time has come. */
export async function dueMotionIds(db: Db, now: Date): Promise<number[]> {
  const rows = await db
    .select({ id: motions.id })
    .from(motions)
    .where(and(isNull(motions.closedAt), lte(motions.opensAt, now)))
    .orderBy(asc(motions.id));
  return rows.map((r) => r.id);
}

/** Motions of a treaty not yet closed, optionally of one kind. */
export const unclosedMotions = (db: Db, treatyId: number) =>
  db
    .select()
    .from(motions)
    .where(and(eq(motions.treatyId, treatyId), isNull(motions.closedAt)));

export async function insertElectorate(db: Db, rows: (typeof electorate.$inferInsert)[]): Promise<void> {
  // 10,000 rows × 4 parameters stays below Postgres's 65,535-parameter limit.
  for (let i = 0; i < rows.length; i += 10_000) await db.insert(electorate).values(rows.slice(i, i + 10_000));
}

export const readElectorate = (db: Db, motionId: number) =>
  db
    .select({ participantId: electorate.participantId, kind: electorate.kind, weight: electorate.weight })
    .from(electorate)
    .where(eq(electorate.motionId, motionId))
    .orderBy(asc(electorate.participantId));

export async function inElectorate(db: Db, motionId: number, participantId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: electorate.participantId })
    .from(electorate)
    .where(and(eq(electorate.motionId, motionId), eq(electorate.participantId, participantId)));
  return row !== undefined;
}

export async function electorateSizes(db: Db, motionId: number): Promise<{ states: number; organizations: number }> {
  const rows = await db
    .select({ kind: electorate.kind, n: count() })
    .from(electorate)
    .where(eq(electorate.motionId, motionId))
    .groupBy(electorate.kind);
  const by = new Map(rows.map((r) => [r.kind, r.n]));
  return { states: by.get('state') ?? 0, organizations: by.get('organization') ?? 0 };
}

// ── Ballots ────────────────────────────────────────────────────────────────

export async function findBallot(db: Db, motionId: number, participantId: number): Promise<BallotRow | undefined> {
  const [row] = await db
    .select()
    .from(ballots)
    .where(and(eq(ballots.motionId, motionId), eq(ballots.participantId, participantId)));
  return row;
}

/** Inserts or replaces a participant's ballot. */
export async function upsertBallot(db: Db, values: typeof ballots.$inferInsert): Promise<void> {
  await db
    .insert(ballots)
    .values(values)
    .onConflictDoUpdate({
      target: [ballots.motionId, ballots.participantId],
      set: { choice: values.choice, salt: values.salt, commitment: values.commitment, userId: values.userId, castAt: values.castAt },
    });
}

/** Rows of a json_agg: node-postgres and PGlite hand back parsed JSON; be safe with text too. */
const jsonRows = <T>(result: unknown): T[] => {
  const rows = (result as { rows: { rows: unknown }[] }).rows;
  const value = rows[0]?.rows ?? [];
  return (typeof value === 'string' ? JSON.parse(value) : value) as T[];
};

/** One member of a motion's electorate with its standing ballot, if any. */
export interface ElectorMember {
  participantId: number;
  kind: ParticipantKind;
  weight: number;
  choice: (typeof ballots.$inferSelect)['choice'] | null;
  salt: string | null;
}

/**
 * The electorate with each member's ballot, by participant id, in one query: the closing reads
 * 10,000 rows and more, so the rows come as one JSON array rather than row by row (float8 goes
 * through JSON as its shortest exact decimal, so weights come back bit for bit).
 */
export async function readElectorateWithBallots(db: Db, motionId: number): Promise<ElectorMember[]> {
  const result = await db.execute(sql`
    select coalesce(json_agg(json_build_array(e.participant_id, e.kind, e.weight, b.choice, b.salt) order by e.participant_id), '[]') as rows
    from assembly_motion_electorate e
    left join assembly_ballots b on b.motion_id = e.motion_id and b.participant_id = e.participant_id
    where e.motion_id = ${motionId}`);
  return jsonRows<[number, ParticipantKind, number, ElectorMember['choice'], string | null]>(result).map(
    ([participantId, kind, weight, choice, salt]) => ({
      participantId,
      kind,
      weight,
      choice,
      salt,
    }),
  );
}

/** Ballots of a closed motion with the participants' names and chamber weights, by participant id (one JSON array). */
export async function readBallotsWithNames(db: Db, motionId: number) {
  const result = await db.execute(sql`
    select coalesce(json_agg(json_build_array(b.participant_id, b.choice, p.name, p.kind, e.weight) order by b.participant_id), '[]') as rows
    from assembly_ballots b
    join assembly_participants p on p.id = b.participant_id
    join assembly_motion_electorate e on e.motion_id = b.motion_id and e.participant_id = b.participant_id
    where b.motion_id = ${motionId}`);
  return jsonRows<[number, ElectorMember['choice'] & string, string, ParticipantKind, number]>(result).map(
    ([participantId, choice, name, kind, weight]) => ({
      participantId,
      choice,
      name,
      kind,
      weight,
    }),
  );
}

/** Turnout by chamber: how many ballots, not how. */
export async function ballotCounts(db: Db, motionId: number): Promise<{ states: number; organizations: number }> {
  const rows = await db
    .select({ kind: electorate.kind, n: count() })
    .from(ballots)
    .innerJoin(electorate, and(eq(electorate.motionId, ballots.motionId), eq(electorate.participantId, ballots.participantId)))
    .where(eq(ballots.motionId, motionId))
    .groupBy(electorate.kind);
  const by = new Map(rows.map((r) => [r.kind, r.n]));
  return { states: by.get('state') ?? 0, organizations: by.get('organization') ?? 0 };
}

/** True when some motion is not closed yet. */
export async function anyUnclosedMotion(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: motions.id }).from(motions).where(isNull(motions.closedAt)).limit(1);
  return row !== undefined;
}
