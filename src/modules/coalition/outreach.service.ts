import { and, asc, desc, eq, lt, notInArray, sql } from 'drizzle-orm';
import { users } from '../../core/auth/auth.table.ts';
import { requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { conflict, invalid, notFound } from '../../core/errors.ts';
import { changedFields, isUnchanged } from '../../core/patch.ts';
import { states } from '../../core/states/states.table.ts';
import { isoDate, latestDateOnEarth, type CoalitionEnv } from './coalition-env.ts';
import {
  outreachInteractions,
  outreachStageChanges,
  outreachTargets,
  STAGES,
  type Channel,
  type Priority,
  type Stage,
  type TargetCategory,
  type TargetType,
} from './coalition.table.ts';
import { checkCountry } from './members.service.ts';

/*
 * Outreach is private to admin and staff: every function checks the role
 * first, no route is public, and nothing here is written to the public log
 * (whom the coalition courts, and how it is going, is not for rivals to read).
 */

const WHO = 'staff' as const;
const CLOSED_STAGES: Stage[] = ['committed', 'declined'];

export interface NewTarget {
  name: string;
  type: TargetType;
  category: TargetCategory;
  countryIso3?: string | null;
  priority?: Priority;
  ownerId?: number | null;
  notes?: string;
}

export interface Target {
  id: number;
  name: string;
  type: TargetType;
  category: TargetCategory;
  countryIso3: string | null;
  priority: Priority;
  ownerId: number | null;
  ownerName: string | null;
  stage: Stage;
  stageChangedAt: string;
  notes: string;
  nextAction: string | null;
  nextActionDue: string | null;
  lastInteractionOn: string | null;
  createdAt: string;
}

export interface NewInteraction {
  occurredOn: string;
  channel: Channel;
  summary: string;
  nextAction?: string | null;
  nextActionDue?: string | null;
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

async function readTargets(db: Db, where: { id?: number; stage?: Stage; country?: string }): Promise<Target[]> {
  const latest = latestInteractions(db);
  const rows = await db
    .select({
      t: outreachTargets,
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
  return rows.map(({ t, ownerName, nextAction, nextActionDue, lastInteractionOn }) => ({
    id: t.id,
    name: t.name,
    type: t.type,
    category: t.category,
    countryIso3: t.countryIso3,
    priority: t.priority,
    ownerId: t.ownerId,
    ownerName: ownerName ?? null,
    stage: t.stage,
    stageChangedAt: t.stageChangedAt.toISOString(),
    notes: t.notes,
    nextAction: nextAction ?? null,
    nextActionDue: nextActionDue ?? null,
    lastInteractionOn: lastInteractionOn ?? null,
    createdAt: t.createdAt.toISOString(),
  }));
}

async function checkOwner(db: Db, ownerId: number | null | undefined) {
  if (ownerId == null) return;
  const [owner] = await db.select({ role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, ownerId));
  if (!owner || owner.disabled || (owner.role !== 'admin' && owner.role !== 'staff')) {
    throw invalid('owner_not_staff', 'the owner must be an active admin or staff account', { ownerId });
  }
}

export async function listTargets(db: Db, actor: Actor | null, filter: { stage?: Stage; country?: string } = {}): Promise<Target[]> {
  requireRole(actor, WHO);
  return readTargets(db, filter);
}

export async function getTarget(db: Db, actor: Actor | null, id: number) {
  requireRole(actor, WHO);
  const [target] = await readTargets(db, { id });
  if (!target) throw notFound('outreach target', { id });
  const interactions = await db
    .select()
    .from(outreachInteractions)
    .where(eq(outreachInteractions.targetId, id))
    .orderBy(desc(outreachInteractions.occurredOn), desc(outreachInteractions.id));
  const history = await db.select().from(outreachStageChanges).where(eq(outreachStageChanges.targetId, id)).orderBy(asc(outreachStageChanges.id));
  return {
    ...target,
    interactions: interactions.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
    stageHistory: history.map((h) => ({ fromStage: h.fromStage, toStage: h.toStage, changedAt: h.changedAt.toISOString(), changedBy: h.changedBy })),
  };
}

/** Adds a target without an access check (demo); the API goes through {@link createTarget}. */
export async function addTarget(db: Db, by: Actor | null, input: NewTarget, env: Pick<CoalitionEnv, 'now'>): Promise<Target> {
  await checkCountry(db, input.countryIso3);
  await checkOwner(db, input.ownerId);
  return db.transaction(async (tx) => {
    const now = env.now();
    const [row] = await tx
      .insert(outreachTargets)
      .values({
        name: input.name,
        type: input.type,
        category: input.category,
        countryIso3: input.countryIso3 ?? null,
        priority: input.priority ?? 'medium',
        ownerId: input.ownerId ?? null,
        notes: input.notes ?? '',
        stage: 'identified',
        stageChangedAt: now,
        createdAt: now,
      })
      .returning();
    await tx.insert(outreachStageChanges).values({ targetId: row.id, fromStage: null, toStage: 'identified', changedAt: now, changedBy: by?.id ?? null });
    return (await readTargets(tx, { id: row.id }))[0];
  });
}

export async function createTarget(db: Db, actor: Actor | null, input: NewTarget, env: CoalitionEnv): Promise<Target> {
  return addTarget(db, requireRole(actor, WHO), input, env);
}

export async function updateTarget(db: Db, actor: Actor | null, id: number, patch: Partial<NewTarget>): Promise<Target> {
  requireRole(actor, WHO);
  await checkCountry(db, patch.countryIso3);
  await checkOwner(db, patch.ownerId);
  const [row] = await db.select().from(outreachTargets).where(eq(outreachTargets.id, id));
  if (!row) throw notFound('outreach target', { id });
  // An empty PATCH, or one that repeats what is stored, writes nothing.
  const changes = changedFields(row, patch);
  if (!isUnchanged(changes)) {
    const updated = await db.update(outreachTargets).set(changes).where(eq(outreachTargets.id, id)).returning({ id: outreachTargets.id });
    if (!updated.length) throw notFound('outreach target', { id });
  }
  const [target] = await readTargets(db, { id });
  if (!target) throw notFound('outreach target', { id });
  return target;
}

export async function deleteTarget(db: Db, actor: Actor | null, id: number): Promise<void> {
  requireRole(actor, WHO);
  const gone = await db.delete(outreachTargets).where(eq(outreachTargets.id, id)).returning({ id: outreachTargets.id });
  if (!gone.length) throw notFound('outreach target', { id });
}

/** Records a contact with a target, with its next action and due date. */
export async function addInteraction(db: Db, actor: Actor | null, targetId: number, input: NewInteraction, env: Pick<CoalitionEnv, 'now'>) {
  const who = requireRole(actor, WHO);
  if (input.nextActionDue && !input.nextAction) throw invalid('next_action_required', 'a due date needs the next action it is for');
  if (input.occurredOn > latestDateOnEarth(env.now())) throw invalid('date_in_future', 'an interaction cannot have happened in the future');
  const [target] = await db.select({ id: outreachTargets.id }).from(outreachTargets).where(eq(outreachTargets.id, targetId));
  if (!target) throw notFound('outreach target', { id: targetId });
  const [row] = await db
    .insert(outreachInteractions)
    .values({
      targetId,
      occurredOn: input.occurredOn,
      channel: input.channel,
      summary: input.summary,
      nextAction: input.nextAction || null,
      nextActionDue: input.nextActionDue ?? null,
      createdBy: who.id,
      createdAt: env.now(),
    })
    .returning();
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** Moves a target to another stage and records the move with its date. */
export async function moveStage(db: Db, actor: Actor | null, id: number, stage: Stage, env: Pick<CoalitionEnv, 'now'>): Promise<Target> {
  const who = requireRole(actor, WHO);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(outreachTargets).where(eq(outreachTargets.id, id)).for('update');
    if (!row) throw notFound('outreach target', { id });
    if (row.stage === stage) throw conflict('same_stage', `the target is already ${stage}`);
    const now = env.now();
    await tx.update(outreachTargets).set({ stage, stageChangedAt: now }).where(eq(outreachTargets.id, id));
    await tx.insert(outreachStageChanges).values({ targetId: id, fromStage: row.stage, toStage: stage, changedAt: now, changedBy: who.id });
    return (await readTargets(tx, { id }))[0];
  });
}

/**
 * Next actions past their due date: for each open target (not committed or
 * declined), the next action of its latest interaction; a later interaction
 * supersedes an earlier one's next action. Most overdue first.
 */
export async function overdueActions(db: Db, actor: Actor | null, env: Pick<CoalitionEnv, 'now'>) {
  requireRole(actor, WHO);
  const today = isoDate(env.now());
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
    .where(and(notInArray(outreachTargets.stage, CLOSED_STAGES), lt(latest.nextActionDue, today)))
    .orderBy(asc(latest.nextActionDue), asc(outreachTargets.name));
  const day = 86_400_000;
  return rows.map((r) => ({
    ...r,
    ownerName: r.ownerName ?? null,
    nextAction: r.nextAction ?? '',
    nextActionDue: r.nextActionDue!,
    daysOverdue: Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${r.nextActionDue}T00:00:00Z`)) / day),
  }));
}

/** How many targets are at each stage (every stage listed) and in each country. */
export async function outreachSummary(db: Db, actor: Actor | null) {
  requireRole(actor, WHO);
  const byStage = await db
    .select({ stage: outreachTargets.stage, count: sql<number>`count(*)::int` })
    .from(outreachTargets)
    .groupBy(outreachTargets.stage);
  const byCountry = await db
    .select({ countryIso3: outreachTargets.countryIso3, countryName: states.name, count: sql<number>`count(*)::int` })
    .from(outreachTargets)
    .leftJoin(states, eq(states.iso3, outreachTargets.countryIso3))
    .groupBy(outreachTargets.countryIso3, states.name)
    .orderBy(desc(sql`count(*)`), asc(outreachTargets.countryIso3));
  return {
    total: byStage.reduce((s, r) => s + r.count, 0),
    byStage: STAGES.map((stage) => ({ stage, count: byStage.find((r) => r.stage === stage)?.count ?? 0 })),
    byCountry: byCountry.map((r) => ({ countryIso3: r.countryIso3, countryName: r.countryName ?? null, count: r.count })),
  };
}

