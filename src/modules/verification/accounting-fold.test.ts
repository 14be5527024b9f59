import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareChrono,
  crossingsFrom,
  emptyTotals,
  foldAll,
  foldFresh,
  foldStart,
  runParts,
  type PartRow,
  type RunPart,
  type RunTotals,
} from './accounting-fold.ts';
import { peakTables, runAccounting, type FacilityInventory } from './accounting.ts';
import { runSeries } from './run-series.ts';
import type { ComputeReport, Thresholds } from './types.ts';

const FACILITIES: FacilityInventory[] = [
  { id: 'a', inventory: [{ model: 'H100', count: 3000, peakFlops: 989e12 }] },
  {
    id: 'b',
    inventory: [
      { model: 'H100', count: 1000, peakFlops: 989e12 },
      { model: 'B200', count: 500, peakFlops: 2.25e15 },
    ],
  },
  { id: 'c', inventory: [{ model: 'MI300X', count: 700, peakFlops: 1.3e15 }] },
];
const TABLES = peakTables(FACILITIES);
const RUNS = ['r1', 'r2', 'r3'];

/**
 * The server's side of a fold, in memory: the maintained totals and part rows, and each stored
 * part's workloads (which the database reads back from verification_workloads).
 */
class Store {
  totals = new Map<string, RunTotals>();
  rows = new Map<string, PartRow[]>();
  parts = new Map<string, RunPart>();

  accept(report: ComputeReport, thresholds: Thresholds) {
    for (const part of runParts(report, TABLES.get(report.facilityId)!)) {
      const current = this.totals.get(part.runId) ?? emptyTotals(part.runId);
      const start = foldStart(current, [part]);
      const rows = (this.rows.get(part.runId) ?? []).sort(compareChrono);
      const stored =
        start === null
          ? null
          : {
              predecessor: rows.filter((r) => compareChrono(r, start) < 0).pop() ?? null,
              parts: rows.filter((r) => compareChrono(r, start) >= 0).map((r) => this.parts.get(key(r))!),
            };
      const next = foldFresh(current, [part], stored, thresholds);
      this.totals.set(part.runId, next.totals);
      const kept = rows.filter((r) => !next.rows.some((n) => compareChrono(n, r) === 0));
      this.rows.set(part.runId, [...kept, ...next.rows]);
      this.parts.set(key(part), part);
    }
  }
}
const key = (p: { runId: string } & Parameters<typeof compareChrono>[0]) => `${p.runId}|${p.facilityId}#${p.sequence}`;

/** Each facility's reports on whole days (so reports of different facilities often end at the same instant), in sequence order. */
const facilityReports = (facilityId: string) =>
  fc
    .array(
      fc.record({
        gap: fc.integer({ min: 0, max: 2 }),
        days: fc.integer({ min: 1, max: 3 }),
        workloads: fc.array(
          fc.record({
            hours: fc.double({ min: 0.001, max: 5e5, noNaN: true }),
            utilization: fc.double({ min: 0.01, max: 1, noNaN: true }),
            run: fc.constantFrom(undefined, ...RUNS),
            named: fc.boolean(),
          }),
          { maxLength: 5 },
        ),
      }),
      { maxLength: 6 },
    )
    .map((list) => {
      let day = 0;
      return list.map((r, i): ComputeReport => {
        const start = day + r.gap;
        day = start + r.days;
        const model = TABLES.get(facilityId)!.byModel.keys().next().value as string;
        return {
          facilityId,
          sequence: i + 1,
          periodStart: new Date(Date.UTC(2026, 0, 1 + start)).toISOString(),
          periodEnd: new Date(Date.UTC(2026, 0, 1 + day)).toISOString(),
          meteredAcceleratorHours: 1,
          energyKwh: 1,
          workloads: r.workloads.map((w, j) => ({
            id: `w${i}-${j}`,
            class: 'training' as const,
            acceleratorHours: w.hours,
            utilization: w.utilization,
            ...(w.run ? { runId: w.run } : {}),
            ...(w.named ? { accelerator: model } : {}),
            commitment: '00'.repeat(32),
          })),
        };
      });
    });

/** Reports of three facilities and an order the server accepts them in: any interleaving that keeps each facility's sequence. */
const world = fc
  .tuple(facilityReports('a'), facilityReports('b'), facilityReports('c'), fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 60 }))
  .map(([a, b, c, picks]) => {
    const queues = [[...a], [...b], [...c]];
    const order: ComputeReport[] = [];
    for (const pick of picks) {
      const queue = queues[pick]!.length > 0 ? queues[pick]! : queues.find((q) => q.length > 0);
      if (queue) order.push(queue.shift()!);
    }
    for (const q of queues) order.push(...q);
    return order;
  });

/** Thresholds low enough for the generated runs to cross them (a run's FLOP reaches about 1e24). */
const thresholds = fc
  .tuple(fc.double({ min: 1e18, max: 5e23, noNaN: true }), fc.double({ min: 1e18, max: 1e24, noNaN: true }))
  .map(([notifyFlop, licenceFlop]): Thresholds => ({ notifyFlop, licenceFlop }));

const totalsOf = (accounts: ReturnType<typeof runAccounting>) =>
  accounts
    .map((a) => ({
      runId: a.runId,
      cumulativeFlop: a.cumulativeFlop,
      acceleratorHours: a.acceleratorHours,
      workloadCount: a.workloadCount,
      crossings: a.crossings,
      reportIds: a.reportIds,
      facilityIds: a.facilityIds,
    }))
    .sort((x, y) => (x.runId < y.runId ? -1 : 1));
const maintained = (store: Store) =>
  [...store.totals.values()].map(({ last: _last, ...t }) => t).sort((x, y) => (x.runId < y.runId ? -1 : 1));

describe('folding reports one by one', () => {
  it('equals runAccounting of the same reports from scratch, bit for bit, in any order the server accepts them', () => {
    fc.assert(
      fc.property(world, thresholds, (reports, th) => {
        const store = new Store();
        for (const report of reports) store.accept(report, th);
        const scratch = runAccounting({ facilities: FACILITIES, runs: [], reports }, th);
        expect(maintained(store)).toEqual(totalsOf(scratch));
        // The rows kept equal foldAll's (what recompute compares), and each run's last row its cumulative.
        const all = foldAll(reports, FACILITIES, th);
        for (const [runId, { totals, rows }] of all) {
          expect(store.totals.get(runId)).toEqual(totals);
          expect([...store.rows.get(runId)!].sort(compareChrono)).toEqual(rows);
        }
        // The chart's series is the rows' cumulative after each period end.
        for (const [runId, points] of runSeries({ facilities: FACILITIES, reports })) {
          const rows = all.get(runId)!.rows;
          expect(points[points.length - 1]![1]).toBe(rows[rows.length - 1]!.flopAfter);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the crossings again under new thresholds from the first part above each, as from scratch', () => {
    fc.assert(
      fc.property(world, thresholds, thresholds, (reports, before, after) => {
        const all = foldAll(reports, FACILITIES, before);
        const scratch = new Map(runAccounting({ facilities: FACILITIES, runs: [], reports }, after).map((a) => [a.runId, a.crossings]));
        const parts = new Map<string, RunPart>();
        for (const r of reports) for (const p of runParts(r, TABLES.get(r.facilityId)!)) parts.set(key(p), p);
        for (const [runId, { rows }] of all) {
          const candidates = [after.notifyFlop, after.licenceFlop]
            .map((t) => rows.find((row) => row.flopAfter > t))
            .filter((row) => row !== undefined)
            .map((row) => ({ part: parts.get(key(row))!, flopBefore: row.flopBefore }));
          expect(crossingsFrom(candidates, after)).toEqual(scratch.get(runId));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sums a report that ends before the last one folded from the part before it (not added at the end)', () => {
    const th = { notifyFlop: 1e30, licenceFlop: 1e31 };
    const r = (facilityId: string, sequence: number, day: number, hours: number): ComputeReport => ({
      facilityId,
      sequence,
      periodStart: new Date(Date.UTC(2026, 0, day - 1)).toISOString(),
      periodEnd: new Date(Date.UTC(2026, 0, day)).toISOString(),
      meteredAcceleratorHours: 1,
      energyKwh: 1,
      workloads: [
        { id: `w${sequence}`, class: 'training', acceleratorHours: hours, utilization: 0.1, runId: 'r1', commitment: '00'.repeat(32) },
      ],
    });
    const store = new Store();
    const order = [r('b', 1, 2, 0.1), r('a', 1, 2, 0.2), r('c', 1, 1, 0.3)];
    for (const report of order) store.accept(report, th);
    expect(store.totals.get('r1')!.reportIds).toEqual(['c#1', 'a#1', 'b#1']);
    const [scratch] = runAccounting({ facilities: FACILITIES, runs: [], reports: order }, th);
    expect(store.totals.get('r1')!.cumulativeFlop).toBe(scratch!.cumulativeFlop);
  });
});
