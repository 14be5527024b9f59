/**
 * The outreach use cases called directly: who may see the pipeline, owners,
 * stages and their history, and the overdue list (the latest interaction's
 * next action only, open targets only, due strictly before today, most
 * overdue first, in whole days).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { adminActor, codeOf, coalitionTestApp, logEntries, newActor, type CoalitionTestApp } from './coalition.fixture.ts';
import {
  addInteraction,
  addTargetUnchecked,
  createTarget,
  deleteTarget,
  getTarget,
  listTargets,
  moveStage,
  outreachSummary,
  overdueActions,
  updateTarget,
  type NewInteraction,
} from './outreach.service.ts';

let t: CoalitionTestApp;
let db: Db;
let admin: Actor;
let staff: Actor;
let inspector: Actor;
const NOW = new Date('2025-03-10T12:00:00Z');

beforeAll(async () => {
  t = await coalitionTestApp();
  db = t.database.db;
  admin = await adminActor(t);
  staff = await newActor(t, 'staff');
  inspector = await newActor(t, 'inspector');
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(NOW));

const target = (name: string, extra: Partial<Parameters<typeof createTarget>[2]> = {}) =>
  createTarget(db, staff, { name, type: 'institution', category: 'advisor', ...extra }, t.env);

const note = (targetId: number, occurredOn: string, next?: { action: string; due?: string }) => {
  const input: NewInteraction = {
    occurredOn,
    channel: 'email',
    summary: `wrote on ${occurredOn}`,
    nextAction: next?.action ?? null,
    nextActionDue: next?.due ?? null,
  };
  return addInteraction(db, staff, targetId, input, t.env);
};

/** The overdue list, for the given targets only (the database is shared by the file's tests). */
async function overdueFor(...ids: number[]) {
  return (await overdueActions(db, staff, t.env)).filter((o) => ids.includes(o.targetId));
}

describe('access', () => {
  it('is for admin and staff only, and nothing of it reaches the public log', async () => {
    const logBefore = (await logEntries(t)).length;
    expect(await codeOf(listTargets(db, null))).toBe('unauthenticated');
    expect(await codeOf(listTargets(db, inspector))).toBe('forbidden');
    expect(await codeOf(overdueActions(db, inspector, t.env))).toBe('forbidden');
    expect(await codeOf(outreachSummary(db, inspector))).toBe('forbidden');
    const x = await target('Private Office');
    await note(x.id, '2025-03-01', { action: 'call', due: '2025-03-05' });
    await moveStage(db, admin, x.id, 'contacted', t.env);
    await updateTarget(db, staff, x.id, { priority: 'high' });
    await deleteTarget(db, staff, x.id);
    expect((await logEntries(t)).length).toBe(logBefore);
  });
});

describe('createTarget and updateTarget', () => {
  it('start at identified with one history entry, medium priority and no owner', async () => {
    const x = await target('Fresh Target');
    expect(x).toMatchObject({
      stage: 'identified',
      priority: 'medium',
      ownerId: null,
      ownerName: null,
      notes: '',
      nextAction: null,
      lastInteractionOn: null,
    });
    expect(x.stageChangedAt).toBe(NOW.toISOString());
    const detail = await getTarget(db, staff, x.id);
    expect(detail.stageHistory).toEqual([{ fromStage: null, toStage: 'identified', changedAt: NOW.toISOString(), changedBy: staff.id }]);
  });

  it('accept only an active admin or staff account as owner, and a reference country', async () => {
    expect(await codeOf(target('Owned by inspector', { ownerId: inspector.id }))).toBe('owner_not_staff');
    expect(await codeOf(target('Owned by nobody', { ownerId: 2_000_000 }))).toBe('owner_not_staff');
    expect(await codeOf(target('Nowhere', { countryIso3: 'XXX' }))).toBe('unknown_country');
    const owned = await target('Owned by staff', { ownerId: staff.id, countryIso3: 'KEN' });
    expect(owned).toMatchObject({ ownerId: staff.id, ownerName: staff.name, countryIso3: 'KEN' });
    expect(await codeOf(updateTarget(db, staff, owned.id, { ownerId: inspector.id }))).toBe('owner_not_staff');
    expect((await updateTarget(db, staff, owned.id, { ownerId: admin.id })).ownerId).toBe(admin.id);
    expect(await codeOf(updateTarget(db, staff, 2_000_000, { notes: 'x' }))).toBe('not_found');
    expect(await codeOf(deleteTarget(db, staff, 2_000_000))).toBe('not_found');
  });

  it('list high priority first, then by name, and filter by stage and country', async () => {
    const low = await target('Filter Aaa', { priority: 'low', countryIso3: 'BRA' });
    const high = await target('Filter Zzz', { priority: 'high', countryIso3: 'BRA' });
    const medium = await target('Filter Mmm', { countryIso3: 'BRA' });
    await moveStage(db, staff, medium.id, 'engaged', t.env);
    const brazil = (await listTargets(db, staff, { country: 'BRA' })).map((x) => x.id);
    expect(brazil).toEqual([high.id, medium.id, low.id]);
    expect((await listTargets(db, staff, { country: 'BRA', stage: 'engaged' })).map((x) => x.id)).toEqual([medium.id]);
  });
});

describe('moveStage', () => {
  it('records every move with its date and author, and refuses a move to the same stage', async () => {
    const x = await target('Pipeline');
    t.clock.set('2025-03-11T09:00:00Z');
    await moveStage(db, staff, x.id, 'contacted', t.env);
    t.clock.set('2025-03-12T09:00:00Z');
    const moved = await moveStage(db, admin, x.id, 'declined', t.env);
    expect(moved).toMatchObject({ stage: 'declined', stageChangedAt: '2025-03-12T09:00:00.000Z' });
    expect(await codeOf(moveStage(db, staff, x.id, 'declined', t.env))).toBe('same_stage');
    expect(await codeOf(moveStage(db, staff, 2_000_000, 'contacted', t.env))).toBe('not_found');
    const { stageHistory } = await getTarget(db, staff, x.id);
    expect(stageHistory.map((h) => [h.fromStage, h.toStage, h.changedBy])).toEqual([
      [null, 'identified', staff.id],
      ['identified', 'contacted', staff.id],
      ['contacted', 'declined', admin.id],
    ]);
  });
});

describe('addInteraction', () => {
  it('needs the action a due date is for, a date not in the future, and a known target', async () => {
    const x = await target('Interactions');
    expect(
      await codeOf(
        addInteraction(db, staff, x.id, { occurredOn: '2025-03-01', channel: 'call', summary: 's', nextActionDue: '2025-03-20' }, t.env),
      ),
    ).toBe('next_action_required');
    expect(await codeOf(note(x.id, '2025-03-12'))).toBe('date_in_future');
    expect(await codeOf(note(2_000_000, '2025-03-01'))).toBe('not_found');
    const made = await note(x.id, '2025-03-11', { action: 'send the paper' });
    expect(made).toMatchObject({
      targetId: x.id,
      nextAction: 'send the paper',
      nextActionDue: null,
      createdBy: staff.id,
      createdAt: NOW.toISOString(),
    });
  });

  it('shows the latest interaction on the target: by date, then the later entry on the same date', async () => {
    const x = await target('Latest wins');
    await note(x.id, '2025-03-05', { action: 'second, same day', due: '2025-03-20' });
    await note(x.id, '2025-03-08', { action: 'latest', due: '2025-03-25' });
    await note(x.id, '2025-03-08', { action: 'later entry, same date', due: '2025-03-26' });
    await note(x.id, '2025-03-01', { action: 'entered last, happened first', due: '2025-03-02' });
    const [listed] = await listTargets(db, staff, {}).then((all) => all.filter((y) => y.id === x.id));
    expect(listed).toMatchObject({ lastInteractionOn: '2025-03-08', nextAction: 'later entry, same date', nextActionDue: '2025-03-26' });
    const { interactions } = await getTarget(db, staff, x.id);
    expect(interactions.map((i) => i.occurredOn)).toEqual(['2025-03-08', '2025-03-08', '2025-03-05', '2025-03-01']);
    expect(interactions[0]?.nextAction).toBe('later entry, same date');
  });
});

describe('overdueActions', () => {
  it('lists what was due before today, most overdue first, with whole days', async () => {
    const a = await target('Overdue A', { ownerId: staff.id });
    const b = await target('Overdue B');
    const today = await target('Due today');
    const future = await target('Due later');
    await note(a.id, '2025-02-01', { action: 'follow up A', due: '2025-03-09' });
    await note(b.id, '2025-02-01', { action: 'follow up B', due: '2025-02-28' });
    await note(today.id, '2025-02-01', { action: 'today', due: '2025-03-10' });
    await note(future.id, '2025-02-01', { action: 'later', due: '2025-04-01' });
    const overdue = await overdueFor(a.id, b.id, today.id, future.id);
    expect(overdue).toEqual([
      {
        targetId: b.id,
        targetName: 'Overdue B',
        stage: 'identified',
        priority: 'medium',
        ownerId: null,
        ownerName: null,
        nextAction: 'follow up B',
        nextActionDue: '2025-02-28',
        daysOverdue: 10,
      },
      {
        targetId: a.id,
        targetName: 'Overdue A',
        stage: 'identified',
        priority: 'medium',
        ownerId: staff.id,
        ownerName: staff.name,
        nextAction: 'follow up A',
        nextActionDue: '2025-03-09',
        daysOverdue: 1,
      },
    ]);
    // Just before midnight UTC it is still the 10th: nothing new falls due.
    t.clock.set('2025-03-10T23:59:59Z');
    expect((await overdueFor(today.id)).length).toBe(0);
    t.clock.set('2025-03-11T00:00:00Z');
    expect(await overdueFor(today.id)).toMatchObject([{ targetId: today.id, daysOverdue: 1 }]);
  });

  it('forgets a next action once a later interaction supersedes it, even one with no due date', async () => {
    const x = await target('Superseded');
    await note(x.id, '2025-03-01', { action: 'call back', due: '2025-03-03' });
    expect(await overdueFor(x.id)).toHaveLength(1);
    await note(x.id, '2025-03-04');
    expect(await overdueFor(x.id)).toEqual([]);
  });

  it('leaves out committed and declined targets, and counts again when a target is reopened', async () => {
    const x = await target('Closed');
    await note(x.id, '2025-03-01', { action: 'sign', due: '2025-03-02' });
    await moveStage(db, staff, x.id, 'committed', t.env);
    expect(await overdueFor(x.id)).toEqual([]);
    await moveStage(db, staff, x.id, 'declined', t.env);
    expect(await overdueFor(x.id)).toEqual([]);
    await moveStage(db, staff, x.id, 'engaged', t.env);
    expect(await overdueFor(x.id)).toMatchObject([{ stage: 'engaged', daysOverdue: 8 }]);
  });
});

describe('outreachSummary', () => {
  it('counts every stage (zero included) and every country, most targets first', async () => {
    const before = await outreachSummary(db, staff);
    await addTargetUnchecked(db, null, { name: 'Summary 1', type: 'person', category: 'expert', countryIso3: 'NZL' }, t.env);
    await addTargetUnchecked(db, null, { name: 'Summary 2', type: 'person', category: 'expert', countryIso3: 'NZL' }, t.env);
    const after = await outreachSummary(db, staff);
    expect(after.byStage.map((s) => s.stage)).toEqual(['identified', 'contacted', 'engaged', 'supportive', 'committed', 'declined']);
    expect(after.total).toBe(before.total + 2);
    expect(after.byStage.reduce((n, s) => n + s.count, 0)).toBe(after.total);
    expect(after.byStage.find((s) => s.stage === 'identified')!.count).toBe(
      before.byStage.find((s) => s.stage === 'identified')!.count + 2,
    );
    expect(after.byCountry.find((c) => c.countryIso3 === 'NZL')).toEqual({ countryIso3: 'NZL', countryName: 'New Zealand', count: 2 });
    const counts = after.byCountry.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });
});
