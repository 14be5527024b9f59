import { requireRole, type Actor } from '../../core/auth/permissions.ts';
import { type Db, firstRow } from '../../core/db/client.ts';
import { conflict, invalid, notFound } from '../../core/errors.ts';
import { changedFields, isUnchanged } from '../../core/patch.ts';
import { isoDate, latestDateOnEarth, type CoalitionEnv } from './coalition-env.ts';
import { STAGES, type Stage } from './coalition.table.ts';
import { checkCountry } from './members.service.ts';
import type { Interaction, NewInteraction, NewTarget, OutreachSummary, OverdueAction, Target, TargetDetail } from './outreach.dto.ts';
import * as repo from './outreach.repository.ts';

export type { Interaction, NewInteraction, NewTarget, Target, TargetDetail } from './outreach.dto.ts';

/*
 * Outreach is private to admin and staff: every function checks the role
 * first, no route is public, and nothing here is written to the public log
 * (whom the coalition courts, and how it is going, is not for rivals to read).
 */

const WHO = 'staff' as const;
const CLOSED_STAGES: Stage[] = ['committed', 'declined'];

const toTarget = ({ target: t, ownerName, nextAction, nextActionDue, lastInteractionOn }: repo.TargetWithLatest): Target => ({
  id: t.id,
  name: t.name,
  type: t.type,
  category: t.category,
  countryIso3: t.countryIso3,
  priority: t.priority,
  ownerId: t.ownerId,
  ownerName,
  stage: t.stage,
  stageChangedAt: t.stageChangedAt.toISOString(),
  notes: t.notes,
  nextAction,
  nextActionDue,
  lastInteractionOn,
  createdAt: t.createdAt.toISOString(),
});

async function readTargets(db: Db, where: { id?: number; stage?: Stage; country?: string }): Promise<Target[]> {
  return (await repo.listTargets(db, where)).map(toTarget);
}

const toInteraction = (i: repo.InteractionRow): Interaction => ({ ...i, createdAt: i.createdAt.toISOString() });

async function checkOwner(db: Db, ownerId: number | null | undefined) {
  if (ownerId == null) return;
  const owner = await repo.findAccount(db, ownerId);
  if (!owner || owner.disabled || (owner.role !== 'admin' && owner.role !== 'staff')) {
    throw invalid('owner_not_staff', 'the owner must be an active admin or staff account', { ownerId });
  }
}

export async function listTargets(db: Db, actor: Actor | null, filter: { stage?: Stage; country?: string } = {}): Promise<Target[]> {
  requireRole(actor, WHO);
  return readTargets(db, filter);
}

export async function getTarget(db: Db, actor: Actor | null, id: number): Promise<TargetDetail> {
  requireRole(actor, WHO);
  const [target] = await readTargets(db, { id });
  if (!target) throw notFound('outreach target', { id });
  const interactions = await repo.listInteractions(db, id);
  const history = await repo.listStageChanges(db, id);
  return {
    ...target,
    interactions: interactions.map(toInteraction),
    stageHistory: history.map((h) => ({
      fromStage: h.fromStage,
      toStage: h.toStage,
      changedAt: h.changedAt.toISOString(),
      changedBy: h.changedBy,
    })),
  };
}

/** Adds a target without an access check (demo); the API goes through {@link createTarget}. */
export async function addTargetUnchecked(db: Db, by: Actor | null, input: NewTarget, env: Pick<CoalitionEnv, 'now'>): Promise<Target> {
  await checkCountry(db, input.countryIso3);
  await checkOwner(db, input.ownerId);
  return db.transaction(async (tx) => {
    const now = env.now();
    const row = await repo.insertTarget(tx, {
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
    });
    await repo.insertStageChange(tx, {
      targetId: row.id,
      fromStage: null,
      toStage: 'identified',
      changedAt: now,
      changedBy: by?.id ?? null,
    });
    return firstRow(await readTargets(tx, { id: row.id }), 'outreach target just created');
  });
}

export async function createTarget(db: Db, actor: Actor | null, input: NewTarget, env: CoalitionEnv): Promise<Target> {
  return addTargetUnchecked(db, requireRole(actor, WHO), input, env);
}

export async function updateTarget(db: Db, actor: Actor | null, id: number, patch: Partial<NewTarget>): Promise<Target> {
  requireRole(actor, WHO);
  await checkCountry(db, patch.countryIso3);
  await checkOwner(db, patch.ownerId);
  const row = await repo.findTarget(db, id);
  if (!row) throw notFound('outreach target', { id });
  // An empty PATCH, or one that repeats what is stored, writes nothing.
  const changes = changedFields(row, patch);
  if (!isUnchanged(changes) && !(await repo.updateTarget(db, id, changes))) throw notFound('outreach target', { id });
  const [target] = await readTargets(db, { id });
  if (!target) throw notFound('outreach target', { id });
  return target;
}

export async function deleteTarget(db: Db, actor: Actor | null, id: number): Promise<void> {
  requireRole(actor, WHO);
  if (!(await repo.deleteTarget(db, id))) throw notFound('outreach target', { id });
}

/** Records a contact with a target, with its next action and due date. */
export async function addInteraction(
  db: Db,
  actor: Actor | null,
  targetId: number,
  input: NewInteraction,
  env: Pick<CoalitionEnv, 'now'>,
): Promise<Interaction> {
  const who = requireRole(actor, WHO);
  if (input.nextActionDue && !input.nextAction) throw invalid('next_action_required', 'a due date needs the next action it is for');
  if (input.occurredOn > latestDateOnEarth(env.now())) throw invalid('date_in_future', 'an interaction cannot have happened in the future');
  if (!(await repo.targetExists(db, targetId))) throw notFound('outreach target', { id: targetId });
  const row = await repo.insertInteraction(db, {
    targetId,
    occurredOn: input.occurredOn,
    channel: input.channel,
    summary: input.summary,
    nextAction: input.nextAction || null,
    nextActionDue: input.nextActionDue ?? null,
    createdBy: who.id,
    createdAt: env.now(),
  });
  return toInteraction(row);
}

/** Moves a target to another stage and records the move with its date. */
export async function moveStage(db: Db, actor: Actor | null, id: number, stage: Stage, env: Pick<CoalitionEnv, 'now'>): Promise<Target> {
  const who = requireRole(actor, WHO);
  return db.transaction(async (tx) => {
    const row = await repo.findTarget(tx, id, true);
    if (!row) throw notFound('outreach target', { id });
    if (row.stage === stage) throw conflict('same_stage', `the target is already ${stage}`);
    const now = env.now();
    await repo.setTargetStage(tx, id, stage, now);
    await repo.insertStageChange(tx, { targetId: id, fromStage: row.stage, toStage: stage, changedAt: now, changedBy: who.id });
    return firstRow(await readTargets(tx, { id }), 'outreach target just moved');
  });
}

/**
 * Next actions past their due date: for each open target (not committed or
 * declined), the next action of its latest interaction; a later interaction
 * supersedes an earlier one's next action. Most overdue first.
 */
export async function overdueActions(db: Db, actor: Actor | null, env: Pick<CoalitionEnv, 'now'>): Promise<OverdueAction[]> {
  requireRole(actor, WHO);
  const today = isoDate(env.now());
  const rows = await repo.listOverdueActions(db, today, CLOSED_STAGES);
  return rows.map((r) => ({
    ...r,
    nextAction: r.nextAction ?? '',
    nextActionDue: r.nextActionDue!,
    daysOverdue: daysBetween(r.nextActionDue!, today),
  }));
}

/** Whole days from one calendar date (YYYY-MM-DD) to a later one. */
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** How many targets are at each stage (every stage listed) and in each country. */
export async function outreachSummary(db: Db, actor: Actor | null): Promise<OutreachSummary> {
  requireRole(actor, WHO);
  const byStage = await repo.countTargetsByStage(db);
  const byCountry = await repo.countTargetsByCountry(db);
  return {
    total: byStage.reduce((s, r) => s + r.count, 0),
    byStage: STAGES.map((stage) => ({ stage, count: byStage.find((r) => r.stage === stage)?.count ?? 0 })),
    byCountry,
  };
}
