/**
 * Every query on events, their agenda, registrations and working groups.
 * Functions take a `Db`, which may be a transaction handed down by a service;
 * none of them checks access, validates input or writes to the log.
 */
import { and, asc, desc, eq, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import { type Db, firstRow } from '../../core/db/client.ts';
import {
  agendaItems,
  events,
  people,
  registrations,
  workingGroupMembers,
  workingGroupOutputs,
  type EventKind,
  type RegistrationStatus,
} from './coalition.table.ts';

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;
export type RegistrationRow = typeof registrations.$inferSelect;
export type NewRegistrationRow = typeof registrations.$inferInsert;
export type OutputRow = typeof workingGroupOutputs.$inferSelect;

/** An agenda item as stored, in its event's order. */
export interface AgendaRow {
  time: string | null;
  title: string;
  speaker: string | null;
}

/** What the public view of some events shows beside their own columns. */
export interface EventDetails {
  counts: { eventId: number; status: RegistrationStatus; n: number }[];
  agenda: (AgendaRow & { eventId: number })[];
  members: { eventId: number; personId: number; name: string }[];
  outputs: OutputRow[];
}

// ── Events ─────────────────────────────────────────────────────────────────

/**
 * Events by start, soonest first: all of them, or those not yet ended at
 * `now` (upcoming); past ones (ended before `now`) most recent first.
 */
export async function listEvents(db: Db, filter?: { when: 'upcoming' | 'past'; now: Date }): Promise<EventRow[]> {
  const when = filter?.when;
  return db
    .select()
    .from(events)
    .where(filter === undefined ? undefined : filter.when === 'upcoming' ? gte(events.endsAt, filter.now) : lt(events.endsAt, filter.now))
    .orderBy(when === 'past' ? desc(events.startsAt) : asc(events.startsAt), asc(events.id));
}

export async function findEvent(db: Db, id: number, lock = false): Promise<EventRow | undefined> {
  const query = db.select().from(events).where(eq(events.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findEventKind(db: Db, id: number): Promise<EventKind | undefined> {
  const [row] = await db.select({ kind: events.kind }).from(events).where(eq(events.id, id));
  return row?.kind;
}

export async function findEventIdByTitle(db: Db, title: string): Promise<number | undefined> {
  const [row] = await db.select({ id: events.id }).from(events).where(eq(events.title, title));
  return row?.id;
}

/** The ids among `ids` that name an event. */
export async function existingEventIds(db: Db, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: events.id }).from(events).where(inArray(events.id, ids));
  return rows.map((r) => r.id);
}

/** Inserts an event row as given: the caller has checked its times, zone and place. */
export async function insertEvent(db: Db, values: NewEventRow): Promise<EventRow> {
  return firstRow(await db.insert(events).values(values).returning(), 'inserted event');
}

export async function updateEvent(db: Db, id: number, values: Partial<NewEventRow>): Promise<void> {
  await db.update(events).set(values).where(eq(events.id, id));
}

/** Deletes an event (its agenda, registrations and working group rows go with it); returns what was deleted. */
export async function deleteEvent(db: Db, id: number): Promise<EventRow | undefined> {
  const [row] = await db.delete(events).where(eq(events.id, id)).returning();
  return row;
}

/**
 * The registration counts, agenda, public members and outputs of the given
 * events, one query each, one after another (inside a transaction they share
 * one connection).
 */
export async function readEventDetails(db: Db, ids: number[]): Promise<EventDetails> {
  const counts = await db
    .select({ eventId: registrations.eventId, status: registrations.status, n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(inArray(registrations.eventId, ids))
    .groupBy(registrations.eventId, registrations.status);
  const agenda = await db
    .select({ eventId: agendaItems.eventId, time: agendaItems.time, title: agendaItems.title, speaker: agendaItems.speaker })
    .from(agendaItems)
    .where(inArray(agendaItems.eventId, ids))
    .orderBy(asc(agendaItems.eventId), asc(agendaItems.position));
  const members = await db
    .select({ eventId: workingGroupMembers.eventId, personId: people.id, name: people.name })
    .from(workingGroupMembers)
    .innerJoin(people, eq(people.id, workingGroupMembers.personId))
    .where(and(inArray(workingGroupMembers.eventId, ids), eq(people.visibility, 'public')))
    .orderBy(asc(people.name));
  const outputs = await db
    .select()
    .from(workingGroupOutputs)
    .where(inArray(workingGroupOutputs.eventId, ids))
    .orderBy(asc(workingGroupOutputs.id));
  return { counts, agenda, members, outputs };
}

// ── Agenda ─────────────────────────────────────────────────────────────────

/** An event's agenda, in order. */
export async function listAgenda(db: Db, eventId: number): Promise<AgendaRow[]> {
  return db
    .select({ time: agendaItems.time, title: agendaItems.title, speaker: agendaItems.speaker })
    .from(agendaItems)
    .where(eq(agendaItems.eventId, eventId))
    .orderBy(asc(agendaItems.position));
}

/** Replaces an event's agenda with `items`, numbered in their order. */
export async function replaceAgenda(db: Db, eventId: number, items: AgendaRow[]): Promise<void> {
  await db.delete(agendaItems).where(eq(agendaItems.eventId, eventId));
  if (items.length) await db.insert(agendaItems).values(items.map((a, position) => ({ eventId, position, ...a })));
}

// ── Registrations ──────────────────────────────────────────────────────────

export async function countRegistrations(db: Db, eventId: number, status: RegistrationStatus): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, status)));
  return firstRow(rows, 'count of registrations').n;
}

/** The ids of the first `limit` registrations on an event's waiting list, in order. */
export async function listWaitingIds(db: Db, eventId: number, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'waiting')))
    .orderBy(asc(registrations.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Confirms the given (waiting) registrations, promoted at `now`. */
export async function confirmRegistrations(db: Db, ids: number[], now: Date): Promise<void> {
  await db.update(registrations).set({ status: 'confirmed', promotedAt: now }).where(inArray(registrations.id, ids));
}

/** The id of a registration for this e-mail that is not cancelled, if any. */
export async function findLiveRegistrationId(db: Db, eventId: number, email: string): Promise<number | undefined> {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.email, email), ne(registrations.status, 'cancelled')));
  return row?.id;
}

export async function insertRegistration(db: Db, values: NewRegistrationRow): Promise<RegistrationRow> {
  return firstRow(await db.insert(registrations).values(values).returning(), 'inserted registration');
}

/** An event's registrations, oldest first. */
export async function listRegistrations(db: Db, eventId: number): Promise<RegistrationRow[]> {
  return db.select().from(registrations).where(eq(registrations.eventId, eventId)).orderBy(asc(registrations.id));
}

export async function findRegistration(db: Db, id: number, lock = false): Promise<RegistrationRow | undefined> {
  const query = db.select().from(registrations).where(eq(registrations.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function markRegistrationCancelled(db: Db, id: number, at: Date): Promise<void> {
  await db.update(registrations).set({ status: 'cancelled', cancelledAt: at }).where(eq(registrations.id, id));
}

// ── Working groups ─────────────────────────────────────────────────────────

/** Adds a member; a second insert of the same person fails with a unique violation. */
/** Every member of a working group, undisclosed people included (for the admin), by name. */
export async function listWorkingGroupMembers(db: Db, eventId: number) {
  return db
    .select({ personId: people.id, name: people.name, visibility: people.visibility })
    .from(workingGroupMembers)
    .innerJoin(people, eq(people.id, workingGroupMembers.personId))
    .where(eq(workingGroupMembers.eventId, eventId))
    .orderBy(asc(people.name), asc(people.id));
}

export async function insertWorkingGroupMember(db: Db, eventId: number, personId: number): Promise<void> {
  await db.insert(workingGroupMembers).values({ eventId, personId });
}

/** Removes a member; false when they were not one. */
export async function deleteWorkingGroupMember(db: Db, eventId: number, personId: number): Promise<boolean> {
  const gone = await db
    .delete(workingGroupMembers)
    .where(and(eq(workingGroupMembers.eventId, eventId), eq(workingGroupMembers.personId, personId)))
    .returning();
  return gone.length > 0;
}

export async function insertWorkingGroupOutput(
  db: Db,
  values: { eventId: number; title: string; url: string; publishedOn: string | null },
): Promise<OutputRow> {
  return firstRow(await db.insert(workingGroupOutputs).values(values).returning(), 'inserted output');
}

/** Unlinks an output; false when the event has no such output. */
export async function deleteWorkingGroupOutput(db: Db, eventId: number, outputId: number): Promise<boolean> {
  const gone = await db
    .delete(workingGroupOutputs)
    .where(and(eq(workingGroupOutputs.eventId, eventId), eq(workingGroupOutputs.id, outputId)))
    .returning();
  return gone.length > 0;
}
