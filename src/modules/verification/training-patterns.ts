import type { PeakTable } from './accounting.ts';
import { invalid } from '../../core/errors.ts';
import { reportId, type ComputeReport, type Workload } from './types.ts';

/**
 * Signals of undeclared training in compute reports. Training at scale has a signature that
 * serving does not: many accelerators held for the whole period, at high model FLOP utilization,
 * day after day at much the same size. These helpers find workloads with that signature that are
 * not linked to a declared run, and chain them across consecutive reports of a facility.
 */

/** When a workload classed inference or other looks like training. */
export interface TrainingLikeConfig {
  /** acceleratorHours / periodHours (accelerators held for the whole period) at least this. */
  minConcurrentAccelerators: number;
  /** Mean model FLOP utilization at least this. */
  minUtilization: number;
  /** Estimated FLOP in the period at least this. */
  minFlop: number;
}

/** When consecutive undeclared training-like workloads are one sustained job. */
export interface SustainedConfig {
  /** A chain spanning at least this many hours (first periodStart to last periodEnd) is sustained. */
  minHours: number;
  /** Consecutive links differ in concurrency by at most this factor. */
  maxConcurrencyRatio: number;
  /** … and in utilization by at most this (absolute). */
  maxUtilizationDelta: number;
}

/** One workload with the figures the rules need. */
export interface ScoredWorkload {
  workload: Workload;
  facilityId: string;
  reportId: string;
  /** Index of its report in the facility's reports sorted by sequence. */
  reportIndex: number;
  periodStartMs: number;
  periodEndMs: number;
  flop: number;
  /** acceleratorHours / period hours. */
  concurrency: number;
  /** Classed inference/other but training-like. */
  misclassified: boolean;
  /** Large (≥ minConcurrentAccelerators), training-like, and not linked to a declared run. */
  undeclaredTraining: boolean;
}

/**
 * Scores every workload of one facility's reports (sorted by sequence). A workload counts as
 * undeclared training when it holds ≥ minConcurrentAccelerators and is either classed training /
 * fine-tuning without a link to a declared run (no runId, or an id nobody declared), or classed
 * inference / other and training-like by {@link TrainingLikeConfig}.
 */
export function scoreFacilityWorkloads(
  facilityId: string,
  reports: readonly ComputeReport[],
  table: PeakTable,
  declaredRunIds: ReadonlySet<string>,
  config: TrainingLikeConfig,
): ScoredWorkload[] {
  const out: ScoredWorkload[] = [];
  for (let r = 0; r < reports.length; r++) {
    const report = reports[r]!; // r < reports.length
    const startMs = Date.parse(report.periodStart);
    const endMs = Date.parse(report.periodEnd);
    const hours = (endMs - startMs) / 3_600_000;
    const rid = reportId(report);
    for (const w of report.workloads) {
      let peak = table.meanPeakFlops;
      if (w.accelerator !== undefined) {
        const p = table.byModel.get(w.accelerator);
        if (p === undefined) throw invalid('unknown_accelerator', `accelerator ${w.accelerator} is not in the inventory of ${facilityId}`);
        peak = p;
      }
      const flop = w.acceleratorHours * 3600 * peak * w.utilization;
      const concurrency = hours > 0 ? w.acceleratorHours / hours : 0;
      const large = concurrency >= config.minConcurrentAccelerators;
      const misclassified =
        (w.class === 'inference' || w.class === 'other') && large && w.utilization >= config.minUtilization && flop >= config.minFlop;
      const unlinkedTraining =
        (w.class === 'training' || w.class === 'fine-tuning') && large && (w.runId === undefined || !declaredRunIds.has(w.runId));
      out.push({
        workload: w,
        facilityId,
        reportId: rid,
        reportIndex: r,
        periodStartMs: startMs,
        periodEndMs: endMs,
        flop,
        concurrency,
        misclassified,
        undeclaredTraining: misclassified || unlinkedTraining,
      });
    }
  }
  return out;
}

/** Undeclared training-like workloads of one facility that follow each other at much the same size. */
export interface Chain {
  facilityId: string;
  startMs: number;
  endMs: number;
  flop: number;
  members: ScoredWorkload[];
}

/**
 * Chains a facility's undeclared training workloads across consecutive reports (sequence n and
 * n + 1): greedily, largest first, each workload extends the open chain of the previous report
 * with the same accelerator whose last concurrency is within maxConcurrencyRatio and utilization
 * within maxUtilizationDelta, closest in concurrency first; otherwise it starts a chain. Workload
 * ids are opaque and may change every period; the chain links them by their figures.
 */
export function chainUndeclaredTraining(
  scored: readonly ScoredWorkload[],
  reports: readonly ComputeReport[],
  config: SustainedConfig,
): Chain[] {
  const byReport = new Map<number, ScoredWorkload[]>();
  for (const s of scored) {
    if (!s.undeclaredTraining) continue;
    const list = byReport.get(s.reportIndex);
    if (list) list.push(s);
    else byReport.set(s.reportIndex, [s]);
  }
  const chains: Chain[] = [];
  let open: Chain[] = [];
  const indexes = [...byReport.keys()].sort((a, b) => a - b);
  const maxLogRatio = Math.log(config.maxConcurrencyRatio);
  for (const r of indexes) {
    // r is a reportIndex, so reports[r] exists, and reports[r - 1] too when r > 0.
    const contiguous = r > 0 && reports[r]!.sequence === reports[r - 1]!.sequence + 1;
    const candidates = contiguous ? open.filter((c) => c.members.at(-1)?.reportIndex === r - 1) : [];
    const next: Chain[] = [];
    const list = byReport
      .get(r)!
      .slice()
      .sort((a, b) => b.concurrency - a.concurrency);
    for (const s of list) {
      let best = -1;
      let bestDistance = Infinity;
      for (let i = 0; i < candidates.length; i++) {
        const members = candidates[i]!.members; // i < candidates.length
        const last = members[members.length - 1]!; // a chain is never empty
        if (last.workload.accelerator !== s.workload.accelerator) continue;
        if (Math.abs(last.workload.utilization - s.workload.utilization) > config.maxUtilizationDelta) continue;
        const distance = Math.abs(Math.log(s.concurrency / last.concurrency));
        if (distance <= maxLogRatio && distance < bestDistance) {
          best = i;
          bestDistance = distance;
        }
      }
      let chain: Chain | undefined;
      if (best >= 0) [chain] = candidates.splice(best, 1);
      if (chain !== undefined) {
        chain.endMs = s.periodEndMs;
        chain.flop += s.flop;
        chain.members.push(s);
      } else {
        chain = { facilityId: s.facilityId, startMs: s.periodStartMs, endMs: s.periodEndMs, flop: s.flop, members: [s] };
        chains.push(chain);
      }
      next.push(chain);
    }
    open = next;
  }
  return chains;
}

/** Whether a chain spans at least minHours. */
export function isSustained(chain: Chain, config: SustainedConfig): boolean {
  return chain.endMs - chain.startMs >= config.minHours * 3_600_000;
}
