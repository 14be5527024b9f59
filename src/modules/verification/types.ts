/**
 * Plain data shapes shared by the verification pure cores (accounting, flags, signing,
 * challenges, simulator). They mirror DESIGN.md § Verification; no I/O lives here. The shapes a
 * facility sends (inventory, workloads, reports) are those of the dto schemas that check them.
 */
import type { InventoryItem } from './facilities.dto.ts';
import type { ComputeReport } from './reports.dto.ts';

export { WORKLOAD_CLASSES, type WorkloadClass } from './common.dto.ts';
export type { InventoryItem } from './facilities.dto.ts';
export type { ComputeReport, SignedReport, Workload } from './reports.dto.ts';

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
