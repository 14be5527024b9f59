/**
 * The roadmap's use cases called directly: milestones in target-date order,
 * links to events (checked, deduplicated, compared as a set), and what the
 * log records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { adminActor, codeOf, coalitionTestApp, logEntries, newActor, type CoalitionTestApp } from './coalition.fixture.ts';
import { addEventUnchecked, deleteEvent } from './events.service.ts';
import { createMilestone, deleteMilestone, listMilestones, updateMilestone } from './roadmap.service.ts';

let t: CoalitionTestApp;
let db: Db;
let admin: Actor;
let staff: Actor;

beforeAll(async () => {
  t = await coalitionTestApp();
  db = t.database.db;
  admin = await adminActor(t);
  staff = await newActor(t, 'staff');
});
afterAll(() => t.close());

const event = (title: string, day: string) =>
  addEventUnchecked(db, null, { title, kind: 'meeting', start: `${day}T10:00`, end: `${day}T11:00`, timeZone: 'UTC', place: 'Geneva' });

describe('createMilestone', () => {
  it('is for admins, links known events once each, soonest first, and logs the links', async () => {
    const later = await event('Later meeting', '2026-05-01');
    const sooner = await event('Sooner meeting', '2026-04-01');
    expect(await codeOf(createMilestone(db, staff, { title: 'x', targetDate: '2026-06-01' }))).toBe('forbidden');
    const m = await createMilestone(db, admin, { title: 'Linked', targetDate: '2026-06-01', eventIds: [later.id, sooner.id, later.id] });
    expect(m).toMatchObject({ title: 'Linked', description: '', status: 'planned', targetDate: '2026-06-01' });
    expect(m.events).toEqual([
      { id: sooner.id, title: 'Sooner meeting', startsAt: '2026-04-01T10:00:00.000Z' },
      { id: later.id, title: 'Later meeting', startsAt: '2026-05-01T10:00:00.000Z' },
    ]);
    const entry = (await logEntries(t)).find((e) => e.kind === 'coalition.milestone-added' && e.subject === `milestone:${m.id}`);
    expect(entry?.body).toEqual({
      milestoneId: m.id,
      title: 'Linked',
      targetDate: '2026-06-01',
      status: 'planned',
      eventIds: [sooner.id, later.id],
    });
  });

  it('names every unknown event and stores nothing', async () => {
    const known = await event('Known meeting', '2026-04-02');
    const before = (await listMilestones(db)).length;
    const err = await createMilestone(db, admin, {
      title: 'Broken links',
      targetDate: '2026-06-01',
      eventIds: [known.id, 1_999_999, 2_000_000],
    }).catch((e: unknown) => e as { code: string; details: unknown });
    expect(err).toMatchObject({ code: 'unknown_event', details: { eventIds: [1_999_999, 2_000_000] } });
    expect((await listMilestones(db)).length).toBe(before);
  });
});

describe('listMilestones', () => {
  it('orders by target date, then by creation', async () => {
    const b = await createMilestone(db, admin, { title: 'Order B', targetDate: '2031-01-02' });
    const a = await createMilestone(db, admin, { title: 'Order A', targetDate: '2031-01-01' });
    const c = await createMilestone(db, admin, { title: 'Order C', targetDate: '2031-01-02' });
    const ids = (await listMilestones(db)).map((m) => m.id);
    expect(ids.filter((id) => [a.id, b.id, c.id].includes(id))).toEqual([a.id, b.id, c.id]);
  });
});

describe('updateMilestone', () => {
  it('relinks only when the set of events changes, and logs only real changes', async () => {
    const one = await event('Relink one', '2026-04-03');
    const two = await event('Relink two', '2026-04-04');
    const m = await createMilestone(db, admin, { title: 'Relinked', targetDate: '2026-07-01', eventIds: [one.id, two.id] });
    const changes = async () =>
      (await logEntries(t)).filter((e) => e.kind === 'coalition.milestone-changed' && e.subject === `milestone:${m.id}`);
    await updateMilestone(db, admin, m.id, { eventIds: [two.id, one.id, two.id] });
    await updateMilestone(db, admin, m.id, { title: 'Relinked', status: 'planned' });
    expect(await changes()).toHaveLength(0);
    const relinked = await updateMilestone(db, admin, m.id, { eventIds: [two.id] });
    expect(relinked.events.map((e) => e.id)).toEqual([two.id]);
    const done = await updateMilestone(db, admin, m.id, { status: 'done', eventIds: [] });
    expect(done).toMatchObject({ status: 'done', events: [] });
    expect((await changes()).map((e) => e.body.eventIds)).toEqual([[two.id], []]);
    expect(await codeOf(updateMilestone(db, admin, m.id, { eventIds: [2_000_000] }))).toBe('unknown_event');
    expect(await codeOf(updateMilestone(db, admin, 2_000_000, { title: 'x' }))).toBe('not_found');
    expect(await codeOf(updateMilestone(db, staff, m.id, { title: 'x' }))).toBe('forbidden');
  });

  it('loses the link, not the milestone, when a linked event is deleted', async () => {
    const doomed = await event('Doomed meeting', '2026-04-05');
    const m = await createMilestone(db, admin, { title: 'Survivor', targetDate: '2026-08-01', eventIds: [doomed.id] });
    await deleteEvent(db, admin, doomed.id);
    expect((await listMilestones(db)).find((x) => x.id === m.id)?.events).toEqual([]);
  });
});

describe('deleteMilestone', () => {
  it('removes and logs once, and is for admins', async () => {
    const m = await createMilestone(db, admin, { title: 'Short-lived', targetDate: '2026-09-01' });
    expect(await codeOf(deleteMilestone(db, staff, m.id))).toBe('forbidden');
    await deleteMilestone(db, admin, m.id);
    expect(await codeOf(deleteMilestone(db, admin, m.id))).toBe('not_found');
    const removed = (await logEntries(t)).filter((e) => e.kind === 'coalition.milestone-removed' && e.subject === `milestone:${m.id}`);
    expect(removed.map((e) => e.body)).toEqual([{ milestoneId: m.id, title: 'Short-lived' }]);
  });
});
