import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from './demo.ts';
import { coalitionTestApp, type CoalitionTestApp } from './coalition.fixture.ts';

let t: CoalitionTestApp;
beforeAll(async () => {
  t = await coalitionTestApp();
});
afterAll(() => t.close());

describe('loadDemo', () => {
  it('populates every coalition page, once', async () => {
    const report = await loadDemo(t.database.db, t.env);
    const admin = await t.login();
    const { campaigns } = await t.json('GET', '/api/coalition/campaigns');
    expect(campaigns[0]).toMatchObject({ id: report.campaignId, status: 'open', pledgeCount: 5, pledgedMinor: 1_650_000 });
    const { events } = await t.json('GET', '/api/coalition/events?when=upcoming');
    const summit = events.find((e: { kind: string }) => e.kind === 'summit');
    expect(summit).toMatchObject({ mode: 'hybrid', confirmed: 6, waiting: 2, spotsLeft: 0 });
    expect(events.find((e: { kind: string }) => e.kind === 'working_group').members.length).toBe(4);
    const summary = await t.json('GET', '/api/coalition/outreach/summary', { cookie: admin });
    expect(summary.total).toBe(8);
    expect(summary.byStage.every((s: { count: number }) => s.count > 0)).toBe(true);
    expect((await t.json('GET', '/api/coalition/outreach/overdue', { cookie: admin })).overdue).toHaveLength(2);
    const { milestones } = await t.json('GET', '/api/coalition/roadmap');
    expect(new Set(milestones.map((m: { status: string }) => m.status))).toEqual(new Set(['planned', 'in_progress', 'done', 'missed']));
    await expect(loadDemo(t.database.db, t.env)).rejects.toThrow(/already loaded/);
  });
});
