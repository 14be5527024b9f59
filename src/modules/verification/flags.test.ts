import { describe, expect, it } from 'vitest';
import { computeFlags, DEFAULT_FLAG_CONFIG, flagConfig, type ChallengeState } from './flags.ts';
import type { ComputeReport, DeclaredRun, Workload } from './types.ts';

const H100 = [{ model: 'H100', count: 8000, peakFlops: 1e15 }];
const UNIT = [{ model: 'U', count: 1000, peakFlops: 1 / 3600 }];
const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString();
let counter = 0;
const w = (concurrency: number, fields: Partial<Workload> = {}): Workload => ({
  id: `w${++counter}`,
  class: 'training',
  acceleratorHours: concurrency * 24,
  utilization: 0.45,
  commitment: '00'.repeat(32),
  ...fields,
});
/** Daily reports 1..days of one facility; metered = declared × (1 + gap(d)). */
function series(
  facilityId: string,
  days: number,
  workloads: (d: number) => Workload[],
  gap: (d: number) => number = () => 0,
  from = 0,
): ComputeReport[] {
  return Array.from({ length: days }, (_, i) => {
    const list = workloads(i);
    const declared = list.reduce((s, x) => s + x.acceleratorHours, 0);
    return {
      facilityId,
      sequence: from + i + 1,
      periodStart: day(from + i),
      periodEnd: day(from + i + 1),
      meteredAcceleratorHours: Math.max(1, declared * (1 + gap(i))),
      energyKwh: 1,
      workloads: list,
    };
  });
}
const run = (id: string, licenceRef?: string): DeclaredRun => ({
  id,
  developer: 'dev',
  name: id,
  purpose: 'test',
  expectedFlop: 1,
  ...(licenceRef ? { licenceRef } : {}),
});
const serving = (d: number) =>
  [w(1500, { class: 'inference', utilization: 0.2 }), w(64, { class: 'other', utilization: 0.6 }), w(120, { class: 'fine-tuning' })].map(
    (x) => ({ ...x, acceleratorHours: x.acceleratorHours * (1 + 0.01 * (d % 3)) }),
  );

describe('computeFlags', () => {
  it('raises nothing on honest reports', () => {
    const reports = series(
      'f1',
      60,
      (d) => [...serving(d), w(2000, { runId: 'r1' })],
      (d) => 0.01 * Math.sin(d),
    );
    expect(computeFlags({ facilities: [{ id: 'f1', inventory: H100 }], runs: [run('r1')], reports })).toEqual([]);
  });

  describe('unlicensed-run', () => {
    const config = flagConfig({ thresholds: { notifyFlop: 100, licenceFlop: 1000 } });
    const facilities = [
      { id: 'f1', inventory: UNIT },
      { id: 'f2', inventory: UNIT },
    ];
    const reports = [
      ...series('f1', 3, () => [
        w(10, { runId: 'big', utilization: 1 }),
        w(10, { runId: 'lic', utilization: 1 }),
        w(2, { runId: 'ghost', utilization: 1 }),
      ]),
      ...series('f2', 3, () => [w(10, { runId: 'big', utilization: 1 })]),
    ];
    const flags = computeFlags({ facilities, runs: [run('big'), run('lic', 'LIC-7')], reports }, config);

    it('flags a run over the licence threshold without a licence, dated by its crossing', () => {
      const big = flags.find((f) => f.runId === 'big')!;
      expect(big.kind).toBe('unlicensed-run');
      expect(big.figures).toMatchObject({
        cumulativeFlop: 1440,
        thresholdFlop: 1000,
        crossedAt: day(3),
        crossedInReport: 'f1#3',
        facilities: 'f1,f2',
      });
      expect(big.reportIds).toEqual(['f1#1', 'f2#1', 'f1#2', 'f2#2', 'f1#3', 'f2#3']);
    });

    it('flags a run nobody declared over the notification threshold, and not a licensed one', () => {
      const ghost = flags.find((f) => f.runId === 'ghost')!;
      expect(ghost.message).toContain('never declared');
      expect(ghost.figures.thresholdFlop).toBe(100);
      expect(flags.find((f) => f.runId === 'lic')).toBeUndefined();
      expect(flags).toHaveLength(2);
    });
  });

  describe('unaccounted-compute', () => {
    const gaps = [0.005, 0.05, 0.08, -0.01, 0.03, 0.02];
    const reports = series('f1', gaps.length, serving, (d) => gaps[d] ?? 0);
    const flags = computeFlags({ facilities: [{ id: 'f1', inventory: H100 }], runs: [], reports });

    it('flags each stretch of periods beyond tolerance with its figures', () => {
      expect(flags.map((f) => [f.kind, f.reportIds])).toEqual([
        ['unaccounted-compute', ['f1#2', 'f1#3']],
        ['unaccounted-compute', ['f1#5']],
      ]);
      const first = flags[0]?.figures;
      expect(first?.periods).toBe(2);
      expect(first?.tolerance).toBe(0.02);
      expect(Number(first?.unaccountedAcceleratorHours)).toBeCloseTo(
        Number(first?.meteredAcceleratorHours) - Number(first?.declaredAcceleratorHours),
      );
      expect(Number(first?.maxPeriodShare)).toBeCloseTo(0.08 / 1.08);
    });

    it('honours another tolerance', () => {
      const loose = computeFlags({ facilities: [{ id: 'f1', inventory: H100 }], runs: [], reports }, flagConfig({ tolerance: 0.1 }));
      expect(loose).toEqual([]);
    });
  });
});

describe('computeFlags on workload patterns', () => {
  describe('training-like-undeclared', () => {
    it('flags inference/other that is large, busy and sustained over the period, one flag per stretch', () => {
      const reports = series('f1', 5, (d) => [
        ...serving(d),
        ...(d === 2 ? [] : [w(1000, { class: d < 2 ? 'inference' : 'other', utilization: 0.45 })]),
      ]);
      const flags = computeFlags({ facilities: [{ id: 'f1', inventory: H100 }], runs: [], reports });
      expect(flags.map((f) => [f.kind, f.reportIds])).toEqual([
        ['training-like-undeclared', ['f1#1', 'f1#2']],
        ['training-like-undeclared', ['f1#4', 'f1#5']],
      ]);
      expect(flags[0]?.workloadIds).toHaveLength(2);
      expect(flags[0]?.figures).toMatchObject({ workloads: 2, maxConcurrentAccelerators: 1000, meanUtilization: 0.45 });
      expect(Number(flags[0]?.figures.estimatedFlop)).toBeCloseTo(2 * 1000 * 24 * 3600 * 1e15 * 0.45, -10);
    });

    it('leaves serving-level utilization, small workloads and declared training alone', () => {
      const reports = series('f1', 3, () => [
        w(3000, { class: 'inference', utilization: 0.34 }),
        w(255, { class: 'other', utilization: 0.9 }),
        w(3000, { class: 'training', runId: 'r1' }),
      ]);
      expect(computeFlags({ facilities: [{ id: 'f1', inventory: H100 }], runs: [run('r1')], reports })).toEqual([]);
    });
  });

  describe('facility-undeclared-training', () => {
    const facilities = ['f1', 'f2', 'f3', 'f4', 'f5'].map((id) => ({ id, inventory: H100 }));
    // 2000 H100 at 0.45 for a day: 2000 × 86400 × 1e15 × 0.45 ≈ 7.8e22 FLOP.

    it('flags one facility with more than 5e24 FLOP of sustained training without a declared run in 90 days', () => {
      const reports = series('f1', 80, (d) => [
        ...serving(d),
        w(2000 * (1 + 0.02 * Math.sin(d)), d % 2 ? { class: 'fine-tuning', runId: 'undeclared-id' } : {}),
      ]);
      const flags = computeFlags({ facilities, runs: [], reports });
      const flag = flags.find((f) => f.kind === 'facility-undeclared-training')!;
      expect(flag).toMatchObject({ facilityId: 'f1', figures: { scope: 'facility', windowDays: 90, thresholdFlop: 5e24 } });
      expect(Number(flag.figures.peakWindowFlop)).toBeGreaterThan(5e24);
      expect(flag.figures.crossedAt).toBe(day(65)); // 65 × 7.8e22 > 5e24
      expect(flag.workloadIds).toHaveLength(80);
    });

    it('does not count the same compute when it is linked to a declared run, or bursts shorter than a week', () => {
      const declared = series('f1', 80, () => [w(2000, { runId: 'r1' })]);
      expect(computeFlags({ facilities, runs: [run('r1')], reports: declared })).toEqual([]);
      const bursts = series('f1', 80, (d) => (d % 10 < 6 ? [w(4000, { utilization: 0.5 })] : [w(100)]));
      expect(computeFlags({ facilities, runs: [], reports: bursts })).toEqual([]);
    });

    it('links chunks at several facilities over the same weeks whose sum exceeds 1e25', () => {
      // 35 days × 7.8e22 ≈ 2.7e24 per facility: below the facility threshold; four of them ≈ 1.1e25.
      const chunk = (id: string, shift: number, from = 0) =>
        series(id, 35, (d) => [...serving(d), w(2000 + shift, { runId: `${id}-chunk` })], undefined, from);
      const reports = [chunk('f1', 0), chunk('f2', 16), chunk('f3', -16, 1), chunk('f4', 8, 2), series('f5', 40, serving)].flat();
      const flags = computeFlags({ facilities, runs: [], reports });
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({
        kind: 'facility-undeclared-training',
        facilityIds: ['f1', 'f2', 'f3', 'f4'],
        figures: { scope: 'linked', facilities: 4, chains: 4 },
      });
      expect(Number(flags[0]?.figures.linkedFlop)).toBeGreaterThan(1e25);
      expect(flags[0]?.workloadIds).toHaveLength(140);

      const three = computeFlags({ facilities, runs: [], reports: [chunk('f1', 0), chunk('f2', 0), chunk('f3', 0)].flat() });
      expect(three).toEqual([]);
      const apart = computeFlags({
        facilities,
        runs: [],
        reports: [chunk('f1', 0), chunk('f2', 0), chunk('f3', 0, 20), chunk('f4', 0, 20)].flat(),
      });
      expect(apart).toEqual([]);
    });
  });
});

describe('computeFlags on challenges, and the order of flags', () => {
  describe('challenges', () => {
    const base: ChallengeState = {
      id: 'c1',
      facilityId: 'f1',
      reportIds: ['f1#3'],
      workloadIds: ['w9'],
      issuedAt: day(10),
      deadline: day(17),
    };
    const flagsFor = (challenges: ChallengeState[], now?: string) =>
      computeFlags({ facilities: [], runs: [], reports: [], challenges, now });

    it('flags an unanswered challenge past its deadline, and a late answer', () => {
      const [overdue] = flagsFor([base], day(18));
      expect(overdue).toMatchObject({
        kind: 'challenge-overdue',
        challengeId: 'c1',
        facilityId: 'f1',
        reportIds: ['f1#3'],
        workloadIds: ['w9'],
        figures: { answeredAt: 'unanswered', hoursLate: 24 },
      });
      expect(flagsFor([{ ...base, answeredAt: day(19), result: 'passed' }])[0]).toMatchObject({
        kind: 'challenge-overdue',
        figures: { hoursLate: 48 },
      });
    });

    it('flags a failed answer and leaves timely passed ones and open ones within the deadline alone', () => {
      expect(flagsFor([{ ...base, answeredAt: day(12), result: 'failed', problems: ['class-mismatch'] }])).toMatchObject([
        { kind: 'challenge-failed', figures: { problems: 'class-mismatch' } },
      ]);
      expect(
        flagsFor(
          [
            { ...base, answeredAt: day(12), result: 'passed' },
            { ...base, id: 'c2' },
          ],
          day(15),
        ),
      ).toEqual([]);
      expect(flagsFor([base])).toEqual([]); // without "now", an open challenge is not yet overdue
    });
  });

  it('orders flags by kind, then facility, then first report', () => {
    const reports = [
      ...series(
        'f2',
        2,
        () => [w(1000, { class: 'inference' })],
        () => 0.1,
      ),
      ...series(
        'f1',
        2,
        () => [w(1000, { class: 'inference' })],
        () => 0.1,
      ),
    ];
    const kinds = computeFlags({ facilities: ['f1', 'f2'].map((id) => ({ id, inventory: H100 })), runs: [], reports }).map(
      (f) => `${f.kind}:${f.facilityId}`,
    );
    expect(kinds).toEqual([
      'unaccounted-compute:f1',
      'unaccounted-compute:f2',
      'training-like-undeclared:f1',
      'training-like-undeclared:f2',
    ]);
  });
});

describe('flagConfig', () => {
  it('replaces only the fields given', () => {
    const config = flagConfig({ tolerance: 0.05, trainingLike: { minUtilization: 0.5 } });
    expect(config.tolerance).toBe(0.05);
    expect(config.trainingLike).toEqual({ ...DEFAULT_FLAG_CONFIG.trainingLike, minUtilization: 0.5 });
    expect(config.thresholds).toEqual({ notifyFlop: 1e25, licenceFlop: 1e26 });
    expect(DEFAULT_FLAG_CONFIG.tolerance).toBe(0.02);
  });
});
