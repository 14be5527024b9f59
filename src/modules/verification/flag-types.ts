import type { Flag } from './accounting.dto.ts';
import type { SustainedConfig, TrainingLikeConfig } from './training-patterns.ts';
import type { Thresholds } from './types.ts';

/**
 * The shapes of flags and of their configuration, apart from flags.ts (which computes them and
 * holds the defaults) so that pattern-flags.ts can take both without importing flags.ts back.
 */

/** A flag is built by the pure core in exactly the shape the API serves (accounting.dto.ts FlagSchema). */
export type { Flag };
export type FlagKind = Flag['kind'];

export interface FlagConfig {
  thresholds: Thresholds;
  /** Unaccounted compute beyond tolerance × metered accelerator-hours is flagged. */
  tolerance: number;
  trainingLike: TrainingLikeConfig;
  sustained: SustainedConfig;
  /** One facility's sustained undeclared training within a trailing window above `flop`. */
  facilityUndeclared: { windowDays: number; flop: number };
  /** Sustained undeclared training at ≥ minFacilities facilities overlapping in time by ≥ minOverlap of the longer, together above `flop`. */
  linked: { minOverlap: number; minFacilities: number; flop: number };
}
