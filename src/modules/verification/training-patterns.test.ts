import { describe, expect, it } from 'vitest';
import { peakTable } from './accounting.ts';
import { DEFAULT_FLAG_CONFIG } from './flags.ts';
import { chainUndeclaredTraining, isSustained, scoreFacilityWorkloads } from './training-patterns.ts';
import type { ComputeReport, Workload } from './types.ts';

const table = peakTable([{ model: 'H100', count: 10000, peakFlops: 1e15 }]);
const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString();
const w = (id: string, concurrency: number, fields: Partial<Workload> = {}): Workload => ({
  id,
  class: 'training',
  acceleratorHours: concurrency * 24,
  utilization: 0.45,
  commitment: '00'.repeat(32),
  ...fields,
});
const reports = (rows: Workload[][], skip = -1): ComputeReport[] =>
  rows.map((workloads, i) => ({
    facilityId: 'f',
    sequence: i + 1 + (skip >= 0 && i >= skip ? 1 : 0),
    periodStart: day(i),
    periodEnd: day(i + 1),
    meteredAcceleratorHours: 0,
    energyKwh: 0,
    workloads,
  }));

describe('scoreFacilityWorkloads', () => {
  it('marks unlinked large training and training-like inference, not declared runs, small jobs or serving', () => {
    const rs = reports([
      [
        w('a', 300),
        w('b', 300, { runId: 'declared' }),
        w('c', 300, { runId: 'unknown' }),
        w('d', 200),
        w('e', 300, { class: 'inference' }),
        w('f', 300, { class: 'inference', utilization: 0.2 }),
      ],
    ]);
    const scored = scoreFacilityWorkloads('f', rs, table, new Set(['declared']), DEFAULT_FLAG_CONFIG.trainingLike);
    expect(scored.filter((s) => s.undeclaredTraining).map((s) => s.workload.id)).toEqual(['a', 'c', 'e']);
    expect(scored.filter((s) => s.misclassified).map((s) => s.workload.id)).toEqual(['e']);
    expect(scored[0]?.concurrency).toBe(300);
    expect(scored[0]?.flop).toBe(300 * 24 * 3600 * 1e15 * 0.45);
  });
});

describe('chainUndeclaredTraining', () => {
  const chains = (rows: Workload[][], skip = -1) => {
    const rs = reports(rows, skip);
    return chainUndeclaredTraining(
      scoreFacilityWorkloads('f', rs, table, new Set(), DEFAULT_FLAG_CONFIG.trainingLike),
      rs,
      DEFAULT_FLAG_CONFIG.sustained,
    );
  };
  const ids = (cs: ReturnType<typeof chains>) => cs.map((c) => c.members.map((m) => m.workload.id).join(''));

  it('follows each job by its size although its id changes every period', () => {
    const cs = chains([
      [w('a', 2000), w('x', 400)],
      [w('b', 2100), w('y', 420)],
      [w('c', 1900), w('z', 410, { utilization: 0.7 })],
    ]);
    expect(ids(cs)).toEqual(['abc', 'xy', 'z']);
  });

  it('breaks a chain on a jump in size, a change of accelerator, or a gap in the sequence', () => {
    expect(ids(chains([[w('a', 1000)], [w('b', 1600)]]))).toEqual(['a', 'b']);
    expect(ids(chains([[w('a', 1000)], [w('b', 1000, { accelerator: 'H100' })]]))).toEqual(['a', 'b']);
    expect(ids(chains([[w('a', 1000)], [w('b', 1000)]], 1))).toEqual(['a', 'b']);
  });

  it('calls a chain sustained from 7 days on', () => {
    const [six] = chains(Array.from({ length: 6 }, (_, i) => [w(`a${i}`, 1000)]));
    const [seven] = chains(Array.from({ length: 7 }, (_, i) => [w(`a${i}`, 1000)]));
    if (six === undefined || seven === undefined) throw new Error('one job over 6 or 7 days made no chain');
    expect(isSustained(six, DEFAULT_FLAG_CONFIG.sustained)).toBe(false);
    expect(isSustained(seven, DEFAULT_FLAG_CONFIG.sustained)).toBe(true);
  });
});
