import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { describeEachDatabase } from '../../../test/fixtures/databases.ts';
import { runAccounting } from './accounting.ts';
import { getRunAccounting } from './accounting.service.ts';
import { getReport, submitReports } from './report.service.ts';
import { canonicalBytes } from './report-signing.ts';
import { serviceTarget, submitSimulation } from './simulation/simulation-submit.ts';
import { signAll, simulate } from './simulation/simulator.ts';
import { defaultVerificationEnv } from './verification-env.ts';
import { loadReports } from './reports-bulk.repository.ts';
import { facilityBody, keyPair, report, setUpVerification, sign, workload, type VerificationFixture } from './verification.fixture.ts';

/** The data layer on every test database: PGlite, and PostgreSQL when TEST_DATABASE_URL is set. */
describeEachDatabase('verification storage', (kind) => {
  let t: TestApp;
  let f: VerificationFixture;
  const sim = simulate({ facilities: 3, accelerators: 1500, days: 12, seed: 'data' });
  const env = defaultVerificationEnv();

  beforeAll(async () => {
    t = await testApp(await kind.open());
    f = await setUpVerification(t);
    await submitSimulation(serviceTarget(t.database.db, f.operator.actor, env), sim, { maxBatch: 7 });
  });
  afterAll(() => t?.close());

  it('reads back every report and workload figure exactly (float8 and instants round-trip)', async () => {
    const loaded = await loadReports(t.database.db);
    const strip = (r: (typeof sim.reports)[number]) => ({ ...r, workloads: r.workloads.map((w) => ({ ...w, commitment: '' })) });
    expect(loaded).toEqual(sim.reports.map(strip));
  });

  it('rebuilds the signed bytes of a stored report, which hash to the logged value', async () => {
    const signed = signAll(sim.reports, sim.facilities);
    const first = signed.at(0);
    const last = signed.at(-1);
    if (first === undefined || last === undefined) throw new Error('the simulation signed no report');
    for (const s of [first, last]) {
      const stored = await getReport(t.database.db, f.inspector.actor, s.report.facilityId, s.report.sequence);
      expect(stored.report).toEqual(s.report);
      expect(stored.signature).toBe(s.signature);
      expect(createHash('sha256').update(canonicalBytes(stored.report)).digest('hex')).toBe(stored.reportSha256);
    }
  });

  it('accounts runs exactly as the pure core does', async () => {
    const view = await getRunAccounting(t.database.db, f.inspector.actor);
    for (const account of runAccounting(sim)) {
      expect(view.runs.find((r) => r.runId === account.runId)).toMatchObject({ cumulativeFlop: account.cumulativeFlop });
    }
  });

  it('refuses a workload id the facility reported before, naming it, and stores nothing', async () => {
    const key = keyPair(51);
    const { registerFacility } = await import('./facility.service.ts');
    await registerFacility(t.database.db, f.operator.actor, facilityBody('fac-dup', key), env);
    await submitReports(t.database.db, f.operator.actor, [sign(report('fac-dup', 1, [workload('dup-1').workload]), key)], env);
    const again = sign(report('fac-dup', 2, [workload('dup-2').workload, workload('dup-1').workload]), key);
    await expect(submitReports(t.database.db, f.operator.actor, [again], env)).rejects.toMatchObject({
      code: 'duplicate_workload',
      details: { index: 0, workloadId: 'dup-1' },
    });
    await submitReports(t.database.db, f.operator.actor, [sign(report('fac-dup', 2, [workload('dup-3').workload]), key)], env);
  });

  it('accepts one of two concurrent submissions of the same sequence and refuses the other as a replay', async () => {
    const key = keyPair(50);
    const { registerFacility } = await import('./facility.service.ts');
    await registerFacility(t.database.db, f.operator.actor, facilityBody('fac-race', key), env);
    const a = sign(report('fac-race', 1, [workload('race-a').workload]), key);
    const b = sign(report('fac-race', 1, [workload('race-b').workload]), key);
    const results = await Promise.allSettled([
      submitReports(t.database.db, f.operator.actor, [a], env),
      submitReports(t.database.db, f.operator.actor, [b], env),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason.code).toBe('report_replay');
  });
});
