import { count, eq } from 'drizzle-orm';
import { afterAll, assert, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/permissions.ts';
import { AppError } from '../../core/errors.ts';
import { describeEachDatabase, type TestDatabase } from '../../../test/fixtures/databases.ts';
import { addCampaignUnchecked, getCampaign, pledge, settleDueCampaigns, settleUnchecked } from './campaigns.service.ts';
import { contributions, paymentRecords, pledges, registrations } from './coalition.table.ts';
import {
  addContributionsUnchecked,
  countContributions,
  importContributionsUnchecked,
  reverseContribution,
} from './contributions.service.ts';
import { addEventUnchecked, cancelRegistration, register } from './events.service.ts';
import { addPersonUnchecked } from './members.service.ts';
import { adminActor, coalitionTestApp, DAY, logEntries, type CoalitionTestApp } from './coalition.fixture.ts';

/** Failures as codes, so concurrent outcomes can be counted. */
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (err) => (err instanceof AppError ? err.code : `bug: ${err}`),
  );

/** A coalition app on a fresh database of this kind, and its first admin as an actor. */
async function openDataLayer(database: TestDatabase): Promise<{ t: CoalitionTestApp; admin: Actor }> {
  const t = await coalitionTestApp(await database.open());
  return { t, admin: await adminActor(t) };
}

describeEachDatabase('coalition data layer: campaigns', (database) => {
  let t: CoalitionTestApp;
  let admin: Actor;
  beforeAll(async () => ({ t, admin } = await openDataLayer(database)));
  afterAll(() => t.close());

  it('settles a campaign exactly once when many settle it at the same time', async () => {
    const db = t.database.db;
    const campaign = await addCampaignUnchecked(
      db,
      null,
      {
        title: 'Race',
        currency: 'EUR',
        goalMinor: 10_000,
        minimumMinor: 5_000,
        deadline: new Date(t.clock.now().getTime() + DAY).toISOString(),
      },
      t.env,
    );
    for (const amountMinor of [2_000, 3_000, 4_000]) {
      await pledge(db, null, campaign.id, { name: 'P', email: 'p@example.org', amountMinor, currency: 'EUR' }, t.env);
    }
    t.clock.advance(2 * DAY);
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => outcome(settleUnchecked(db, admin, campaign.id, t.env, 'admin'))),
      outcome(settleDueCampaigns(db, t.env)),
      outcome(getCampaign(db, campaign.id, t.env)),
      outcome(pledge(db, null, campaign.id, { name: 'Late', email: 'l@example.org', amountMinor: 1_000, currency: 'EUR' }, t.env)),
    ]);
    const settles = results.slice(0, 4);
    expect(results.every((r) => !r.startsWith('bug'))).toBe(true);
    expect(results.at(-1)).toBe('campaign_closed');
    const settledByAdmin = settles.filter((r) => r === 'ok').length;
    expect(settles.filter((r) => r !== 'ok').every((r) => r === 'already_settled')).toBe(true);
    expect(settledByAdmin).toBeLessThanOrEqual(1);
    const entries = (await logEntries(t)).filter((e) => e.kind === 'coalition.campaign-settled' && e.subject === `campaign:${campaign.id}`);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.body).toMatchObject({ outcome: 'collected', pledgedMinor: 9_000, pledges: 3 });
    const records = await db.select().from(paymentRecords);
    const mine = records.filter((r) => r.reference.startsWith(`rec_${campaign.id}_`));
    expect(mine.filter((r) => r.action === 'capture')).toHaveLength(3);
    expect(mine.filter((r) => r.action === 'release')).toHaveLength(0);
    const [pledged] = await db.select({ n: count() }).from(pledges).where(eq(pledges.campaignId, campaign.id));
    expect(pledged?.n).toBe(3);
    t.clock.advance(-2 * DAY);
  });

  it('rolls back a pledge whose payment authorization fails', async () => {
    const db = t.database.db;
    const campaign = await addCampaignUnchecked(
      db,
      null,
      {
        title: 'Declined card',
        currency: 'EUR',
        goalMinor: 10_000,
        minimumMinor: 5_000,
        deadline: new Date(t.clock.now().getTime() + DAY).toISOString(),
      },
      t.env,
    );
    const failing = {
      ...t.env,
      payments: { ...t.env.payments, authorize: async () => Promise.reject(new AppError('payment_declined', 'declined', { status: 402 })) },
    };
    await expect(
      pledge(db, null, campaign.id, { name: 'P', email: 'p@example.org', amountMinor: 100, currency: 'EUR' }, failing),
    ).rejects.toThrow('declined');
    const [pledged] = await db.select({ n: count() }).from(pledges).where(eq(pledges.campaignId, campaign.id));
    expect(pledged?.n).toBe(0);
    expect((await logEntries(t)).some((e) => e.kind === 'coalition.pledge' && e.subject === `campaign:${campaign.id}`)).toBe(false);
  });
});

describeEachDatabase('coalition data layer: contributions and registrations', (database) => {
  let t: CoalitionTestApp;
  let admin: Actor;
  beforeAll(async () => ({ t, admin } = await openDataLayer(database)));
  afterAll(() => t.close());

  it('imports all or nothing: a failure in the last rows leaves nothing stored', async () => {
    const db = t.database.db;
    await addPersonUnchecked(db, { name: 'Bulk Importer' });
    const rows = Array.from({ length: 2_500 }, (_, i) => `Bulk Importer,2025-01-01,1,,,row ${i}`);
    // A NUL byte passes the CSV checks but no PostgreSQL text column accepts it:
    // the insert of the third chunk fails after two chunks went in.
    rows[2_400] = 'Bulk Importer,2025-01-01,1,,,bad \u0000 byte';
    const before = await countContributions(db);
    const logBefore = (await logEntries(t)).length;
    await expect(
      importContributionsUnchecked(db, null, `person,date,hours,amount,currency,description\n${rows.join('\n')}\n`, t.env),
    ).rejects.toThrow();
    expect(await countContributions(db)).toBe(before);
    expect((await logEntries(t)).length).toBe(logBefore);

    rows[2_400] = 'Bulk Importer,2025-01-01,1,,,fixed';
    const report = await importContributionsUnchecked(
      db,
      null,
      `person,date,hours,amount,currency,description\n${rows.join('\n')}\n`,
      t.env,
    );
    expect(report.imported).toBe(2_500);
    expect(await countContributions(db)).toBe(before + 2_500);
    expect((await logEntries(t)).length).toBe(logBefore + 2_500);
  });

  it('reverses an entry once even when asked many times at once', async () => {
    const db = t.database.db;
    const person = await addPersonUnchecked(db, { name: 'Double Tap' });
    const [entry] = await addContributionsUnchecked(db, null, [{ personId: person.id, contributedOn: '2025-01-01', hours: 5 }], t.env);
    assert(entry, 'the contribution was added');
    const results = await Promise.all(Array.from({ length: 4 }, () => outcome(reverseContribution(db, admin, entry.id, 'duplicate'))));
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r !== 'ok').every((r) => r === 'already_reversed')).toBe(true);
    const [reversals] = await db.select({ n: count() }).from(contributions).where(eq(contributions.reversesId, entry.id));
    expect(reversals?.n).toBe(1);
  });

  it('never gives more confirmed places than the capacity, and promotes in order', async () => {
    const db = t.database.db;
    const event = await addEventUnchecked(db, null, {
      title: 'Small room',
      kind: 'meeting',
      start: '2025-06-01T10:00',
      end: '2025-06-01T12:00',
      timeZone: 'Europe/Rome',
      place: 'Rome',
      capacity: 3,
    });
    const receipts = await Promise.all(
      Array.from({ length: 8 }, (_, i) => register(db, event.id, { name: `R${i}`, email: `r${i}@example.org` }, t.env)),
    );
    const rows = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(5);
    const firstWaiting = rows.filter((r) => r.status === 'waiting').sort((a, b) => a.id - b.id)[0];
    const confirmed = receipts.find((r) => r.status === 'confirmed')!;
    const result = await cancelRegistration(db, null, confirmed.id, confirmed.cancelToken, t.env);
    expect(result.promotedId).toBe(firstWaiting?.id);
    const after = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(3);
  });
});
