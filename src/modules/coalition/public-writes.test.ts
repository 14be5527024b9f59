import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicWritesFromEnv } from './coalition-env.ts';
import { coalitionTestApp, DAY, type CoalitionTestApp } from './coalition.fixture.ts';

let t: CoalitionTestApp;
let admin: string;
let campaignId: number;
let eventId: number;
beforeAll(async () => {
  t = await coalitionTestApp(undefined, { publicWrites: { limit: 3, windowSeconds: 600 } });
  admin = await t.login();
  campaignId = (
    await t.json('POST', '/api/coalition/campaigns', {
      cookie: admin,
      body: {
        title: 'Summit fund',
        currency: 'EUR',
        goalMinor: 1_000_000,
        minimumMinor: 500_000,
        deadline: new Date(t.clock.now().getTime() + 30 * DAY).toISOString(),
      },
    })
  ).id;
  eventId = (
    await t.json('POST', '/api/coalition/events', {
      cookie: admin,
      body: {
        title: 'Working group',
        kind: 'working_group',
        start: '2025-06-01T09:00',
        end: '2025-06-01T11:00',
        timeZone: 'Europe/Rome',
        onlineUrl: 'https://meet.example.org/wg',
        capacity: 100,
      },
    })
  ).id;
});
afterAll(() => t.close());

const pledge = (n: number, remoteAddress: string) =>
  t.request('POST', `/api/coalition/campaigns/${campaignId}/pledges`, {
    remoteAddress,
    body: { name: `Pledger ${n}`, email: `p${n}@example.org`, amountMinor: 1_000, currency: 'EUR' },
  });
const register = (n: number, remoteAddress: string) =>
  t.request('POST', `/api/coalition/events/${eventId}/registrations`, {
    remoteAddress,
    body: { name: `Guest ${n}`, email: `g${n}@example.org` },
  });

describe('public write limit', () => {
  it('refuses the writes past the limit per address with 429 rate_limited and stores nothing', async () => {
    expect((await pledge(1, '198.51.100.1')).status).toBe(201);
    expect((await register(1, '198.51.100.1')).status).toBe(201);
    expect((await pledge(2, '198.51.100.1')).status).toBe(201);
    for (const res of [await pledge(3, '198.51.100.1'), await register(3, '198.51.100.1')]) {
      expect(res.status).toBe(429);
      const body = (await res.json()) as { error: { code: string; details: { retryAfter: number } } };
      expect(body.error.code).toBe('rate_limited');
      expect(body.error.details.retryAfter).toBeGreaterThan(0);
      expect(body.error.details.retryAfter).toBeLessThanOrEqual(600);
    }
    const { pledges } = await t.json('GET', `/api/coalition/campaigns/${campaignId}/pledges`, { cookie: admin });
    expect(pledges).toHaveLength(2);
    const { registrations } = await t.json('GET', `/api/coalition/events/${eventId}/registrations`, { cookie: admin });
    expect(registrations).toHaveLength(1);
    // Another address is not affected; admins are not limited; reads are not limited.
    expect((await pledge(4, '198.51.100.2')).status).toBe(201);
    expect((await t.request('GET', `/api/coalition/campaigns/${campaignId}`, { remoteAddress: '198.51.100.1' })).status).toBe(200);
    expect(
      (
        await t.request('POST', `/api/coalition/events/${eventId}/registrations`, {
          cookie: admin,
          remoteAddress: '198.51.100.1',
          body: { name: 'Admin guest', email: 'ag@example.org' },
        })
      ).status,
    ).toBe(201);
  });

  it('lets the address write again after the window', async () => {
    t.clock.advance(601_000);
    expect((await pledge(5, '198.51.100.1')).status).toBe(201);
  });

  it('is configured from the environment', () => {
    expect(publicWritesFromEnv({})).toEqual({ limit: 30, windowSeconds: 600 });
    expect(publicWritesFromEnv({ COALITION_PUBLIC_WRITES: '5', COALITION_PUBLIC_WRITES_WINDOW_SECONDS: '60' })).toEqual({
      limit: 5,
      windowSeconds: 60,
    });
    expect(() => publicWritesFromEnv({ COALITION_PUBLIC_WRITES: 'many' })).toThrow();
  });
});
