/**
 * The event queries on a bare migrated database (PGlite, and PostgreSQL when
 * TEST_DATABASE_URL is set): the agenda's order, the waiting list's order,
 * live registrations, and the details the public view of several events
 * gathers at once.
 */
import { expect, it } from 'vitest';
import type { Db } from '../../core/db/client.ts';
import { isUniqueViolation } from '../../core/db/errors.ts';
import { describeEachDatabase } from '../../../test/fixtures/databases.ts';
import { withFreshDatabase } from './coalition.fixture.ts';
import * as repo from './events.repository.ts';
import { insertPerson } from './members.repository.ts';

const T0 = new Date('2025-06-01T10:00:00Z');
const hours = (n: number) => new Date(T0.getTime() + n * 3_600_000);

let db: Db;

const event = (title: string, kind: 'meeting' | 'working_group' = 'meeting', startsAt = T0, capacity: number | null = null) =>
  repo.insertEvent(db, {
    title,
    kind,
    description: '',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
    timeZone: 'UTC',
    place: 'Here',
    onlineUrl: null,
    capacity,
  });
const registration = (eventId: number, email: string, status: 'confirmed' | 'waiting' | 'cancelled') =>
  repo.insertRegistration(db, { eventId, name: email, email, status, cancelTokenHash: `hash-${email}`, createdAt: T0 });

describeEachDatabase('events repository: agenda and registrations', (database) => {
  withFreshDatabase(database, (fresh) => {
    db = fresh;
  });

  it('keeps an agenda in the order given, and replaces it whole', async () => {
    const e = await event('Agenda');
    await repo.replaceAgenda(db, e.id, [
      { time: '10:00', title: 'First', speaker: null },
      { time: null, title: 'Second', speaker: 'S' },
      { time: '09:00', title: 'Third, though earlier', speaker: null },
    ]);
    expect((await repo.listAgenda(db, e.id)).map((a) => a.title)).toEqual(['First', 'Second', 'Third, though earlier']);
    await repo.replaceAgenda(db, e.id, [{ time: null, title: 'Only', speaker: null }]);
    expect(await repo.listAgenda(db, e.id)).toEqual([{ time: null, title: 'Only', speaker: null }]);
    await repo.replaceAgenda(db, e.id, []);
    expect(await repo.listAgenda(db, e.id)).toEqual([]);
  });

  it('lists the waiting list first come first served, up to a limit, and confirms whom it is told', async () => {
    const e = await event('Waiting', 'meeting', T0, 1);
    await registration(e.id, 'confirmed@example.org', 'confirmed');
    const w1 = await registration(e.id, 'w1@example.org', 'waiting');
    const w2 = await registration(e.id, 'w2@example.org', 'waiting');
    await registration(e.id, 'gone@example.org', 'cancelled');
    const w3 = await registration(e.id, 'w3@example.org', 'waiting');
    expect(await repo.listWaitingIds(db, e.id, 10)).toEqual([w1.id, w2.id, w3.id]);
    expect(await repo.listWaitingIds(db, e.id, 2)).toEqual([w1.id, w2.id]);
    await repo.confirmRegistrations(db, [w1.id, w2.id], hours(1));
    expect(await repo.countRegistrations(db, e.id, 'confirmed')).toBe(3);
    expect(await repo.countRegistrations(db, e.id, 'waiting')).toBe(1);
    expect(await repo.countRegistrations(db, e.id, 'cancelled')).toBe(1);
    expect((await repo.findRegistration(db, w1.id))?.promotedAt).toEqual(hours(1));
    expect((await repo.findRegistration(db, w3.id))?.promotedAt).toBeNull();
  });

  it('allows one live registration per e-mail, a cancelled one not counting', async () => {
    const e = await event('Live');
    const first = await registration(e.id, 'same@example.org', 'confirmed');
    expect(await repo.findLiveRegistrationId(db, e.id, 'same@example.org')).toBe(first.id);
    const again = await registration(e.id, 'same@example.org', 'waiting').then(
      () => null,
      (err: unknown) => err,
    );
    expect(isUniqueViolation(again)).toBe(true);
    await repo.markRegistrationCancelled(db, first.id, hours(2));
    expect(await repo.findLiveRegistrationId(db, e.id, 'same@example.org')).toBeUndefined();
    const second = await registration(e.id, 'same@example.org', 'confirmed');
    expect(await repo.findLiveRegistrationId(db, e.id, 'same@example.org')).toBe(second.id);
    expect((await repo.listRegistrations(db, e.id)).map((r) => [r.id, r.status])).toEqual([
      [first.id, 'cancelled'],
      [second.id, 'confirmed'],
    ]);
  });
});

describeEachDatabase('events repository: details and listing', (database) => {
  withFreshDatabase(database, (fresh) => {
    db = fresh;
  });

  it('gathers counts, agenda, public members and outputs of several events, each to its own event', async () => {
    const group = await event('Group', 'working_group');
    const other = await event('Other group', 'working_group');
    const open = await insertPerson(db, { name: 'Open', roles: [], visibility: 'public' });
    const hidden = await insertPerson(db, { name: 'Hidden', roles: [], visibility: 'undisclosed' });
    await repo.insertWorkingGroupMember(db, group.id, open);
    await repo.insertWorkingGroupMember(db, group.id, hidden);
    await repo.insertWorkingGroupMember(db, other.id, open);
    const output = await repo.insertWorkingGroupOutput(db, {
      eventId: other.id,
      title: 'Paper',
      url: 'https://example.org/p',
      publishedOn: null,
    });
    await repo.replaceAgenda(db, group.id, [{ time: null, title: 'Kick-off', speaker: null }]);
    await registration(group.id, 'a@example.org', 'confirmed');
    await registration(group.id, 'b@example.org', 'waiting');
    await registration(other.id, 'c@example.org', 'confirmed');
    const details = await repo.readEventDetails(db, [group.id, other.id]);
    expect(details.counts.filter((c) => c.eventId === group.id).sort((x, y) => x.status.localeCompare(y.status))).toEqual([
      { eventId: group.id, status: 'confirmed', n: 1 },
      { eventId: group.id, status: 'waiting', n: 1 },
    ]);
    expect(details.counts.filter((c) => c.eventId === other.id)).toEqual([{ eventId: other.id, status: 'confirmed', n: 1 }]);
    expect(details.members).toEqual(
      expect.arrayContaining([
        { eventId: group.id, personId: open, name: 'Open' },
        { eventId: other.id, personId: open, name: 'Open' },
      ]),
    );
    expect(details.members.some((m) => m.personId === hidden)).toBe(false);
    expect(details.agenda).toEqual([{ eventId: group.id, time: null, title: 'Kick-off', speaker: null }]);
    expect(details.outputs.map((o) => [o.id, o.eventId])).toEqual([[output.id, other.id]]);
    expect(await repo.deleteWorkingGroupMember(db, group.id, hidden)).toBe(true);
    expect(await repo.deleteWorkingGroupMember(db, group.id, hidden)).toBe(false);
    expect(await repo.deleteWorkingGroupOutput(db, group.id, output.id)).toBe(false);
    expect(await repo.deleteWorkingGroupOutput(db, other.id, output.id)).toBe(true);
  });

  it('filters by the end instant and sorts by start, and finds events by id, kind and title', async () => {
    const soon = await event('Filter soon', 'meeting', hours(100));
    const later = await event('Filter later', 'working_group', hours(200));
    const upcoming = (await repo.listEvents(db, { when: 'upcoming', now: hours(100.5) })).map((e) => e.id);
    expect(upcoming.filter((id) => id === soon.id || id === later.id)).toEqual([soon.id, later.id]);
    const past = (await repo.listEvents(db, { when: 'past', now: hours(300) })).map((e) => e.id);
    expect(past.indexOf(later.id)).toBeLessThan(past.indexOf(soon.id));
    // Still upcoming at its end instant; past one millisecond later.
    expect((await repo.listEvents(db, { when: 'upcoming', now: hours(101) })).map((e) => e.id)).toContain(soon.id);
    const justAfter = new Date(hours(101).getTime() + 1);
    expect((await repo.listEvents(db, { when: 'upcoming', now: justAfter })).map((e) => e.id)).not.toContain(soon.id);
    expect((await repo.listEvents(db, { when: 'past', now: justAfter })).map((e) => e.id)).toContain(soon.id);
    expect(await repo.findEventKind(db, later.id)).toBe('working_group');
    expect(await repo.findEventKind(db, 2_000_000)).toBeUndefined();
    expect(await repo.findEventIdByTitle(db, 'Filter later')).toBe(later.id);
    expect(await repo.existingEventIds(db, [soon.id, 2_000_000, later.id])).toEqual(expect.arrayContaining([soon.id, later.id]));
    expect(await repo.existingEventIds(db, [2_000_000])).toEqual([]);
    expect(await repo.existingEventIds(db, [])).toEqual([]);
    expect((await repo.deleteEvent(db, soon.id))?.id).toBe(soon.id);
    expect(await repo.deleteEvent(db, soon.id)).toBeUndefined();
  });
});
