import { invalid } from '../../core/errors.ts';
import {
  DEFAULT_THRESHOLDS,
  reportId,
  type ComputeReport,
  type DeclaredRun,
  type InventoryItem,
  type Thresholds,
  type Workload,
} from './types.ts';

/**
 * Compute accounting (DESIGN.md § Verification): estimated FLOP per workload, cumulative FLOP per
 * run against the agency's thresholds, and per-period material balance of accelerator-hours per
 * facility, in the manner of nuclear safeguards' "material unaccounted for" (MUF = book − physical
 * inventory, judged against the measurement uncertainty σ_MUF; here metered − declared against a
 * stated tolerance). Pure: plain arrays in, plain objects out, flat loops and maps keyed by id so a
 * million workloads account in well under two seconds.
 */

/** A facility as accounting needs it: its id and accelerator inventory. */
export interface FacilityInventory {
  id: string;
  inventory: readonly InventoryItem[];
}

/** Peak FLOP/s of a facility's accelerators: the count-weighted mean and each model's. */
export interface PeakTable {
  meanPeakFlops: number;
  byModel: Map<string, number>;
}

/** Builds the peak table of an inventory; throws when the inventory holds no accelerator. */
export function peakTable(inventory: readonly InventoryItem[]): PeakTable {
  let count = 0;
  let sum = 0;
  const byModel = new Map<string, number>();
  for (const item of inventory) {
    count += item.count;
    sum += item.count * item.peakFlops;
    byModel.set(item.model, item.peakFlops);
  }
  if (!(count > 0)) throw invalid('empty_inventory', 'the inventory holds no accelerator');
  return { meanPeakFlops: sum / count, byModel };
}

/** Peak tables of many facilities, keyed by facility id. */
export function peakTables(facilities: readonly FacilityInventory[]): Map<string, PeakTable> {
  const tables = new Map<string, PeakTable>();
  for (const f of facilities) tables.set(f.id, peakTable(f.inventory));
  return tables;
}

/** The peak FLOP/s of the named model, else the inventory's mean; throws `unknown_accelerator` for a model it lacks. */
export function peakOf(accelerator: string | undefined, table: PeakTable): number {
  if (accelerator === undefined) return table.meanPeakFlops;
  const peak = table.byModel.get(accelerator);
  if (peak === undefined) throw invalid('unknown_accelerator', `accelerator ${accelerator} is not in the inventory`);
  return peak;
}

/**
 * Estimated FLOP of a workload = acceleratorHours × 3600 × peak FLOP/s × utilization, where peak is
 * that of the inventory model the workload names in `accelerator`, or else the inventory's
 * count-weighted mean peak (Σ countᵢ·peakᵢ / Σ countᵢ). Throws `unknown_accelerator` when the named
 * model is not in the inventory.
 */
export function estimateFlop(
  workload: Pick<Workload, 'acceleratorHours' | 'utilization' | 'accelerator'>,
  inventory: readonly InventoryItem[] | PeakTable,
): number {
  const table = 'meanPeakFlops' in inventory ? inventory : peakTable(inventory);
  return workload.acceleratorHours * 3600 * peakOf(workload.accelerator, table) * workload.utilization;
}

export type Standing = 'below' | 'notify' | 'licence-required';

/** The moment a run's cumulative FLOP first exceeded a threshold. */
export interface ThresholdCrossing {
  threshold: 'notify' | 'licence';
  thresholdFlop: number;
  /** periodEnd of the report whose workloads took the cumulative over the threshold. */
  periodEnd: string;
  reportId: string;
  /** Cumulative FLOP right after that workload. */
  cumulativeFlop: number;
}

export interface RunAccount {
  runId: string;
  /** Whether the run id is among the declared runs (a workload may cite an id nobody declared). */
  declared: boolean;
  developer?: string;
  expectedFlop?: number;
  licenceRef?: string;
  licensed: boolean;
  cumulativeFlop: number;
  acceleratorHours: number;
  workloadCount: number;
  /** Highest threshold exceeded: 'notify' above notifyFlop, 'licence-required' above licenceFlop. */
  standing: Standing;
  /** In chronological order by periodEnd (notify before licence). */
  crossings: ThresholdCrossing[];
  /** Reports that carry the run's workloads, chronological. */
  reportIds: string[];
  facilityIds: string[];
}

export interface AccountingInput {
  runs: readonly DeclaredRun[];
  reports: readonly ComputeReport[];
  facilities: readonly FacilityInventory[];
}

/** Reports in chronological order: by periodEnd, then facility id, then sequence. */
export function chronological(reports: readonly ComputeReport[]): ComputeReport[] {
  const keyed = reports.map((report) => ({ report, end: Date.parse(report.periodEnd) }));
  keyed.sort(
    (a, b) =>
      a.end - b.end ||
      (a.report.facilityId < b.report.facilityId ? -1 : a.report.facilityId > b.report.facilityId ? 1 : 0) ||
      a.report.sequence - b.report.sequence,
  );
  return keyed.map((k) => k.report);
}

interface MutableAccount extends RunAccount {
  lastReportId: string;
  facilitySet: Set<string>;
}

/**
 * Cumulative FLOP of every run across all facilities and reports, in chronological order, with
 * the first crossing of each threshold. A threshold is crossed when the cumulative is strictly
 * greater than it ("greater than 10²⁵ FLOP", as EU AI Act art. 51(2) words it). Every workload a
 * facility links to a run counts towards it, whatever its class. Runs cited by workloads but never
 * declared are included with `declared: false`. A run is licensed when its declaration carries a
 * non-empty licenceRef.
 */
export function runAccounting(input: AccountingInput, thresholds: Thresholds = DEFAULT_THRESHOLDS): RunAccount[] {
  const tables = peakTables(input.facilities);
  const accounts = new Map<string, MutableAccount>();
  const open = (runId: string, run?: DeclaredRun): MutableAccount => ({
    runId,
    declared: run !== undefined,
    developer: run?.developer,
    expectedFlop: run?.expectedFlop,
    licenceRef: run?.licenceRef,
    licensed: run?.licenceRef !== undefined && run.licenceRef.trim() !== '',
    cumulativeFlop: 0,
    acceleratorHours: 0,
    workloadCount: 0,
    standing: 'below',
    crossings: [],
    reportIds: [],
    facilityIds: [],
    lastReportId: '',
    facilitySet: new Set(),
  });
  for (const run of input.runs) accounts.set(run.id, open(run.id, run));

  const { notifyFlop, licenceFlop } = thresholds;
  for (const report of chronological(input.reports)) {
    const table = tables.get(report.facilityId);
    if (table === undefined) throw invalid('unknown_facility', `report of unknown facility ${report.facilityId}`);
    const rid = reportId(report);
    const workloads = report.workloads;
    for (let i = 0; i < workloads.length; i++) {
      const w = workloads[i]!; // i < workloads.length; an indexed loop is the fastest over a million workloads
      if (w.runId === undefined) continue;
      let acc = accounts.get(w.runId);
      if (acc === undefined) {
        acc = open(w.runId);
        accounts.set(w.runId, acc);
      }
      const before = acc.cumulativeFlop;
      acc.cumulativeFlop = before + w.acceleratorHours * 3600 * peakOf(w.accelerator, table) * w.utilization;
      acc.acceleratorHours += w.acceleratorHours;
      acc.workloadCount += 1;
      if (acc.lastReportId !== rid) {
        acc.lastReportId = rid;
        acc.reportIds.push(rid);
        acc.facilitySet.add(report.facilityId);
      }
      if (before <= notifyFlop && acc.cumulativeFlop > notifyFlop) {
        acc.crossings.push({
          threshold: 'notify',
          thresholdFlop: notifyFlop,
          periodEnd: report.periodEnd,
          reportId: rid,
          cumulativeFlop: acc.cumulativeFlop,
        });
      }
      if (before <= licenceFlop && acc.cumulativeFlop > licenceFlop) {
        acc.crossings.push({
          threshold: 'licence',
          thresholdFlop: licenceFlop,
          periodEnd: report.periodEnd,
          reportId: rid,
          cumulativeFlop: acc.cumulativeFlop,
        });
      }
    }
  }

  const result: RunAccount[] = [];
  for (const acc of accounts.values()) {
    const { lastReportId: _last, facilitySet, ...account } = acc;
    account.facilityIds = [...facilitySet].sort();
    account.standing = account.cumulativeFlop > licenceFlop ? 'licence-required' : account.cumulativeFlop > notifyFlop ? 'notify' : 'below';
    result.push(account);
  }
  return result;
}

/** One report period of a facility's accelerator-hour balance. */
export interface FacilityPeriod {
  reportId: string;
  facilityId: string;
  sequence: number;
  periodStart: string;
  periodEnd: string;
  meteredAcceleratorHours: number;
  /** Σ of the workloads' acceleratorHours. */
  declaredAcceleratorHours: number;
  /** metered − declared: accelerator-hours unaccounted for (negative when more is declared than metered). */
  differenceAcceleratorHours: number;
  /** tolerance × metered. */
  toleranceAcceleratorHours: number;
  /** difference > tolerance × metered. */
  beyond: boolean;
}

/** Default measurement tolerance for unaccounted compute: 2 % of metered accelerator-hours. */
export const DEFAULT_TOLERANCE = 0.02;

/**
 * Per report period: metered and declared accelerator-hours, their difference, the tolerance
 * figure (tolerance × metered) and whether the difference lies beyond it. Sorted by facility id,
 * then sequence. Declaring more than was metered is not "beyond" (nothing is unaccounted for);
 * report validation catches impossible declarations against capacity.
 */
export function facilityAccounting(reports: readonly ComputeReport[], tolerance: number = DEFAULT_TOLERANCE): FacilityPeriod[] {
  if (!(tolerance >= 0)) throw invalid('invalid_tolerance', 'tolerance must be a non-negative share');
  const periods = new Array<FacilityPeriod>(reports.length);
  for (let r = 0; r < reports.length; r++) {
    const report = reports[r]!; // r < reports.length
    const workloads = report.workloads;
    let declared = 0;
    for (let i = 0; i < workloads.length; i++) declared += workloads[i]!.acceleratorHours; // i < workloads.length
    periods[r] = periodBalance({ ...report, declaredAcceleratorHours: declared }, tolerance);
  }
  periods.sort((a, b) => (a.facilityId < b.facilityId ? -1 : a.facilityId > b.facilityId ? 1 : a.sequence - b.sequence));
  return periods;
}

/** A report period's figures, as each stored report row keeps them (declared summed in workload order at ingest). */
export type PeriodFigures = Pick<ComputeReport, 'facilityId' | 'sequence' | 'periodStart' | 'periodEnd' | 'meteredAcceleratorHours'> & {
  declaredAcceleratorHours: number;
};

/**
 * One period's balance under a tolerance: difference, tolerance figure, beyond. facilityAccounting
 * and the service's read of the stored report rows both call it, so they agree to the last bit.
 */
export function periodBalance(p: PeriodFigures, tolerance: number): FacilityPeriod {
  const metered = p.meteredAcceleratorHours;
  const difference = metered - p.declaredAcceleratorHours;
  const toleranceHours = tolerance * metered;
  return {
    reportId: reportId(p),
    facilityId: p.facilityId,
    sequence: p.sequence,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    meteredAcceleratorHours: metered,
    declaredAcceleratorHours: p.declaredAcceleratorHours,
    differenceAcceleratorHours: difference,
    toleranceAcceleratorHours: toleranceHours,
    beyond: difference > toleranceHours,
  };
}
