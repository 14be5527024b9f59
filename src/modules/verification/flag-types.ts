import type { SustainedConfig, TrainingLikeConfig } from './training-patterns.ts';
import type { Thresholds } from './types.ts';

/**
 * The shapes of flags and of their configuration, apart from flags.ts (which computes them and
 * holds the defaults) so that pattern-flags.ts can take both without importing flags.ts back.
 */

export type FlagKind =
  | 'unlicensed-run'
  | 'unaccounted-compute'
  | 'training-like-undeclared'
  | 'facility-undeclared-training'
  | 'challenge-overdue'
  | 'challenge-failed';

export interface Flag {
  kind: FlagKind;
  facilityId?: string;
  /** For a pattern linked across facilities (facility-undeclared-training with scope 'linked'). */
  facilityIds?: string[];
  runId?: string;
  reportIds: string[];
  workloadIds?: string[];
  challengeId?: string;
  figures: Record<string, number | string>;
  message: string;
}

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
