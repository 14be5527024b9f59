/**
 * The event use cases called directly: the waiting list (its order, its
 * positions, promotion by a cancellation or a larger capacity, never past the
 * capacity), who may cancel, the registration window, working groups, and
 * the calendar feed.
 */
import { afterAll, assert, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { adminActor, codeOf, coalitionTestApp, DAY, logEntries, newActor, outcomeOf, type CoalitionTestApp } from './coalition.fixture.ts';
import {
  addEventUnchecked,
  addMember,
  addOutput,
  cancelRegistration,
  createEvent,
  deleteEvent,
  eventsCalendar,
  getEvent,
  listEvents,
  listRegistrations,
  register,
  removeMember,
  removeOutput,
  updateEvent,
  type NewEvent,
} from './events.service.ts';
import { addPersonUnchecked } from './members.service.ts';

let t: CoalitionTestApp;
let db: Db;
let admin: Actor;
let staff: Actor;
const NOW = new Date('2025-03-01T12:00:00Z');

beforeAll(async () => {
  t = await coalitionTestApp();
  db = t.database.db;
  admin = await adminActor(t);
  staff = await newActor(t, 'staff');
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(NOW));

/** A meeting on 2025-06-01 in Rome (after the clock's now) with `capacity` places. */
const meeting = (title: string, capacity: number | null = 2, extra: Partial<NewEvent> = {}) =>
  addEventUnchecked(db, admin, {
    title,
    kind: 'meeting',
    start: '2025-06-01T10:00',
    end: '2025-06-01T12:00',
    timeZone: 'Europe/Rome',
    place: 'Rome',
    capacity,
    ...extra,
  });

const signUp = (eventId: number, who: string) => register(db, eventId, { name: who, email: `${who}@example.org` }, t.env);

/** Each registration's name and status, in registration order. */
async function statuses(eventId: number) {
  return (await listRegistrations(db, admin, eventId)).map((r) => `${r.name}:${r.status}`);
}

describe('register', () => {
  it('confirms up to the capacity, then gives waiting positions in order', async () => {
    const e = await meeting('Positions', 2);
    const receipts = [];
    for (const who of ['a', 'b', 'c', 'd', 'e']) receipts.push(await signUp(e.id, who));
    expect(receipts.map((r) => [r.status, r.waitingPosition])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waiting', 1],
      ['waiting', 2],
      ['waiting', 3],
    ]);
    expect(new Set(receipts.map((r) => r.cancelToken)).size).toBe(5);
    expect(await getEvent(db, e.id)).toMatchObject({ capacity: 2, confirmed: 2, waiting: 3, spotsLeft: 0 });
  });

  it('never needs a waiting list without a capacity', async () => {
    const e = await meeting('Open door', null);
    for (const who of ['a', 'b', 'c']) expect((await signUp(e.id, who)).status).toBe('confirmed');
    expect(await getEvent(db, e.id)).toMatchObject({ capacity: null, confirmed: 3, waiting: 0, spotsLeft: null });
  });

  it('takes one live registration per e-mail, whatever its case, and a new one after cancelling', async () => {
    const e = await meeting('Once each', 5);
    const first = await register(db, e.id, { name: 'Ann', email: 'Ann@Example.org' }, t.env);
    expect(await codeOf(register(db, e.id, { name: 'Ann again', email: ' ann@example.ORG ' }, t.env))).toBe('already_registered');
    await cancelRegistration(db, null, first.id, first.cancelToken, t.env);
    expect((await register(db, e.id, { name: 'Ann', email: 'ann@example.org' }, t.env)).status).toBe('confirmed');
    expect((await listRegistrations(db, admin, e.id)).map((r) => r.email)).toEqual(['ann@example.org', 'ann@example.org']);
  });

  it('closes when the event ends, not when it starts', async () => {
    const e = await meeting('Window');
    t.clock.set(new Date(e.startsAt));
    expect((await signUp(e.id, 'during')).status).toBe('confirmed');
    t.clock.set(new Date(new Date(e.endsAt).getTime() - 1));
    expect((await signUp(e.id, 'last-moment')).status).toBe('confirmed');
    t.clock.set(new Date(e.endsAt));
    expect(await codeOf(signUp(e.id, 'too-late'))).toBe('event_over');
    expect(await codeOf(signUp(2_000_000, 'nowhere'))).toBe('not_found');
  });

  it('gives no more confirmed places than the capacity when many register at once', async () => {
    const e = await meeting('Rush', 4);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => outcomeOf(signUp(e.id, `rush${i}`))));
    expect(results).toEqual(results.map(() => 'ok'));
    expect(await getEvent(db, e.id)).toMatchObject({ confirmed: 4, waiting: 6 });
  });
});

describe('cancelRegistration', () => {
  it('promotes the first waiting person when a confirmed place is freed, and no one when a waiting place is', async () => {
    const e = await meeting('Promotion', 2);
    const [a, , c, d] = [await signUp(e.id, 'a'), await signUp(e.id, 'b'), await signUp(e.id, 'c'), await signUp(e.id, 'd')];
    const waitingCancelled = await cancelRegistration(db, null, d.id, d.cancelToken, t.env);
    expect(waitingCancelled).toEqual({ registration: { id: d.id, eventId: e.id, status: 'cancelled' }, promotedId: null });
    t.clock.advance(60_000);
    const freed = await cancelRegistration(db, admin, a.id, undefined, t.env);
    expect(freed.promotedId).toBe(c.id);
    expect(await statuses(e.id)).toEqual(['a:cancelled', 'b:confirmed', 'c:confirmed', 'd:cancelled']);
    const promoted = (await listRegistrations(db, admin, e.id)).find((r) => r.id === c.id)!;
    expect(promoted.promotedAt).toBe(new Date(NOW.getTime() + 60_000).toISOString());
    expect((await listRegistrations(db, admin, e.id)).find((r) => r.id === a.id)!.cancelledAt).toBe(promoted.promotedAt);
  });

  it('needs the registration’s own token, or an admin', async () => {
    const e = await meeting('Tokens', 3);
    const mine = await signUp(e.id, 'mine');
    const theirs = await signUp(e.id, 'theirs');
    expect(await codeOf(cancelRegistration(db, null, mine.id, undefined, t.env))).toBe('unauthenticated');
    expect(await codeOf(cancelRegistration(db, null, mine.id, theirs.cancelToken, t.env))).toBe('forbidden');
    expect(await codeOf(cancelRegistration(db, staff, mine.id, undefined, t.env))).toBe('forbidden');
    expect(await codeOf(cancelRegistration(db, null, mine.id, 'ccr_not-a-token', t.env))).toBe('forbidden');
    expect(await statuses(e.id)).toEqual(['mine:confirmed', 'theirs:confirmed']);
    await cancelRegistration(db, null, mine.id, mine.cancelToken, t.env);
    expect(await codeOf(cancelRegistration(db, null, mine.id, mine.cancelToken, t.env))).toBe('already_cancelled');
    expect(await codeOf(cancelRegistration(db, admin, 2_000_000, undefined, t.env))).toBe('not_found');
  });
});

describe('updateEvent', () => {
  it('promotes from the waiting list, in order, as far as a larger capacity allows', async () => {
    const e = await meeting('Growing', 1);
    for (const who of ['a', 'b', 'c', 'd']) await signUp(e.id, who);
    await updateEvent(db, admin, e.id, { capacity: 3 }, t.env);
    expect(await statuses(e.id)).toEqual(['a:confirmed', 'b:confirmed', 'c:confirmed', 'd:waiting']);
    const unlimited = await updateEvent(db, admin, e.id, { capacity: null }, t.env);
    expect(unlimited).toMatchObject({ confirmed: 4, waiting: 0, spotsLeft: null });
  });

  it('refuses a capacity below the confirmed, and keeps the event as it was', async () => {
    const e = await meeting('Shrinking', 3);
    for (const who of ['a', 'b', 'c']) await signUp(e.id, who);
    expect(await codeOf(updateEvent(db, admin, e.id, { capacity: 2, title: 'Smaller' }, t.env))).toBe('capacity_below_confirmed');
    expect(await getEvent(db, e.id)).toMatchObject({ title: 'Shrinking', capacity: 3 });
    expect((await updateEvent(db, admin, e.id, { capacity: 3, title: 'Same size' }, t.env)).title).toBe('Same size');
  });

  it('keeps the wall-clock times when only the zone changes, and checks what it merges', async () => {
    const e = await meeting('Moved zone');
    const moved = await updateEvent(db, admin, e.id, { timeZone: 'America/New_York' }, t.env);
    expect(moved).toMatchObject({ start: '2025-06-01T10:00', timeZone: 'America/New_York', startsAt: '2025-06-01T14:00:00.000Z' });
    expect(await codeOf(updateEvent(db, admin, e.id, { end: '2025-06-01T09:00' }, t.env))).toBe('end_before_start');
    expect(await codeOf(updateEvent(db, admin, e.id, { place: null }, t.env))).toBe('place_or_link_required');
    expect(await codeOf(updateEvent(db, admin, e.id, { timeZone: 'Mars/Olympus' }, t.env))).toBe('unknown_time_zone');
    expect(await codeOf(updateEvent(db, staff, e.id, { title: 'x' }, t.env))).toBe('forbidden');
    expect(await codeOf(updateEvent(db, admin, 2_000_000, { title: 'x' }, t.env))).toBe('not_found');
  });
});

describe('createEvent and deleteEvent', () => {
  it('derive the mode from place and link, log creation and removal, and are for admins', async () => {
    const base = { kind: 'summit' as const, start: '2025-07-01T09:00', end: '2025-07-01T17:00', timeZone: 'UTC' };
    expect(await codeOf(createEvent(db, staff, { ...base, title: 'x', place: 'y' }))).toBe('forbidden');
    const online = await createEvent(db, admin, { ...base, title: 'Online only', onlineUrl: 'https://meet.example.org/x' });
    const hybrid = await createEvent(db, admin, { ...base, title: 'Both', place: 'Paris', onlineUrl: 'https://meet.example.org/y' });
    const room = await createEvent(db, admin, { ...base, title: 'Room', place: 'Paris', onlineUrl: '' });
    expect([online.mode, hybrid.mode, room.mode]).toEqual(['online', 'hybrid', 'in_person']);
    expect(room.onlineUrl).toBeNull();
    await signUp(room.id, 'guest');
    await deleteEvent(db, admin, room.id);
    expect(await codeOf(getEvent(db, room.id))).toBe('not_found');
    expect(await codeOf(deleteEvent(db, admin, room.id))).toBe('not_found');
    const kinds = (await logEntries(t)).filter((e) => e.subject === `event:${room.id}`).map((e) => e.kind);
    expect(kinds).toEqual(['coalition.event-created', 'coalition.event-removed']);
  });
});

describe('listEvents', () => {
  it('splits at the end instant: an event still running is upcoming, one just ended is past', async () => {
    const e = await meeting('Split at the end');
    const ids = async (when: 'upcoming' | 'past' | 'all') => (await listEvents(db, when, t.env)).map((x) => x.id);
    t.clock.set(new Date(new Date(e.endsAt).getTime() - 1));
    expect(await ids('upcoming')).toContain(e.id);
    expect(await ids('past')).not.toContain(e.id);
    t.clock.set(new Date(e.endsAt));
    expect(await ids('upcoming')).toContain(e.id);
    t.clock.set(new Date(new Date(e.endsAt).getTime() + 1));
    expect(await ids('upcoming')).not.toContain(e.id);
    expect(await ids('past')).toContain(e.id);
    expect(await ids('all')).toContain(e.id);
  });

  it('lists upcoming soonest first and past most recent first', async () => {
    t.clock.set('2030-01-01T00:00:00Z');
    const early = await addEventUnchecked(db, null, {
      title: 'Order early',
      kind: 'meeting',
      start: '2030-02-01T10:00',
      end: '2030-02-01T11:00',
      timeZone: 'UTC',
      place: 'A',
    });
    const late = await addEventUnchecked(db, null, {
      title: 'Order late',
      kind: 'meeting',
      start: '2030-03-01T10:00',
      end: '2030-03-01T11:00',
      timeZone: 'UTC',
      place: 'A',
    });
    const upcoming = (await listEvents(db, 'upcoming', t.env)).map((x) => x.id);
    expect(upcoming).toEqual([early.id, late.id]);
    t.clock.set('2030-04-01T00:00:00Z');
    const past = (await listEvents(db, 'past', t.env)).map((x) => x.id);
    expect(past.slice(0, 2)).toEqual([late.id, early.id]);
  });
});

describe('working groups', () => {
  it('list only public members, refuse duplicates and unknown people, and remove members', async () => {
    const group = await meeting('Drafting group', null, { kind: 'working_group' });
    const open = await addPersonUnchecked(db, { name: 'Open Member' });
    const quiet = await addPersonUnchecked(db, { name: 'Quiet Member', visibility: 'undisclosed' });
    await addMember(db, admin, group.id, open.id);
    const withQuiet = await addMember(db, admin, group.id, quiet.id);
    expect(withQuiet.members).toEqual([{ personId: open.id, name: 'Open Member' }]);
    expect(await codeOf(addMember(db, admin, group.id, open.id))).toBe('already_member');
    expect(await codeOf(addMember(db, admin, group.id, 2_000_000))).toBe('unknown_person');
    expect(await codeOf(addMember(db, staff, group.id, open.id))).toBe('forbidden');
    expect((await removeMember(db, admin, group.id, open.id)).members).toEqual([]);
    expect(await codeOf(removeMember(db, admin, group.id, open.id))).toBe('not_found');
  });

  it('are the only events with members and outputs', async () => {
    const plain = await meeting('Not a group');
    const person = await addPersonUnchecked(db, { name: 'Would-be Member' });
    expect(await codeOf(addMember(db, admin, plain.id, person.id))).toBe('not_a_working_group');
    expect(await codeOf(addOutput(db, admin, plain.id, { title: 'Doc', url: 'https://example.org/doc' }))).toBe('not_a_working_group');
    expect(await codeOf(addOutput(db, admin, 2_000_000, { title: 'Doc', url: 'https://example.org/doc' }))).toBe('not_found');
  });

  it('log the outputs they link, and unlink them', async () => {
    const group = await meeting('Output group', null, { kind: 'working_group' });
    const withOutput = await addOutput(db, admin, group.id, {
      title: 'Draft v1',
      url: 'https://example.org/v1',
      publishedOn: '2025-02-01',
    });
    const [output] = withOutput.outputs;
    expect(output).toMatchObject({ title: 'Draft v1', url: 'https://example.org/v1', publishedOn: '2025-02-01' });
    assert(output, 'the output is listed');
    const entry = (await logEntries(t)).find((e) => e.kind === 'coalition.working-group-output' && e.body.outputId === output.id);
    expect(entry?.body).toEqual({
      eventId: group.id,
      outputId: output.id,
      title: 'Draft v1',
      url: 'https://example.org/v1',
      publishedOn: '2025-02-01',
    });
    expect((await removeOutput(db, admin, group.id, output.id)).outputs).toEqual([]);
    expect(await codeOf(removeOutput(db, admin, group.id, output.id))).toBe('not_found');
  });
});

describe('eventsCalendar', () => {
  it('has one VEVENT per event, with a UID that survives changes and a link from PUBLIC_URL', async () => {
    const e = await meeting('Calendar entry', 2, { agenda: [{ time: '10:00', title: 'Welcome', speaker: 'Chair' }] });
    const before = await eventsCalendar(db, 'https://concord.example');
    const uid = before.match(new RegExp(`UID:(coalition-event-${e.id}-\\d+@concord)`))?.[1];
    expect(uid).toBeDefined();
    expect(before).toContain(`URL:https://concord.example/coalition/events?when=all#event-${e.id}`);
    expect(before.replace(/\r\n /g, '')).toContain('10:00 Welcome (Chair)');
    t.clock.advance(DAY);
    await updateEvent(db, admin, e.id, { title: 'Calendar entry, renamed' }, t.env);
    const after = await eventsCalendar(db, 'https://concord.example');
    expect(after).toContain(`UID:${uid}`);
    expect(after.replace(/\r\n /g, '')).toContain('SUMMARY:Calendar entry\\, renamed');
    expect(after.match(/BEGIN:VEVENT/g)?.length).toBe((await listEvents(db, 'all', t.env)).length);
  });
});
