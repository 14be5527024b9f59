/**
 * The shapes of a simulated world (simulator.ts builds one, simulator-plans.ts places its jobs):
 * apart from both so that neither imports the other for them.
 */
import type { ComputeReport, DeclaredRun, Facility, FacilityKey } from '../types.ts';

export type CheatKind = 'undeclared-training' | 'underreport' | 'split-run';
export const CHEAT_KINDS: readonly CheatKind[] = ['undeclared-training', 'underreport', 'split-run'];

export interface SimulateOptions {
  facilities: number;
  /** Mean accelerators per facility. */
  accelerators: number;
  days: number;
  seed: string | number;
  cheat?: CheatKind;
  /** ISO start of the first daily period; default 2026-01-01T00:00:00.000Z. */
  start?: string;
}

/** A facility key with its private half (simulation only). */
export interface SimulatedKey extends FacilityKey {
  privateKeyPem: string;
}

export interface SimulatedFacility extends Facility {
  keys: SimulatedKey[];
}

/** One simulated job (a run, service or batch job) and where it shows in the reports. */
export interface SimulatedJob {
  id: string;
  honest: boolean;
  cheat?: CheatKind;
  /** How the cheat hides, e.g. 'misclassified', 'unlinked', 'omitted', 'no-run-id', 'distinct-ids', 'same-id'. */
  variant?: string;
  kind: 'declared-run' | 'undeclared-training' | 'fine-tuning' | 'inference' | 'other' | 'cheat';
  /** True when its workloads are left out of the reports (underreport). */
  hidden: boolean;
  runIds: string[];
  facilityIds: string[];
  workloadIds: string[];
  /** Reports of the periods it ran in (also for hidden jobs). */
  reportIds: string[];
  /** Estimated FLOP by the accounting formula over its figures. */
  flop: number;
  peakConcurrency: number;
}

export interface SimulationTruth {
  cheat?: CheatKind;
  cheatingJobIds: string[];
  cheatingFacilityIds: string[];
  honestJobIds: string[];
  jobs: SimulatedJob[];
}

export interface Simulation {
  facilities: SimulatedFacility[];
  runs: DeclaredRun[];
  /** Unsigned, one per facility per day, sequence from 1. */
  reports: ComputeReport[];
  /** Private record and salt (hex) per reported workload id. */
  privateRecords: Map<string, { record: Record<string, unknown>; salt: string }>;
  truth: SimulationTruth;
}
