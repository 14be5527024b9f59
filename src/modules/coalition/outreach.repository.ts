/**
 * Every query on the outreach pipeline: targets, their interactions and
 * stage changes, and the staff accounts that own them. Functions take a `Db`,
 * which may be a transaction handed down by a service; none of them checks
 * access.
 */
import { and, asc, desc, eq, lt, notInArray, sql } from 'drizzle-orm';
import { users } from '../../core/auth/auth.table.ts';
import { type Db, firstRow } from '../../core/db/client.ts';
import { states } from '../../core/states/states.table.ts';
import { outreachInteractions, outreachStageChanges, outreachTargets, type Stage } from './coalition.table.ts';

export type TargetRow = typeof outreachTargets.$inferSelect;
export type NewTargetRow = typeof outreachTargets.$inferInsert;
export type InteractionRow = typeof outreachInteractions.$inferSelect;
export type NewInteractionRow = typeof outreachInteractions.$inferInsert;
export type StageChangeRow = typeof outreachStageChanges.$inferSelect;
export type UserRow = typeof users.$inferSelect;

/** A target with its owner's name and what its latest interaction says. */
export interface TargetWithLatest {
  target: TargetRow;
  ownerName: string | null;
  nextAction: string | null;
  nextActionDue: string | null;
  lastInteractionOn: string | null;
}

/** One open target's next action past its due date. */
export interface OverdueRow {
  targetId: number;
  targetName: string;
  stage: Stage;
  priority: TargetRow['priority'];
  ownerId: number | null;
  ownerName: string | null;
  nextAction: string | null;
  nextActionDue: string | null;
}

/** Each target's latest interaction (by date, then entry order). */
const latestInteractions = (db: Db) =>
  db
    .selectDistinctOn([outreachInteractions.targetId], {
      targetId: outreachInteractions.targetId,
      occurredOn: outreachInteractions.occurredOn,
      nextAction: outreachInteractions.nextAction,
      nextActionDue: outreachInteractions.nextActionDue,
    })
    .from(outreachInteractions)
    .orderBy(outreachInteractions.targetId, desc(outreachInteractions.occurredOn), desc(outreachInteractions.id))
    .as('latest');

// ── Targets ────────────────────────────────────────────────────────────────

/** Targets (one by id, or filtered by stage and country), high priority first, then by name. */
export async function listTargets(db: Db, where: { id?: number; stage?: Stage; country?: string }): Promise<TargetWithLatest[]> {
  const latest = latestInteractions(db);
  const rows = await db
    .select({
      target: outreachTargets,
      ownerName: users.name,
      nextAction: latest.nextAction,
      nextActionDue: latest.nextActionDue,
      lastInteractionOn: latest.occurredOn,
    })
    .from(outreachTargets)
    .leftJoin(users, eq(users.id, outreachTargets.ownerId))
    .leftJoin(latest, eq(latest.targetId, outreachTargets.id))
    .where(
      and(
        where.id !== undefined ? eq(outreachTargets.id, where.id) : undefined,
        where.stage ? eq(outreachTargets.stage, where.stage) : undefined,
        where.country ? eq(outreachTargets.countryIso3, where.country) : undefined,
      ),
    )
    .orderBy(
      sql`case ${outreachTargets.priority} when 'high' then 0 when 'medium' then 1 else 2 end`,
      asc(outreachTargets.name),
      asc(outreachTargets.id),
    );
  return rows.map((r) => ({
    target: r.target,
    ownerName: r.ownerName ?? null,
    nextAction: r.nextAction ?? null,
    nextActionDue: r.nextActionDue ?? null,
    lastInteractionOn: r.lastInteractionOn ?? null,
  }));
}

export async function findTarget(db: Db, id: number, lock = false): Promise<TargetRow | undefined> {
  const query = db.select().from(outreachTargets).where(eq(outreachTargets.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function targetExists(db: Db, id: number): Promise<boolean> {
  const [row] = await db.select({ id: outreachTargets.id }).from(outreachTargets).where(eq(outreachTargets.id, id));
  return row !== undefined;
}

export async function insertTarget(db: Db, values: NewTargetRow): Promise<TargetRow> {
  return firstRow(await db.insert(outreachTargets).values(values).returning(), 'inserted outreach target');
}

/** Changes a target; false when there is no such target. */
export async function updateTarget(db: Db, id: number, changes: Partial<NewTargetRow>): Promise<boolean> {
  const updated = await db.update(outreachTargets).set(changes).where(eq(outreachTargets.id, id)).returning({ id: outreachTargets.id });
  return updated.length > 0;
}

/** Deletes a target with its interactions and history; false when there was none. */
export async function deleteTarget(db: Db, id: number): Promise<boolean> {
  const gone = await db.delete(outreachTargets).where(eq(outreachTargets.id, id)).returning({ id: outreachTargets.id });
  return gone.length > 0;
}

// ── Interactions and stage changes ─────────────────────────────────────────

/** A target's interactions, latest first. */
export async function listInteractions(db: Db, targetId: number): Promise<InteractionRow[]> {
  return db
    .select()
    .from(outreachInteractions)
    .where(eq(outreachInteractions.targetId, targetId))
    .orderBy(desc(outreachInteractions.occurredOn), desc(outreachInteractions.id));
}

export async function insertInteraction(db: Db, values: NewInteractionRow): Promise<InteractionRow> {
  return firstRow(await db.insert(outreachInteractions).values(values).returning(), 'inserted interaction');
}

/** A target's stage history, oldest first. */
export async function listStageChanges(db: Db, targetId: number): Promise<StageChangeRow[]> {
  return db.select().from(outreachStageChanges).where(eq(outreachStageChanges.targetId, targetId)).orderBy(asc(outreachStageChanges.id));
}

export async function setTargetStage(db: Db, id: number, stage: Stage, at: Date): Promise<void> {
  await db.update(outreachTargets).set({ stage, stageChangedAt: at }).where(eq(outreachTargets.id, id));
}

/** Records a move between stages (`fromStage` null for a new target's first stage). */
export async function insertStageChange(db: Db, values: typeof outreachStageChanges.$inferInsert): Promise<void> {
  await db.insert(outreachStageChanges).values(values);
}

// ── Reports ────────────────────────────────────────────────────────────────

/**
 * For each target not in `closedStages`, the next action of its latest
 * interaction when it was due before `today`; most overdue first.
 */
export async function listOverdueActions(db: Db, today: string, closedStages: Stage[]): Promise<OverdueRow[]> {
  const latest = latestInteractions(db);
  const rows = await db
    .select({
      targetId: outreachTargets.id,
      targetName: outreachTargets.name,
      stage: outreachTargets.stage,
      priority: outreachTargets.priority,
      ownerId: outreachTargets.ownerId,
      ownerName: users.name,
      nextAction: latest.nextAction,
      nextActionDue: latest.nextActionDue,
    })
    .from(outreachTargets)
    .innerJoin(latest, eq(latest.targetId, outreachTargets.id))
    .leftJoin(users, eq(users.id, outreachTargets.ownerId))
    .where(and(notInArray(outreachTargets.stage, closedStages), lt(latest.nextActionDue, today)))
    .orderBy(asc(latest.nextActionDue), asc(outreachTargets.name));
  return rows.map((r) => ({ ...r, ownerName: r.ownerName ?? null }));
}

/** How many targets are at each stage (stages with none are absent). */
export async function countTargetsByStage(db: Db): Promise<{ stage: Stage; count: number }[]> {
  return db
    .select({ stage: outreachTargets.stage, count: sql<number>`count(*)::int` })
    .from(outreachTargets)
    .groupBy(outreachTargets.stage);
}

/** How many targets are in each country (null: none given), most first. */
export async function countTargetsByCountry(db: Db): Promise<{ countryIso3: string | null; countryName: string | null; count: number }[]> {
  const rows = await db
    .select({ countryIso3: outreachTargets.countryIso3, countryName: states.name, count: sql<number>`count(*)::int` })
    .from(outreachTargets)
    .leftJoin(states, eq(states.iso3, outreachTargets.countryIso3))
    .groupBy(outreachTargets.countryIso3, states.name)
    .orderBy(desc(sql`count(*)`), asc(outreachTargets.countryIso3));
  return rows.map((r) => ({ ...r, countryName: r.countryName ?? null }));
}

// ── Accounts ───────────────────────────────────────────────────────────────

/** The role and state of the account that would own a target. */
export async function findAccount(db: Db, id: number): Promise<Pick<UserRow, 'role' | 'disabled'> | undefined> {
  const [row] = await db.select({ role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, id));
  return row;
}

/** The oldest active admin account (the demonstration's owner of everything). */
export async function findFirstActiveAdmin(db: Db): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false)))
    .orderBy(asc(users.id))
    .limit(1);
  return row;
}
