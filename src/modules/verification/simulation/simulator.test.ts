import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { facilityAccounting } from '../accounting.ts';
import { checkChallengeAnswer } from '../challenge-answer.ts';
import { canonicalBytes, verifySignedReport } from '../report-signing.ts';
import { checkReport } from '../report-rules.ts';
import { CHEAT_KINDS, CheatNotPlacedError, signAll, simulate, type Simulation } from './simulator.ts';

const small = { facilities: 8, accelerators: 4000, days: 40 };
const digest = (sim: Simulation) =>
  createHash('sha256')
    .update(canonicalBytes({ facilities: sim.facilities, runs: sim.runs, reports: sim.reports, truth: sim.truth }))
    .digest('hex');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('simulate', () => {
  it('is deterministic from its seed and never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const a = simulate({ ...small, seed: 'alpha' });
    const b = simulate({ ...small, seed: 'alpha' });
    const c = simulate({ ...small, seed: 'beta' });
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
    expect(random).not.toHaveBeenCalled();
  });

  it('writes one report per facility per day that passes every report rule', () => {
    const sim = simulate({ ...small, seed: 1, cheat: 'underreport' });
    expect(sim.reports).toHaveLength(small.facilities * small.days);
    const byId = new Map(sim.facilities.map((f) => [f.id, f]));
    const last = new Map<string, { sequence: number; periodEnd: string }>();
    for (const report of sim.reports) {
      expect(checkReport(report, byId.get(report.facilityId)!, last.get(report.facilityId))).toEqual([]);
      last.set(report.facilityId, report);
    }
    for (const f of sim.facilities) {
      expect(f.jurisdiction).toMatch(/^[A-Z]{3}$/);
      expect(f.inventory.reduce((s, i) => s + i.count, 0)).toBeGreaterThanOrEqual(512);
    }
  });

  it('keeps honest metering within ±1 % of the declared sum and serving below training-like utilization', () => {
    const sim = simulate({ ...small, seed: 2 });
    for (const p of facilityAccounting(sim.reports)) {
      expect(Math.abs(p.differenceAcceleratorHours) / p.meteredAcceleratorHours).toBeLessThan(0.0102);
      expect(p.beyond).toBe(false);
    }
    const large = sim.reports
      .flatMap((r) => r.workloads)
      .filter((w) => (w.class === 'inference' || w.class === 'other') && w.acceleratorHours >= 256 * 24);
    expect(large.length).toBeGreaterThan(100);
    expect(Math.max(...large.map((w) => w.utilization))).toBeLessThanOrEqual(0.33);
    expect(sim.runs.some((r) => r.licenceRef)).toBe(true);
    expect(sim.truth).toMatchObject({ cheat: undefined, cheatingJobIds: [], cheatingFacilityIds: [] });
  });

  it('keeps a private record for every workload that answers a challenge', () => {
    const sim = simulate({ ...small, seed: 3, cheat: 'undeclared-training' });
    const workloads = sim.reports.flatMap((r) => r.workloads);
    expect(sim.privateRecords.size).toBe(workloads.length);
    for (const w of workloads) expect(checkChallengeAnswer(w, sim.privateRecords.get(w.id)!).ok).toBe(true);
  });

  it.each(CHEAT_KINDS)('seeds the %s cheat and records it in the truth', (cheat) => {
    const sim = simulate({ facilities: 20, accelerators: 5000, days: 90, seed: 4, cheat });
    const cheats = sim.truth.jobs.filter((j) => !j.honest);
    expect(cheats.length).toBeGreaterThan(0);
    expect(sim.truth.cheatingJobIds).toEqual(cheats.map((j) => j.id));
    expect(sim.truth.honestJobIds.length + cheats.length).toBe(sim.truth.jobs.length);
    const workloads = new Map(sim.reports.flatMap((r) => r.workloads).map((w) => [w.id, w]));
    for (const job of cheats) {
      expect(job.cheat).toBe(cheat);
      if (cheat === 'underreport') {
        expect(job).toMatchObject({ hidden: true, workloadIds: [] });
        expect(job.reportIds.length).toBeGreaterThan(0);
      }
      if (cheat === 'split-run') {
        expect(job.facilityIds.length).toBeGreaterThanOrEqual(2);
        expect(job.flop).toBeGreaterThan(1e25);
        expect(job.flop / job.facilityIds.length).toBeLessThan(5e24);
      }
      if (cheat === 'undeclared-training') {
        const classes = new Set(job.workloadIds.map((id) => workloads.get(id)!.class));
        const runIds = job.workloadIds.map((id) => workloads.get(id)!.runId);
        if (job.variant === 'misclassified') expect([...classes].every((c) => c === 'inference' || c === 'other')).toBe(true);
        else
          expect({ classes: [...classes], runIds: [...new Set(runIds)], over: job.flop > 1e25 }).toEqual({
            classes: ['training'],
            runIds: [undefined],
            over: true,
          });
      }
    }
  });
});

describe('simulate refusals', () => {
  it('refuses a cheat the world cannot hold, naming the smallest worlds with the seed that do', () => {
    // Six facilities of 3000 accelerators over 30 days have no room for a split run of over 1e25 FLOP in chunks below 4e24.
    const options = { facilities: 6, accelerators: 3000, days: 30, seed: '1', cheat: 'split-run' as const };
    let error: unknown;
    try {
      simulate(options);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CheatNotPlacedError);
    const { message, smallest } = error as CheatNotPlacedError;
    expect(message).not.toContain('\n');
    expect(message).toMatch(
      /^the split-run cheat does not fit in 6 facilities of about 3000 accelerators over 30 days \(seed 1\); the smallest worlds with this seed that hold it: /,
    );
    expect(message).toContain(
      `--facilities 6 --accelerators ${smallest.accelerators} --days 30, or --facilities ${smallest.facilities} --accelerators 3000 --days 30`,
    );
    // Each world named holds the cheat, and the next smaller one does not.
    const held = (o: typeof options) => simulate(o).truth.cheatingJobIds.length;
    expect(held({ ...options, accelerators: smallest.accelerators! })).toBeGreaterThan(0);
    expect(held({ ...options, facilities: smallest.facilities! })).toBeGreaterThan(0);
    expect(() => simulate({ ...options, accelerators: smallest.accelerators! - 100 })).toThrow(CheatNotPlacedError);
    expect(() => simulate({ ...options, facilities: smallest.facilities! - 1 })).toThrow(CheatNotPlacedError);
  });

  it('refuses nonsense sizes and unknown cheats', () => {
    expect(() => simulate({ ...small, facilities: 0, seed: 1 })).toThrow(RangeError);
    expect(() => simulate({ ...small, days: 1.5, seed: 1 })).toThrow(RangeError);
    expect(() => simulate({ ...small, accelerators: 10, seed: 1 })).toThrow(RangeError);
    expect(() => simulate({ ...small, seed: 1, cheat: 'bribery' as never })).toThrow(RangeError);
  });
});

describe('signAll', () => {
  it('signs each report with the key valid at its periodEnd, so both rotated keys verify', () => {
    const sim = simulate({ ...small, facilities: 3, seed: 5 });
    const signed = signAll(sim.reports, sim.facilities);
    const keys = new Map(sim.facilities.map((f) => [f.id, f.keys]));
    for (const s of signed) expect(verifySignedReport(s, keys.get(s.report.facilityId)!)).toMatchObject({ ok: true });
    const used = new Set(signed.filter((s) => s.report.facilityId === 'fac-01').map((s) => s.keyId));
    expect(used).toEqual(new Set(sim.facilities[0]?.keys.map((k) => k.keyId)));
  });

  it('refuses a report of a facility it has no keys for', () => {
    const sim = simulate({ ...small, facilities: 1, days: 2, seed: 6 });
    expect(() => signAll(sim.reports, [])).toThrow(RangeError);
  });
});
