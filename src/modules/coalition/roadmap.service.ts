/** The roadmap: milestones with a target date and status, linked to events; public to read, logged. */
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import { type Db, firstRow } from '../../core/db/client.ts';
import { invalid, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { changedFields, isUnchanged, sameValue } from '../../core/patch.ts';
import { existingEventIds } from './events.repository.ts';
import type { Milestone, NewMilestone } from './roadmap.dto.ts';
import * as repo from './roadmap.repository.ts';

export type { Milestone, NewMilestone } from './roadmap.dto.ts';

async function readMilestones(db: Db, ids?: number[]): Promise<Milestone[]> {
  const rows = await repo.listMilestones(db, ids);
  if (!rows.length) return [];
  const links = await repo.listLinkedEvents(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    description: m.description,
    targetDate: m.targetDate,
    status: m.status,
    events: links.filter((l) => l.milestoneId === m.id).map((l) => ({ id: l.id, title: l.title, startsAt: l.startsAt.toISOString() })),
  }));
}

/** Links a milestone to exactly these events; throws `unknown_event` naming every id that is not one. */
async function linkEvents(tx: Db, milestoneId: number, eventIds: number[]) {
  const unique = [...new Set(eventIds)];
  const found = await existingEventIds(tx, unique);
  const missing = unique.filter((id) => !found.includes(id));
  if (missing.length) throw invalid('unknown_event', `no event with id ${missing.join(', ')}`, { eventIds: missing });
  await repo.replaceLinkedEvents(tx, milestoneId, unique);
}

/** A set of ids in one order, for comparing links (their order is not stored). */
const sortedIds = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

const facts = (m: Milestone) => ({
  milestoneId: m.id,
  title: m.title,
  targetDate: m.targetDate,
  status: m.status,
  eventIds: m.events.map((e) => e.id),
});

/** Public: the roadmap, by target date. */
export const listMilestones = (db: Db) => readMilestones(db);

/** Adds a milestone without an access check (first start, demo); the API goes through {@link createMilestone}. */
export async function addMilestoneUnchecked(db: Db, by: Actor | null, input: NewMilestone): Promise<Milestone> {
  return db.transaction(async (tx) => {
    const row = await repo.insertMilestone(tx, {
      title: input.title,
      description: input.description ?? '',
      targetDate: input.targetDate,
      status: input.status ?? 'planned',
    });
    await linkEvents(tx, row.id, input.eventIds ?? []);
    const m = firstRow(await readMilestones(tx, [row.id]), 'milestone just added');
    await appendToLog(tx, { kind: 'coalition.milestone-added', actor: actorLabel(by), subject: `milestone:${m.id}`, body: facts(m) });
    return m;
  });
}

export async function createMilestone(db: Db, actor: Actor | null, input: NewMilestone): Promise<Milestone> {
  return addMilestoneUnchecked(db, requireRole(actor, 'admin'), input);
}

export async function updateMilestone(db: Db, actor: Actor | null, id: number, patch: Partial<NewMilestone>): Promise<Milestone> {
  const admin = requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    const row = await repo.findMilestone(tx, id, true);
    if (!row) throw notFound('milestone', { id });
    const { eventIds, ...fields } = patch;
    // A PATCH that changes nothing (empty, or the stored values again) writes and logs nothing.
    const set = changedFields(row, fields);
    const relink = eventIds !== undefined && !sameValue(sortedIds(await repo.listLinkedEventIds(tx, id)), sortedIds(eventIds));
    if (isUnchanged(set) && !relink) return firstRow(await readMilestones(tx, [id]), 'milestone locked');
    if (!isUnchanged(set)) await repo.updateMilestone(tx, id, set);
    if (relink) await linkEvents(tx, id, eventIds);
    const m = firstRow(await readMilestones(tx, [id]), 'milestone just changed');
    await appendToLog(tx, { kind: 'coalition.milestone-changed', actor: actorLabel(admin), subject: `milestone:${id}`, body: facts(m) });
    return m;
  });
}

export async function deleteMilestone(db: Db, actor: Actor | null, id: number): Promise<void> {
  const admin = requireRole(actor, 'admin');
  await db.transaction(async (tx) => {
    const row = await repo.deleteMilestone(tx, id);
    if (!row) throw notFound('milestone', { id });
    await appendToLog(tx, {
      kind: 'coalition.milestone-removed',
      actor: actorLabel(admin),
      subject: `milestone:${id}`,
      body: { milestoneId: id, title: row.title },
    });
  });
}
