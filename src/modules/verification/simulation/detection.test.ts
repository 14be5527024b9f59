import { describe, expect, it } from 'vitest';
import { implicatedJobs, measureDetection, type DetectionResult } from './detection.ts';
import { CHEAT_KINDS, simulate, type CheatKind } from './simulator.ts';

const SEEDS = [1, 2, 3];

/** Sums results over seeds: the goals are ≥ 0.95 of cheating jobs flagged, ≤ 0.02 of honest jobs flagged. */
function over(cheat: CheatKind | undefined) {
  const results: DetectionResult[] = SEEDS.map((seed) => measureDetection(seed, cheat));
  const sum = (f: (r: DetectionResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const row = {
    cheat: cheat ?? 'none',
    cheating: sum((r) => r.cheatingJobs),
    detected: sum((r) => r.detectedCheatingJobs),
    honest: sum((r) => r.honestJobs),
    honestFlagged: sum((r) => r.flaggedHonestJobs),
    largeHonest: sum((r) => r.largeHonestJobs),
    largeHonestFlagged: sum((r) => r.flaggedLargeHonestJobs),
  };
  console.log(
    `${row.cheat}: detected ${row.detected}/${row.cheating}, honest flagged ${row.honestFlagged}/${row.honest}, large honest flagged ${row.largeHonestFlagged}/${row.largeHonest}`,
  );
  return row;
}

describe('measureDetection', () => {
  it.each([undefined, ...CHEAT_KINDS])('meets the goals on 20 facilities × 5000 accelerators × 90 days (cheat: %s)', (cheat) => {
    const row = over(cheat);
    if (cheat) {
      expect(row.cheating).toBeGreaterThan(0);
      expect(row.detected / row.cheating).toBeGreaterThanOrEqual(0.95);
    } else {
      expect(row.cheating).toBe(0);
    }
    expect(row.honestFlagged / row.honest).toBeLessThanOrEqual(0.02);
    expect(row.largeHonestFlagged / row.largeHonest).toBeLessThanOrEqual(0.02);
  });
});

/** The first of a job's ids (the jobs the tests below pick have some). */
function firstOf(ids: readonly string[], what: string): string {
  const [id] = ids;
  if (id === undefined) throw new Error(`the job has no ${what}`);
  return id;
}

describe('implicatedJobs', () => {
  const sim = simulate({ facilities: 4, accelerators: 3000, days: 20, seed: 9, cheat: 'underreport' });
  const hidden = sim.truth.jobs.find((j) => j.hidden)!;
  const honest = sim.truth.jobs.find((j) => j.honest && j.workloadIds.length > 0)!;

  it('implicates nothing without flags, and a job by its workloads', () => {
    expect(implicatedJobs(sim, []).size).toBe(0);
    const flag = {
      kind: 'training-like-undeclared' as const,
      reportIds: [],
      workloadIds: [firstOf(honest.workloadIds, 'workload')],
      figures: {},
      message: '',
    };
    expect([...implicatedJobs(sim, [flag])]).toEqual([honest.id]);
  });

  it('lets a report-only flag implicate the cheat in its reports, or every job there when none cheats', () => {
    const flag = {
      kind: 'unaccounted-compute' as const,
      facilityId: firstOf(hidden.facilityIds, 'facility'),
      reportIds: [firstOf(hidden.reportIds, 'report')],
      figures: {},
      message: '',
    };
    expect([...implicatedJobs(sim, [flag])]).toEqual([hidden.id]);
    const elsewhere = sim.truth.jobs.find(
      (j) => j.honest && !j.reportIds.some((r) => hidden.reportIds.includes(r)) && j.reportIds.length > 0,
    )!;
    const falseAlarm = { ...flag, reportIds: [firstOf(elsewhere.reportIds, 'report')] };
    expect(implicatedJobs(sim, [falseAlarm]).has(elsewhere.id)).toBe(true);
  });
});
