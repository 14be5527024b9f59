/**
 * Every query of the assembly module. Functions take a `Db`, which may be a
 * transaction handed down by a service; none of them checks access.
 */
import { and, asc, count, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { users } from '../../core/auth/auth.table.ts';
import type { Db } from '../../core/db/client.ts';
import { states } from '../../core/states/states.table.ts';
import { DEFAULT_RULES, type AssemblyRules } from './assembly-types.ts';
import {
  amendmentComments,
  amendmentSeconds,
  amendments,
  ballots,
  electorate,
  motions,
  participants,
  rulesTable,
  treaties,
  treatyActs,
  treatyVersions,
  type AmendmentStatus,
  type ParticipantKind,
  type ParticipantStatus,
} from './assembly.table.ts';

export type ParticipantRow = typeof participants.$inferSelect;
export type TreatyRow = typeof treaties.$inferSelect;
export type VersionRow = typeof treatyVersions.$inferSelect;
export type AmendmentRow = typeof amendments.$inferSelect;
export type MotionRow = typeof motions.$inferSelect;
export type BallotRow = typeof ballots.$inferSelect;
export type TreatyActRow = typeof treatyActs.$inferSelect;

/** A participant with its state's reference figures (null for organizations). */
export interface ParticipantWithFigures extends ParticipantRow {
  region: string | null;
  population: number | null;
  gdpUsd: number | null;
}

// ── Participants ───────────────────────────────────────────────────────────

/**
 * Creates a participant (status invited) for every reference state that has
 * none; idempotent. Returns how many were created.
 */
export async function insertMissingStateParticipants(db: Db): Promise<number> {
  const [{ missing }] = await db
    .select({ missing: count() })
    .from(states)
    .leftJoin(participants, eq(participants.iso3, states.iso3))
    .where(isNull(participants.id));
  if (missing === 0) return 0;
  await db.execute(sql`
    insert into assembly_participants (kind, iso3, name, status)
    select 'state', s.iso3, s.name, 'invited' from states s
    where not exists (select 1 from assembly_participants p where p.iso3 = s.iso3)
    order by s.iso3
    on conflict do nothing`);
  return missing;
}

const withFigures = {
  id: participants.id,
  kind: participants.kind,
  iso3: participants.iso3,
  name: participants.name,
  category: participants.category,
  status: participants.status,
  createdAt: participants.createdAt,
  updatedAt: participants.updatedAt,
  region: states.region,
  population: states.population,
  gdpUsd: states.gdpUsd,
};

export async function listParticipants(
  db: Db,
  filter: { kind?: ParticipantKind; status?: ParticipantStatus; ids?: number[] } = {},
): Promise<ParticipantWithFigures[]> {
  const conditions = [
    filter.kind ? eq(participants.kind, filter.kind) : undefined,
    filter.status ? eq(participants.status, filter.status) : undefined,
    filter.ids ? inArray(participants.id, filter.ids.length > 0 ? filter.ids : [-1]) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select(withFigures)
    .from(participants)
    .leftJoin(states, eq(states.iso3, participants.iso3))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(participants.id));
}

export async function findParticipant(db: Db, id: number, lock = false): Promise<ParticipantWithFigures | undefined> {
  const query = db.select(withFigures).from(participants).leftJoin(states, eq(states.iso3, participants.iso3)).where(eq(participants.id, id));
  const [row] = lock ? await query.for('update', { of: participants }) : await query;
  return row;
}

export async function findParticipantByName(db: Db, kind: ParticipantKind, name: string): Promise<ParticipantRow | undefined> {
  const [row] = await db.select().from(participants).where(and(eq(participants.kind, kind), eq(participants.name, name)));
  return row;
}

export async function insertOrganization(db: Db, values: Pick<ParticipantRow, 'name' | 'category' | 'status'>): Promise<ParticipantRow> {
  const [row] = await db
    .insert(participants)
    .values({ kind: 'organization', ...values })
    .returning();
  return row;
}

export async function updateParticipant(db: Db, id: number, patch: Partial<Pick<ParticipantRow, 'name' | 'category' | 'status'>>) {
  const [row] = await db
    .update(participants)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(participants.id, id))
    .returning();
  return row;
}

/** World totals over all reference states (a missing figure counts 0). */
export async function worldTotals(db: Db): Promise<{ population: number; gdpUsd: number }> {
  const [row] = await db
    .select({
      population: sql<string>`coalesce(sum(${states.population}), 0)`,
      gdpUsd: sql<string>`coalesce(sum(${states.gdpUsd}), 0)`,
    })
    .from(states);
  return { population: Number(row.population), gdpUsd: Number(row.gdpUsd) };
}

// ── Rules ──────────────────────────────────────────────────────────────────

/** The rules row, created with the defaults when missing; `lock` takes it for update. */
export async function readRules(db: Db, lock = false): Promise<{ version: number; rules: AssemblyRules }> {
  const query = db.select().from(rulesTable).where(eq(rulesTable.id, 1));
  let [row] = lock ? await query.for('update') : await query;
  if (!row) {
    await db.insert(rulesTable).values({ id: 1, version: 1, rules: DEFAULT_RULES }).onConflictDoNothing();
    [row] = lock ? await query.for('update') : await query;
  }
  return { version: row.version, rules: row.rules };
}

export async function writeRules(db: Db, version: number, rules: AssemblyRules): Promise<void> {
  await db.update(rulesTable).set({ version, rules, updatedAt: new Date() }).where(eq(rulesTable.id, 1));
}

// ── Treaties and versions ──────────────────────────────────────────────────

export const listTreaties = (db: Db): Promise<TreatyRow[]> => db.select().from(treaties).orderBy(asc(treaties.id));

export async function findTreaty(db: Db, id: number, lock = false): Promise<TreatyRow | undefined> {
  const query = db.select().from(treaties).where(eq(treaties.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertTreaty(db: Db, values: typeof treaties.$inferInsert): Promise<TreatyRow> {
  const [row] = await db.insert(treaties).values(values).returning();
  return row;
}

export async function updateTreaty(db: Db, id: number, patch: Partial<typeof treaties.$inferInsert>): Promise<TreatyRow> {
  const [row] = await db.update(treaties).set(patch).where(eq(treaties.id, id)).returning();
  return row;
}

export async function insertVersion(db: Db, values: typeof treatyVersions.$inferInsert): Promise<VersionRow> {
  const [row] = await db.insert(treatyVersions).values(values).returning();
  return row;
}

export async function findVersion(db: Db, treatyId: number, number: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(treatyVersions)
    .where(and(eq(treatyVersions.treatyId, treatyId), eq(treatyVersions.number, number)));
  return row;
}

export const listVersions = (db: Db, treatyId: number): Promise<VersionRow[]> =>
  db.select().from(treatyVersions).where(eq(treatyVersions.treatyId, treatyId)).orderBy(asc(treatyVersions.number));

// ── Amendments ─────────────────────────────────────────────────────────────

export async function insertAmendment(db: Db, values: typeof amendments.$inferInsert): Promise<AmendmentRow> {
  const [row] = await db.insert(amendments).values(values).returning();
  return row;
}

export async function findAmendment(db: Db, treatyId: number | null, id: number, lock = false): Promise<AmendmentRow | undefined> {
  const where = treatyId === null ? eq(amendments.id, id) : and(eq(amendments.id, id), eq(amendments.treatyId, treatyId));
  const query = db.select().from(amendments).where(where);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function listAmendments(db: Db, treatyId: number, status?: AmendmentStatus): Promise<AmendmentRow[]> {
  return db
    .select()
    .from(amendments)
    .where(and(eq(amendments.treatyId, treatyId), status ? eq(amendments.status, status) : undefined))
    .orderBy(asc(amendments.id));
}

/** Amendments of a treaty still in play (proposed or on the floor). */
export const openAmendments = (db: Db, treatyId: number): Promise<AmendmentRow[]> =>
  db
    .select()
    .from(amendments)
    .where(and(eq(amendments.treatyId, treatyId), inArray(amendments.status, ['proposed', 'on_floor'])))
    .orderBy(asc(amendments.id));

export async function setAmendmentStatus(db: Db, ids: number[], status: AmendmentStatus, appliedVersion?: number): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(amendments)
    .set({ status, ...(appliedVersion !== undefined ? { appliedVersion } : {}) })
    .where(inArray(amendments.id, ids));
}

/** Seconds counts by amendment. */
export async function secondCounts(db: Db, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: amendmentSeconds.amendmentId, n: count() })
    .from(amendmentSeconds)
    .where(inArray(amendmentSeconds.amendmentId, ids))
    .groupBy(amendmentSeconds.amendmentId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export const listSeconds = (db: Db, amendmentId: number) =>
  db
    .select({ participantId: amendmentSeconds.participantId, name: participants.name, at: amendmentSeconds.createdAt })
    .from(amendmentSeconds)
    .innerJoin(participants, eq(participants.id, amendmentSeconds.participantId))
    .where(eq(amendmentSeconds.amendmentId, amendmentId))
    .orderBy(asc(amendmentSeconds.createdAt));

/** Inserts a second; false when that participant already seconded. */
export async function insertSecond(db: Db, values: typeof amendmentSeconds.$inferInsert): Promise<boolean> {
  const rows = await db.insert(amendmentSeconds).values(values).onConflictDoNothing().returning();
  return rows.length === 1;
}

export async function insertComment(db: Db, values: typeof amendmentComments.$inferInsert) {
  const [row] = await db.insert(amendmentComments).values(values).returning();
  return row;
}

export const listComments = (db: Db, amendmentId: number) =>
  db
    .select({
      id: amendmentComments.id,
      participantId: amendmentComments.participantId,
      participantName: participants.name,
      author: users.name,
      body: amendmentComments.body,
      createdAt: amendmentComments.createdAt,
    })
    .from(amendmentComments)
    .innerJoin(users, eq(users.id, amendmentComments.userId))
    .leftJoin(participants, eq(participants.id, amendmentComments.participantId))
    .where(eq(amendmentComments.amendmentId, amendmentId))
    .orderBy(asc(amendmentComments.id));

// ── Motions ────────────────────────────────────────────────────────────────

export async function insertMotion(db: Db, values: typeof motions.$inferInsert): Promise<MotionRow> {
  const [row] = await db.insert(motions).values(values).returning();
  return row;
}

export async function findMotion(db: Db, id: number, lock = false): Promise<MotionRow | undefined> {
  const query = db.select().from(motions).where(eq(motions.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateMotion(db: Db, id: number, patch: Partial<typeof motions.$inferInsert>): Promise<MotionRow> {
  const [row] = await db.update(motions).set(patch).where(eq(motions.id, id)).returning();
  return row;
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
  return jsonRows<[number, ParticipantKind, number, ElectorMember['choice'], string | null]>(result).map(([participantId, kind, weight, choice, salt]) => ({
    participantId,
    kind,
    weight,
    choice,
    salt,
  }));
}

/** Ballots of a closed motion with the participants' names and chamber weights, by participant id (one JSON array). */
export async function readBallotsWithNames(db: Db, motionId: number) {
  const result = await db.execute(sql`
    select coalesce(json_agg(json_build_array(b.participant_id, b.choice, p.name, p.kind, e.weight) order by b.participant_id), '[]') as rows
    from assembly_ballots b
    join assembly_participants p on p.id = b.participant_id
    join assembly_motion_electorate e on e.motion_id = b.motion_id and e.participant_id = b.participant_id
    where b.motion_id = ${motionId}`);
  return jsonRows<[number, ElectorMember['choice'] & string, string, ParticipantKind, number]>(result).map(([participantId, choice, name, kind, weight]) => ({
    participantId,
    choice,
    name,
    kind,
    weight,
  }));
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

// ── Signature, ratification ────────────────────────────────────────────────

export const listActs = (db: Db, treatyId: number): Promise<TreatyActRow[]> =>
  db.select().from(treatyActs).where(eq(treatyActs.treatyId, treatyId)).orderBy(asc(treatyActs.id));

export const actsOf = (db: Db, treatyId: number, participantId: number): Promise<TreatyActRow[]> =>
  db
    .select()
    .from(treatyActs)
    .where(and(eq(treatyActs.treatyId, treatyId), eq(treatyActs.participantId, participantId)))
    .orderBy(asc(treatyActs.id));

export async function insertAct(db: Db, values: typeof treatyActs.$inferInsert): Promise<TreatyActRow> {
  const [row] = await db.insert(treatyActs).values(values).returning();
  return row;
}

/** The newest adopted treaty, for the standing map's default. */
export async function latestAdoptedTreaty(db: Db): Promise<TreatyRow | undefined> {
  const [row] = await db.select().from(treaties).where(eq(treaties.status, 'adopted')).orderBy(desc(treaties.id)).limit(1);
  return row;
}

/** True when some motion is not closed yet. */
export async function anyUnclosedMotion(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: motions.id }).from(motions).where(isNull(motions.closedAt)).limit(1);
  return row !== undefined;
}
