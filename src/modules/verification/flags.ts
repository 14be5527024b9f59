import { facilityAccounting, runAccounting, type AccountingInput, type FacilityPeriod, type RunAccount } from './accounting.ts';
import { patternFlags } from './pattern-flags.ts';
import type { Flag, FlagConfig, FlagKind } from './flag-types.ts';
import { DEFAULT_THRESHOLDS, type ComputeReport, type Thresholds } from './types.ts';

export type { Flag, FlagConfig, FlagKind } from './flag-types.ts';

/**
 * Flags for inspectors (DESIGN.md § Verification). Every flag names its evidence: the reports,
 * workloads, runs and figures that raised it, so an inspector can check it and open a challenge.
 */

/** A challenge as the flags need it (the service keeps the rest). */
export interface ChallengeState {
  id: string;
  facilityId: string;
  reportIds: string[];
  workloadIds: string[];
  issuedAt: string;
  deadline: string;
  answeredAt?: string;
  /** Set once the answer was checked (challenge-answer.ts). */
  result?: 'passed' | 'failed';
  problems?: string[];
}

export interface FlagInput extends AccountingInput {
  challenges?: readonly ChallengeState[];
  /** ISO "now", for unanswered challenges past their deadline; without it only late answers count as overdue. */
  now?: string;
}

/**
 * Default configuration, and why:
 * - thresholds: notification above 1e25 FLOP, licence above 1e26 (DESIGN.md).
 * - tolerance 0.02: metering of accelerator-hours (scheduler accounting against power-metered
 *   allocation) agrees to about ±1 %; twice that keeps honest noise inside the band.
 * - trainingLike: a workload classed inference/other looks like training when it holds ≥ 256
 *   accelerators for the whole period (one training job's data-parallel footprint; serving is
 *   spread over many small replicas that a facility reports per service), runs at ≥ 0.35 mean
 *   model FLOP utilization (training reaches 0.35–0.55: Llama 3 405B 38–43 %, PaLM 46 %,
 *   MegaScale 55 %; serving averages well below 0.3 because decoding is memory-bound and load
 *   follows demand), and is estimated at ≥ 1e21 FLOP in the period (ignores tiny periods).
 * - sustained: a chain of such workloads (or of ≥ 256-accelerator training without a declared
 *   run) lasting ≥ 7 days (168 h) at a size varying by at most ×1.5 and utilization by at most
 *   0.1 between consecutive reports. Sub-threshold experiments at that scale last days; a
 *   notifiable run lasts weeks.
 * - facilityUndeclared: > 5e24 FLOP (half the notification threshold) of sustained undeclared
 *   training at one facility within 90 days: the facility is either running a notifiable run in
 *   pieces or is most of the way to one.
 * - linked: sustained chains at ≥ 2 facilities that overlap by ≥ 50 % of the longer one (so they
 *   ran over much the same weeks; a week-long experiment does not link to a two-month run),
 *   linked transitively, whose sum exceeds 1e25 (the notification threshold): one run split
 *   across sites to stay below it.
 */
export const DEFAULT_FLAG_CONFIG: FlagConfig = {
  thresholds: DEFAULT_THRESHOLDS,
  tolerance: 0.02,
  trainingLike: { minConcurrentAccelerators: 256, minUtilization: 0.35, minFlop: 1e21 },
  sustained: { minHours: 168, maxConcurrencyRatio: 1.5, maxUtilizationDelta: 0.1 },
  facilityUndeclared: { windowDays: 90, flop: 5e24 },
  linked: { minOverlap: 0.5, minFacilities: 2, flop: 1e25 },
};

type ConfigOverrides = { [K in keyof FlagConfig]?: FlagConfig[K] extends object ? Partial<FlagConfig[K]> : FlagConfig[K] };

/** DEFAULT_FLAG_CONFIG with some fields replaced. */
export function flagConfig(overrides: ConfigOverrides = {}): FlagConfig {
  const merged = { ...DEFAULT_FLAG_CONFIG } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const base = (DEFAULT_FLAG_CONFIG as unknown as Record<string, unknown>)[key];
    merged[key] = typeof value === 'object' && value !== null ? { ...(base as object), ...value } : value;
  }
  return merged as unknown as FlagConfig;
}

const sci = (x: number) => x.toExponential(2);

/** Every flag the input raises, ordered by kind, then facility, then first report. */
export function computeFlags(input: FlagInput, config: FlagConfig = DEFAULT_FLAG_CONFIG): Flag[] {
  const flags: Flag[] = [];
  const accounts = runAccounting(input, config.thresholds);
  for (const account of accounts) {
    const flag = runFlag(account, config.thresholds);
    if (flag) flags.push(flag);
  }
  flags.push(...unaccountedFlags(input.reports, config.tolerance));
  flags.push(...patternFlags(input, new Set(accounts.filter((a) => a.declared).map((a) => a.runId)), config));
  flags.push(...challengeFlags(input.challenges ?? [], input.now));
  const order: FlagKind[] = [
    'unlicensed-run',
    'unaccounted-compute',
    'training-like-undeclared',
    'facility-undeclared-training',
    'challenge-overdue',
    'challenge-failed',
  ];
  return flags.sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      (a.facilityId ?? '').localeCompare(b.facilityId ?? '') ||
      (a.reportIds[0] ?? '').localeCompare(b.reportIds[0] ?? '', 'en', { numeric: true }),
  );
}

/** A run over the licence threshold without a licence, or a run nobody declared over the notification threshold. */
function runFlag(account: RunAccount, thresholds: Thresholds): Flag | undefined {
  const overLicence = account.cumulativeFlop > thresholds.licenceFlop && !account.licensed;
  const undeclaredOverNotify = !account.declared && account.cumulativeFlop > thresholds.notifyFlop;
  if (!overLicence && !undeclaredOverNotify) return undefined;
  const crossing = account.crossings.find((c) => c.threshold === (overLicence ? 'licence' : 'notify'))!;
  const figures: Record<string, number | string> = {
    cumulativeFlop: account.cumulativeFlop,
    thresholdFlop: crossing.thresholdFlop,
    crossedAt: crossing.periodEnd,
    crossedInReport: crossing.reportId,
    acceleratorHours: account.acceleratorHours,
    facilities: account.facilityIds.join(','),
  };
  if (account.expectedFlop !== undefined) figures.expectedFlop = account.expectedFlop;
  const message = overLicence
    ? `run ${account.runId} reached ${sci(account.cumulativeFlop)} FLOP, over the licence threshold ${sci(thresholds.licenceFlop)}, without a licence`
    : `run ${account.runId} was never declared and reached ${sci(account.cumulativeFlop)} FLOP, over the notification threshold ${sci(thresholds.notifyFlop)}`;
  return { kind: 'unlicensed-run', runId: account.runId, reportIds: account.reportIds, figures, message };
}

/** Contiguous report periods of a facility whose unaccounted accelerator-hours lie beyond tolerance, one flag per stretch. */
function unaccountedFlags(reports: readonly ComputeReport[], tolerance: number): Flag[] {
  const flags: Flag[] = [];
  let stretch: FacilityPeriod[] = [];
  // Periods come sorted by facility, then sequence: a stretch goes on while the next period is
  // beyond tolerance, of the same facility and the next sequence.
  for (const p of facilityAccounting(reports, tolerance)) {
    const prev = stretch.at(-1);
    if (prev !== undefined && !(p.beyond && p.facilityId === prev.facilityId && p.sequence === prev.sequence + 1)) {
      flags.push(unaccountedFlag(stretch, tolerance));
      stretch = [];
    }
    if (p.beyond) stretch.push(p);
  }
  if (stretch.length > 0) flags.push(unaccountedFlag(stretch, tolerance));
  return flags;
}

/** The flag of one stretch of consecutive periods beyond tolerance. */
function unaccountedFlag(stretch: readonly FacilityPeriod[], tolerance: number): Flag {
  const first = stretch[0];
  const last = stretch.at(-1);
  if (first === undefined || last === undefined) throw new Error('unaccountedFlag: empty stretch');
  let metered = 0;
  let declared = 0;
  let maxShare = 0;
  for (const p of stretch) {
    metered += p.meteredAcceleratorHours;
    declared += p.declaredAcceleratorHours;
    maxShare = Math.max(maxShare, p.differenceAcceleratorHours / p.meteredAcceleratorHours);
  }
  return {
    kind: 'unaccounted-compute',
    facilityId: first.facilityId,
    reportIds: stretch.map((p) => p.reportId),
    figures: {
      periods: stretch.length,
      meteredAcceleratorHours: metered,
      declaredAcceleratorHours: declared,
      unaccountedAcceleratorHours: metered - declared,
      unaccountedShare: (metered - declared) / metered,
      maxPeriodShare: maxShare,
      tolerance,
      from: first.periodStart,
      to: last.periodEnd,
    },
    message: `facility ${first.facilityId}: ${((100 * (metered - declared)) / metered).toFixed(1)} % of metered accelerator-hours unaccounted for over ${stretch.length} period(s), beyond the ${(100 * tolerance).toFixed(1)} % tolerance`,
  };
}

function challengeFlags(challenges: readonly ChallengeState[], now: string | undefined): Flag[] {
  const flags: Flag[] = [];
  const nowMs = now === undefined ? undefined : Date.parse(now);
  for (const c of challenges) {
    const deadline = Date.parse(c.deadline);
    const answered = c.answeredAt === undefined ? undefined : Date.parse(c.answeredAt);
    const late = answered !== undefined ? answered > deadline : nowMs !== undefined && nowMs > deadline;
    if (late) {
      const hoursLate = ((answered ?? nowMs!) - deadline) / 3_600_000;
      flags.push({
        kind: 'challenge-overdue',
        facilityId: c.facilityId,
        challengeId: c.id,
        reportIds: c.reportIds,
        workloadIds: c.workloadIds,
        figures: { issuedAt: c.issuedAt, deadline: c.deadline, answeredAt: c.answeredAt ?? 'unanswered', hoursLate },
        message: `facility ${c.facilityId}: challenge ${c.id} ${c.answeredAt ? 'answered' : 'still unanswered'} ${hoursLate.toFixed(1)} h after its deadline`,
      });
    }
    if (c.result === 'failed') {
      flags.push({
        kind: 'challenge-failed',
        facilityId: c.facilityId,
        challengeId: c.id,
        reportIds: c.reportIds,
        workloadIds: c.workloadIds,
        figures: { problems: (c.problems ?? []).join(','), answeredAt: c.answeredAt ?? '' },
        message: `facility ${c.facilityId}: answer to challenge ${c.id} failed (${(c.problems ?? ['unspecified']).join(', ')})`,
      });
    }
  }
  return flags;
}
