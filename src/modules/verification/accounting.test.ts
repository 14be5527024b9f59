import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import { chronological, estimateFlop, facilityAccounting, peakTable, runAccounting } from './accounting.ts';
import type { ComputeReport, DeclaredRun, Workload } from './types.ts';

const H100 = { model: 'H100', count: 3000, peakFlops: 1e15 };
const B200 = { model: 'B200', count: 1000, peakFlops: 2e15 };

/** Peak 1/3600 FLOP/s makes estimated FLOP = acceleratorHours × utilization, easy to read. */
const UNIT = [{ model: 'U', count: 1000, peakFlops: 1 / 3600 }];
const w = (id: string, acceleratorHours: number, runId?: string, extra: Partial<Workload> = {}): Workload => ({
  id,
  class: 'training',
  acceleratorHours,
  utilization: 1,
  ...(runId ? { runId } : {}),
  commitment: '00'.repeat(32),
  ...extra,
});
const day = (d: number) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString();
const report = (facilityId: string, sequence: number, workloads: Workload[], metered?: number): ComputeReport => ({
  facilityId,
  sequence,
  periodStart: day(sequence - 1),
  periodEnd: day(sequence),
  meteredAcceleratorHours: metered ?? workloads.reduce((s, x) => s + x.acceleratorHours, 0),
  energyKwh: 1,
  workloads,
});
const run = (id: string, licenceRef?: string): DeclaredRun => ({
  id,
  developer: 'dev',
  name: id,
  purpose: 'test',
  expectedFlop: 500,
  ...(licenceRef ? { licenceRef } : {}),
});

describe('peakTable', () => {
  it('gives the count-weighted mean peak', () => {
    expect(peakTable([H100, B200]).meanPeakFlops).toBe((3000 * 1e15 + 1000 * 2e15) / 4000);
  });
  it('refuses an empty inventory', () => {
    expect(() => peakTable([])).toThrow(AppError);
  });
});

describe('estimateFlop', () => {
  it('uses the named model, else the weighted mean', () => {
    expect(estimateFlop({ acceleratorHours: 10, utilization: 0.5, accelerator: 'B200' }, [H100, B200])).toBe(10 * 3600 * 2e15 * 0.5);
    expect(estimateFlop({ acceleratorHours: 10, utilization: 0.5 }, [H100, B200])).toBe(10 * 3600 * 1.25e15 * 0.5);
    expect(estimateFlop({ acceleratorHours: 10, utilization: 0.5 }, peakTable([H100]))).toBe(10 * 3600 * 1e15 * 0.5);
  });
  it('refuses a model the inventory lacks', () => {
    expect(() => estimateFlop({ acceleratorHours: 1, utilization: 1, accelerator: 'TPU' }, [H100])).toThrow(
      expect.objectContaining({ code: 'unknown_accelerator' }),
    );
  });
});

describe('chronological', () => {
  it('orders by periodEnd, then facility, then sequence', () => {
    const rs = [report('b', 2, []), report('b', 1, []), report('a', 2, []), report('a', 1, [])];
    expect(chronological(rs).map((r) => `${r.facilityId}${r.sequence}`)).toEqual(['a1', 'b1', 'a2', 'b2']);
  });
});

describe('runAccounting', () => {
  const thresholds = { notifyFlop: 100, licenceFlop: 1000 };
  const facilities = [
    { id: 'f1', inventory: UNIT },
    { id: 'f2', inventory: UNIT },
  ];
  // Given out of order on purpose; accounting sorts by periodEnd.
  const reports = [
    report('f2', 3, [w('c1', 600, 'big')]),
    report('f1', 1, [w('a1', 60, 'big'), w('a2', 100, 'small'), w('a3', 50)]),
    report('f2', 1, [w('b1', 30, 'big'), w('b2', 7, 'ghost')]),
    report('f1', 2, [w('a4', 20, 'big'), w('a5', 400, 'ghost', { class: 'inference', utilization: 0.5 })]),
    report('f1', 3, [w('a6', 500, 'big')]),
  ];

  const accounts = new Map(
    runAccounting({ runs: [run('big'), run('small'), run('licensed', 'LIC-1'), run('idle')], reports, facilities }, thresholds).map((a) => [
      a.runId,
      a,
    ]),
  );

  it('sums each run across facilities in chronological order and dates each crossing', () => {
    const big = accounts.get('big')!;
    expect(big.cumulativeFlop).toBe(60 + 30 + 20 + 500 + 600);
    expect(big.standing).toBe('licence-required');
    expect(big.crossings.map((c) => [c.threshold, c.periodEnd, c.reportId])).toEqual([
      ['notify', day(2), 'f1#2'],
      ['licence', day(3), 'f2#3'],
    ]);
    expect(big.reportIds).toEqual(['f1#1', 'f2#1', 'f1#2', 'f1#3', 'f2#3']);
    expect(big.facilityIds).toEqual(['f1', 'f2']);
    expect(big.licensed).toBe(false);
    expect(big.workloadCount).toBe(5);
  });

  it('crosses only when strictly greater than a threshold', () => {
    const small = accounts.get('small')!;
    expect(small.cumulativeFlop).toBe(100);
    expect(small.standing).toBe('below');
    expect(small.crossings).toEqual([]);
  });

  it('includes runs nobody declared, counting every linked workload whatever its class', () => {
    const ghost = accounts.get('ghost')!;
    expect(ghost).toMatchObject({ declared: false, licensed: false, cumulativeFlop: 207, standing: 'notify' });
    expect(ghost.developer).toBeUndefined();
  });

  it('keeps declared runs with no compute and knows a licence', () => {
    expect(accounts.get('idle')).toMatchObject({ declared: true, cumulativeFlop: 0, standing: 'below', reportIds: [] });
    expect(accounts.get('licensed')).toMatchObject({ licensed: true, licenceRef: 'LIC-1' });
  });

  it('uses the default thresholds (1e25 / 1e26) when none are given', () => {
    const big = [{ id: 'f', inventory: [H100] }];
    const flop = (h: number) => h * 3600 * 1e15 * 0.5;
    const hours = 1e25 / flop(1) + 1;
    const [acc] = runAccounting({
      runs: [run('r')],
      reports: [report('f', 1, [w('x', hours, 'r', { utilization: 0.5 })])],
      facilities: big,
    });
    expect(acc?.standing).toBe('notify');
  });

  it('refuses a report of an unknown facility', () => {
    expect(() => runAccounting({ runs: [], reports: [report('nope', 1, [])], facilities })).toThrow(
      expect.objectContaining({ code: 'unknown_facility' }),
    );
  });
});

describe('facilityAccounting', () => {
  it('gives metered, declared, difference, tolerance and beyond per period, sorted', () => {
    const periods = facilityAccounting([
      report('f2', 1, [w('x', 97)], 100),
      report('f1', 2, [w('y', 97.9)], 100),
      report('f1', 1, [w('z', 101)], 100),
    ]);
    expect(periods.map((p) => p.reportId)).toEqual(['f1#1', 'f1#2', 'f2#1']);
    expect(periods[0]).toMatchObject({
      meteredAcceleratorHours: 100,
      declaredAcceleratorHours: 101,
      differenceAcceleratorHours: -1,
      toleranceAcceleratorHours: 2,
      beyond: false,
    });
    expect(periods[1]?.beyond).toBe(true);
    expect(periods[2]).toMatchObject({ differenceAcceleratorHours: 3, beyond: true });
  });

  it('is not beyond at exactly the tolerance, and takes another tolerance', () => {
    expect(facilityAccounting([report('f', 1, [w('x', 98)], 100)])[0]?.beyond).toBe(false);
    expect(facilityAccounting([report('f', 1, [w('x', 98)], 100)], 0.01)[0]?.beyond).toBe(true);
    expect(() => facilityAccounting([], -1)).toThrow(AppError);
  });
});
