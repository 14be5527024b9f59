import { asc, eq, inArray } from 'drizzle-orm';
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { invalid, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { changedFields, isUnchanged, sameValue } from '../../core/patch.ts';
import { events, milestoneEvents, milestones, type MilestoneStatus } from './coalition.table.ts';

export interface NewMilestone {
  title: string;
  description?: string;
  targetDate: string;
  status?: MilestoneStatus;
  eventIds?: number[];
}

export interface Milestone {
  id: number;
  title: string;
  description: string;
  targetDate: string;
  status: MilestoneStatus;
  events: { id: number; title: string; startsAt: string }[];
}

async function readMilestones(db: Db, ids?: number[]): Promise<Milestone[]> {
  const rows = await db
    .select()
    .from(milestones)
    .where(ids ? inArray(milestones.id, ids) : undefined)
    .orderBy(asc(milestones.targetDate), asc(milestones.id));
  if (!rows.length) return [];
  const links = await db
    .select({ milestoneId: milestoneEvents.milestoneId, id: events.id, title: events.title, startsAt: events.startsAt })
    .from(milestoneEvents)
    .innerJoin(events, eq(events.id, milestoneEvents.eventId))
    .where(inArray(milestoneEvents.milestoneId, rows.map((r) => r.id)))
    .orderBy(asc(events.startsAt));
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    description: m.description,
    targetDate: m.targetDate,
    status: m.status,
    events: links.filter((l) => l.milestoneId === m.id).map((l) => ({ id: l.id, title: l.title, startsAt: l.startsAt.toISOString() })),
  }));
}

async function linkEvents(tx: Db, milestoneId: number, eventIds: number[]) {
  const unique = [...new Set(eventIds)];
  if (unique.length) {
    const found = await tx.select({ id: events.id }).from(events).where(inArray(events.id, unique));
    const missing = unique.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw invalid('unknown_event', `no event with id ${missing.join(', ')}`, { eventIds: missing });
  }
  await tx.delete(milestoneEvents).where(eq(milestoneEvents.milestoneId, milestoneId));
  if (unique.length) await tx.insert(milestoneEvents).values(unique.map((eventId) => ({ milestoneId, eventId })));
}

/** A set of ids in one order, for comparing links (their order is not stored). */
const sortedIds = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

async function linkedEventIds(tx: Db, milestoneId: number): Promise<number[]> {
  const rows = await tx.select({ id: milestoneEvents.eventId }).from(milestoneEvents).where(eq(milestoneEvents.milestoneId, milestoneId));
  return sortedIds(rows.map((r) => r.id));
}

const facts = (m: Milestone) => ({ milestoneId: m.id, title: m.title, targetDate: m.targetDate, status: m.status, eventIds: m.events.map((e) => e.id) });

/** Public: the roadmap, by target date. */
export const listMilestones = (db: Db) => readMilestones(db);

/** Adds a milestone without an access check (first start, demo); the API goes through {@link createMilestone}. */
export async function addMilestone(db: Db, by: Actor | null, input: NewMilestone): Promise<Milestone> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(milestones)
      .values({ title: input.title, description: input.description ?? '', targetDate: input.targetDate, status: input.status ?? 'planned' })
      .returning();
    await linkEvents(tx, row.id, input.eventIds ?? []);
    const [m] = await readMilestones(tx, [row.id]);
    await appendToLog(tx, { kind: 'coalition.milestone-added', actor: actorLabel(by), subject: `milestone:${m.id}`, body: facts(m) });
    return m;
  });
}

export async function createMilestone(db: Db, actor: Actor | null, input: NewMilestone): Promise<Milestone> {
  return addMilestone(db, requireRole(actor, 'admin'), input);
}

export async function updateMilestone(db: Db, actor: Actor | null, id: number, patch: Partial<NewMilestone>): Promise<Milestone> {
  const admin = requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(milestones).where(eq(milestones.id, id)).for('update');
    if (!row) throw notFound('milestone', { id });
    const { eventIds, ...fields } = patch;
    // A PATCH that changes nothing (empty, or the stored values again) writes and logs nothing.
    const set = changedFields(row, fields);
    const relink = eventIds !== undefined && !sameValue(await linkedEventIds(tx, id), sortedIds(eventIds));
    if (isUnchanged(set) && !relink) return (await readMilestones(tx, [id]))[0];
    if (!isUnchanged(set)) await tx.update(milestones).set(set).where(eq(milestones.id, id));
    if (relink) await linkEvents(tx, id, eventIds);
    const [m] = await readMilestones(tx, [id]);
    await appendToLog(tx, { kind: 'coalition.milestone-changed', actor: actorLabel(admin), subject: `milestone:${id}`, body: facts(m) });
    return m;
  });
}

export async function deleteMilestone(db: Db, actor: Actor | null, id: number): Promise<void> {
  const admin = requireRole(actor, 'admin');
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(milestones).where(eq(milestones.id, id)).returning();
    if (!row) throw notFound('milestone', { id });
    await appendToLog(tx, { kind: 'coalition.milestone-removed', actor: actorLabel(admin), subject: `milestone:${id}`, body: { milestoneId: id, title: row.title } });
  });
}
