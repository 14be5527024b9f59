import { describe, expect, it } from 'vitest';
import { runAccounting } from './accounting.ts';
import { runSeries } from './run-series.ts';
import { simulate } from './simulation/simulator.ts';
import type { ComputeReport } from './types.ts';

const UNIT = [{ model: 'U', count: 1000, peakFlops: 1 / 3600 }];
const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString();
const report = (facilityId: string, sequence: number, hours: [string | undefined, number][]): ComputeReport => ({
  facilityId,
  sequence,
  periodStart: day(sequence - 1),
  periodEnd: day(sequence),
  meteredAcceleratorHours: 1,
  energyKwh: 1,
  workloads: hours.map(([runId, h], i) => ({
    id: `${facilityId}-${sequence}-${i}`,
    class: 'training',
    acceleratorHours: h,
    utilization: 1,
    ...(runId ? { runId } : {}),
    commitment: '00'.repeat(32),
  })),
});

describe('runSeries', () => {
  it('gives one point per period end, merging facilities that end together', () => {
    const facilities = [
      { id: 'a', inventory: UNIT },
      { id: 'b', inventory: UNIT },
    ];
    const reports = [
      report('a', 1, [
        ['r', 10],
        [undefined, 5],
      ]),
      report('b', 1, [['r', 2]]),
      report('a', 2, [
        ['r', 3],
        ['s', 1],
      ]),
    ];
    const series = runSeries({ facilities, reports });
    expect(series.get('r')).toEqual([
      [day(1), 12],
      [day(2), 15],
    ]);
    expect(series.get('s')).toEqual([[day(2), 1]]);
    expect(series.has('undefined')).toBe(false);
  });

  it('ends every run exactly at runAccounting’s cumulative FLOP', () => {
    const sim = simulate({ facilities: 5, accelerators: 3000, days: 30, seed: 4 });
    const series = runSeries(sim);
    const accounts = runAccounting(sim);
    expect(accounts.length).toBeGreaterThan(0);
    for (const account of accounts) {
      const points = series.get(account.runId) ?? [];
      if (account.workloadCount === 0) expect(points).toEqual([]);
      else expect(points.at(-1)?.[1]).toBe(account.cumulativeFlop);
    }
  });
});
