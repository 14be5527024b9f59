import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coalitionTestApp, errorCode, logEntries, type CoalitionTestApp } from './coalition.fixture.ts';

let t: CoalitionTestApp;
let admin: string;
beforeAll(async () => {
  t = await coalitionTestApp();
  admin = await t.login();
});
afterAll(() => t.close());

describe('roadmap', () => {
  it('lets an admin add milestones linked to events; the public reads them by date', async () => {
    const summit = await t.json('POST', '/api/coalition/events', {
      cookie: admin,
      body: {
        title: '1st Harnessing AI Risk Summit',
        kind: 'summit',
        start: '2025-05-20T09:00',
        end: '2025-05-20T18:00',
        timeZone: 'Europe/Rome',
        place: 'Rome',
      },
    });
    const later = await t.json('POST', '/api/coalition/milestones', {
      cookie: admin,
      body: { title: 'Constituent assembly convened', targetDate: '2026-09-01' },
    });
    const sooner = await t.json('POST', '/api/coalition/milestones', {
      cookie: admin,
      body: { title: 'First summit held', targetDate: '2025-05-20', status: 'in_progress', eventIds: [summit.id, summit.id] },
    });
    expect(sooner.events).toEqual([{ id: summit.id, title: summit.title, startsAt: summit.startsAt }]);
    const { milestones } = await t.json('GET', '/api/coalition/roadmap');
    expect(milestones.map((m: { id: number }) => m.id)).toEqual([sooner.id, later.id]);
    const done = await t.json('PATCH', `/api/coalition/milestones/${sooner.id}`, { cookie: admin, body: { status: 'done' } });
    expect(done).toMatchObject({ status: 'done', events: [{ id: summit.id }] });
    const missed = await t.json('PATCH', `/api/coalition/milestones/${later.id}`, {
      cookie: admin,
      body: { status: 'missed', eventIds: [] },
    });
    expect(missed.status).toBe('missed');
    const kinds = (await logEntries(t)).filter((e) => e.subject === `milestone:${sooner.id}`).map((e) => e.kind);
    expect(kinds).toEqual(['coalition.milestone-added', 'coalition.milestone-changed']);
    expect((await t.request('DELETE', `/api/coalition/milestones/${later.id}`, { cookie: admin })).status).toBe(204);
    expect((await t.json('GET', '/api/coalition/roadmap')).milestones).toHaveLength(1);
  });
  it('refuses bad milestones and non-admins', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'x', targetDate: '2025-13-01' }, 'validation_failed'],
      [{ title: 'x', targetDate: '2025-01-01', status: 'abandoned' }, 'validation_failed'],
      [{ title: 'x', targetDate: '2025-01-01', eventIds: [999999] }, 'unknown_event'],
      [{ title: 'x', targetDate: '2025-01-01', owner: 'me' }, 'unknown_field'],
    ];
    for (const [body, code] of cases) {
      const res = await t.request('POST', '/api/coalition/milestones', { cookie: admin, body });
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe(code);
    }
    expect((await t.json('GET', '/api/coalition/roadmap')).milestones).toHaveLength(1);
    const staff = await t.loginAs('staff');
    expect(
      (await t.request('POST', '/api/coalition/milestones', { cookie: staff.cookie, body: { title: 'x', targetDate: '2025-01-01' } }))
        .status,
    ).toBe(403);
    expect((await t.request('PATCH', '/api/coalition/milestones/999999', { cookie: admin, body: { status: 'done' } })).status).toBe(404);
  });
});
