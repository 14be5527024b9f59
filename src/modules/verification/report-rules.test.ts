import { describe, expect, it } from 'vitest';
import { checkReport } from './report-rules.ts';
import type { ComputeReport, Workload } from './types.ts';

const facility = {
  id: 'f1',
  inventory: [
    { model: 'H100', count: 100, peakFlops: 1e15 },
    { model: 'A100', count: 10, peakFlops: 3e14 },
  ],
};
const onH100: Workload = {
  id: 'a',
  class: 'training',
  acceleratorHours: 2000,
  utilization: 0.4,
  accelerator: 'H100',
  commitment: 'ab'.repeat(32),
};
const onA100: Workload = {
  id: 'b',
  class: 'inference',
  acceleratorHours: 240,
  utilization: 1,
  accelerator: 'A100',
  commitment: 'cd'.repeat(32),
};
const good: ComputeReport = {
  facilityId: 'f1',
  sequence: 2,
  periodStart: '2026-01-02T00:00:00Z',
  periodEnd: '2026-01-03T00:00:00Z',
  meteredAcceleratorHours: 2400,
  energyKwh: 2000,
  workloads: [onH100, onA100],
};
const previous = { sequence: 1, periodEnd: '2026-01-02T00:00:00Z' };
const codes = (r: ComputeReport, prev: typeof previous | null = previous) => checkReport(r, facility, prev ?? undefined).map((p) => p.code);

describe('checkReport', () => {
  it('accepts a well-formed report that follows the previous one', () => {
    expect(checkReport(good, facility, previous)).toEqual([]);
    expect(codes({ ...good, sequence: 1 }, null)).toEqual([]);
  });

  it('refuses gaps, overlaps, bad periods and another facility', () => {
    expect(codes({ ...good, sequence: 3 })).toEqual(['sequence-gap']);
    expect(codes({ ...good }, null)).toEqual(['sequence-gap']);
    expect(codes({ ...good, periodStart: '2026-01-01T23:00:00Z' })).toEqual(['period-overlap']);
    expect(codes({ ...good, periodEnd: '2026-01-02T00:00:00Z' })).toContain('bad-period');
    expect(codes({ ...good, facilityId: 'f2' })).toEqual(['wrong-facility']);
  });

  it('refuses declared or metered hours beyond capacity, in total and per model', () => {
    // capacity: 110 accelerators × 24 h = 2640; A100 alone 240.
    expect(codes({ ...good, meteredAcceleratorHours: 2641 })).toEqual(['capacity-exceeded']);
    expect(codes({ ...good, workloads: [onH100, { ...onA100, acceleratorHours: 241 }] })).toEqual(['capacity-exceeded']);
    expect(codes({ ...good, workloads: [{ ...onH100, acceleratorHours: 2700, accelerator: undefined }] })).toEqual(['capacity-exceeded']);
  });

  it('refuses bad workloads and names them', () => {
    const bad = checkReport(
      {
        ...good,
        workloads: [
          { ...onH100, utilization: 0 },
          { ...onH100, class: 'mining' as never, accelerator: 'TPU', commitment: 'XYZ', acceleratorHours: -1 },
        ],
      },
      facility,
      previous,
    );
    expect(bad.map((p) => [p.code, p.workloadId])).toEqual([
      ['bad-utilization', 'a'],
      ['duplicate-workload', 'a'],
      ['bad-class', 'a'],
      ['bad-figure', 'a'],
      ['bad-commitment', 'a'],
      ['unknown-accelerator', 'a'],
    ]);
    expect(codes({ ...good, energyKwh: Number.NaN })).toEqual(['bad-figure']);
  });
});
