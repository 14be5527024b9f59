import { chronological, peakOf, peakTables, type FacilityInventory, type PeakTable, type ThresholdCrossing } from './accounting.ts';
import { reportId, type ComputeReport, type Thresholds, type Workload } from './types.ts';

/**
 * Folding accepted reports into maintained run totals, one report (or batch) at a time, with the
 * same arithmetic as accounting.ts runAccounting, so that the maintained figures equal the ones
 * computed from scratch to the last bit (tested with fast-check in accounting-fold.test.ts).
 *
 * runAccounting sums workloads in chronological order (period end, then facility id, then
 * sequence). Reports arrive in each facility's sequence order, but facilities interleave: a report
 * may end before, or at the same instant as, one of another facility already folded. Floating-point
 * addition is not associative, so such a report is not simply added: the run's later parts (the
 * "tail") are summed again from the cumulative just before it. Each part (one report's workloads
 * of one run) keeps its cumulative before and after, so the point to start from is one row away,
 * and the tail is usually a day's reports of the other facilities. Pure: no I/O.
 */

/** Where a report stands in chronological order. */
export interface ChronoKey {
  periodEnd: string;
  facilityId: string;
  sequence: number;
}

/** accounting.ts chronological's order, as a comparator. */
export function compareChrono(a: ChronoKey, b: ChronoKey): number {
  return (
    Date.parse(a.periodEnd) - Date.parse(b.periodEnd) ||
    (a.facilityId < b.facilityId ? -1 : a.facilityId > b.facilityId ? 1 : 0) ||
    a.sequence - b.sequence
  );
}

/** One report's workloads linked to one run, in report order: each one's estimated FLOP and accelerator-hours. */
export interface RunPart extends ChronoKey {
  runId: string;
  flops: number[];
  hours: number[];
}

/** What is kept of a part: its key and the run's cumulative FLOP before and after it, and accelerator-hours after it. */
export interface PartRow extends ChronoKey {
  runId: string;
  flopBefore: number;
  flopAfter: number;
  hoursAfter: number;
  workloadCount: number;
}

/** A run's maintained totals: runAccounting's figures of the run, without what the declaration or the thresholds' current values give. */
export interface RunTotals {
  runId: string;
  cumulativeFlop: number;
  acceleratorHours: number;
  workloadCount: number;
  crossings: ThresholdCrossing[];
  /** Chronological, one per part. */
  reportIds: string[];
  /** Sorted. */
  facilityIds: string[];
  /** The chronologically last part's key; null before any. */
  last: ChronoKey | null;
}

export function emptyTotals(runId: string): RunTotals {
  return { runId, cumulativeFlop: 0, acceleratorHours: 0, workloadCount: 0, crossings: [], reportIds: [], facilityIds: [], last: null };
}

/** The parts of a report, one per run its workloads cite, in order of first citation. */
export function runParts(report: ComputeReport, table: PeakTable): RunPart[] {
  const parts = new Map<string, RunPart>();
  for (const w of report.workloads) {
    if (w.runId === undefined) continue;
    let part = parts.get(w.runId);
    if (!part) {
      part = {
        runId: w.runId,
        facilityId: report.facilityId,
        sequence: report.sequence,
        periodEnd: report.periodEnd,
        flops: [],
        hours: [],
      };
      parts.set(w.runId, part);
    }
    part.flops.push(workloadFlop(w, table));
    part.hours.push(w.acceleratorHours);
  }
  return [...parts.values()];
}

/** A workload's estimated FLOP: the same expression, in the same order, as runAccounting's. */
export function workloadFlop(w: Pick<Workload, 'acceleratorHours' | 'utilization' | 'accelerator'>, table: PeakTable): number {
  return w.acceleratorHours * 3600 * peakOf(w.accelerator, table) * w.utilization;
}

/** Where a tail starts: the cumulative FLOP and accelerator-hours of the parts before it, and how many there are. */
export interface FoldPoint {
  flop: number;
  hours: number;
  partsBefore: number;
}

/** The point after every part of `totals`: where a part that comes last is added. */
export const endOf = (totals: RunTotals): FoldPoint => ({
  flop: totals.cumulativeFlop,
  hours: totals.acceleratorHours,
  partsBefore: totals.reportIds.length,
});

/**
 * The run's totals after summing `tail` (every part from `at` on, old and new, in chronological
 * order) from `at`; `added` is the number of new workloads among them. Crossings before `at` are
 * kept (the cumulative there already exceeds their threshold), later ones found again. Returns the
 * rows of every part of the tail, to store. `current` is handed over: its report id list may be
 * extended in place.
 */
export function refoldRun(
  current: RunTotals,
  at: FoldPoint,
  tail: readonly RunPart[],
  added: number,
  thresholds: Thresholds,
): { totals: RunTotals; rows: PartRow[] } {
  const { notifyFlop, licenceFlop } = thresholds;
  const crossings = current.crossings.filter((c) => at.flop > c.thresholdFlop);
  // Adding at the end extends current's list in place (the caller hands its totals over): copying
  // it on every fold would make folding a run's history quadratic.
  const reportIds = at.partsBefore === current.reportIds.length ? current.reportIds : current.reportIds.slice(0, at.partsBefore);
  const facilities = new Set(current.facilityIds);
  const rows: PartRow[] = [];
  let flop = at.flop;
  let hours = at.hours;
  for (const part of tail) {
    const rid = reportId(part);
    const flopBefore = flop;
    for (let i = 0; i < part.flops.length; i++) {
      const before = flop;
      flop = before + part.flops[i]!; // i < flops.length
      hours += part.hours[i]!; // hours has the same length
      if (before <= notifyFlop && flop > notifyFlop) crossings.push(crossing('notify', notifyFlop, part, rid, flop));
      if (before <= licenceFlop && flop > licenceFlop) crossings.push(crossing('licence', licenceFlop, part, rid, flop));
    }
    reportIds.push(rid);
    facilities.add(part.facilityId);
    rows.push({
      runId: current.runId,
      facilityId: part.facilityId,
      sequence: part.sequence,
      periodEnd: part.periodEnd,
      flopBefore,
      flopAfter: flop,
      hoursAfter: hours,
      workloadCount: part.flops.length,
    });
  }
  const lastPart = tail[tail.length - 1];
  return {
    totals: {
      runId: current.runId,
      cumulativeFlop: flop,
      acceleratorHours: hours,
      workloadCount: current.workloadCount + added,
      crossings,
      reportIds,
      facilityIds: [...facilities].sort(),
      last: lastPart ? { periodEnd: lastPart.periodEnd, facilityId: lastPart.facilityId, sequence: lastPart.sequence } : current.last,
    },
    rows,
  };
}

/**
 * Where folding new parts of a run must start: null when every new part (sorted) comes after the
 * run's last one (they are simply added), else the first new part's key — the stored parts from it
 * on are summed again, from the cumulative of the part just before it.
 */
export function foldStart(current: RunTotals, fresh: readonly RunPart[]): ChronoKey | null {
  const first = fresh[0];
  if (first === undefined || current.last === null || compareChrono(first, current.last) > 0) return null;
  return first;
}

/** The stored side of a fold that starts inside a run's history: the row just before the start, and the stored parts from it on. */
export interface StoredTail {
  predecessor: PartRow | null;
  parts: RunPart[];
}

/** Folds a run's new parts (sorted) into its totals; `stored` is required when foldStart gave a key. */
export function foldFresh(
  current: RunTotals,
  fresh: readonly RunPart[],
  stored: StoredTail | null,
  thresholds: Thresholds,
): { totals: RunTotals; rows: PartRow[] } {
  const added = fresh.reduce((n, p) => n + p.flops.length, 0);
  if (stored === null) return refoldRun(current, endOf(current), fresh, added, thresholds);
  const at: FoldPoint = {
    flop: stored.predecessor?.flopAfter ?? 0,
    hours: stored.predecessor?.hoursAfter ?? 0,
    partsBefore: current.reportIds.length - stored.parts.length,
  };
  const tail = [...stored.parts, ...fresh].sort(compareChrono);
  return refoldRun(current, at, tail, added, thresholds);
}

function crossing(threshold: 'notify' | 'licence', thresholdFlop: number, part: RunPart, rid: string, cumulativeFlop: number) {
  return { threshold, thresholdFlop, periodEnd: part.periodEnd, reportId: rid, cumulativeFlop };
}

/**
 * A run's crossings under new thresholds, from the part where each threshold is first exceeded
 * (its first part whose cumulative after lies above it) and the cumulative before that part.
 * Ordered as runAccounting orders them: chronologically, then by workload, notify before licence.
 */
export function crossingsFrom(candidates: readonly { part: RunPart; flopBefore: number }[], thresholds: Thresholds): ThresholdCrossing[] {
  const found: { c: ThresholdCrossing; part: RunPart; index: number; rank: number }[] = [];
  const seen = new Set<string>();
  for (const { part, flopBefore } of candidates) {
    let flop = flopBefore;
    for (let i = 0; i < part.flops.length; i++) {
      const before = flop;
      flop = before + part.flops[i]!; // i < flops.length
      for (const [rank, threshold, value] of [
        [0, 'notify', thresholds.notifyFlop],
        [1, 'licence', thresholds.licenceFlop],
      ] as const) {
        if (before <= value && flop > value && !seen.has(threshold)) {
          seen.add(threshold);
          found.push({ c: crossing(threshold, value, part, reportId(part), flop), part, index: i, rank });
        }
      }
    }
  }
  found.sort((a, b) => compareChrono(a.part, b.part) || a.index - b.index || a.rank - b.rank);
  return found.map((f) => f.c);
}

/**
 * Every run's totals and part rows folded from scratch, in chronological order: what the
 * maintained tables must hold for these reports (`concord verification recompute` compares them).
 */
export function foldAll(
  reports: readonly ComputeReport[],
  facilities: readonly FacilityInventory[],
  thresholds: Thresholds,
): Map<string, { totals: RunTotals; rows: PartRow[] }> {
  const tables = peakTables(facilities);
  const out = new Map<string, { totals: RunTotals; rows: PartRow[] }>();
  for (const report of chronological(reports)) {
    const table = tables.get(report.facilityId);
    if (table === undefined) throw new Error(`report of unknown facility ${report.facilityId}`);
    for (const part of runParts(report, table)) {
      let held = out.get(part.runId);
      if (!held) out.set(part.runId, (held = { totals: emptyTotals(part.runId), rows: [] }));
      const next = refoldRun(held.totals, endOf(held.totals), [part], part.flops.length, thresholds);
      held.totals = next.totals;
      held.rows.push(...next.rows);
    }
  }
  return out;
}
