/**
 * The campaign queries on a bare migrated database (PGlite, and PostgreSQL
 * when TEST_DATABASE_URL is set): which campaigns are due, the guard that
 * makes settlement exactly once, pledge totals, and the payment records'
 * one-step-per-pledge index.
 */
import { expect, it } from 'vitest';
import type { Db } from '../../core/db/client.ts';
import { isUniqueViolation } from '../../core/db/errors.ts';
import { describeEachDatabase } from '../../../test/fixtures/databases.ts';
import { withFreshDatabase } from './coalition.fixture.ts';
import * as repo from './campaigns.repository.ts';

const NOW = new Date('2025-05-01T00:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);

let db: Db;

const campaign = (title: string, deadline: Date) =>
  repo.insertCampaign(db, { title, currency: 'EUR', goalMinor: 1_000, minimumMinor: 500, deadline });
const pledgeTo = (campaignId: number, amountMinor: number) =>
  repo.insertPledge(db, { campaignId, pledgerName: 'P', pledgerEmail: 'p@example.org', amountMinor, currency: 'EUR', pledgedAt: NOW });

describeEachDatabase('campaigns repository: due campaigns and their outcome', (database) => {
  withFreshDatabase(database, (fresh) => {
    db = fresh;
  });

  it('finds unsettled campaigns whose deadline is at or before now, oldest id first', async () => {
    const past = await campaign('Past', at(-1));
    const exactly = await campaign('Exactly now', NOW);
    const future = await campaign('Future', at(1));
    const settled = await campaign('Settled', at(-1));
    await repo.markCampaignSettled(db, settled.id, {
      outcome: 'released',
      settledAt: NOW,
      pledgedAtSettlementMinor: 0,
      settledBy: 'deadline',
    });
    const due = await repo.listDueCampaignIds(db, NOW);
    expect(due.filter((id) => [past.id, exactly.id, future.id, settled.id].includes(id))).toEqual([past.id, exactly.id]);
    expect(await repo.listDueCampaignIds(db, NOW, exactly.id)).toEqual([exactly.id]);
    expect(await repo.listDueCampaignIds(db, NOW, future.id)).toEqual([]);
  });

  it('records an outcome only once: a second settlement changes nothing', async () => {
    const c = await campaign('Once', at(-1));
    expect(
      await repo.markCampaignSettled(db, c.id, {
        outcome: 'collected',
        settledAt: NOW,
        pledgedAtSettlementMinor: 700,
        settledBy: 'user:1',
      }),
    ).toBe(true);
    expect(
      await repo.markCampaignSettled(db, c.id, {
        outcome: 'released',
        settledAt: at(5),
        pledgedAtSettlementMinor: 0,
        settledBy: 'deadline',
      }),
    ).toBe(false);
    expect(await repo.findCampaign(db, c.id)).toMatchObject({
      outcome: 'collected',
      settledAt: NOW,
      pledgedAtSettlementMinor: 700,
      settledBy: 'user:1',
    });
    expect(
      await repo.markCampaignSettled(db, 2_000_000, {
        outcome: 'released',
        settledAt: NOW,
        pledgedAtSettlementMinor: 0,
        settledBy: 'deadline',
      }),
    ).toBe(false);
  });
});

describeEachDatabase('campaigns repository: pledges and payment steps', (database) => {
  withFreshDatabase(database, (fresh) => {
    db = fresh;
  });

  it('sums and counts each campaign’s pledges, zero without any, latest deadline first', async () => {
    const early = await campaign('Totals early', at(10));
    const late = await campaign('Totals late', at(20));
    const empty = await campaign('Totals empty', at(20));
    await pledgeTo(early.id, 100);
    await pledgeTo(early.id, 250);
    await pledgeTo(late.id, 1);
    const rows = await repo.listCampaignsWithTotals(db, [early.id, late.id, empty.id]);
    expect(rows.map((r) => [r.campaign.title, r.pledgedMinor, r.pledgeCount])).toEqual([
      ['Totals empty', 0, 0],
      ['Totals late', 1, 1],
      ['Totals early', 350, 2],
    ]);
    expect(typeof rows[2]?.pledgedMinor).toBe('number');
    expect(await repo.listCampaignsWithTotals(db, [2_000_000])).toEqual([]);
    expect(await repo.campaignExists(db, early.id)).toBe(true);
    expect(await repo.campaignExists(db, 2_000_000)).toBe(false);
  });

  it('settles only the still-authorized pledges of the one campaign', async () => {
    const mine = await campaign('Mine', at(-1));
    const other = await campaign('Other', at(-1));
    const a = await pledgeTo(mine.id, 10);
    const b = await pledgeTo(mine.id, 20);
    const c = await pledgeTo(other.id, 30);
    await repo.setPledgePaymentReference(db, a.id, 'ref-a');
    expect((await db.transaction((tx) => repo.lockAuthorizedPledges(tx, mine.id))).map((p) => p.id)).toEqual([a.id, b.id]);
    await repo.settleAuthorizedPledges(db, mine.id, 'collected');
    const statuses = async (id: number) => (await repo.listPledges(db, id)).map((p) => [p.id, p.status, p.paymentReference]);
    expect(await statuses(mine.id)).toEqual([
      [a.id, 'collected', 'ref-a'],
      [b.id, 'collected', null],
    ]);
    expect(await statuses(other.id)).toEqual([[c.id, 'authorized', null]]);
    expect(await repo.lockAuthorizedPledges(db, mine.id)).toEqual([]);
    // A later settlement finds nothing left to change.
    await repo.settleAuthorizedPledges(db, mine.id, 'released');
    expect((await statuses(mine.id)).map((s) => s[1])).toEqual(['collected', 'collected']);
  });

  it('allows one payment step of each kind per pledge', async () => {
    const c = await campaign('Payments', at(-1));
    const p = await pledgeTo(c.id, 10);
    const step = (action: 'authorize' | 'capture' | 'release') =>
      repo.insertPaymentRecord(db, { pledgeId: p.id, action, amountMinor: 10, currency: 'EUR', reference: `rec_${c.id}_${p.id}` });
    await step('authorize');
    await step('capture');
    const again = await step('capture').then(
      () => null,
      (err: unknown) => err,
    );
    expect(isUniqueViolation(again)).toBe(true);
  });
});
