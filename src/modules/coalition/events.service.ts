import { timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { hashSecret, newSecret } from '../../core/auth/secrets.ts';
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { changedFields, isUnchanged, sameValue } from '../../core/patch.ts';
import type { CoalitionEnv } from './coalition-env.ts';
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
import { isUniqueViolation } from '../../core/db/errors.ts';
import { icsCalendar, type IcsEvent } from './ical.ts';
import { canonicalTimeZone, utcToZoned, zonedToUtc } from './time-zone.ts';

/*
 * Registration is public, by name and e-mail, with no account: a summit's
 * guests are mostly not Concord users. The answer carries a cancel token
 * (shown once, stored hashed) that cancels the registration without a
 * login; an admin may cancel any registration. Registrations hold personal
 * data, so they are not written to the public log; events themselves are.
 */

export interface AgendaItem {
  time?: string | null;
  title: string;
  speaker?: string | null;
}

export interface NewEvent {
  title: string;
  kind: EventKind;
  description?: string;
  /** Local wall-clock time in `timeZone`, YYYY-MM-DDTHH:MM. */
  start: string;
  end: string;
  timeZone: string;
  place?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
  agenda?: AgendaItem[];
}

export interface CoalitionEvent {
  id: number;
  title: string;
  kind: EventKind;
  description: string;
  startsAt: string;
  endsAt: string;
  start: string;
  end: string;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  mode: 'in_person' | 'online' | 'hybrid';
  capacity: number | null;
  confirmed: number;
  waiting: number;
  spotsLeft: number | null;
  agenda: { time: string | null; title: string; speaker: string | null }[];
  members: { personId: number; name: string }[];
  outputs: { id: number; title: string; url: string; publishedOn: string | null }[];
}

type EventRow = typeof events.$inferSelect;

/** Counts, agenda, public members and outputs of the given events, in a handful of queries. */
async function assemble(db: Db, rows: EventRow[]): Promise<CoalitionEvent[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // One after another: inside a transaction they share one connection.
  const counts = await db
    .select({ eventId: registrations.eventId, status: registrations.status, n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(inArray(registrations.eventId, ids))
    .groupBy(registrations.eventId, registrations.status);
  const agenda = await db.select().from(agendaItems).where(inArray(agendaItems.eventId, ids)).orderBy(asc(agendaItems.eventId), asc(agendaItems.position));
  const members = await db
    .select({ eventId: workingGroupMembers.eventId, personId: people.id, name: people.name })
    .from(workingGroupMembers)
    .innerJoin(people, eq(people.id, workingGroupMembers.personId))
    .where(and(inArray(workingGroupMembers.eventId, ids), eq(people.visibility, 'public')))
    .orderBy(asc(people.name));
  const outputs = await db.select().from(workingGroupOutputs).where(inArray(workingGroupOutputs.eventId, ids)).orderBy(asc(workingGroupOutputs.id));
  const count = (id: number, status: RegistrationStatus) => counts.find((c) => c.eventId === id && c.status === status)?.n ?? 0;
  return rows.map((e) => {
    const confirmed = count(e.id, 'confirmed');
    return {
      id: e.id,
      title: e.title,
      kind: e.kind,
      description: e.description,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      start: utcToZoned(e.startsAt, e.timeZone),
      end: utcToZoned(e.endsAt, e.timeZone),
      timeZone: e.timeZone,
      place: e.place,
      onlineUrl: e.onlineUrl,
      mode: e.place && e.onlineUrl ? 'hybrid' : e.onlineUrl ? 'online' : 'in_person',
      capacity: e.capacity,
      confirmed,
      waiting: count(e.id, 'waiting'),
      spotsLeft: e.capacity === null ? null : Math.max(0, e.capacity - confirmed),
      agenda: agenda.filter((a) => a.eventId === e.id).map((a) => ({ time: a.time, title: a.title, speaker: a.speaker })),
      members: members.filter((m) => m.eventId === e.id).map((m) => ({ personId: m.personId, name: m.name })),
      outputs: outputs.filter((o) => o.eventId === e.id).map((o) => ({ id: o.id, title: o.title, url: o.url, publishedOn: o.publishedOn })),
    };
  });
}

async function readEvent(db: Db, id: number): Promise<CoalitionEvent> {
  const rows = await db.select().from(events).where(eq(events.id, id));
  if (!rows.length) throw notFound('event', { id });
  return (await assemble(db, rows))[0];
}

/** Public: events, soonest first (past ones most recent first). */
export async function listEvents(db: Db, when: 'upcoming' | 'past' | 'all', env: Pick<CoalitionEnv, 'now'>): Promise<CoalitionEvent[]> {
  const now = env.now();
  const rows = await db
    .select()
    .from(events)
    .where(when === 'upcoming' ? gte(events.endsAt, now) : when === 'past' ? lt(events.endsAt, now) : undefined)
    .orderBy(when === 'past' ? desc(events.startsAt) : asc(events.startsAt), asc(events.id));
  return assemble(db, rows);
}

/** Public: one event. */
export const getEvent = (db: Db, id: number) => readEvent(db, id);

/** Checks an event's times, zone and place, and gives its stored columns. */
function eventColumns(input: NewEvent) {
  const timeZone = canonicalTimeZone(input.timeZone);
  if (!timeZone) throw invalid('unknown_time_zone', `${input.timeZone} is not an IANA time zone`);
  let startsAt: Date;
  let endsAt: Date;
  try {
    startsAt = zonedToUtc(input.start, timeZone);
    endsAt = zonedToUtc(input.end, timeZone);
  } catch (err) {
    throw invalid('invalid_local_time', (err as Error).message);
  }
  if (endsAt <= startsAt) throw invalid('end_before_start', 'an event must end after it starts');
  if (!input.place && !input.onlineUrl) throw invalid('place_or_link_required', 'an event needs a place, an online link, or both');
  return {
    title: input.title,
    kind: input.kind,
    description: input.description ?? '',
    startsAt,
    endsAt,
    timeZone,
    place: input.place || null,
    onlineUrl: input.onlineUrl || null,
    capacity: input.capacity ?? null,
  };
}

const eventFacts = (e: ReturnType<typeof eventColumns> & { id: number }) => ({
  eventId: e.id,
  title: e.title,
  kind: e.kind,
  startsAt: e.startsAt.toISOString(),
  endsAt: e.endsAt.toISOString(),
  timeZone: e.timeZone,
  place: e.place,
  onlineUrl: e.onlineUrl,
  capacity: e.capacity,
});

async function writeAgenda(tx: Db, eventId: number, agenda: AgendaItem[]) {
  await tx.delete(agendaItems).where(eq(agendaItems.eventId, eventId));
  if (agenda.length) await tx.insert(agendaItems).values(agendaRows(agenda).map((a, position) => ({ eventId, position, ...a })));
}

/** An agenda as its rows store it, in order. */
const agendaRows = (agenda: NonNullable<NewEvent['agenda']>) => agenda.map((a) => ({ time: a.time ?? null, title: a.title, speaker: a.speaker ?? null }));

async function agendaChanged(tx: Db, eventId: number, agenda: NewEvent['agenda']): Promise<boolean> {
  if (agenda === undefined) return false;
  const stored = await tx
    .select({ time: agendaItems.time, title: agendaItems.title, speaker: agendaItems.speaker })
    .from(agendaItems)
    .where(eq(agendaItems.eventId, eventId))
    .orderBy(asc(agendaItems.position));
  return !sameValue(stored, agendaRows(agenda));
}

/** Creates an event without an access check (demo); the API goes through {@link createEvent}. */
export async function addEvent(db: Db, by: Actor | null, input: NewEvent): Promise<CoalitionEvent> {
  const columns = eventColumns(input);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(events).values(columns).returning();
    await writeAgenda(tx, row.id, input.agenda ?? []);
    await appendToLog(tx, { kind: 'coalition.event-created', actor: actorLabel(by), subject: `event:${row.id}`, body: eventFacts({ ...columns, id: row.id }) });
    return readEvent(tx, row.id);
  });
}

export async function createEvent(db: Db, actor: Actor | null, input: NewEvent): Promise<CoalitionEvent> {
  return addEvent(db, requireRole(actor, 'admin'), input);
}

/**
 * Changes an event. Raising the capacity promotes people from the waiting
 * list; lowering it below the confirmed registrations is refused.
 */
export async function updateEvent(db: Db, actor: Actor | null, id: number, patch: Partial<NewEvent>, env: Pick<CoalitionEnv, 'now'>): Promise<CoalitionEvent> {
  const admin = requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(events).where(eq(events.id, id)).for('update');
    if (!row) throw notFound('event', { id });
    const merged: NewEvent = {
      title: patch.title ?? row.title,
      kind: patch.kind ?? row.kind,
      description: patch.description ?? row.description,
      start: patch.start ?? utcToZoned(row.startsAt, row.timeZone),
      end: patch.end ?? utcToZoned(row.endsAt, row.timeZone),
      timeZone: patch.timeZone ?? row.timeZone,
      place: patch.place !== undefined ? patch.place : row.place,
      onlineUrl: patch.onlineUrl !== undefined ? patch.onlineUrl : row.onlineUrl,
      capacity: patch.capacity !== undefined ? patch.capacity : row.capacity,
    };
    // A new zone without new times keeps the wall-clock times: it corrects where they are read.
    const columns = eventColumns(merged);
    // A PATCH that changes nothing (empty, or the stored values again) writes and logs nothing.
    const newAgenda = await agendaChanged(tx, id, patch.agenda);
    if (isUnchanged(changedFields(row, columns)) && !newAgenda) return readEvent(tx, id);
    const confirmed = await countStatus(tx, id, 'confirmed');
    if (columns.capacity !== null && columns.capacity < confirmed) {
      throw conflict('capacity_below_confirmed', `${confirmed} registrations are confirmed; the capacity cannot go below that`, { confirmed });
    }
    await tx.update(events).set({ ...columns, updatedAt: env.now() }).where(eq(events.id, id));
    if (newAgenda) await writeAgenda(tx, id, patch.agenda!);
    await promoteWaiting(tx, id, columns.capacity, env.now());
    await appendToLog(tx, { kind: 'coalition.event-changed', actor: actorLabel(admin), subject: `event:${id}`, body: eventFacts({ ...columns, id }) });
    return readEvent(tx, id);
  });
}

export async function deleteEvent(db: Db, actor: Actor | null, id: number): Promise<void> {
  const admin = requireRole(actor, 'admin');
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(events).where(eq(events.id, id)).returning();
    if (!row) throw notFound('event', { id });
    await appendToLog(tx, { kind: 'coalition.event-removed', actor: actorLabel(admin), subject: `event:${id}`, body: { eventId: id, title: row.title } });
  });
}

async function countStatus(db: Db, eventId: number, status: RegistrationStatus): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, status)));
  return n;
}

/** Moves the first waiting registrations up while there is room; returns their ids. */
async function promoteWaiting(tx: Db, eventId: number, capacity: number | null, now: Date): Promise<number[]> {
  const confirmed = await countStatus(tx, eventId, 'confirmed');
  const room = capacity === null ? Number.MAX_SAFE_INTEGER : capacity - confirmed;
  if (room <= 0) return [];
  const waiting = await tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, 'waiting')))
    .orderBy(asc(registrations.id))
    .limit(Math.min(room, 10_000));
  if (!waiting.length) return [];
  const ids = waiting.map((w) => w.id);
  await tx.update(registrations).set({ status: 'confirmed', promotedAt: now }).where(inArray(registrations.id, ids));
  return ids;
}

export interface RegistrationReceipt {
  id: number;
  eventId: number;
  status: RegistrationStatus;
  waitingPosition: number | null;
  cancelToken: string;
}

/**
 * Registers a name and e-mail for an event that has not ended: confirmed
 * while places remain, else on the waiting list. The event row is locked so
 * two registrations cannot both take the last place.
 */
export async function register(db: Db, eventId: number, input: { name: string; email: string }, env: Pick<CoalitionEnv, 'now'>): Promise<RegistrationReceipt> {
  const email = input.email.trim().toLowerCase();
  const cancelToken = newSecret('ccr');
  try {
    return await db.transaction(async (tx) => {
      const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for('update');
      if (!event) throw notFound('event', { id: eventId });
      if (env.now() >= event.endsAt) throw conflict('event_over', 'this event is over; registration is closed');
      const [existing] = await tx
        .select({ id: registrations.id })
        .from(registrations)
        .where(and(eq(registrations.eventId, eventId), eq(registrations.email, email), sql`${registrations.status} <> 'cancelled'`));
      if (existing) throw conflict('already_registered', `${email} is already registered for this event`);
      const confirmed = await countStatus(tx, eventId, 'confirmed');
      const status: RegistrationStatus = event.capacity === null || confirmed < event.capacity ? 'confirmed' : 'waiting';
      const [row] = await tx
        .insert(registrations)
        .values({ eventId, name: input.name, email, status, cancelTokenHash: hashSecret(cancelToken), createdAt: env.now() })
        .returning();
      const waitingPosition = status === 'waiting' ? await countStatus(tx, eventId, 'waiting') : null;
      return { id: row.id, eventId, status, waitingPosition, cancelToken };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('already_registered', `${email} is already registered for this event`);
    throw err;
  }
}

export interface Registration {
  id: number;
  eventId: number;
  name: string;
  email: string;
  status: RegistrationStatus;
  createdAt: string;
  promotedAt: string | null;
  cancelledAt: string | null;
}

const toRegistration = (r: typeof registrations.$inferSelect): Registration => ({
  id: r.id,
  eventId: r.eventId,
  name: r.name,
  email: r.email,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
  promotedAt: r.promotedAt?.toISOString() ?? null,
  cancelledAt: r.cancelledAt?.toISOString() ?? null,
});

export async function listRegistrations(db: Db, actor: Actor | null, eventId: number): Promise<Registration[]> {
  requireRole(actor, 'admin');
  await readEvent(db, eventId);
  const rows = await db.select().from(registrations).where(eq(registrations.eventId, eventId)).orderBy(asc(registrations.id));
  return rows.map(toRegistration);
}

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Cancels a registration (with its cancel token, or as admin). Cancelling a
 * confirmed place promotes the first person on the waiting list.
 */
export async function cancelRegistration(
  db: Db,
  actor: Actor | null,
  id: number,
  token: string | undefined,
  env: Pick<CoalitionEnv, 'now'>,
): Promise<{ registration: Pick<Registration, 'id' | 'eventId' | 'status'>; promotedId: number | null }> {
  const isAdmin = actor?.role === 'admin';
  const [found] = await db.select({ eventId: registrations.eventId }).from(registrations).where(eq(registrations.id, id));
  if (!found) throw notFound('registration', { id });
  return db.transaction(async (tx) => {
    // Lock the event first, as register() does, so the two never deadlock.
    const [event] = await tx.select().from(events).where(eq(events.id, found.eventId)).for('update');
    const [reg] = await tx.select().from(registrations).where(eq(registrations.id, id)).for('update');
    if (!event || !reg) throw notFound('registration', { id });
    if (!isAdmin && !(token && sameHash(hashSecret(token), reg.cancelTokenHash))) {
      throw new AppError(actor || token ? 'forbidden' : 'unauthenticated', 'cancelling needs the registration’s cancel token (or an admin)');
    }
    if (reg.status === 'cancelled') throw conflict('already_cancelled', 'this registration is already cancelled');
    await tx.update(registrations).set({ status: 'cancelled', cancelledAt: env.now() }).where(eq(registrations.id, id));
    const promoted = reg.status === 'confirmed' ? await promoteWaiting(tx, event.id, event.capacity, env.now()) : [];
    return { registration: { id, eventId: event.id, status: 'cancelled' as const }, promotedId: promoted[0] ?? null };
  });
}

// ── Working groups ─────────────────────────────────────────────────────────

async function workingGroup(db: Db, eventId: number) {
  const [event] = await db.select({ kind: events.kind }).from(events).where(eq(events.id, eventId));
  if (!event) throw notFound('event', { id: eventId });
  if (event.kind !== 'working_group') throw conflict('not_a_working_group', 'only working groups have members and outputs');
}

export async function addMember(db: Db, actor: Actor | null, eventId: number, personId: number): Promise<CoalitionEvent> {
  requireRole(actor, 'admin');
  await workingGroup(db, eventId);
  const [person] = await db.select({ id: people.id }).from(people).where(eq(people.id, personId));
  if (!person) throw invalid('unknown_person', `no person with id ${personId}`);
  try {
    await db.insert(workingGroupMembers).values({ eventId, personId });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('already_member', 'this person is already a member of the working group');
    throw err;
  }
  return readEvent(db, eventId);
}

export async function removeMember(db: Db, actor: Actor | null, eventId: number, personId: number): Promise<CoalitionEvent> {
  requireRole(actor, 'admin');
  const gone = await db
    .delete(workingGroupMembers)
    .where(and(eq(workingGroupMembers.eventId, eventId), eq(workingGroupMembers.personId, personId)))
    .returning();
  if (!gone.length) throw notFound('working group member', { eventId, personId });
  return readEvent(db, eventId);
}

export async function addOutput(db: Db, actor: Actor | null, eventId: number, input: { title: string; url: string; publishedOn?: string | null }): Promise<CoalitionEvent> {
  const admin = requireRole(actor, 'admin');
  await workingGroup(db, eventId);
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(workingGroupOutputs).values({ eventId, title: input.title, url: input.url, publishedOn: input.publishedOn ?? null }).returning();
    await appendToLog(tx, {
      kind: 'coalition.working-group-output',
      actor: actorLabel(admin),
      subject: `event:${eventId}`,
      body: { eventId, outputId: row.id, title: row.title, url: row.url, publishedOn: row.publishedOn },
    });
  });
  return readEvent(db, eventId);
}

export async function removeOutput(db: Db, actor: Actor | null, eventId: number, outputId: number): Promise<CoalitionEvent> {
  requireRole(actor, 'admin');
  const gone = await db
    .delete(workingGroupOutputs)
    .where(and(eq(workingGroupOutputs.eventId, eventId), eq(workingGroupOutputs.id, outputId)))
    .returning();
  if (!gone.length) throw notFound('working group output', { eventId, outputId });
  return readEvent(db, eventId);
}

// ── iCalendar ──────────────────────────────────────────────────────────────

/**
 * The public events as an RFC 5545 calendar. Times are written in UTC (the
 * zone is in the description), so no VTIMEZONE is needed. The URL is the
 * online link when there is one, else the event's page at `publicUrl`
 * (PUBLIC_URL: never the request's Host header, which any client sets and a
 * shared cache would hand to everyone). A UID is made of what never changes
 * once the event exists, its id and creation instant, so subscribers keep one
 * copy of each event whatever address the server is reached by.
 */
export async function eventsCalendar(db: Db, publicUrl: string): Promise<string> {
  const rows = await db.select().from(events).orderBy(asc(events.startsAt), asc(events.id));
  const full = await assemble(db, rows);
  const items: IcsEvent[] = full.map((e, i) => {
    const agenda = e.agenda.map((a) => `${a.time ? `${a.time} ` : ''}${a.title}${a.speaker ? ` (${a.speaker})` : ''}`);
    const description = [
      e.description,
      `${e.start.replace('T', ' ')} – ${e.end.replace('T', ' ')} (${e.timeZone})`,
      e.onlineUrl ? `Online: ${e.onlineUrl}` : '',
      agenda.length ? `Agenda:\n${agenda.join('\n')}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    return {
      uid: `coalition-event-${e.id}-${rows[i].createdAt.getTime()}@concord`,
      stamp: rows[i].updatedAt,
      start: rows[i].startsAt,
      end: rows[i].endsAt,
      summary: e.title,
      description,
      location: e.place ?? e.onlineUrl ?? undefined,
      // `when=all`: the events page lists only upcoming events by default, and this one may be past.
      url: e.onlineUrl ?? `${publicUrl}/coalition/events?when=all#event-${e.id}`,
    };
  });
  return icsCalendar(items, { prodId: '-//Concord//Coalition events//EN', name: 'Coalition events' });
}
