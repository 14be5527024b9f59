import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { storedReports } from './report-cache.ts';
import { submitReports } from './report.service.ts';
import { loadReports } from './reports-bulk.repository.ts';
import { defaultVerificationEnv } from './verification-env.ts';
import { facilityBody, keyPair, report, setUpVerification, sign, workload, type VerificationFixture } from './verification.fixture.ts';

let t: TestApp;
let f: VerificationFixture;
const key = keyPair(60);
const other = keyPair(61);

beforeAll(async () => {
  t = await testApp();
  f = await setUpVerification(t);
  for (const [id, k] of [
    ['fac-b', other],
    ['fac-a', key],
  ] as const) {
    await t.request('POST', '/api/facilities', { token: f.operator.token, body: facilityBody(id, k) });
  }
});
afterAll(() => t.close());

const submit = (facilityId: string, k: typeof key, sequence: number, withRun: boolean) =>
  submitReports(
    t.database.db,
    f.operator.actor,
    [
      sign(
        report(facilityId, sequence, [
          workload(`${facilityId}-${sequence}-a`, withRun ? { runId: 'run-x' } : {}).workload,
          workload(`${facilityId}-${sequence}-b`).workload,
        ]),
        k,
      ),
    ],
    defaultVerificationEnv(),
  );

describe('storedReports', () => {
  it('holds what a fresh read gives, and picks up only what was accepted since', async () => {
    expect(await storedReports(t.database.db, 'all-workloads')).toEqual([]);
    await submit('fac-a', key, 1, true);
    await submit('fac-b', other, 1, false);
    const first = await storedReports(t.database.db, 'all-workloads');
    expect(first).toEqual(await loadReports(t.database.db));
    await submit('fac-a', key, 2, false);
    const second = await storedReports(t.database.db, 'all-workloads');
    expect(second).toEqual(await loadReports(t.database.db));
    expect(second.map((r) => `${r.facilityId}#${r.sequence}`)).toEqual(['fac-a#1', 'fac-a#2', 'fac-b#1']);
    expect(second[0]).toBe(first[0]);
  });

  it('keeps only run-linked workloads in run mode, and agrees under concurrent reads', async () => {
    const [a, b] = await Promise.all([storedReports(t.database.db, 'run-workloads'), storedReports(t.database.db, 'run-workloads')]);
    expect(a).toEqual(b);
    expect(a.flatMap((r) => r.workloads.map((w) => w.runId))).toEqual(['run-x']);
    expect(a).toEqual(await loadReports(t.database.db, { onlyRunWorkloads: true }));
  });
});
