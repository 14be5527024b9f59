/**
 * A figure beside its limit: the figure and a baseline measured in the same run, on the same data,
 * and the goal stated as their ratio. Absolute figures differ about 2× between the shared 2-core
 * machines these benchmarks run on; a ratio to a baseline measured beside it does not.
 */
import type { Figure } from './index.ts';

/** The goal on figure ÷ baseline: at least (rates: the figure may be this much slower) or at most (times). */
export type RatioGoal = { atLeast: number } | { atMost: number };

export interface Compared {
  /** What was measured, e.g. "persisted append, PGlite, batches of 1000". */
  name: string;
  value: number;
  /** The unit of both the figure and its baseline (entries/s, ms, req/s). */
  unit: string;
  baseline: { name: string; value: number };
  /** Absent for a diagnostic ratio, printed to show where the time goes. */
  goal?: RatioGoal;
}

/** The figure with its baseline, their ratio (figure ÷ baseline) and whether the ratio meets the goal. */
export function compared({ name, value, unit, baseline, goal }: Compared): Figure {
  const ratio = value / baseline.value;
  const withBaseline = { name, value, unit, baseline: { name: baseline.name, value: baseline.value, ratio } };
  if (goal === undefined) return { ...withBaseline, goal: '— (shows where the time goes)' };
  if ('atLeast' in goal) return { ...withBaseline, goal: `ratio ≥ ${goal.atLeast}`, met: ratio >= goal.atLeast };
  return { ...withBaseline, goal: `ratio ≤ ${goal.atMost}`, met: ratio <= goal.atMost };
}

/** Total milliseconds spent in `fn` across calls, for interleaving a figure's runs with its baseline's. */
export class Stopwatch {
  ms = 0;
  async time<T>(fn: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      this.ms += performance.now() - start;
    }
  }
  /** Events per second over the time spent. */
  rate(events: number): number {
    return events / (this.ms / 1000);
  }
}
