import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coalitionTestApp, DAY, errorCode, logEntries, type CoalitionTestApp } from './coalition.fixture.ts';

let t: CoalitionTestApp;
let admin: string;
let staff: { cookie: string; id: number };
beforeAll(async () => {
  t = await coalitionTestApp();
  admin = await t.login();
  staff = await t.loginAs('staff');
});
afterAll(() => t.close());

const target = (body: Record<string, unknown> = {}, cookie = staff.cookie) =>
  t.json('POST', '/api/coalition/outreach/targets', {
    cookie,
    body: {
      name: 'Office of the National Security Advisor',
      type: 'institution',
      category: 'advisor',
      countryIso3: 'USA',
      priority: 'high',
      ...body,
    },
  });

describe('access', () => {
  it('is closed to the public and to roles other than admin and staff', async () => {
    for (const path of ['/api/coalition/outreach/targets', '/api/coalition/outreach/overdue', '/api/coalition/outreach/summary']) {
      expect((await t.request('GET', path)).status, path).toBe(401);
    }
    const inspector = await t.loginAs('inspector');
    const res = await t.request('GET', '/api/coalition/outreach/targets', { cookie: inspector.cookie });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('forbidden');
    expect((await t.request('GET', '/api/coalition/outreach/targets', { cookie: admin })).status).toBe(200);
  });
  it('keeps outreach out of the public log and every public route', async () => {
    await target({ name: 'Very Secret Ministry' });
    expect(JSON.stringify(await logEntries(t))).not.toContain('Very Secret Ministry');
    for (const path of [
      '/api/coalition/partners',
      '/api/coalition/funding',
      '/api/coalition/events',
      '/api/coalition/roadmap',
      '/api/coalition/campaigns',
    ]) {
      expect(await (await t.request('GET', path)).text()).not.toContain('Very Secret Ministry');
    }
  });
});

describe('targets and stages', () => {
  it('starts a target as identified and records every move with its date', async () => {
    const created = await target({ ownerId: staff.id });
    expect(created).toMatchObject({ stage: 'identified', ownerId: staff.id, ownerName: 'A staff', countryIso3: 'USA', nextAction: null });
    const moves = ['contacted', 'engaged', 'supportive', 'committed'];
    for (const stage of moves) {
      t.clock.advance(DAY);
      const moved = await t.json('POST', `/api/coalition/outreach/targets/${created.id}/stage`, {
        cookie: staff.cookie,
        body: { stage },
        status: 200,
      });
      expect(moved.stage).toBe(stage);
      expect(moved.stageChangedAt).toBe(t.clock.now().toISOString());
    }
    const detail = await t.json('GET', `/api/coalition/outreach/targets/${created.id}`, { cookie: staff.cookie });
    expect(detail.stageHistory.map((h: { fromStage: string | null; toStage: string }) => `${h.fromStage}→${h.toStage}`)).toEqual([
      'null→identified',
      'identified→contacted',
      'contacted→engaged',
      'engaged→supportive',
      'supportive→committed',
    ]);
    expect(new Set(detail.stageHistory.map((h: { changedAt: string }) => h.changedAt)).size).toBe(5);
    expect(detail.stageHistory.at(-1).changedBy).toBe(staff.id);
    t.clock.advance(-4 * DAY);
  });
  it('refuses a move to the same stage, an unknown stage, and bad targets', async () => {
    const created = await target();
    const same = await t.request('POST', `/api/coalition/outreach/targets/${created.id}/stage`, {
      cookie: staff.cookie,
      body: { stage: 'identified' },
    });
    expect(same.status).toBe(409);
    expect(await errorCode(same)).toBe('same_stage');
    expect(
      await errorCode(
        await t.request('POST', `/api/coalition/outreach/targets/${created.id}/stage`, {
          cookie: staff.cookie,
          body: { stage: 'married' },
        }),
      ),
    ).toBe('validation_failed');
    const inspector = await t.loginAs('inspector');
    const cases: [Record<string, unknown>, string][] = [
      [{ category: 'journalist' }, 'validation_failed'],
      [{ type: 'robot' }, 'validation_failed'],
      [{ countryIso3: 'ZZZ' }, 'unknown_country'],
      [{ ownerId: inspector.id }, 'owner_not_staff'],
      [{ ownerId: 999999 }, 'owner_not_staff'],
      [{ stage: 'committed' }, 'unknown_field'],
    ];
    for (const [body, code] of cases) {
      const res = await t.request('POST', '/api/coalition/outreach/targets', {
        cookie: staff.cookie,
        body: { name: 'X', type: 'person', category: 'expert', ...body },
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorCode(res), JSON.stringify(body)).toBe(code);
    }
  });
  it('changes details and deletes', async () => {
    const created = await target();
    const patched = await t.json('PATCH', `/api/coalition/outreach/targets/${created.id}`, {
      cookie: staff.cookie,
      body: { priority: 'low', notes: 'met at G7' },
    });
    expect(patched).toMatchObject({ priority: 'low', notes: 'met at G7', stage: 'identified' });
    expect((await t.request('DELETE', `/api/coalition/outreach/targets/${created.id}`, { cookie: staff.cookie })).status).toBe(204);
    expect((await t.request('GET', `/api/coalition/outreach/targets/${created.id}`, { cookie: staff.cookie })).status).toBe(404);
  });
});

describe('interactions and overdue actions', () => {
  it('lists the next action of each open target’s latest interaction once it is past due', async () => {
    const today = t.clock.now().toISOString().slice(0, 10);
    const daysAgo = (n: number) => new Date(t.clock.now().getTime() - n * DAY).toISOString().slice(0, 10);
    const late = await target({ name: 'AI lab policy team', category: 'ai_lab', countryIso3: 'GBR' });
    const superseded = await target({ name: 'Delegation to the UN', category: 'state_delegation', countryIso3: 'BRA' });
    const closed = await target({ name: 'NGO ally', category: 'ngo', countryIso3: 'KEN' });
    const onTime = await target({ name: 'Expert on compute', type: 'person', category: 'expert', countryIso3: 'GBR' });

    const interact = (id: number, body: Record<string, unknown>) =>
      t.json('POST', `/api/coalition/outreach/targets/${id}/interactions`, {
        cookie: staff.cookie,
        body: { channel: 'email', summary: 'wrote', ...body },
      });
    await interact(late.id, { occurredOn: daysAgo(20), nextAction: 'send the treaty brief', nextActionDue: daysAgo(10) });
    await interact(superseded.id, { occurredOn: daysAgo(20), nextAction: 'call back', nextActionDue: daysAgo(15) });
    await interact(superseded.id, { occurredOn: daysAgo(2), nextAction: 'meet in Geneva', nextActionDue: daysAgo(-5) });
    await interact(closed.id, { occurredOn: daysAgo(20), nextAction: 'thank them', nextActionDue: daysAgo(3) });
    await t.json('POST', `/api/coalition/outreach/targets/${closed.id}/stage`, {
      cookie: staff.cookie,
      body: { stage: 'declined' },
      status: 200,
    });
    await interact(onTime.id, { occurredOn: today, nextAction: 'follow up', nextActionDue: today });

    const { overdue } = await t.json('GET', '/api/coalition/outreach/overdue', { cookie: staff.cookie });
    expect(
      overdue.map((o: { targetName: string; nextAction: string; daysOverdue: number }) => [o.targetName, o.nextAction, o.daysOverdue]),
    ).toEqual([['AI lab policy team', 'send the treaty brief', 10]]);
    const listed = (await t.json('GET', '/api/coalition/outreach/targets?country=GBR', { cookie: staff.cookie })).targets;
    expect(listed.map((x: { name: string }) => x.name).sort()).toEqual(['AI lab policy team', 'Expert on compute']);
    const detail = await t.json('GET', `/api/coalition/outreach/targets/${superseded.id}`, { cookie: staff.cookie });
    expect(detail).toMatchObject({ nextAction: 'meet in Geneva', lastInteractionOn: daysAgo(2) });
    expect(detail.interactions).toHaveLength(2);
  });
  it('refuses a due date without an action, a future interaction and an unknown target', async () => {
    const created = await target();
    const post = (body: Record<string, unknown>, id = created.id) =>
      t.request('POST', `/api/coalition/outreach/targets/${id}/interactions`, {
        cookie: staff.cookie,
        body: { occurredOn: '2025-02-01', channel: 'call', summary: 'x', ...body },
      });
    expect(await errorCode(await post({ nextActionDue: '2025-03-10' }))).toBe('next_action_required');
    expect(await errorCode(await post({ occurredOn: '2030-01-01' }))).toBe('date_in_future');
    // A call made this morning in Tokyo is dated tomorrow in UTC: not in the future.
    const start = t.clock.now();
    try {
      t.clock.set('2025-03-01T20:00:00Z');
      expect((await post({ occurredOn: '2025-03-02' })).status).toBe(201);
      expect(await errorCode(await post({ occurredOn: '2025-03-03' }))).toBe('date_in_future');
    } finally {
      t.clock.set(start);
    }
    expect(await errorCode(await post({ channel: 'pigeon' }))).toBe('validation_failed');
    expect((await post({}, 999999)).status).toBe(404);
  });
});

describe('GET /api/coalition/outreach/summary', () => {
  it('counts targets by stage (every stage listed) and by country', async () => {
    const summary = await t.json('GET', '/api/coalition/outreach/summary', { cookie: staff.cookie });
    const { targets } = await t.json('GET', '/api/coalition/outreach/targets', { cookie: staff.cookie });
    expect(summary.total).toBe(targets.length);
    expect(summary.byStage.map((s: { stage: string }) => s.stage)).toEqual([
      'identified',
      'contacted',
      'engaged',
      'supportive',
      'committed',
      'declined',
    ]);
    for (const s of summary.byStage) expect(s.count).toBe(targets.filter((x: { stage: string }) => x.stage === s.stage).length);
    expect(summary.byStage.find((s: { stage: string }) => s.stage === 'declined').count).toBe(1);
    const gbr = summary.byCountry.find((c: { countryIso3: string }) => c.countryIso3 === 'GBR');
    expect(gbr).toEqual({ countryIso3: 'GBR', countryName: expect.stringMatching(/United Kingdom/), count: 2 });
    expect(summary.byCountry.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(summary.total);
  });
});
