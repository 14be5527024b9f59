/**
 * The campaign use cases called directly: who may pledge and with what, the
 * deadline's edge, and settlement's outcome, payment steps and log entry,
 * exactly once even when several schedulers and readers race for it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import {
  addCampaignUnchecked,
  createCampaign,
  getCampaign,
  listCampaigns,
  listPledges,
  pledge,
  settleCampaign,
  settleDueCampaigns,
  settleIfDue,
  settleUnchecked,
} from './campaigns.service.ts';
import { lockAuthorizedPledges } from './campaigns.repository.ts';
import { paymentRecords } from './coalition.table.ts';
import { adminActor, codeOf, coalitionTestApp, DAY, logEntries, newActor, outcomeOf, type CoalitionTestApp } from './coalition.fixture.ts';
import { addPersonUnchecked } from './members.service.ts';
import type { PaymentProcessor, PaymentRequest } from './payments.ts';

let t: CoalitionTestApp;
let db: Db;
let admin: Actor;
let staff: Actor;
const START = new Date('2025-03-01T12:00:00Z');

beforeAll(async () => {
  t = await coalitionTestApp();
  db = t.database.db;
  admin = await adminActor(t);
  staff = await newActor(t, 'staff');
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(START));

/** A campaign closing `days` after the clock's now. */
const open = (title: string, options: { minimumMinor?: number; goalMinor?: number; currency?: string; days?: number } = {}) =>
  addCampaignUnchecked(
    db,
    admin,
    {
      title,
      currency: options.currency ?? 'EUR',
      goalMinor: options.goalMinor ?? 10_000,
      minimumMinor: options.minimumMinor ?? 5_000,
      deadline: new Date(t.clock.now().getTime() + (options.days ?? 1) * DAY).toISOString(),
    },
    t.env,
  );

const pledgeOf = (campaignId: number, amountMinor: number, currency = 'EUR') =>
  pledge(db, null, campaignId, { name: 'Pat', email: 'Pat@Example.org', amountMinor, currency }, t.env);

/** The payment steps the recording processor wrote for a campaign's pledges. */
async function paymentSteps(campaignId: number) {
  const rows = await db.select().from(paymentRecords);
  return rows.filter((r) => r.reference.startsWith(`rec_${campaignId}_`)).map((r) => r.action);
}

describe('createCampaign', () => {
  it('is for admins, and checks its figures and deadline', async () => {
    const deadline = new Date(START.getTime() + DAY).toISOString();
    const good = { title: 'C', currency: 'EUR', goalMinor: 100, minimumMinor: 50, deadline };
    expect(await codeOf(createCampaign(db, null, good, t.env))).toBe('unauthenticated');
    expect(await codeOf(createCampaign(db, staff, good, t.env))).toBe('forbidden');
    expect(await codeOf(createCampaign(db, admin, { ...good, currency: 'XYZ' }, t.env))).toBe('unknown_currency');
    expect(await codeOf(createCampaign(db, admin, { ...good, goalMinor: 0 }, t.env))).toBe('amount_not_positive');
    expect(await codeOf(createCampaign(db, admin, { ...good, minimumMinor: 101 }, t.env))).toBe('minimum_above_goal');
    expect(await codeOf(createCampaign(db, admin, { ...good, deadline: START.toISOString() }, t.env))).toBe('deadline_in_past');
    expect(await codeOf(createCampaign(db, admin, { ...good, deadline: 'soon' }, t.env))).toBe('validation_failed');
    const created = await createCampaign(db, admin, { ...good, minimumMinor: 100 }, t.env);
    expect(created).toMatchObject({ status: 'open', pledgedMinor: 0, pledgeCount: 0, settledAt: null, description: '', deadline });
  });

  it('logs the campaign it opens with its figures', async () => {
    const c = await open('Logged opening', { goalMinor: 9_000, minimumMinor: 3_000 });
    const entry = (await logEntries(t)).find((e) => e.kind === 'coalition.campaign-created' && e.subject === `campaign:${c.id}`);
    expect(entry?.actor).toBe(`user:${admin.id}`);
    expect(entry?.body).toEqual({
      campaignId: c.id,
      title: 'Logged opening',
      currency: 'EUR',
      goalMinor: 9_000,
      minimumMinor: 3_000,
      deadline: c.deadline,
    });
  });
});

describe('pledge', () => {
  it('needs a name and e-mail, or (for an admin only) a known person, not both', async () => {
    const c = await open('Who pledges');
    const base = { amountMinor: 100, currency: 'EUR' };
    expect(await codeOf(pledge(db, null, c.id, { ...base, name: 'No mail' }, t.env))).toBe('pledger_required');
    expect(await codeOf(pledge(db, null, c.id, { ...base, email: 'no@name.org' }, t.env))).toBe('pledger_required');
    const person = await addPersonUnchecked(db, { name: 'Known Pledger' });
    expect(await codeOf(pledge(db, null, c.id, { ...base, personId: person.id }, t.env))).toBe('forbidden');
    expect(await codeOf(pledge(db, staff, c.id, { ...base, personId: person.id }, t.env))).toBe('forbidden');
    expect(await codeOf(pledge(db, admin, c.id, { ...base, personId: person.id, name: 'X', email: 'x@example.org' }, t.env))).toBe(
      'pledger_ambiguous',
    );
    expect(await codeOf(pledge(db, admin, c.id, { ...base, personId: 2_000_000 }, t.env))).toBe('unknown_person');
    const receipt = await pledge(db, admin, c.id, { ...base, personId: person.id }, t.env);
    expect(receipt).toMatchObject({ campaignId: c.id, amountMinor: 100, currency: 'EUR', status: 'authorized' });
    const [stored] = await listPledges(db, admin, c.id);
    expect(stored).toMatchObject({
      personId: person.id,
      pledgerName: null,
      pledgerEmail: null,
      paymentReference: `rec_${c.id}_${receipt.id}`,
    });
  });

  it('takes whole positive minor units in the campaign currency only', async () => {
    const c = await open('Amounts');
    expect(await codeOf(pledgeOf(c.id, 0))).toBe('amount_not_positive');
    expect(await codeOf(pledgeOf(c.id, -5))).toBe('amount_not_positive');
    expect(await codeOf(pledgeOf(c.id, 1.5))).toBe('amount_not_positive');
    expect(await codeOf(pledgeOf(c.id, 100, 'USD'))).toBe('currency_mismatch');
    expect(await codeOf(pledgeOf(2_000_000, 100))).toBe('not_found');
    expect((await getCampaign(db, c.id, t.env)).pledgeCount).toBe(0);
  });

  it('stores the e-mail in lower case, and logs the amount but never the pledger', async () => {
    const c = await open('Privacy');
    const receipt = await pledgeOf(c.id, 250);
    const [stored] = await listPledges(db, admin, c.id);
    expect(stored?.pledgerEmail).toBe('pat@example.org');
    const entry = (await logEntries(t)).find((e) => e.kind === 'coalition.pledge' && e.body.pledgeId === receipt.id);
    expect(entry).toMatchObject({
      actor: null,
      subject: `campaign:${c.id}`,
      body: { campaignId: c.id, pledgeId: receipt.id, amountMinor: 250, currency: 'EUR' },
    });
    expect(JSON.stringify(entry)).not.toMatch(/pat|Pat/);
  });

  it('is refused at the deadline instant, which settles the campaign on the way', async () => {
    const c = await open('Edge', { minimumMinor: 100 });
    await pledgeOf(c.id, 100);
    t.clock.set(new Date(START.getTime() + DAY - 1));
    await pledgeOf(c.id, 1);
    t.clock.set(new Date(START.getTime() + DAY));
    expect(await codeOf(pledgeOf(c.id, 1))).toBe('campaign_closed');
    const settled = await getCampaign(db, c.id, t.env);
    expect(settled).toMatchObject({ status: 'collected', pledgedMinor: 101, pledgeCount: 2, settledAt: settled.deadline });
    expect(await codeOf(pledgeOf(c.id, 1))).toBe('campaign_closed');
  });
});

describe('settlement', () => {
  it('releases every pledge when the minimum is missed, and says so in the log', async () => {
    const c = await open('Short', { minimumMinor: 5_000 });
    await pledgeOf(c.id, 2_000);
    await pledgeOf(c.id, 2_999);
    t.clock.advance(DAY);
    const settled = await settleCampaign(db, admin, c.id, t.env);
    expect(settled.status).toBe('released');
    expect((await listPledges(db, admin, c.id)).map((p) => p.status)).toEqual(['released', 'released']);
    expect((await paymentSteps(c.id)).sort()).toEqual(['authorize', 'authorize', 'release', 'release']);
    const entry = (await logEntries(t)).find((e) => e.kind === 'coalition.campaign-settled' && e.subject === `campaign:${c.id}`);
    expect(entry?.actor).toBe(`user:${admin.id}`);
    expect(entry?.body).toMatchObject({ outcome: 'released', pledgedMinor: 4_999, minimumMinor: 5_000, pledges: 2, trigger: 'admin' });
  });

  it('collects when the pledges reach the minimum exactly', async () => {
    const c = await open('Exactly', { minimumMinor: 5_000 });
    await pledgeOf(c.id, 2_500);
    await pledgeOf(c.id, 2_500);
    t.clock.advance(DAY);
    expect((await settleUnchecked(db, null, c.id, t.env, 'deadline')).status).toBe('collected');
    expect((await paymentSteps(c.id)).filter((a) => a === 'capture')).toHaveLength(2);
    expect(await lockAuthorizedPledges(db, c.id)).toEqual([]);
  });

  it('settles a campaign nobody pledged to as released, with no payment steps', async () => {
    const c = await open('Empty');
    t.clock.advance(DAY);
    const [listed] = (await listCampaigns(db, t.env)).filter((x) => x.id === c.id);
    expect(listed).toMatchObject({ status: 'released', pledgedMinor: 0, pledgeCount: 0 });
    expect(await paymentSteps(c.id)).toEqual([]);
    const entry = (await logEntries(t)).find((e) => e.kind === 'coalition.campaign-settled' && e.subject === `campaign:${c.id}`);
    expect(entry?.body).toMatchObject({ outcome: 'released', pledges: 0, pledgeIds: [], trigger: 'deadline' });
    expect(entry?.actor).toBeNull();
  });

  it('waits for the deadline, settles once, and is for admins', async () => {
    const c = await open('Patience');
    expect(await codeOf(settleCampaign(db, admin, c.id, t.env))).toBe('deadline_not_reached');
    expect(await codeOf(settleCampaign(db, staff, c.id, t.env))).toBe('forbidden');
    expect(await codeOf(settleCampaign(db, admin, 2_000_000, t.env))).toBe('not_found');
    await settleIfDue(db, c.id, t.env);
    expect((await getCampaign(db, c.id, t.env)).status).toBe('open');
    t.clock.advance(DAY);
    await settleCampaign(db, admin, c.id, t.env);
    expect(await codeOf(settleCampaign(db, admin, c.id, t.env))).toBe('already_settled');
    await expect(settleIfDue(db, c.id, t.env)).resolves.toBeUndefined();
  });
});

describe('settlement, racing and failing', () => {
  it('settles every due campaign once when several schedulers and readers run at the same time', async () => {
    const [dueA, dueB] = [await open('Due A', { minimumMinor: 100 }), await open('Due B', { minimumMinor: 10_000 })];
    const campaigns = [dueA, dueB, await open('Due C')];
    const later = await open('Not yet', { days: 10 });
    for (const c of campaigns) await pledgeOf(c.id, 500);
    t.clock.advance(2 * DAY);
    const results = await Promise.all([
      outcomeOf(settleDueCampaigns(db, t.env)),
      outcomeOf(settleDueCampaigns(db, t.env)),
      outcomeOf(settleDueCampaigns(db, t.env)),
      ...campaigns.map((c) => outcomeOf(getCampaign(db, c.id, t.env))),
    ]);
    expect(results).toEqual(results.map(() => 'ok'));
    const entries = (await logEntries(t)).filter((e) => e.kind === 'coalition.campaign-settled');
    for (const c of campaigns) expect(entries.filter((e) => e.subject === `campaign:${c.id}`)).toHaveLength(1);
    expect(entries.some((e) => e.subject === `campaign:${later.id}`)).toBe(false);
    expect((await getCampaign(db, dueA.id, t.env)).status).toBe('collected');
    expect((await getCampaign(db, dueB.id, t.env)).status).toBe('released');
    for (const c of campaigns) expect((await paymentSteps(c.id)).filter((a) => a !== 'authorize')).toHaveLength(1);
    expect(await settleDueCampaigns(db, t.env)).toEqual([]);
  });

  it('rolls back a settlement the processor refuses, so the next attempt settles it', async () => {
    const c = await open('Refused capture', { minimumMinor: 100 });
    await pledgeOf(c.id, 300);
    t.clock.advance(DAY);
    const failing: PaymentProcessor = {
      authorize: (tx, r) => t.env.payments.authorize(tx, r),
      capture: async (_tx, r: PaymentRequest) => Promise.reject(new Error(`processor down for pledge ${r.pledgeId}`)),
      release: (tx, r) => t.env.payments.release(tx, r),
    };
    await expect(settleCampaign(db, admin, c.id, { ...t.env, payments: failing })).rejects.toThrow('processor down');
    expect((await listPledges(db, admin, c.id)).map((p) => p.status)).toEqual(['authorized']);
    expect((await logEntries(t)).some((e) => e.kind === 'coalition.campaign-settled' && e.subject === `campaign:${c.id}`)).toBe(false);
    expect((await settleCampaign(db, admin, c.id, t.env)).status).toBe('collected');
    expect((await paymentSteps(c.id)).sort()).toEqual(['authorize', 'capture']);
  });
});

describe('listPledges', () => {
  it('is for admins, lists a campaign’s pledges oldest first, and knows unknown campaigns', async () => {
    const c = await open('Listing');
    const first = await pledgeOf(c.id, 10);
    const second = await pledgeOf(c.id, 20);
    expect((await listPledges(db, admin, c.id)).map((p) => [p.id, p.amountMinor])).toEqual([
      [first.id, 10],
      [second.id, 20],
    ]);
    expect(await codeOf(listPledges(db, staff, c.id))).toBe('forbidden');
    expect(await codeOf(listPledges(db, admin, 2_000_000))).toBe('not_found');
  });
});
