/**
 * Queries of the treaties aggregate: treaties and their versions, amendments with their seconds
 * and comments, and the acts of signature, ratification and withdrawal. Functions take a `Db`,
 * which may be a transaction handed down by a service; none of them checks access.
 */
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { users } from '../../core/auth/auth.table.ts';
import { firstRow, type Db } from '../../core/db/client.ts';
import {
  amendmentComments,
  amendmentSeconds,
  amendments,
  participants,
  treaties,
  treatyActs,
  treatyVersions,
  type AmendmentStatus,
} from './assembly.table.ts';

export type TreatyRow = typeof treaties.$inferSelect;
export type VersionRow = typeof treatyVersions.$inferSelect;
export type AmendmentRow = typeof amendments.$inferSelect;
export type TreatyActRow = typeof treatyActs.$inferSelect;

// ── Treaties and versions ──────────────────────────────────────────────────

export const listTreaties = (db: Db): Promise<TreatyRow[]> => db.select().from(treaties).orderBy(asc(treaties.id));

export async function findTreaty(db: Db, id: number, lock = false): Promise<TreatyRow | undefined> {
  const query = db.select().from(treaties).where(eq(treaties.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertTreaty(db: Db, values: typeof treaties.$inferInsert): Promise<TreatyRow> {
  return firstRow(await db.insert(treaties).values(values).returning(), 'insert into assembly_treaties');
}

export async function updateTreaty(db: Db, id: number, patch: Partial<typeof treaties.$inferInsert>): Promise<TreatyRow> {
  return firstRow(await db.update(treaties).set(patch).where(eq(treaties.id, id)).returning(), `update of treaty ${id}`);
}

export async function insertVersion(db: Db, values: typeof treatyVersions.$inferInsert): Promise<VersionRow> {
  return firstRow(await db.insert(treatyVersions).values(values).returning(), 'insert into assembly_treaty_versions');
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
  return firstRow(await db.insert(amendments).values(values).returning(), 'insert into assembly_amendments');
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
  return firstRow(await db.insert(amendmentComments).values(values).returning(), 'insert into assembly_amendment_comments');
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
  return firstRow(await db.insert(treatyActs).values(values).returning(), 'insert into assembly_treaty_acts');
}

/** The newest adopted treaty, for the standing map's default. */
export async function latestAdoptedTreaty(db: Db): Promise<TreatyRow | undefined> {
  const [row] = await db.select().from(treaties).where(eq(treaties.status, 'adopted')).orderBy(desc(treaties.id)).limit(1);
  return row;
}
