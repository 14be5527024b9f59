/**
 * The outreach queries on a bare migrated database (PGlite, and PostgreSQL
 * when TEST_DATABASE_URL is set): which interaction is a target's latest, the
 * overdue comparison against a calendar date, priority order, and the counts.
 */
import { expect, it } from 'vitest';
import type { Db } from '../../core/db/client.ts';
import { loadStates } from '../../core/states/states.service.ts';
import { describeEachDatabase, type TestDatabase } from '../../../test/fixtures/databases.ts';
import { withFreshDatabase } from './coalition.fixture.ts';
import * as repo from './outreach.repository.ts';

const NOW = new Date('2025-03-10T12:00:00Z');

let db: Db;

/** Each block on a fresh database with the reference states, which targets name as their country. */
const withFreshStates = (database: TestDatabase) =>
  withFreshDatabase(database, async (fresh) => {
    db = fresh;
    await loadStates(db);
  });

const target = (name: string, extra: Partial<repo.NewTargetRow> = {}) =>
  repo.insertTarget(db, {
    name,
    type: 'institution',
    category: 'ngo',
    stage: 'identified',
    stageChangedAt: NOW,
    createdAt: NOW,
    ...extra,
  });
const interaction = (targetId: number, occurredOn: string, nextAction: string | null, nextActionDue: string | null) =>
  repo.insertInteraction(db, { targetId, occurredOn, channel: 'call', summary: '-', nextAction, nextActionDue, createdAt: NOW });

describeEachDatabase('outreach repository: latest interactions and overdue actions', (database) => {
  withFreshStates(database);

  it('takes a target’s latest interaction by date, then by entry on the same date', async () => {
    const x = await target('Latest');
    await interaction(x.id, '2025-03-02', 'same day, earlier entry', '2025-03-03');
    await interaction(x.id, '2025-03-02', 'same day, later entry', '2025-03-04');
    await interaction(x.id, '2025-03-01', 'older, entered last', '2025-03-05');
    const [listed] = await repo.listTargets(db, { id: x.id });
    expect(listed).toMatchObject({
      lastInteractionOn: '2025-03-02',
      nextAction: 'same day, later entry',
      nextActionDue: '2025-03-04',
      ownerName: null,
    });
    const none = await target('No interactions');
    expect((await repo.listTargets(db, { id: none.id }))[0]).toMatchObject({
      lastInteractionOn: null,
      nextAction: null,
      nextActionDue: null,
    });
  });

  it('finds next actions due strictly before the date, for targets not in the closed stages', async () => {
    const due = await target('Due yesterday');
    const today = await target('Due today');
    const closed = await target('Closed', { stage: 'committed' });
    const noDate = await target('No due date');
    await interaction(due.id, '2025-03-01', 'a', '2025-03-09');
    await interaction(today.id, '2025-03-01', 'b', '2025-03-10');
    await interaction(closed.id, '2025-03-01', 'c', '2025-03-01');
    await interaction(noDate.id, '2025-03-01', 'd', null);
    const ids = async (closedStages: Parameters<typeof repo.listOverdueActions>[2]) =>
      (await repo.listOverdueActions(db, '2025-03-10', closedStages))
        .map((r) => r.targetId)
        .filter((id) => [due.id, today.id, closed.id, noDate.id].includes(id));
    expect(await ids(['committed', 'declined'])).toEqual([due.id]);
    expect(await ids(['declined'])).toEqual([closed.id, due.id]);
  });
});

describeEachDatabase('outreach repository: order, stages, counts and accounts', (database) => {
  withFreshStates(database);

  it('orders targets high, medium, low, then by name', async () => {
    const names = ['Order b-low', 'Order a-medium', 'Order c-high', 'Order a-low'];
    const priorities = { 'Order b-low': 'low', 'Order a-medium': 'medium', 'Order c-high': 'high', 'Order a-low': 'low' } as const;
    for (const name of names) await target(name, { priority: priorities[name as keyof typeof priorities], countryIso3: 'ISL' });
    const listed = (await repo.listTargets(db, { country: 'ISL' })).map((r) => r.target.name);
    expect(listed).toEqual(['Order c-high', 'Order a-medium', 'Order a-low', 'Order b-low']);
  });

  it('keeps stage changes in order and counts targets by stage and country', async () => {
    const x = await target('Counted', { countryIso3: 'NOR' });
    await repo.insertStageChange(db, { targetId: x.id, fromStage: null, toStage: 'identified', changedAt: NOW, changedBy: null });
    await repo.setTargetStage(db, x.id, 'engaged', new Date('2025-03-11T00:00:00Z'));
    await repo.insertStageChange(db, {
      targetId: x.id,
      fromStage: 'identified',
      toStage: 'engaged',
      changedAt: new Date('2025-03-11T00:00:00Z'),
      changedBy: null,
    });
    expect((await repo.listStageChanges(db, x.id)).map((c) => c.toStage)).toEqual(['identified', 'engaged']);
    expect(await repo.findTarget(db, x.id)).toMatchObject({ stage: 'engaged', stageChangedAt: new Date('2025-03-11T00:00:00Z') });
    const byStage = await repo.countTargetsByStage(db);
    expect(byStage.find((s) => s.stage === 'engaged')?.count).toBeGreaterThanOrEqual(1);
    expect(byStage.find((s) => s.stage === 'supportive')).toBeUndefined();
    expect((await repo.countTargetsByCountry(db)).find((c) => c.countryIso3 === 'NOR')).toEqual({
      countryIso3: 'NOR',
      countryName: 'Norway',
      count: 1,
    });
    expect(await repo.deleteTarget(db, x.id)).toBe(true);
    expect(await repo.listStageChanges(db, x.id)).toEqual([]);
    expect(await repo.deleteTarget(db, x.id)).toBe(false);
    expect(await repo.updateTarget(db, x.id, { notes: 'gone' })).toBe(false);
  });

  it('knows no account that does not exist, and no admin in an empty database', async () => {
    expect(await repo.findAccount(db, 2_000_000)).toBeUndefined();
    expect(await repo.findFirstActiveAdmin(db)).toBeUndefined();
  });
});
