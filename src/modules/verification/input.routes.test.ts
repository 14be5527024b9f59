/**
 * Issue 9, item 2 for verification: names PostgreSQL cannot store (U+0000, lone surrogates) are
 * refused with 400 validation_failed naming the field, storing and logging nothing; so is a
 * revealed record that `jsonb` cannot hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { expectJson } from '../../../test/fixtures/http.ts';
import {
  facilityBody,
  keyPair,
  report,
  setUpVerification,
  sign,
  storedCounts,
  workload,
  type VerificationFixture,
} from './verification.fixture.ts';

let t: TestApp;
let f: VerificationFixture;
const BAD = { nul: 'a\u0000b', surrogate: 'a\ud800b', lowSurrogate: 'x\udfff' };
const run = { developer: 'Aleph Labs', name: 'Alpha', purpose: 'general model', expectedFlop: 3e25 };

beforeAll(async () => {
  t = await testApp();
  f = await setUpVerification(t);
});
afterAll(() => t.close());

async function refused(method: string, path: string, token: string, body: unknown, field: string) {
  const before = await storedCounts(t);
  const res = await t.request(method, path, { token, body });
  const json = (await res.json()) as { error: { code: string; message: string; details: { path: string }[] } };
  expect(res.status, JSON.stringify(json)).toBe(400);
  expect(json.error.code).toBe('validation_failed');
  expect(json.error.message).toContain(`${field}:`);
  expect(json.error.details.map((d) => d.path)).toContain(field);
  expect(await storedCounts(t)).toEqual(before);
}

describe('text PostgreSQL cannot store', () => {
  for (const field of ['developer', 'name', 'purpose', 'licenceRef'] as const) {
    it(`POST /api/runs refuses it in ${field}`, async () => {
      for (const bad of Object.values(BAD)) await refused('POST', '/api/runs', f.operator.token, { ...run, [field]: bad }, field);
    });
  }

  it('POST /api/facilities refuses it in name, operator and an inventory model', async () => {
    const body = facilityBody('fac-text', keyPair(41));
    for (const bad of Object.values(BAD)) {
      await refused('POST', '/api/facilities', f.operator.token, { ...body, name: bad }, 'name');
      await refused('POST', '/api/facilities', f.operator.token, { ...body, operator: bad }, 'operator');
      await refused(
        'POST',
        '/api/facilities',
        f.operator.token,
        { ...body, inventory: [{ ...body.inventory[0], model: bad }] },
        'inventory.0.model',
      );
    }
  });

  it('POST /api/challenges/{id}/responses refuses a revealed record jsonb cannot hold, naming where', async () => {
    const key = keyPair(42);
    await expectJson(t.request('POST', '/api/facilities', { token: f.operator.token, body: facilityBody('fac-answer', key) }), 201);
    const w = workload('w-answer');
    await expectJson(
      t.request('POST', '/api/reports', { token: f.operator.token, body: sign(report('fac-answer', 1, [w.workload]), key) }),
      201,
    );
    const challenge = await expectJson(
      t.request('POST', '/api/challenges', { token: f.inspector.token, body: { facilityId: 'fac-answer', workloadIds: ['w-answer'] } }),
      201,
    );
    for (const bad of Object.values(BAD)) {
      const body = { workloadId: 'w-answer', record: { ...w.record, job: bad }, salt: w.salt };
      await refused('POST', `/api/challenges/${challenge.id}/responses`, f.operator.token, body, 'record.job');
    }
    // Control characters that jsonb stores are the sender's to commit to; only the unstorable are refused.
    const answered = await expectJson(
      t.request('POST', `/api/challenges/${challenge.id}/responses`, {
        token: f.operator.token,
        body: { workloadId: 'w-answer', record: w.record, salt: w.salt },
      }),
      201,
    );
    expect(answered.status).toBe('passed');
  });
});

describe('numbers past any real facility', () => {
  it('refuse a peak FLOP/s, accelerator-hours or energy that would overflow the accounting', async () => {
    const key = keyPair(43);
    const body = facilityBody('fac-huge', key);
    for (const peakFlops of [1e308, 1e22]) {
      await refused(
        'POST',
        '/api/facilities',
        f.operator.token,
        { ...body, inventory: [{ ...body.inventory[0], peakFlops }] },
        'inventory.0.peakFlops',
      );
    }
    await expectJson(t.request('POST', '/api/facilities', { token: f.operator.token, body }), 201);
    const before = await storedCounts(t);
    const huge = { ...workload('w-huge').workload, acceleratorHours: 1e308 };
    await refused(
      'POST',
      '/api/reports',
      f.operator.token,
      sign({ ...report('fac-huge', 1, [huge]), meteredAcceleratorHours: 10 }, key),
      'report.workloads.0.acceleratorHours',
    );
    const metered = { ...report('fac-huge', 1, []), meteredAcceleratorHours: 1e300 };
    await refused('POST', '/api/reports', f.operator.token, sign(metered, key), 'report.meteredAcceleratorHours');
    expect(await storedCounts(t)).toEqual(before);
  });
});
