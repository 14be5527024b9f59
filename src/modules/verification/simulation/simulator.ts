import { createPrivateKey, type KeyObject } from 'node:crypto';
import { makeCommitment } from '../commitment.ts';
import { signReport } from '../report-signing.ts';
import { SeededRandom } from '../seeded-random.ts';
import { CUSTOMERS } from './simulator-catalog.ts';
import {
  declaredRuns,
  honestWorkloads,
  makeFleets,
  nth,
  RESERVE_FACTOR,
  reserve,
  splitRunCheats,
  underreportCheats,
  undeclaredTrainingCheats,
  type Ctx,
  type Fleet,
  type Pattern,
  type Placement,
  type Plan,
} from './simulator-plans.ts';
import { reportId, type ComputeReport, type DeclaredRun, type SignedReport, type Workload } from '../types.ts';
import { CHEAT_KINDS, type SimulateOptions, type SimulatedFacility, type SimulatedJob, type Simulation } from './simulation-types.ts';

/**
 * A deterministic simulator of facilities and their daily compute reports, honest or with one kind
 * of cheat, for testing the accounting and flags (`concord simulate`). Everything follows from the
 * seed through {@link SeededRandom}; nothing reads the clock or Math.random.
 *
 * The honest world: each facility holds `accelerators` × U(0.6, 1.4) accelerators of one to three
 * models; it serves inference (2–4 services, 15–35 % of the fleet, model FLOP utilization 0.05–0.33
 * varying by weekday), runs declared training runs (a licensed frontier run across 6–10
 * facilities, notifiable runs of 1.1–3e25 FLOP, small voluntarily declared runs), sub-threshold
 * undeclared training of 256–1024 accelerators for 1–10 days, large batch jobs (synthetic data,
 * evaluation: 256–800 accelerators at ≤ 0.3 utilization), and many small fine-tuning, training,
 * inference and other jobs. Metering differs from the declared sum by a triangular ±1 %.
 *
 * The cheats (15 % of facilities, at least one; split runs: one per ten facilities):
 * - `undeclared-training`: a training run at 0.38–0.52 utilization either classed inference/other
 *   (any size), or classed training with no run id and large enough to need notification (> 1e25).
 * - `underreport`: a training run of 8–40 % of the facility's main model left out of the reports;
 *   only the meter sees it.
 * - `split-run`: a run of 1.15–2.5e25 FLOP split into chunks of at most 2.5–4e24 at 2+ facilities
 *   over the same 30–60 days (starts staggered by up to 2 days), with no run id, a different undeclared id per chunk, or one shared undeclared id.
 */

export { CHEAT_KINDS } from './simulation-types.ts';
export type {
  CheatKind,
  SimulateOptions,
  SimulatedFacility,
  SimulatedJob,
  SimulatedKey,
  Simulation,
  SimulationTruth,
} from './simulation-types.ts';

const DAY_MS = 86_400_000;

/**
 * A cheat the world is too small to hold (a split run needs several facilities with room for a
 * chunk each; a misclassified run needs 300 accelerators at one facility). `smallest` names the
 * nearest worlds, with the same seed, that hold it: more accelerators per facility, or more facilities.
 */
export class CheatNotPlacedError extends RangeError {
  constructor(
    readonly options: SimulateOptions,
    readonly smallest: { accelerators?: number; facilities?: number },
  ) {
    const { cheat, facilities, accelerators, days, seed } = options;
    const world = (f: number, a: number) => `--facilities ${f} --accelerators ${a} --days ${days}`;
    const fits = [
      smallest.accelerators !== undefined ? world(facilities, smallest.accelerators) : undefined,
      smallest.facilities !== undefined ? world(smallest.facilities, accelerators) : undefined,
    ].filter(Boolean);
    super(
      `the ${cheat} cheat does not fit in ${plural(facilities, 'facility', 'facilities')} of about ${accelerators} accelerators over ${plural(days, 'day', 'days')} (seed ${String(seed)}); ` +
        (fits.length > 0
          ? `the smallest worlds with this seed that hold it: ${fits.join(', or ')}`
          : `no world of up to ${MAX_SEARCH.facilities} facilities, or of up to ${MAX_SEARCH.accelerators} accelerators each, holds it over ${plural(days, 'day', 'days')}: try more --days`),
    );
    this.name = 'CheatNotPlacedError';
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How far {@link smallestWorldHolding} looks. */
const MAX_SEARCH = { accelerators: 1_000_000, facilities: 100 };

/**
 * Simulates facilities, declared runs and daily reports; deterministic from options.seed.
 * A cheat that the world cannot hold is a {@link CheatNotPlacedError}, never a world without it.
 */
export function simulate(options: SimulateOptions): Simulation {
  const world = buildWorld(options);
  if (options.cheat !== undefined && !world.plans.some((p) => !p.job.honest && p.placements.length > 0)) {
    throw new CheatNotPlacedError(options, smallestWorldHolding(options));
  }
  const { ctx, plans, startMs } = world;
  declaredRuns(ctx);
  honestWorkloads(ctx);

  const { reports, privateRecords } = buildReports(ctx, plans, startMs);
  const jobs = plans.filter((p) => p.placements.length > 0).map((p) => p.job);
  const cheating = jobs.filter((j) => !j.honest);
  return {
    facilities: ctx.fleets.map((f) => f.facility),
    runs: ctx.runs,
    reports,
    privateRecords,
    truth: {
      cheat: options.cheat,
      cheatingJobIds: cheating.map((j) => j.id),
      cheatingFacilityIds: [...new Set(cheating.flatMap((j) => j.facilityIds))].sort(),
      honestJobIds: jobs.filter((j) => j.honest).map((j) => j.id),
      jobs,
    },
  };
}

/** The fleets and the cheat's placements: the first draws of the seed, the same whatever follows. */
function buildWorld(options: SimulateOptions, withKeys = true): { ctx: Ctx; plans: Plan[]; startMs: number } {
  const { facilities: nFacilities, accelerators, days, cheat } = options;
  if (!Number.isInteger(nFacilities) || nFacilities < 1) throw new RangeError('facilities must be a positive integer');
  if (!Number.isInteger(days) || days < 1) throw new RangeError('days must be a positive integer');
  if (!(accelerators >= 64)) throw new RangeError('accelerators must be at least 64');
  if (cheat !== undefined && !CHEAT_KINDS.includes(cheat)) throw new RangeError(`unknown cheat ${String(cheat)}`);
  const rng = SeededRandom.fromLabel(`concord/simulate/v1:${String(options.seed)}`);
  const startMs = Date.parse(options.start ?? '2026-01-01T00:00:00.000Z');
  const usedHex = new Set<string>();
  const hex = (bytes: number) => {
    for (;;) {
      const h = rng.bytes(bytes).toString('hex');
      if (!usedHex.has(h)) return (usedHex.add(h), h);
    }
  };
  const fleets = makeFleets(rng, nFacilities, accelerators, days, startMs, withKeys);
  const plans: Plan[] = [];
  const runs: DeclaredRun[] = [];
  let jobCounter = 0;
  const newPlan = (
    kind: SimulatedJob['kind'],
    pattern: Pattern,
    fields: Partial<Plan> & { honest?: boolean; variant?: string; hidden?: boolean } = {},
  ): Plan => {
    jobCounter += 1;
    const plan: Plan = {
      job: {
        id: `job-${String(jobCounter).padStart(5, '0')}`,
        honest: fields.honest ?? true,
        cheat: fields.honest === false ? cheat : undefined,
        variant: fields.variant,
        kind,
        hidden: fields.hidden ?? false,
        runIds: [],
        facilityIds: [],
        workloadIds: [],
        reportIds: [],
        flop: 0,
        peakConcurrency: 0,
      },
      placements: [],
      pattern,
      jitter: fields.jitter ?? 0.02,
      utilRange: fields.utilRange ?? [0.02, 1],
      nameAccelerator: fields.nameAccelerator ?? true,
      label: fields.label ?? `${kind}-${hex(3)}`,
      customer: fields.customer ?? rng.pick(CUSTOMERS),
    };
    plans.push(plan);
    return plan;
  };
  const place = (plan: Plan, p: Placement) => {
    plan.placements.push(p);
    reserve(nth(fleets, p.f, 'fleet'), p.m, p.start, p.days, p.concurrency * RESERVE_FACTOR[plan.pattern]);
  };
  const ctx: Ctx = { rng, fleets, days, hex, newPlan, place, runs };

  if (cheat === 'undeclared-training') undeclaredTrainingCheats(ctx);
  else if (cheat === 'underreport') underreportCheats(ctx);
  else if (cheat === 'split-run') splitRunCheats(ctx);
  return { ctx, plans, startMs };
}

/** Whether the world of `options` holds its cheat (cheap: builds the fleets and the cheat only). */
function holdsCheat(options: SimulateOptions): boolean {
  return buildWorld(options, false).plans.some((p) => !p.job.honest && p.placements.length > 0);
}

/**
 * The smallest worlds, with the same seed and days, that hold the cheat: the fewest mean
 * accelerators (in hundreds) with the same facilities, and the fewest facilities with the same
 * accelerators. A larger fleet only adds room (the seed's draws do not depend on its size), so a
 * doubling then a bisection finds the first; the second is counted up.
 */
export function smallestWorldHolding(options: SimulateOptions): { accelerators?: number; facilities?: number } {
  const found: { accelerators?: number; facilities?: number } = {};
  let lo = Math.max(1, Math.floor(options.accelerators / 100));
  let hi = lo * 2;
  while (hi * 100 <= MAX_SEARCH.accelerators && !holdsCheat({ ...options, accelerators: hi * 100 })) [lo, hi] = [hi, hi * 2];
  if (hi * 100 <= MAX_SEARCH.accelerators) {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (holdsCheat({ ...options, accelerators: mid * 100 })) hi = mid;
      else lo = mid;
    }
    found.accelerators = hi * 100;
  }
  for (let n = options.facilities + 1; n <= MAX_SEARCH.facilities; n++) {
    if (holdsCheat({ ...options, facilities: n })) {
      found.facilities = n;
      break;
    }
  }
  return found;
}

function buildReports(ctx: Ctx, plans: readonly Plan[], startMs: number): Pick<Simulation, 'reports' | 'privateRecords'> {
  const { rng, fleets, days } = ctx;
  const buckets: Array<Array<Array<{ plan: Plan; p: Placement }>>> = fleets.map(() => Array.from({ length: days }, () => []));
  for (const plan of plans) {
    for (const p of plan.placements) {
      const byDay = nth(buckets, p.f, 'fleet');
      for (let d = p.start; d < p.start + p.days; d++) byDay[d]!.push({ plan, p }); // placements stay within the simulated days
    }
  }
  const reports: ComputeReport[] = [];
  const privateRecords: Simulation['privateRecords'] = new Map();
  for (const fleet of fleets) {
    const meanKw = fleet.specs.reduce((s, spec, k) => s + spec.kw * nth(fleet.counts, k, 'model'), 0) / fleet.total;
    for (const [d, bucket] of nth(buckets, fleet.index, 'fleet').entries()) {
      const periodStart = new Date(startMs + d * DAY_MS).toISOString();
      const periodEnd = new Date(startMs + (d + 1) * DAY_MS).toISOString();
      const rid = reportId({ facilityId: fleet.facility.id, sequence: d + 1 });
      const workloads: Workload[] = [];
      let busyHours = 0;
      let energy = 0;
      for (const { plan, p } of bucket) {
        const share = placementDay(ctx, { fleet, plan, p, d, periodStart, rid }, privateRecords);
        busyHours += share.hours;
        energy += share.energy;
        if (share.workload) workloads.push(share.workload);
      }
      workloads.sort((a, b) => (a.id < b.id ? -1 : 1));
      const capacity = fleet.total * 24;
      const noise = 0.01 * (rng.float() + rng.float() - 1); // triangular on [−1 %, +1 %]
      const metered = round1(Math.min(capacity, busyHours * (1 + noise)));
      energy += Math.max(0, capacity - metered) * meanKw * 0.1;
      reports.push({
        facilityId: fleet.facility.id,
        sequence: d + 1,
        periodStart,
        periodEnd,
        meteredAcceleratorHours: metered,
        energyKwh: round1(energy * fleet.pue),
        workloads,
      });
    }
  }
  return { reports, privateRecords };
}

/** Rounds to one decimal. */
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * One placement's share of one day's report at its facility: its accelerator-hours and energy,
 * added to its job's figures, and its workload with a committed private record (none when the job
 * is hidden). Draws from the simulation's random stream in a fixed order.
 */
function placementDay(
  ctx: Ctx,
  at: { fleet: Fleet; plan: Plan; p: Placement; d: number; periodStart: string; rid: string },
  privateRecords: Simulation['privateRecords'],
): { hours: number; energy: number; workload?: Workload } {
  const { rng, hex } = ctx;
  const { fleet, plan, p, d, periodStart, rid } = at;
  const spec = nth(fleet.specs, p.m, 'model');
  const factor =
    plan.pattern === 'serving'
      ? (1 + 0.1 * Math.sin((2 * Math.PI * (d + p.f)) / 7)) * rng.uniform(0.95, 1.05)
      : plan.pattern === 'steady'
        ? rng.uniform(0.96, 1)
        : rng.uniform(0.9, 1);
  const hours = round1(p.concurrency * factor * 24);
  const [lo, hi] = plan.utilRange;
  const utilization = Math.max(
    0.001,
    Math.round(Math.min(hi, Math.max(lo, p.utilization + rng.uniform(-plan.jitter, plan.jitter))) * 1000) / 1000,
  );
  const energy = hours * spec.kw * (0.3 + 0.7 * utilization);
  const job = plan.job;
  if (!job.facilityIds.includes(fleet.facility.id)) job.facilityIds.push(fleet.facility.id);
  if (job.reportIds[job.reportIds.length - 1] !== rid) job.reportIds.push(rid);
  if (p.runId && !job.runIds.includes(p.runId)) job.runIds.push(p.runId);
  job.peakConcurrency = Math.max(job.peakConcurrency, hours / 24);
  const named = plan.nameAccelerator || fleet.specs.length === 1;
  job.flop += hours * 3600 * (named || job.hidden ? spec.peakFlops : fleet.table.meanPeakFlops) * utilization;
  if (job.hidden) return { hours, energy };
  const id = `w${hex(8)}`;
  const record: Record<string, unknown> = {
    workloadId: id,
    facilityId: fleet.facility.id,
    periodStart,
    class: p.cls,
    acceleratorHours: hours,
    utilization,
    ...(p.runId ? { runId: p.runId } : {}),
    ...(named ? { accelerator: spec.model } : {}),
    job: plan.label,
    customer: plan.customer,
  };
  const { commitment, salt } = makeCommitment(record, rng.bytes(32));
  privateRecords.set(id, { record, salt });
  job.workloadIds.push(id);
  return {
    hours,
    energy,
    workload: {
      id,
      class: p.cls,
      acceleratorHours: hours,
      utilization,
      ...(p.runId ? { runId: p.runId } : {}),
      ...(named ? { accelerator: spec.model } : {}),
      commitment,
    },
  };
}

/**
 * Signs every report with the facility key valid at its periodEnd (the newest one when two are,
 * at a rotation), as a facility would: {report, keyId, signature}.
 */
export function signAll(reports: readonly ComputeReport[], facilities: readonly SimulatedFacility[]): SignedReport[] {
  const byId = new Map(facilities.map((f) => [f.id, f]));
  const keyCache = new Map<string, KeyObject>();
  return reports.map((report) => {
    const facility = byId.get(report.facilityId);
    if (!facility) throw new RangeError(`no keys for facility ${report.facilityId}`);
    const end = Date.parse(report.periodEnd);
    const key = [...facility.keys]
      .reverse()
      .find((k) => Date.parse(k.validFrom) <= end && (k.retiredAt === undefined || end <= Date.parse(k.retiredAt)));
    if (!key) throw new RangeError(`no key of ${report.facilityId} is valid at ${report.periodEnd}`);
    let privateKey = keyCache.get(key.keyId);
    if (!privateKey) keyCache.set(key.keyId, (privateKey = createPrivateKey(key.privateKeyPem)));
    return { report, keyId: key.keyId, signature: signReport(report, privateKey) };
  });
}
