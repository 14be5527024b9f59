import { peakTable, type PeakTable } from '../accounting.ts';
import { keyPairFromSeed } from '../report-signing.ts';
import type { SeededRandom } from '../seeded-random.ts';
import { ACCELERATORS, DEVELOPERS, JURISDICTIONS, OPERATORS, PLACES, type AcceleratorSpec } from './simulator-catalog.ts';
import type { SimulatedFacility, SimulatedJob, SimulatedKey } from './simulation-types.ts';
import { DEFAULT_THRESHOLDS, type DeclaredRun, type WorkloadClass } from '../types.ts';

/**
 * The simulator's world building: fleets, and the jobs placed on them (cheats first, then declared
 * runs, then honest serving, training and batch work), each within the free capacity of a model on
 * every day it runs. simulator.ts turns the placements into reports; its header describes the world.
 */

const DAY_MS = 86_400_000;
const CEILING = 0.93; // never plan more than 93 % of a model's accelerators, so metering noise stays within capacity
const NOTIFY = DEFAULT_THRESHOLDS.notifyFlop;
const LICENCE = DEFAULT_THRESHOLDS.licenceFlop;

/** A facility being simulated: its models, counts and the accelerators already reserved per model per day. */
export interface Fleet {
  index: number;
  facility: SimulatedFacility;
  specs: AcceleratorSpec[];
  counts: number[];
  total: number;
  pue: number;
  table: PeakTable;
  reserved: Float64Array[];
}

/** How a job's daily size varies: steady (training), serving (weekly rhythm), batch. */
export type Pattern = 'steady' | 'serving' | 'batch';

/** One stretch of a job at one facility on one model. */
export interface Placement {
  f: number;
  m: number;
  start: number;
  days: number;
  concurrency: number;
  utilization: number;
  cls: WorkloadClass;
  runId?: string;
}

/** A job and where it runs. */
export interface Plan {
  job: SimulatedJob;
  placements: Placement[];
  pattern: Pattern;
  jitter: number;
  utilRange: [number, number];
  nameAccelerator: boolean;
  label: string;
  customer: string;
}

/** Capacity reserved per planned accelerator, covering the pattern's highest day. */
export const RESERVE_FACTOR: Record<Pattern, number> = { steady: 1, serving: 1.18, batch: 1 };
/** Rounds to a multiple of 8 accelerators (one server), at least 8. */
export const round8 = (x: number) => Math.max(8, Math.round(x / 8) * 8);
const dayFlop = (spec: AcceleratorSpec, utilization: number) => spec.peakFlops * utilization * 86_400;

/**
 * items[i] of a list the simulator indexes by position (fleets by a placement's `f`, a fleet's
 * models by `m`); an index outside the list is a bug in the simulator, named by `what`.
 */
export function nth<T>(items: readonly T[], i: number, what: string): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`simulator: no ${what} ${i}`);
  return item;
}

/** What the plan builders share. */
export interface Ctx {
  rng: SeededRandom;
  fleets: Fleet[];
  days: number;
  hex: (bytes: number) => string;
  newPlan: (
    kind: SimulatedJob['kind'],
    pattern: Pattern,
    fields?: Partial<Plan> & { honest?: boolean; variant?: string; hidden?: boolean },
  ) => Plan;
  place: (plan: Plan, p: Placement) => void;
  runs: DeclaredRun[];
}

/**
 * Facilities with inventories, two keys each (rotated half-way) and empty reservations. Without
 * `withKeys` the keys' seeds are drawn but no key is made (the same world, faster, keyless).
 */
export function makeFleets(rng: SeededRandom, n: number, accelerators: number, days: number, startMs: number, withKeys = true): Fleet[] {
  const fleets: Fleet[] = [];
  const rotation = startMs + Math.max(1, Math.floor(days / 2)) * DAY_MS;
  for (let i = 0; i < n; i++) {
    const size = Math.max(512, round8(accelerators * rng.uniform(0.6, 1.4)));
    const nModels = rng.chance(0.4) ? 1 : rng.chance(0.67) ? 2 : 3;
    const specs: AcceleratorSpec[] = [];
    while (specs.length < nModels) {
      const spec = weightedPick(rng, ACCELERATORS, (a) => a.weight);
      if (!specs.includes(spec)) specs.push(spec);
    }
    const primaryShare = nModels === 1 ? 1 : nModels === 2 ? rng.uniform(0.6, 0.85) : rng.uniform(0.5, 0.7);
    const inventory = specs.map((s, k) => ({
      model: s.model,
      count: k === 0 ? round8(size * primaryShare) : round8((size * (1 - primaryShare)) / (nModels - 1)),
      peakFlops: s.peakFlops,
    }));
    const counts = inventory.map((item) => item.count);
    const id = `fac-${String(i + 1).padStart(2, '0')}`;
    const seeds = [rng.bytes(32), rng.bytes(32)];
    const keys: SimulatedKey[] = (withKeys ? seeds : []).map((seed, k) => {
      const pair = keyPairFromSeed(seed);
      return {
        keyId: pair.keyId,
        publicKeyPem: pair.publicKeyPem,
        privateKeyPem: pair.privateKeyPem,
        validFrom: new Date(k === 0 ? startMs : rotation).toISOString(),
        ...(k === 0 ? { retiredAt: new Date(rotation).toISOString() } : {}),
      };
    });
    fleets.push({
      index: i,
      facility: {
        id,
        name: `${nth(PLACES, i % PLACES.length, 'place')} AI Campus${i >= PLACES.length ? ` ${Math.floor(i / PLACES.length) + 1}` : ''}`,
        operator: rng.pick(OPERATORS),
        jurisdiction: nth(JURISDICTIONS, i % JURISDICTIONS.length, 'jurisdiction'),
        inventory,
        keys,
      },
      specs,
      counts,
      total: counts.reduce((a, b) => a + b, 0),
      pue: rng.uniform(1.1, 1.35),
      table: peakTable(inventory),
      reserved: specs.map(() => new Float64Array(days)),
    });
  }
  return fleets;
}

function weightedPick<T>(rng: SeededRandom, items: readonly T[], weight: (t: T) => number): T {
  let total = 0;
  for (const it of items) total += weight(it);
  let x = rng.float() * total;
  for (const it of items) {
    x -= weight(it);
    if (x < 0) return it;
  }
  return nth(items, items.length - 1, 'item to pick'); // rounding left x ≥ 0: the last
}

function shuffled(rng: SeededRandom, n: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.float() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!]; // j ≤ i < n
  }
  return a;
}

/**
 * Accelerators of model m still free on every day of [start, start + days), which callers keep
 * within the simulated days (so every reserved[d] below exists).
 */
export function free(fleet: Fleet, m: number, start: number, days: number): number {
  const ceiling = CEILING * nth(fleet.counts, m, 'model');
  const reserved = nth(fleet.reserved, m, 'model');
  let min = Infinity;
  for (let d = start; d < start + days; d++) min = Math.min(min, ceiling - reserved[d]!);
  return Math.max(0, min);
}

/** Reserves accelerators of model m on each day of [start, start + days), within the simulated days as for {@link free}. */
export function reserve(fleet: Fleet, m: number, start: number, days: number, amount: number): void {
  const reserved = nth(fleet.reserved, m, 'model');
  for (let d = start; d < start + days; d++) reserved[d]! += amount;
}

/** Index of the model with the most accelerators. */
const primary = (fleet: Fleet) => fleet.counts.indexOf(Math.max(...fleet.counts));
const pickModel = (rng: SeededRandom, fleet: Fleet) => fleet.counts.indexOf(weightedPick(rng, fleet.counts, (c) => c));

/** Training classed inference/other, or classed training without a run id and over 1e25 FLOP. */
export function undeclaredTrainingCheats({ rng, fleets, days, newPlan, place }: Ctx): void {
  const n = Math.max(1, Math.round(0.15 * fleets.length));
  for (const f of shuffled(rng, fleets.length).slice(0, n)) {
    const fleet = nth(fleets, f, 'fleet');
    const m = primary(fleet);
    const u = rng.uniform(0.38, 0.52);
    if (rng.chance(0.5) && days >= 30) {
      // classed training, no run id, over the notification threshold: needs notification, has none
      const target = rng.uniform(1.15, 1.6) * NOTIFY;
      const span = Math.min(days - 1, rng.int(45, 80));
      const start = rng.int(0, days - span - 1);
      const concurrency = round8(target / (dayFlop(nth(fleet.specs, m, 'model'), u) * span * 0.98));
      if (concurrency <= 0.75 * free(fleet, m, start, span)) {
        const plan = newPlan('cheat', 'steady', { honest: false, variant: 'unlinked', label: 'pretrain-internal' });
        place(plan, { f, m, start, days: span, concurrency, utilization: u, cls: 'training' });
        continue;
      }
    }
    // classed inference or other, whatever its size
    const span = Math.min(days, rng.int(15, 60));
    const start = rng.int(0, days - span);
    const concurrency = round8(Math.min(rng.uniform(0.3, 0.6) * nth(fleet.counts, m, 'model'), 0.8 * free(fleet, m, start, span)));
    if (concurrency < 300) continue;
    const cls: WorkloadClass = rng.chance(0.6) ? 'inference' : 'other';
    const plan = newPlan('cheat', 'steady', {
      honest: false,
      variant: 'misclassified',
      label: cls === 'inference' ? 'batch-serving' : 'research-batch',
    });
    place(plan, { f, m, start, days: span, concurrency, utilization: u, cls });
  }
}

/** Training runs left out of the reports; only the meter sees them. */
export function underreportCheats({ rng, fleets, days, newPlan, place }: Ctx): void {
  const n = Math.max(1, Math.round(0.15 * fleets.length));
  for (const f of shuffled(rng, fleets.length).slice(0, n)) {
    const fleet = nth(fleets, f, 'fleet');
    const m = primary(fleet);
    const span = Math.min(days, rng.int(10, 50));
    const start = rng.int(0, days - span);
    const concurrency = round8(Math.min(rng.uniform(0.08, 0.4) * nth(fleet.counts, m, 'model'), 0.9 * free(fleet, m, start, span)));
    const plan = newPlan('cheat', 'steady', { honest: false, variant: 'omitted', hidden: true, label: 'hidden-run' });
    place(plan, { f, m, start, days: span, concurrency, utilization: rng.uniform(0.38, 0.52), cls: 'training' });
  }
}

/** Runs over 1e25 FLOP split into even chunks at several facilities over the same weeks. */
export function splitRunCheats({ rng, fleets, days, hex, newPlan, place }: Ctx): void {
  const n = Math.max(1, Math.floor(fleets.length / 10));
  for (let s = 0; s < n; s++) {
    const total = rng.uniform(1.15, 2.5) * NOTIFY;
    const span = Math.max(8, Math.min(days - 3, rng.int(30, 60)));
    const s0 = rng.int(0, Math.max(0, days - span - 3));
    const variant = weightedPick(rng, ['no-run-id', 'distinct-ids', 'same-id'] as const, (v) =>
      v === 'no-run-id' ? 0.45 : v === 'distinct-ids' ? 0.35 : 0.2,
    );
    const sharedId = `run-${hex(4)}`;
    const order = shuffled(rng, fleets.length);
    const sites = order.map((f) => {
      const fleet = nth(fleets, f, 'fleet');
      const m = primary(fleet);
      const start = Math.min(s0 + rng.int(0, 2), Math.max(0, days - span));
      const length = Math.min(span, days - start);
      const u = rng.uniform(0.4, 0.5);
      const perAccelerator = dayFlop(nth(fleet.specs, m, 'model'), u) * length * 0.98;
      return { f, m, start, length, u, perAccelerator, room: 0.6 * free(fleet, m, start, length) * perAccelerator };
    });
    // Even chunks of at most 2.5–4e24 each (below what one facility may do unnoticed), at sites with room for one.
    let parts = Math.max(2, Math.ceil(total / rng.uniform(2.5e24, 4e24)));
    let chosen: typeof sites = [];
    for (; parts <= fleets.length; parts++) {
      chosen = sites.filter((site) => site.room >= total / parts).slice(0, parts);
      if (chosen.length === parts) break;
    }
    if (chosen.length < 2 || chosen.length < parts) continue; // not enough room: this world has no such cheat
    const chunks: Placement[] = chosen.map((site) => ({
      f: site.f,
      m: site.m,
      start: site.start,
      days: site.length,
      concurrency: round8(total / parts / site.perAccelerator),
      utilization: site.u,
      cls: rng.chance(0.8) ? 'training' : 'fine-tuning',
      runId: variant === 'no-run-id' ? undefined : variant === 'same-id' ? sharedId : `run-${hex(4)}`,
    }));
    const plan = newPlan('cheat', 'steady', { honest: false, variant, label: 'split-pretrain' });
    for (const c of chunks) place(plan, c);
  }
}

/** A licensed frontier run, notifiable runs and small voluntarily declared runs. */
export function declaredRuns({ rng, fleets, days, hex, newPlan, place, runs }: Ctx): void {
  const declare = (plan: Plan, expectedFlop: number, purpose: string, licenceRef?: string) => {
    const id = `run-${hex(4)}`;
    for (const p of plan.placements) p.runId = id;
    runs.push({ id, developer: rng.pick(DEVELOPERS), name: `${plan.label}`, purpose, expectedFlop, ...(licenceRef ? { licenceRef } : {}) });
  };
  // A licensed frontier run across 6–10 facilities (its reported share may or may not pass 1e26 in the window).
  if (fleets.length >= 4 && days >= 30) {
    const span = days - rng.int(1, 10);
    const start = rng.int(0, days - span);
    const u = rng.uniform(0.38, 0.48);
    const k = Math.min(fleets.length, rng.int(6, 10));
    const plan = newPlan('declared-run', 'steady', { label: `frontier-${hex(2)}`, customer: 'internal' });
    for (const f of shuffled(rng, fleets.length).slice(0, k)) {
      const fleet = nth(fleets, f, 'fleet');
      const m = primary(fleet);
      const concurrency = round8(Math.min(rng.uniform(0.3, 0.45) * nth(fleet.counts, m, 'model'), 0.8 * free(fleet, m, start, span)));
      if (concurrency >= 64) place(plan, { f, m, start, days: span, concurrency, utilization: u, cls: 'training' });
    }
    if (plan.placements.length > 0) declare(plan, rng.uniform(1.2, 2) * LICENCE, 'frontier general-purpose model', `LIC-2026-${hex(3)}`);
  }
  // Notifiable runs and small runs declared voluntarily.
  const nNotify = Math.max(1, Math.round(fleets.length / 5));
  for (let r = 0; r < nNotify + Math.round(fleets.length / 5); r++) {
    const notifiable = r < nNotify;
    const target = notifiable ? rng.uniform(1.1, 3) * NOTIFY : 10 ** rng.uniform(22.5, 24.5);
    const k = notifiable ? Math.min(fleets.length, rng.int(1, 3)) : 1;
    const span = Math.min(days, notifiable ? rng.int(30, 80) : rng.int(3, 30));
    const start = rng.int(0, days - span);
    const u = rng.uniform(0.38, 0.5);
    const plan = newPlan('declared-run', 'steady', { label: `${notifiable ? 'model' : 'exp'}-${hex(2)}` });
    let planned = 0;
    for (const f of shuffled(rng, fleets.length).slice(0, k)) {
      const fleet = nth(fleets, f, 'fleet');
      const m = primary(fleet);
      const spec = nth(fleet.specs, m, 'model');
      const want = target / k / (dayFlop(spec, u) * span);
      const concurrency = round8(Math.min(want, 0.5 * free(fleet, m, start, span)));
      if (concurrency < 32) continue;
      place(plan, { f, m, start, days: span, concurrency, utilization: u, cls: 'training' });
      planned += concurrency * dayFlop(spec, u) * span;
    }
    if (plan.placements.length > 0)
      declare(plan, planned * rng.uniform(0.9, 1.3), notifiable ? 'general-purpose model' : 'research experiment');
  }
}

/** Serving, sub-threshold training, large batch jobs and many small jobs at every facility. */
export function honestWorkloads(ctx: Ctx): void {
  for (const fleet of ctx.fleets) {
    inferenceServices(ctx, fleet);
    subThresholdTraining(ctx, fleet);
    largeBatchJobs(ctx, fleet);
    smallJobs(ctx, fleet);
  }
}

/** Inference services: 15–35 % of the fleet, low model FLOP utilization, weekly rhythm. */
function inferenceServices({ rng, days, newPlan, place }: Ctx, fleet: Fleet): void {
  const f = fleet.index;
  const services = rng.int(2, 4);
  const share = rng.uniform(0.15, 0.35);
  const weights = Array.from({ length: services }, () => rng.uniform(0.5, 1.5));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  for (const w of weights) {
    const m = pickModel(rng, fleet);
    const concurrency = round8(Math.min((share * w * fleet.total) / weightSum, (0.8 * free(fleet, m, 0, days)) / RESERVE_FACTOR.serving));
    if (concurrency < 16) continue;
    const plan = newPlan('inference', 'serving', {
      jitter: 0.04,
      utilRange: [0.05, 0.33],
      nameAccelerator: rng.chance(0.6),
      label: `serve-${rng.int(100, 999)}`,
    });
    place(plan, { f, m, start: 0, days, concurrency, utilization: rng.uniform(0.1, 0.26), cls: 'inference' });
  }
}

/** Sub-threshold undeclared training of 256–1024 accelerators for 1–10 days (mostly short). */
function subThresholdTraining({ rng, days, newPlan, place }: Ctx, fleet: Fleet): void {
  const f = fleet.index;
  for (let i = rng.poisson(days / 25); i > 0; i--) {
    const m = pickModel(rng, fleet);
    const max = Math.min(1024, 0.2 * nth(fleet.counts, m, 'model'));
    const span0 = 1 + Math.floor(rng.float() ** 2 * 10);
    const start = rng.int(0, days - 1);
    const span = Math.min(span0, days - start);
    if (max < 256) continue;
    const concurrency = round8(rng.uniform(256, max));
    if (concurrency > free(fleet, m, start, span)) continue;
    const cls: WorkloadClass = rng.chance(0.75) ? 'training' : 'fine-tuning';
    place(newPlan('undeclared-training', 'steady', { label: `ablation-${rng.int(100, 999)}` }), {
      f,
      m,
      start,
      days: span,
      concurrency,
      utilization: rng.uniform(0.35, 0.5),
      cls,
    });
  }
}

/** Large batch jobs: synthetic data generation, evaluation sweeps. */
function largeBatchJobs({ rng, days, newPlan, place }: Ctx, fleet: Fleet): void {
  const f = fleet.index;
  for (let i = rng.poisson(days / 30); i > 0; i--) {
    const m = pickModel(rng, fleet);
    const max = Math.min(800, 0.15 * nth(fleet.counts, m, 'model'));
    const start = rng.int(0, days - 1);
    const span = Math.min(rng.int(1, 5), days - start);
    if (max < 256) continue;
    const concurrency = round8(rng.uniform(256, max));
    if (concurrency > free(fleet, m, start, span)) continue;
    place(newPlan('other', 'batch', { label: `synthdata-${rng.int(100, 999)}` }), {
      f,
      m,
      start,
      days: span,
      concurrency,
      utilization: rng.uniform(0.12, 0.3),
      cls: 'other',
    });
  }
}

/** The kinds of small job every facility runs every day: Poisson(mean) a day of each. */
const SMALL_JOBS: ReadonlyArray<{
  kind: SimulatedJob['kind'];
  cls: WorkloadClass;
  mean: number;
  size: [number, number];
  span: [number, number];
  util: [number, number];
}> = [
  { kind: 'fine-tuning', cls: 'fine-tuning', mean: 1.5, size: [1, 16], span: [1, 3], util: [0.25, 0.5] },
  { kind: 'other', cls: 'other', mean: 1.5, size: [1, 24], span: [1, 1], util: [0.1, 0.6] },
  { kind: 'undeclared-training', cls: 'training', mean: 0.8, size: [2, 28], span: [1, 5], util: [0.3, 0.5] },
  { kind: 'inference', cls: 'inference', mean: 0.5, size: [1, 8], span: [1, 3], util: [0.05, 0.4] },
];

/** Many small jobs every day. */
function smallJobs({ rng, days, newPlan, place }: Ctx, fleet: Fleet): void {
  const f = fleet.index;
  for (let d = 0; d < days; d++) {
    for (const s of SMALL_JOBS) {
      for (let i = rng.poisson(s.mean); i > 0; i--) {
        const m = pickModel(rng, fleet);
        const concurrency = 8 * rng.int(s.size[0], s.size[1]);
        const span = Math.min(rng.int(s.span[0], s.span[1]), days - d);
        if (concurrency > free(fleet, m, d, span)) continue;
        const plan = newPlan(s.kind, 'batch', { nameAccelerator: rng.chance(0.7) });
        place(plan, { f, m, start: d, days: span, concurrency, utilization: rng.uniform(s.util[0], s.util[1]), cls: s.cls });
      }
    }
  }
}
