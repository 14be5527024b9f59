import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentRecords } from './coalition.table.ts';
import { coalitionTestApp, DAY, errorCode, logEntries, type CoalitionTestApp } from './coalition.fixture.ts';

let t: CoalitionTestApp;
let admin: string;
beforeAll(async () => {
  t = await coalitionTestApp();
  admin = await t.login();
});
afterAll(() => t.close());

const inDays = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();
const open = (body: Record<string, unknown> = {}) =>
  t.json('POST', '/api/coalition/campaigns', {
    cookie: admin,
    body: { title: 'Coordinator 2026', currency: 'USD', goalMinor: 6_000_000, minimumMinor: 2_500_000, deadline: inDays(30), ...body },
  });
const pledge = (id: number, body: Record<string, unknown>, cookie?: string) =>
  t.request('POST', `/api/coalition/campaigns/${id}/pledges`, {
    cookie,
    body: { name: 'Ada', email: 'ada@example.org', currency: 'USD', ...body },
  });
const payments = async (campaignId: number) =>
  (await t.database.db.select().from(paymentRecords))
    .filter((r) => r.reference.startsWith(`rec_${campaignId}_`))
    .map((r) => `${r.action}:${r.pledgeId}`);

describe('POST /api/coalition/campaigns', () => {
  it('opens a campaign and logs it', async () => {
    const c = await open();
    expect(c).toMatchObject({ status: 'open', pledgedMinor: 0, pledgeCount: 0, currency: 'USD' });
    expect((await logEntries(t)).find((e) => e.subject === `campaign:${c.id}`)!.kind).toBe('coalition.campaign-created');
  });
  it('refuses inconsistent campaigns', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ minimumMinor: 7_000_000 }, 'minimum_above_goal'],
      [{ goalMinor: 0, minimumMinor: 0 }, 'amount_not_positive'],
      [{ deadline: inDays(-1) }, 'deadline_in_past'],
      [{ deadline: 'tomorrow' }, 'validation_failed'],
      [{ currency: 'XXQ' }, 'unknown_currency'],
      [{ goalMinor: 10.5 }, 'validation_failed'],
      [{ stretch: true }, 'unknown_field'],
    ];
    for (const [body, code] of cases) {
      const res = await t.request('POST', '/api/coalition/campaigns', {
        cookie: admin,
        body: { title: 'Bad', currency: 'USD', goalMinor: 6_000_000, minimumMinor: 2_500_000, deadline: inDays(30), ...body },
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorCode(res), JSON.stringify(body)).toBe(code);
    }
    const anonymous = await t.request('POST', '/api/coalition/campaigns', {
      body: { title: 'x', currency: 'USD', goalMinor: 1, minimumMinor: 1, deadline: inDays(1) },
    });
    expect(anonymous.status).toBe(401);
  });
});

describe('pledging', () => {
  it('accepts pledges while open, authorizes them, and logs amounts without personal data', async () => {
    const c = await open();
    const res = await pledge(c.id, { amountMinor: 50_000 });
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as { id: number; status: string };
    expect(receipt.status).toBe('authorized');
    expect(await t.json('GET', `/api/coalition/campaigns/${c.id}`)).toMatchObject({ pledgedMinor: 50_000, pledgeCount: 1, status: 'open' });
    expect(await payments(c.id)).toEqual([`authorize:${receipt.id}`]);
    const entry = (await logEntries(t)).find((e) => e.kind === 'coalition.pledge' && e.subject === `campaign:${c.id}`)!;
    expect(entry.body).toEqual({ campaignId: c.id, pledgeId: receipt.id, amountMinor: 50_000, currency: 'USD' });
    expect(JSON.stringify(await logEntries(t))).not.toContain('ada@example.org');
    // The public campaign view shows totals, not pledgers.
    expect(JSON.stringify(await t.json('GET', '/api/coalition/campaigns'))).not.toContain('ada@example.org');
    const list = await t.json('GET', `/api/coalition/campaigns/${c.id}/pledges`, { cookie: admin });
    expect(list.pledges[0]).toMatchObject({ pledgerEmail: 'ada@example.org', paymentReference: `rec_${c.id}_${receipt.id}` });
    expect((await t.request('GET', `/api/coalition/campaigns/${c.id}/pledges`)).status).toBe(401);
  });
  it('does not name a signed-in pledger’s account in the public log', async () => {
    const c = await open();
    const staff = await t.loginAs('staff');
    const res = await pledge(c.id, { amountMinor: 10_000, name: 'Staff Member', email: 'staff-pledger@example.org' }, staff.cookie);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const entry = (await logEntries(t)).find((e) => e.kind === 'coalition.pledge' && e.body.pledgeId === id)!;
    expect(entry.actor).toBeNull();
    expect(JSON.stringify(entry)).not.toContain(`user:${staff.id}`);
  });
  it('refuses zero, negative, fractional, mismatched and anonymous pledges, changing nothing', async () => {
    const c = await open();
    const logBefore = (await logEntries(t)).length;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ amountMinor: 0 }, 400, 'amount_not_positive'],
      [{ amountMinor: -100 }, 400, 'amount_not_positive'],
      [{ amountMinor: 10.5 }, 400, 'validation_failed'],
      [{ amountMinor: 100, currency: 'EUR' }, 400, 'currency_mismatch'],
      [{ amountMinor: 100, name: undefined }, 400, 'pledger_required'],
      [{ amountMinor: 100, email: 'not-an-email' }, 400, 'validation_failed'],
      [{ amountMinor: 100, personId: 1, name: undefined, email: undefined }, 403, 'forbidden'],
    ];
    for (const [body, status, code] of cases) {
      const res = await pledge(c.id, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(await errorCode(res), JSON.stringify(body)).toBe(code);
    }
    expect(await t.json('GET', `/api/coalition/campaigns/${c.id}`)).toMatchObject({ pledgedMinor: 0, pledgeCount: 0 });
    expect((await logEntries(t)).length).toBe(logBefore);
    expect(await payments(c.id)).toEqual([]);
    expect((await pledge(999999, { amountMinor: 100 })).status).toBe(404);
  });
  it('lets an admin pledge for a known person', async () => {
    const c = await open();
    const res = await pledge(c.id, { amountMinor: 700, personId: 1, name: undefined, email: undefined }, admin);
    expect(res.status).toBe(201);
  });
});

describe('settlement', () => {
  it('collects every pledge when the minimum is reached, exactly once', async () => {
    const c = await open({ goalMinor: 100_000, minimumMinor: 60_000 });
    const ids: number[] = [];
    for (const amount of [30_000, 20_000, 10_000])
      ids.push(((await (await pledge(c.id, { amountMinor: amount })).json()) as { id: number }).id);

    const early = await t.request('POST', `/api/coalition/campaigns/${c.id}/settle`, { cookie: admin });
    expect(early.status).toBe(409);
    expect(await errorCode(early)).toBe('deadline_not_reached');
    expect((await t.json('GET', `/api/coalition/campaigns/${c.id}`)).status).toBe('open');

    t.clock.advance(31 * DAY);
    const late = await pledge(c.id, { amountMinor: 5_000 });
    expect(late.status).toBe(409);
    expect(await errorCode(late)).toBe('campaign_closed');

    const settled = await t.json('GET', `/api/coalition/campaigns/${c.id}`);
    expect(settled).toMatchObject({ status: 'collected', pledgedMinor: 60_000, pledgeCount: 3 });
    expect(settled.settledAt).not.toBeNull();

    const twice = await t.request('POST', `/api/coalition/campaigns/${c.id}/settle`, { cookie: admin });
    expect(twice.status).toBe(409);
    expect(await errorCode(twice)).toBe('already_settled');

    const list = await t.json('GET', `/api/coalition/campaigns/${c.id}/pledges`, { cookie: admin });
    expect(list.pledges.map((p: { status: string }) => p.status)).toEqual(['collected', 'collected', 'collected']);
    expect((await payments(c.id)).sort()).toEqual([...ids.map((i) => `authorize:${i}`), ...ids.map((i) => `capture:${i}`)].sort());
    const settlements = (await logEntries(t)).filter((e) => e.kind === 'coalition.campaign-settled' && e.subject === `campaign:${c.id}`);
    expect(settlements).toHaveLength(1);
    expect(settlements[0]?.body).toMatchObject({
      outcome: 'collected',
      pledgedMinor: 60_000,
      minimumMinor: 60_000,
      pledges: 3,
      pledgeIds: ids,
      trigger: 'deadline',
    });
    t.clock.advance(-31 * DAY);
  });
  it('releases every pledge below the minimum, settled by an admin after the deadline', async () => {
    const c = await open({ goalMinor: 100_000, minimumMinor: 60_000, deadline: inDays(2) });
    const { id } = (await (await pledge(c.id, { amountMinor: 59_999 })).json()) as { id: number };
    t.clock.advance(3 * DAY);
    const settled = await t.json('POST', `/api/coalition/campaigns/${c.id}/settle`, { cookie: admin, status: 200 });
    expect(settled).toMatchObject({ status: 'released', pledgedMinor: 59_999 });
    expect((await payments(c.id)).sort()).toEqual([`authorize:${id}`, `release:${id}`].sort());
    const entry = (await logEntries(t)).find((e) => e.kind === 'coalition.campaign-settled' && e.subject === `campaign:${c.id}`)!;
    expect(entry.body).toMatchObject({ outcome: 'released', trigger: 'admin' });
    expect(entry.actor).toMatch(/^user:/);
    expect(await errorCode(await t.request('POST', `/api/coalition/campaigns/${c.id}/settle`, { cookie: admin }))).toBe('already_settled');
    t.clock.advance(-3 * DAY);
  });
  it('settles a campaign with no pledges as released', async () => {
    const c = await open({ deadline: inDays(1) });
    t.clock.advance(2 * DAY);
    const { campaigns } = await t.json('GET', '/api/coalition/campaigns');
    expect(campaigns.find((x: { id: number }) => x.id === c.id)).toMatchObject({ status: 'released', pledgedMinor: 0 });
    t.clock.advance(-2 * DAY);
  });
  it('is an admin action', async () => {
    const c = await open();
    const staff = await t.loginAs('staff');
    expect((await t.request('POST', `/api/coalition/campaigns/${c.id}/settle`, { cookie: staff.cookie })).status).toBe(403);
    expect((await t.request('POST', `/api/coalition/campaigns/${c.id}/settle`)).status).toBe(401);
  });
});
