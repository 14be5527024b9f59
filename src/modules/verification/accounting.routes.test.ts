import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode, expectJson } from '../../../test/fixtures/http.ts';
import { facilityAccounting, runAccounting } from './accounting.ts';
import { computeFlags, DEFAULT_FLAG_CONFIG, flagConfig } from './flags.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { serviceTarget, submitSimulation } from './simulation/simulation-submit.ts';
import { simulate, type Simulation } from './simulation/simulator.ts';
import { defaultVerificationEnv } from './verification-env.ts';
import { logEntries, setUpVerification, storedCounts, type VerificationFixture } from './verification.fixture.ts';

let t: TestApp;
let f: VerificationFixture;
let sim: Simulation;

beforeAll(async () => {
  t = await testApp();
  f = await setUpVerification(t);
  sim = simulate({ facilities: 4, accelerators: 2000, days: 30, seed: 7, cheat: 'undeclared-training' });
  await submitSimulation(serviceTarget(t.database.db, f.operator.actor, defaultVerificationEnv()), sim, { maxBatch: 50 });
});
afterAll(() => t.close());

/** The first of the simulated facilities. */
function firstFacilityId(): string {
  const [first] = sim.facilities;
  if (first === undefined) throw new Error('the simulation made no facility');
  return first.id;
}

const putSettings = (body: unknown, token = f.admin.token) => t.request('PUT', '/api/verification/settings', { token, body });

describe('GET /api/accounting/runs', () => {
  it('gives inspectors every run’s cumulative FLOP exactly as the pure core computes it from the reports', async () => {
    const view = await expectJson(t.request('GET', '/api/accounting/runs?series=true', { token: f.inspector.token }));
    expect(view.view).toBe('full');
    const expected = runAccounting(sim);
    expect(view.runs).toHaveLength(expected.length);
    for (const account of expected) {
      const got = view.runs.find((r: { runId: string }) => r.runId === account.runId);
      expect(got).toMatchObject({
        declared: account.declared,
        standing: account.standing,
        licensed: account.licensed,
        cumulativeFlop: account.cumulativeFlop,
        acceleratorHours: account.acceleratorHours,
        workloadCount: account.workloadCount,
        facilityIds: account.facilityIds,
        reportIds: account.reportIds,
      });
      if (account.workloadCount > 0) expect(got.series.at(-1)[1]).toBe(account.cumulativeFlop);
    }
  });

  it('gives everyone else a summary of declared runs without figures or facilities', async () => {
    for (const token of [undefined, f.operator.token, f.staff.token]) {
      const view = await expectJson(t.request('GET', '/api/accounting/runs', { token }));
      expect(view.view).toBe('summary');
      expect(view.runs.length).toBe(sim.runs.length);
      // ordered by run id: an order by cumulative FLOP would rank the runs' compute publicly
      const ids = view.runs.map((r: { runId: string }) => r.runId);
      expect(ids).toEqual([...ids].sort());
      for (const run of view.runs) {
        expect(run.declared).toBe(true);
        expect(run).not.toHaveProperty('cumulativeFlop');
        expect(run).not.toHaveProperty('facilityIds');
        expect(run).not.toHaveProperty('series');
      }
    }
  });
});

describe('/api/verification/settings', () => {
  it('starts at the pure cores’ defaults, readable by anyone', async () => {
    expect(await expectJson(t.request('GET', '/api/verification/settings'))).toEqual({
      version: 1,
      settings: DEFAULT_SETTINGS,
      defaults: DEFAULT_SETTINGS,
    });
    expect(DEFAULT_SETTINGS).toMatchObject(DEFAULT_FLAG_CONFIG);
  });

  it('refuses bad settings and non-admins, changing nothing', async () => {
    const bad: [unknown, number, string, string?][] = [
      [{ ...DEFAULT_SETTINGS, thresholds: { notifyFlop: 1e26, licenceFlop: 1e25 } }, 400, 'validation_failed'],
      [{ ...DEFAULT_SETTINGS, tolerance: 1.5 }, 400, 'validation_failed'],
      [{ ...DEFAULT_SETTINGS, challengeDeadlineHours: 0 }, 400, 'validation_failed'],
      [{ ...DEFAULT_SETTINGS, veto: true }, 400, 'unknown_field'],
      [{ ...DEFAULT_SETTINGS, trainingLike: { ...DEFAULT_SETTINGS.trainingLike, extra: 1 } }, 400, 'unknown_field'],
      [DEFAULT_SETTINGS, 403, 'forbidden', f.inspector.token],
    ];
    const before = await storedCounts(t);
    for (const [body, status, code, token] of bad) {
      const res = await putSettings(body, token);
      expect(res.status, code).toBe(status);
      expect(await errorCode(res)).toBe(code);
    }
    expect((await t.request('PUT', '/api/verification/settings', { body: DEFAULT_SETTINGS })).status).toBe(401);
    expect(await storedCounts(t)).toEqual(before);
    expect((await expectJson(t.request('GET', '/api/verification/settings'))).version).toBe(1);
  });

  it('lets the admin lower the thresholds; accounting then shows the crossings and their dates, and the flags follow', async () => {
    const thresholds = { notifyFlop: 1e24, licenceFlop: 2e24 };
    const changed = await expectJson(putSettings({ ...DEFAULT_SETTINGS, thresholds }));
    expect(changed).toEqual({ version: 2, settings: { ...DEFAULT_SETTINGS, thresholds }, defaults: DEFAULT_SETTINGS });
    // The defaults stay the shipped ones, whatever the current settings.
    expect((await expectJson(t.request('GET', '/api/verification/settings'))).defaults).toEqual(DEFAULT_SETTINGS);
    expect((await logEntries(t)).at(-1)).toMatchObject({
      kind: 'verification.settings.changed',
      body: { version: 2, settings: { thresholds } },
    });

    const expected = runAccounting(sim, thresholds);
    const crossing = expected.filter((a) => a.crossings.length > 0);
    expect(crossing.length).toBeGreaterThan(0);
    const full = await expectJson(t.request('GET', '/api/accounting/runs', { token: f.inspector.token }));
    const summary = await expectJson(t.request('GET', '/api/accounting/runs'));
    for (const account of crossing) {
      expect(full.runs.find((r: { runId: string }) => r.runId === account.runId).crossings).toEqual(account.crossings);
      expect(summary.runs.find((r: { runId: string }) => r.runId === account.runId).crossings).toEqual(
        account.crossings.map((c) => ({ threshold: c.threshold, thresholdFlop: c.thresholdFlop, periodEnd: c.periodEnd })),
      );
    }
    const { flags } = await expectJson(t.request('GET', '/api/flags', { token: f.inspector.token }));
    const unlicensed = expected.filter((a) => a.cumulativeFlop > thresholds.licenceFlop && !a.licensed).map((a) => a.runId);
    expect(unlicensed.length).toBeGreaterThan(0);
    expect(
      flags
        .filter((x: { kind: string }) => x.kind === 'unlicensed-run')
        .map((x: { runId: string }) => x.runId)
        .sort(),
    ).toEqual(unlicensed.sort());
    await expectJson(putSettings(DEFAULT_SETTINGS));
  });
});

describe('GET /api/accounting/facilities/:id', () => {
  it('gives metered vs declared per period as facilityAccounting does, to its operators and inspectors', async () => {
    const id = firstFacilityId();
    const expected = facilityAccounting(
      sim.reports.filter((r) => r.facilityId === id),
      DEFAULT_SETTINGS.tolerance,
    ).map(({ facilityId: _f, ...p }) => p);
    for (const token of [f.operator.token, f.inspector.token, f.admin.token]) {
      expect(await expectJson(t.request('GET', `/api/accounting/facilities/${id}`, { token }))).toEqual({
        facilityId: id,
        tolerance: 0.02,
        periods: expected,
      });
    }
  });

  it('is closed to the public and to other operators', async () => {
    const id = firstFacilityId();
    expect((await t.request('GET', `/api/accounting/facilities/${id}`)).status).toBe(401);
    expect((await t.request('GET', `/api/accounting/facilities/${id}`, { token: f.otherOperator.token })).status).toBe(403);
    expect((await t.request('GET', '/api/accounting/facilities/fac-none', { token: f.inspector.token })).status).toBe(404);
  });

  it('moves periods beyond tolerance when the admin tightens it', async () => {
    const id = firstFacilityId();
    await expectJson(putSettings({ ...DEFAULT_SETTINGS, tolerance: 0.001 }));
    const { periods, tolerance } = await expectJson(t.request('GET', `/api/accounting/facilities/${id}`, { token: f.inspector.token }));
    expect(tolerance).toBe(0.001);
    expect(periods.some((p: { beyond: boolean }) => p.beyond)).toBe(true);
    await expectJson(putSettings(DEFAULT_SETTINGS));
  });
});

describe('GET /api/flags', () => {
  it('gives inspectors exactly the flags computeFlags raises on the simulated world, with evidence', async () => {
    const { flags } = await expectJson(t.request('GET', '/api/flags', { token: f.inspector.token }));
    const expected = computeFlags({ facilities: sim.facilities, runs: sim.runs, reports: sim.reports }, flagConfig());
    expect(flags).toEqual(JSON.parse(JSON.stringify(expected)));
    const cheats = new Set(sim.truth.cheatingFacilityIds);
    expect(flags.some((x: { kind: string; facilityId: string }) => x.kind === 'training-like-undeclared' && cheats.has(x.facilityId))).toBe(
      true,
    );
    for (const flag of flags) expect(flag.reportIds.length).toBeGreaterThan(0);
  });

  it('is closed to operators, staff and the public', async () => {
    expect((await t.request('GET', '/api/flags')).status).toBe(401);
    expect((await t.request('GET', '/api/flags', { token: f.operator.token })).status).toBe(403);
    expect((await t.request('GET', '/api/flags', { token: f.staff.token })).status).toBe(403);
  });
});
