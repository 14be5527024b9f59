import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode } from '../../../test/fixtures/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('GET /api/states', () => {
  it('lists the 195 reference states publicly', async () => {
    const res = await t.request('GET', '/api/states');
    expect(res.status).toBe(200);
    const { states } = (await res.json()) as { states: { iso3: string; unMember: boolean; population: number | null }[] };
    expect(states).toHaveLength(195);
    expect(states.filter((s) => s.unMember)).toHaveLength(193);
    expect(states.find((s) => s.iso3 === 'VAT')).toMatchObject({ unMember: false, population: null });
  });
});

describe('GET /api/states/:iso3', () => {
  it('returns one state, case-insensitively', async () => {
    const res = await t.request('GET', '/api/states/ken');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ iso3: 'KEN', name: 'Kenya', region: 'Africa', populationYear: 2024 });
  });
  it('404s an unknown code and 400s a malformed one', async () => {
    const missing = await t.request('GET', '/api/states/XXX');
    expect(missing.status).toBe(404);
    expect(await errorCode(missing)).toBe('not_found');
    const bad = await t.request('GET', '/api/states/KENYA');
    expect(bad.status).toBe(400);
  });
});
