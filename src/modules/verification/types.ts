/**
 * Plain data shapes shared by the verification pure cores (accounting, flags, signing,
 * challenges, simulator). They mirror DESIGN.md § Verification; no I/O lives here.
 */

/** What a workload was used for, as the facility declares it. */
export type WorkloadClass = 'training' | 'fine-tuning' | 'inference' | 'other';

export const WORKLOAD_CLASSES = ['training', 'fine-tuning', 'inference', 'other'] as const satisfies readonly WorkloadClass[];

/** One line of a facility's accelerator inventory. */
export interface InventoryItem {
  /** Model name, e.g. "NVIDIA H100 SXM"; a workload may name it in `accelerator`. */
  model: string;
  count: number;
  /** Peak dense BF16 FLOP/s of one accelerator (no sparsity). */
  peakFlops: number;
}

/** A facility's Ed25519 public key. Keys rotate; a retired key still verifies reports it signed before `retiredAt`. */
export interface FacilityKey {
  /** Hex of the first 8 bytes of SHA-256 of the raw 32-byte public key (see report-signing.ts `keyIdOf`). */
  keyId: string;
  publicKeyPem: string;
  /** ISO time from which the key signs. */
  validFrom: string;
  /** ISO time after which the key signs nothing new; reports whose periodEnd is at or before it still verify. */
  retiredAt?: string;
}

export interface Facility {
  id: string;
  name: string;
  operator: string;
  /** ISO 3166-1 alpha-3. */
  jurisdiction: string;
  inventory: InventoryItem[];
  keys: FacilityKey[];
}

/** A training run declared to the agency (the declaration is the notification). */
export interface DeclaredRun {
  id: string;
  developer: string;
  name: string;
  purpose: string;
  expectedFlop: number;
  /** Reference of the licence, when the run holds one. */
  licenceRef?: string;
}

/** One workload line of a compute report. */
export interface Workload {
  /** Opaque, unique per facility (the facility's private record says what it is). */
  id: string;
  class: WorkloadClass;
  acceleratorHours: number;
  /** Mean utilization over the period as a share of peak dense FLOP/s (model FLOP utilization), in (0, 1]. */
  utilization: number;
  /** A declared run this workload belongs to. */
  runId?: string;
  /** Inventory model the workload ran on; absent means the count-weighted mean peak of the inventory. */
  accelerator?: string;
  /** Hex SHA-256(canonical record bytes ‖ 32-byte salt), see commitment.ts. */
  commitment: string;
}

/** The signed body of a compute report. */
export interface ComputeReport {
  facilityId: string;
  /** 1, 2, 3, … per facility, no gaps. */
  sequence: number;
  periodStart: string;
  periodEnd: string;
  meteredAcceleratorHours: number;
  energyKwh: number;
  workloads: Workload[];
}

/** What a facility submits: the report, the id of the key that signed it and the base64 Ed25519 signature. */
export interface SignedReport {
  report: ComputeReport;
  keyId: string;
  signature: string;
}

/** The agency's FLOP thresholds. */
export interface Thresholds {
  /** Cumulative FLOP above which a run must be declared (notified). */
  notifyFlop: number;
  /** Cumulative FLOP above which a run needs a licence. */
  licenceFlop: number;
}

/** Defaults from DESIGN.md: notification above 1e25 FLOP, licence above 1e26 FLOP. */
export const DEFAULT_THRESHOLDS: Thresholds = { notifyFlop: 1e25, licenceFlop: 1e26 };

/**
 * The stable id of a report: `<facilityId>#<sequence>`. Sequence numbers are unique per facility,
 * so this names a report without a database; flags cite reports by it.
 */
export function reportId(report: Pick<ComputeReport, 'facilityId' | 'sequence'>): string {
  return `${report.facilityId}#${report.sequence}`;
}

/** Length of a report period in hours (from its ISO bounds). */
export function periodHours(report: Pick<ComputeReport, 'periodStart' | 'periodEnd'>): number {
  return (Date.parse(report.periodEnd) - Date.parse(report.periodStart)) / 3_600_000;
}
