import { peakTables, type AccountingInput } from './accounting.ts';
import type { Flag, FlagConfig } from './flag-types.ts';
import { chainUndeclaredTraining, isSustained, scoreFacilityWorkloads, type Chain, type ScoredWorkload } from './training-patterns.ts';
import type { ComputeReport } from './types.ts';

const sci = (x: number) => x.toExponential(2);
const DAY_MS = 86_400_000;

/**
 * Flags from the shape of the workloads (flags.ts documents the thresholds): inference/other that
 * looks like training (one flag per stretch of consecutive reports), a facility's sustained
 * training without a declared run above a threshold within a trailing window, and sustained
 * chains at several facilities over the same weeks whose sum is above a threshold.
 */
export function patternFlags(input: AccountingInput, declared: ReadonlySet<string>, config: FlagConfig): Flag[] {
  const flags: Flag[] = [];
  const tables = peakTables(input.facilities);
  const byFacility = new Map<string, ComputeReport[]>();
  for (const report of input.reports) {
    const list = byFacility.get(report.facilityId);
    if (list) list.push(report);
    else byFacility.set(report.facilityId, [report]);
  }
  const sustainedChains: Chain[] = [];
  for (const facilityId of [...byFacility.keys()].sort()) {
    const reports = byFacility.get(facilityId)!.sort((a, b) => a.sequence - b.sequence);
    const table = tables.get(facilityId);
    if (!table) continue; // runAccounting has already thrown for unknown facilities
    const scored = scoreFacilityWorkloads(facilityId, reports, table, declared, config.trainingLike);
    flags.push(...misclassifiedFlags(facilityId, scored));
    const sustained = chainUndeclaredTraining(scored, reports, config.sustained).filter((c) => isSustained(c, config.sustained));
    sustainedChains.push(...sustained);
    const flag = facilityWindowFlag(facilityId, reports, sustained, config);
    if (flag) flags.push(flag);
  }
  flags.push(...linkedFlags(sustainedChains, config));
  return flags;
}

function misclassifiedFlags(facilityId: string, scored: readonly ScoredWorkload[]): Flag[] {
  const flags: Flag[] = [];
  let group: ScoredWorkload[] = [];
  const close = () => {
    if (group.length === 0) return;
    let flop = 0;
    let hours = 0;
    let weightedUtil = 0;
    let maxConcurrency = 0;
    for (const s of group) {
      flop += s.flop;
      hours += s.workload.acceleratorHours;
      weightedUtil += s.workload.acceleratorHours * s.workload.utilization;
      maxConcurrency = Math.max(maxConcurrency, s.concurrency);
    }
    const reportIds = [...new Set(group.map((s) => s.reportId))];
    flags.push({
      kind: 'training-like-undeclared',
      facilityId,
      reportIds,
      workloadIds: group.map((s) => s.workload.id),
      figures: {
        workloads: group.length,
        periods: reportIds.length,
        estimatedFlop: flop,
        acceleratorHours: hours,
        meanUtilization: weightedUtil / hours,
        maxConcurrentAccelerators: maxConcurrency,
        classes: [...new Set(group.map((s) => s.workload.class))].join(','),
      },
      message: `facility ${facilityId}: ${group.length} workload(s) classed ${[...new Set(group.map((s) => s.workload.class))].join('/')} look like training (up to ${Math.round(maxConcurrency)} accelerators at ${(weightedUtil / hours).toFixed(2)} mean utilization, ${sci(flop)} FLOP)`,
    });
    group = [];
  };
  let lastIndex = -2;
  for (const s of scored) {
    if (!s.misclassified) continue;
    if (s.reportIndex > lastIndex + 1) close();
    group.push(s);
    lastIndex = s.reportIndex;
  }
  close();
  return flags;
}

function facilityWindowFlag(
  facilityId: string,
  reports: readonly ComputeReport[],
  sustained: readonly Chain[],
  config: FlagConfig,
): Flag | undefined {
  if (sustained.length === 0) return undefined;
  const perReport = new Float64Array(reports.length);
  // reportIndex indexes `reports` (scoreFacilityWorkloads); below, hi < reports.length and, the window
  // being positive (settings refuse windowDays ≤ 0), lo ≤ hi.
  for (const chain of sustained) for (const m of chain.members) perReport[m.reportIndex]! += m.flop;
  const ends = reports.map((r) => Date.parse(r.periodEnd));
  const windowMs = config.facilityUndeclared.windowDays * DAY_MS;
  let lo = 0;
  let sum = 0;
  let peak = 0;
  let crossedAt: ComputeReport | undefined;
  const evidence = new Set<number>();
  for (let hi = 0; hi < reports.length; hi++) {
    sum += perReport[hi]!;
    while (ends[lo]! <= ends[hi]! - windowMs) sum -= perReport[lo++]!;
    if (sum > config.facilityUndeclared.flop) {
      crossedAt ??= reports[hi];
      peak = Math.max(peak, sum);
      for (let k = lo; k <= hi; k++) if (perReport[k]! > 0) evidence.add(k);
    }
  }
  if (crossedAt === undefined) return undefined;
  // Evidence: the largest sustained chains inside the exceeding windows that on their own exceed the threshold.
  const inWindows = sustained
    .map((chain) => {
      const members = chain.members.filter((m) => evidence.has(m.reportIndex));
      return { members, flop: members.reduce((s, m) => s + m.flop, 0) };
    })
    .filter((c) => c.members.length > 0)
    .sort((a, b) => b.flop - a.flop);
  const cited: ScoredWorkload[] = [];
  let citedFlop = 0;
  for (const c of inWindows) {
    if (citedFlop > config.facilityUndeclared.flop) break;
    cited.push(...c.members);
    citedFlop += c.flop;
  }
  cited.sort((a, b) => a.reportIndex - b.reportIndex);
  // One id per cited report, in report order (a member's reportId is that of reports[reportIndex]).
  const reportIds = [...new Map(cited.map((m) => [m.reportIndex, m.reportId])).values()];
  const workloadIds = cited.map((m) => m.workload.id);
  return {
    kind: 'facility-undeclared-training',
    facilityId,
    reportIds,
    workloadIds,
    figures: {
      scope: 'facility',
      peakWindowFlop: peak,
      thresholdFlop: config.facilityUndeclared.flop,
      windowDays: config.facilityUndeclared.windowDays,
      crossedAt: crossedAt.periodEnd,
      sustainedChains: sustained.length,
      citedChainFlop: citedFlop,
    },
    message: `facility ${facilityId}: ${sci(peak)} FLOP of sustained training not linked to a declared run within ${config.facilityUndeclared.windowDays} days, over ${sci(config.facilityUndeclared.flop)}`,
  };
}

/** Union–find over sustained chains at different facilities that overlap in time. */
function linkedFlags(chains: readonly Chain[], config: FlagConfig): Flag[] {
  const parent = chains.map((_, i) => i);
  const find = (i: number): number => {
    const p = parent[i];
    if (p === undefined) throw new Error(`linkedFlags: no chain ${i}`);
    return p === i ? i : (parent[i] = find(p));
  };
  const order = chains.map((chain, i) => ({ chain, i })).sort((a, b) => a.chain.startMs - b.chain.startMs);
  for (const [x, { chain: a, i: ai }] of order.entries()) {
    for (let y = x + 1; y < order.length; y++) {
      const { chain: b, i: bi } = order[y]!; // y < order.length
      if (b.startMs >= a.endMs) break; // sorted by start: no later chain overlaps a
      if (a.facilityId === b.facilityId) continue;
      const overlap = Math.min(a.endMs, b.endMs) - b.startMs;
      const longer = Math.max(a.endMs - a.startMs, b.endMs - b.startMs);
      if (overlap >= config.linked.minOverlap * longer) parent[find(ai)] = find(bi);
    }
  }
  const components = new Map<number, Chain[]>();
  chains.forEach((c, i) => {
    const root = find(i);
    const list = components.get(root);
    if (list) list.push(c);
    else components.set(root, [c]);
  });
  const flags: Flag[] = [];
  for (const component of components.values()) {
    const facilityIds = [...new Set(component.map((c) => c.facilityId))].sort();
    if (facilityIds.length < config.linked.minFacilities) continue;
    const flop = component.reduce((s, c) => s + c.flop, 0);
    if (!(flop > config.linked.flop)) continue;
    const members = component.flatMap((c) => c.members);
    const start = Math.min(...component.map((c) => c.startMs));
    const end = Math.max(...component.map((c) => c.endMs));
    flags.push({
      kind: 'facility-undeclared-training',
      facilityIds,
      reportIds: [...new Set(members.map((m) => m.reportId))],
      workloadIds: members.map((m) => m.workload.id),
      figures: {
        scope: 'linked',
        linkedFlop: flop,
        thresholdFlop: config.linked.flop,
        facilities: facilityIds.length,
        chains: component.length,
        from: new Date(start).toISOString(),
        to: new Date(end).toISOString(),
        maxChunkFlop: Math.max(...component.map((c) => c.flop)),
      },
      message: `sustained training not linked to a declared run at ${facilityIds.length} facilities (${facilityIds.join(', ')}) over the same weeks totals ${sci(flop)} FLOP, over ${sci(config.linked.flop)}: one run split across sites?`,
    });
  }
  return flags;
}
