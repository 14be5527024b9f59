/**
 * Every query on the roadmap's milestones and their links to events.
 * Functions take a `Db`, which may be a transaction handed down by a service;
 * none of them checks access or writes to the log.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { type Db, firstRow } from '../../core/db/client.ts';
import { events, milestoneEvents, milestones } from './coalition.table.ts';

export type MilestoneRow = typeof milestones.$inferSelect;
export type NewMilestoneRow = typeof milestones.$inferInsert;

/** An event a milestone links to. */
export interface LinkedEvent {
  milestoneId: number;
  id: number;
  title: string;
  startsAt: Date;
}

/** Milestones (all, or those in `ids`), by target date. */
export async function listMilestones(db: Db, ids?: number[]): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(milestones)
    .where(ids ? inArray(milestones.id, ids) : undefined)
    .orderBy(asc(milestones.targetDate), asc(milestones.id));
}

/** The events the given milestones link to, soonest first. */
export async function listLinkedEvents(db: Db, milestoneIds: number[]): Promise<LinkedEvent[]> {
  if (milestoneIds.length === 0) return [];
  return db
    .select({ milestoneId: milestoneEvents.milestoneId, id: events.id, title: events.title, startsAt: events.startsAt })
    .from(milestoneEvents)
    .innerJoin(events, eq(events.id, milestoneEvents.eventId))
    .where(inArray(milestoneEvents.milestoneId, milestoneIds))
    .orderBy(asc(events.startsAt));
}

/** The ids of the events a milestone links to, in no particular order. */
export async function listLinkedEventIds(db: Db, milestoneId: number): Promise<number[]> {
  const rows = await db.select({ id: milestoneEvents.eventId }).from(milestoneEvents).where(eq(milestoneEvents.milestoneId, milestoneId));
  return rows.map((r) => r.id);
}

export async function findMilestone(db: Db, id: number, lock = false): Promise<MilestoneRow | undefined> {
  const query = db.select().from(milestones).where(eq(milestones.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertMilestone(db: Db, values: NewMilestoneRow): Promise<MilestoneRow> {
  return firstRow(await db.insert(milestones).values(values).returning(), 'inserted milestone');
}

export async function updateMilestone(db: Db, id: number, changes: Partial<NewMilestoneRow>): Promise<void> {
  await db.update(milestones).set(changes).where(eq(milestones.id, id));
}

/** Deletes a milestone (its links go with it); returns what was deleted. */
export async function deleteMilestone(db: Db, id: number): Promise<MilestoneRow | undefined> {
  const [row] = await db.delete(milestones).where(eq(milestones.id, id)).returning();
  return row;
}

/** Replaces a milestone's links with links to `eventIds` (which must exist and be distinct). */
export async function replaceLinkedEvents(db: Db, milestoneId: number, eventIds: number[]): Promise<void> {
  await db.delete(milestoneEvents).where(eq(milestoneEvents.milestoneId, milestoneId));
  if (eventIds.length) await db.insert(milestoneEvents).values(eventIds.map((eventId) => ({ milestoneId, eventId })));
}
