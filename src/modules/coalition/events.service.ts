/**
 * Events (summits, working groups, meetings): their times and agenda,
 * public registrations with a waiting list, working groups' members and
 * outputs, and the iCalendar feed.
 */
import { timingSafeEqual } from 'node:crypto';
import { hashSecret, newSecret } from '../../core/auth/secrets.ts';
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import { type Db, firstRow } from '../../core/db/client.ts';
import { isUniqueViolation } from '../../core/db/errors.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { changedFields, isUnchanged, sameValue } from '../../core/patch.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import type { RegistrationStatus } from './coalition.table.ts';
import type {
  AgendaItem,
  CancelResult,
  CoalitionEvent,
  NewEvent,
  NewOutput,
  Registration,
  RegistrationReceipt,
  WorkingGroupMember,
} from './events.dto.ts';
import * as repo from './events.repository.ts';
import { icsCalendar, type IcsEvent } from './ical.ts';
import { personExists } from './members.repository.ts';
import { canonicalTimeZone, utcToZoned, zonedToUtc } from './time-zone.ts';

export type { AgendaItem, CoalitionEvent, NewEvent, Registration, RegistrationReceipt } from './events.dto.ts';

/*
 * Registration is public, by name and e-mail, with no account: a summit's
 * guests are mostly not Concord users. The answer carries a cancel token
 * (shown once, stored hashed) that cancels the registration without a
 * login; an admin may cancel any registration. Registrations hold personal
 * data, so they are not written to the public log; events themselves are.
 */

/** Counts, agenda, public members and outputs of the given events, in a handful of queries; each beside its row. */
async function assembleWithRows(db: Db, rows: repo.EventRow[]): Promise<{ row: repo.EventRow; event: CoalitionEvent }[]> {
  if (rows.length === 0) return [];
  const details = await repo.readEventDetails(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ row, event: toEvent(row, details) }));
}

/** Counts, agenda, public members and outputs of the given events, in a handful of queries. */
async function assemble(db: Db, rows: repo.EventRow[]): Promise<CoalitionEvent[]> {
  return (await assembleWithRows(db, rows)).map((a) => a.event);
}

function toEvent(e: repo.EventRow, { counts, agenda, members, outputs }: repo.EventDetails): CoalitionEvent {
  const count = (status: RegistrationStatus) => counts.find((c) => c.eventId === e.id && c.status === status)?.n ?? 0;
  const confirmed = count('confirmed');
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
    waiting: count('waiting'),
    spotsLeft: e.capacity === null ? null : Math.max(0, e.capacity - confirmed),
    agenda: agenda.filter((a) => a.eventId === e.id).map((a) => ({ time: a.time, title: a.title, speaker: a.speaker })),
    members: members.filter((m) => m.eventId === e.id).map((m) => ({ personId: m.personId, name: m.name })),
    outputs: outputs.filter((o) => o.eventId === e.id).map((o) => ({ id: o.id, title: o.title, url: o.url, publishedOn: o.publishedOn })),
  };
}

async function readEvent(db: Db, id: number): Promise<CoalitionEvent> {
  const row = await repo.findEvent(db, id);
  if (!row) throw notFound('event', { id });
  return firstRow(await assemble(db, [row]), 'assembled event');
}

/** Public: events, soonest first (past ones most recent first). */
export async function listEvents(db: Db, when: 'upcoming' | 'past' | 'all', env: Pick<CoalitionEnv, 'now'>): Promise<CoalitionEvent[]> {
  return assemble(db, await repo.listEvents(db, when === 'all' ? undefined : { when, now: env.now() }));
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

/** An agenda as its rows store it, in order. */
const agendaRows = (agenda: AgendaItem[]): repo.AgendaRow[] =>
  agenda.map((a) => ({ time: a.time ?? null, title: a.title, speaker: a.speaker ?? null }));

async function agendaChanged(tx: Db, eventId: number, agenda: NewEvent['agenda']): Promise<boolean> {
  if (agenda === undefined) return false;
  return !sameValue(await repo.listAgenda(tx, eventId), agendaRows(agenda));
}

/** Creates an event without an access check (demo, tests); the API goes through {@link createEvent}. */
export async function addEventUnchecked(db: Db, by: Actor | null, input: NewEvent): Promise<CoalitionEvent> {
  const columns = eventColumns(input);
  return db.transaction(async (tx) => {
    const row = await repo.insertEvent(tx, columns);
    await repo.replaceAgenda(tx, row.id, agendaRows(input.agenda ?? []));
    await appendToLog(tx, {
      kind: 'coalition.event-created',
      actor: actorLabel(by),
      subject: `event:${row.id}`,
      body: eventFacts({ ...columns, id: row.id }),
    });
    return readEvent(tx, row.id);
  });
}

export async function createEvent(db: Db, actor: Actor | null, input: NewEvent): Promise<CoalitionEvent> {
  return addEventUnchecked(db, requireRole(actor, 'admin'), input);
}

/**
 * Changes an event. Raising the capacity promotes people from the waiting
 * list; lowering it below the confirmed registrations is refused.
 */
export async function updateEvent(
  db: Db,
  actor: Actor | null,
  id: number,
  patch: Partial<NewEvent>,
  env: Pick<CoalitionEnv, 'now'>,
): Promise<CoalitionEvent> {
  const admin = requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    const row = await repo.findEvent(tx, id, true);
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
    const confirmed = await repo.countRegistrations(tx, id, 'confirmed');
    if (columns.capacity !== null && columns.capacity < confirmed) {
      throw conflict('capacity_below_confirmed', `${confirmed} registrations are confirmed; the capacity cannot go below that`, {
        confirmed,
      });
    }
    await repo.updateEvent(tx, id, { ...columns, updatedAt: env.now() });
    if (newAgenda) await repo.replaceAgenda(tx, id, agendaRows(patch.agenda!));
    await promoteWaiting(tx, id, columns.capacity, env.now());
    await appendToLog(tx, {
      kind: 'coalition.event-changed',
      actor: actorLabel(admin),
      subject: `event:${id}`,
      body: eventFacts({ ...columns, id }),
    });
    return readEvent(tx, id);
  });
}

export async function deleteEvent(db: Db, actor: Actor | null, id: number): Promise<void> {
  const admin = requireRole(actor, 'admin');
  await db.transaction(async (tx) => {
    const row = await repo.deleteEvent(tx, id);
    if (!row) throw notFound('event', { id });
    await appendToLog(tx, {
      kind: 'coalition.event-removed',
      actor: actorLabel(admin),
      subject: `event:${id}`,
      body: { eventId: id, title: row.title },
    });
  });
}

/** Moves the first waiting registrations up while there is room; returns their ids. */
async function promoteWaiting(tx: Db, eventId: number, capacity: number | null, now: Date): Promise<number[]> {
  const confirmed = await repo.countRegistrations(tx, eventId, 'confirmed');
  const room = capacity === null ? Number.MAX_SAFE_INTEGER : capacity - confirmed;
  if (room <= 0) return [];
  const ids = await repo.listWaitingIds(tx, eventId, Math.min(room, 10_000));
  if (!ids.length) return [];
  await repo.confirmRegistrations(tx, ids, now);
  return ids;
}

/**
 * Registers a name and e-mail for an event that has not ended: confirmed
 * while places remain, else on the waiting list. The event row is locked so
 * two registrations cannot both take the last place.
 */
export async function register(
  db: Db,
  eventId: number,
  input: { name: string; email: string },
  env: Pick<CoalitionEnv, 'now'>,
): Promise<RegistrationReceipt> {
  const email = input.email.trim().toLowerCase();
  const cancelToken = newSecret('ccr');
  try {
    return await db.transaction(async (tx) => {
      const event = await repo.findEvent(tx, eventId, true);
      if (!event) throw notFound('event', { id: eventId });
      if (env.now() >= event.endsAt) throw conflict('event_over', 'this event is over; registration is closed');
      if ((await repo.findLiveRegistrationId(tx, eventId, email)) !== undefined)
        throw conflict('already_registered', `${email} is already registered for this event`);
      const confirmed = await repo.countRegistrations(tx, eventId, 'confirmed');
      const status: RegistrationStatus = event.capacity === null || confirmed < event.capacity ? 'confirmed' : 'waiting';
      const row = await repo.insertRegistration(tx, {
        eventId,
        name: input.name,
        email,
        status,
        cancelTokenHash: hashSecret(cancelToken),
        createdAt: env.now(),
      });
      const waitingPosition = status === 'waiting' ? await repo.countRegistrations(tx, eventId, 'waiting') : null;
      return { id: row.id, eventId, status, waitingPosition, cancelToken };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('already_registered', `${email} is already registered for this event`);
    throw err;
  }
}

const toRegistration = (r: repo.RegistrationRow): Registration => ({
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
  return (await repo.listRegistrations(db, eventId)).map(toRegistration);
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
): Promise<CancelResult> {
  const isAdmin = actor?.role === 'admin';
  const found = await repo.findRegistration(db, id);
  if (!found) throw notFound('registration', { id });
  return db.transaction(async (tx) => {
    // Lock the event first, as register() does, so the two never deadlock.
    const event = await repo.findEvent(tx, found.eventId, true);
    const reg = await repo.findRegistration(tx, id, true);
    if (!event || !reg) throw notFound('registration', { id });
    if (!isAdmin && !(token && sameHash(hashSecret(token), reg.cancelTokenHash))) {
      throw new AppError(
        actor || token ? 'forbidden' : 'unauthenticated',
        'cancelling needs the registration’s cancel token (or an admin)',
      );
    }
    if (reg.status === 'cancelled') throw conflict('already_cancelled', 'this registration is already cancelled');
    await repo.markRegistrationCancelled(tx, id, env.now());
    const promoted = reg.status === 'confirmed' ? await promoteWaiting(tx, event.id, event.capacity, env.now()) : [];
    return { registration: { id, eventId: event.id, status: 'cancelled' as const }, promotedId: promoted[0] ?? null };
  });
}

// ── Working groups ─────────────────────────────────────────────────────────

/** Throws unless `eventId` is a working group: `not_found`, or `not_a_working_group` for another kind of event. */
async function requireWorkingGroup(db: Db, eventId: number): Promise<void> {
  const kind = await repo.findEventKind(db, eventId);
  if (!kind) throw notFound('event', { id: eventId });
  if (kind !== 'working_group') throw conflict('not_a_working_group', 'only working groups have members and outputs');
}

/** Every member of a working group, undisclosed people included (admin): the public event lists only the public ones. */
export async function listMembers(db: Db, actor: Actor | null, eventId: number): Promise<WorkingGroupMember[]> {
  requireRole(actor, 'admin');
  await requireWorkingGroup(db, eventId);
  return repo.listWorkingGroupMembers(db, eventId);
}

export async function addMember(db: Db, actor: Actor | null, eventId: number, personId: number): Promise<CoalitionEvent> {
  requireRole(actor, 'admin');
  await requireWorkingGroup(db, eventId);
  if (!(await personExists(db, personId))) throw invalid('unknown_person', `no person with id ${personId}`);
  try {
    await repo.insertWorkingGroupMember(db, eventId, personId);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('already_member', 'this person is already a member of the working group');
    throw err;
  }
  return readEvent(db, eventId);
}

export async function removeMember(db: Db, actor: Actor | null, eventId: number, personId: number): Promise<CoalitionEvent> {
  requireRole(actor, 'admin');
  if (!(await repo.deleteWorkingGroupMember(db, eventId, personId))) throw notFound('working group member', { eventId, personId });
  return readEvent(db, eventId);
}

export async function addOutput(db: Db, actor: Actor | null, eventId: number, input: NewOutput): Promise<CoalitionEvent> {
  const admin = requireRole(actor, 'admin');
  await requireWorkingGroup(db, eventId);
  await db.transaction(async (tx) => {
    const row = await repo.insertWorkingGroupOutput(tx, {
      eventId,
      title: input.title,
      url: input.url,
      publishedOn: input.publishedOn ?? null,
    });
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
  if (!(await repo.deleteWorkingGroupOutput(db, eventId, outputId))) throw notFound('working group output', { eventId, outputId });
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
  const full = await assembleWithRows(db, await repo.listEvents(db));
  const items: IcsEvent[] = full.map(({ row, event: e }) => {
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
      uid: `coalition-event-${e.id}-${row.createdAt.getTime()}@concord`,
      stamp: row.updatedAt,
      start: row.startsAt,
      end: row.endsAt,
      summary: e.title,
      description,
      location: e.place ?? e.onlineUrl ?? undefined,
      // `when=all`: the events page lists only upcoming events by default, and this one may be past.
      url: e.onlineUrl ?? `${publicUrl}/coalition/events?when=all#event-${e.id}`,
    };
  });
  return icsCalendar(items, { prodId: '-//Concord//Coalition events//EN', name: 'Coalition events' });
}
