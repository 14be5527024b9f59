import { WORKLOAD_CLASSES, periodHours, type ComputeReport, type InventoryItem } from './types.ts';

/** Why a report is not acceptable; `code` is stable, `workloadId` names the workload at fault if one is. */
export interface ReportProblem {
  code:
    | 'wrong-facility'
    | 'bad-period'
    | 'sequence-gap'
    | 'period-overlap'
    | 'bad-figure'
    | 'capacity-exceeded'
    | 'duplicate-workload'
    | 'bad-class'
    | 'bad-utilization'
    | 'unknown-accelerator'
    | 'bad-commitment';
  message: string;
  workloadId?: string;
}

const HEX_32 = /^[0-9a-f]{64}$/;
const nonNegative = (x: number) => Number.isFinite(x) && x >= 0;

/**
 * The rules a compute report must meet before it is accepted (DESIGN.md § Verification):
 * sequence is 1 for a facility's first report and previous + 1 after, so no gaps; the period is
 * well formed and starts no earlier than the previous one ended (periods are then ordered, so no
 * overlap with any earlier report); figures are finite and non-negative, utilization in (0, 1];
 * workload ids unique; commitments 64 lower-case hex; named accelerators in the inventory; metered
 * and declared accelerator-hours within capacity (Σ counts × period hours), and per named model
 * within that model's count × period hours. Returns every problem found; empty means acceptable.
 */
export function checkReport(
  report: ComputeReport,
  facility: { id: string; inventory: readonly InventoryItem[] },
  previous?: Pick<ComputeReport, 'sequence' | 'periodEnd'>,
): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const add = (code: ReportProblem['code'], message: string, workloadId?: string) => problems.push({ code, message, workloadId });

  if (report.facilityId !== facility.id) add('wrong-facility', `report names facility ${report.facilityId}, not ${facility.id}`);
  const start = Date.parse(report.periodStart);
  const end = Date.parse(report.periodEnd);
  const hours = periodHours(report);
  if (!Number.isFinite(start) || !Number.isFinite(end) || !(end > start))
    add('bad-period', 'periodStart must be an ISO time before periodEnd');
  const expected = previous ? previous.sequence + 1 : 1;
  if (report.sequence !== expected) add('sequence-gap', `sequence ${report.sequence}, expected ${expected}`);
  if (previous && start < Date.parse(previous.periodEnd))
    add('period-overlap', `period starts before the previous report ended (${previous.periodEnd})`);
  if (!nonNegative(report.meteredAcceleratorHours) || !nonNegative(report.energyKwh))
    add('bad-figure', 'metered accelerator-hours and energy must be finite and non-negative');

  const capacity = new Map<string, number>();
  let total = 0;
  for (const item of facility.inventory) {
    capacity.set(item.model, item.count * hours);
    total += item.count * hours;
  }
  const ids = new Set<string>();
  const perModel = new Map<string, number>();
  let declared = 0;
  for (const w of report.workloads) {
    if (ids.has(w.id)) add('duplicate-workload', `workload id ${w.id} appears twice`, w.id);
    ids.add(w.id);
    if (!WORKLOAD_CLASSES.includes(w.class))
      add('bad-class', `class ${String(w.class)} is not one of ${WORKLOAD_CLASSES.join(', ')}`, w.id);
    if (!nonNegative(w.acceleratorHours)) add('bad-figure', 'acceleratorHours must be finite and non-negative', w.id);
    if (!(w.utilization > 0 && w.utilization <= 1)) add('bad-utilization', 'utilization must lie in (0, 1]', w.id);
    if (typeof w.commitment !== 'string' || !HEX_32.test(w.commitment))
      add('bad-commitment', 'commitment must be 64 lower-case hex characters', w.id);
    declared += w.acceleratorHours;
    if (w.accelerator !== undefined) {
      if (!capacity.has(w.accelerator)) add('unknown-accelerator', `accelerator ${w.accelerator} is not in the inventory`, w.id);
      else perModel.set(w.accelerator, (perModel.get(w.accelerator) ?? 0) + w.acceleratorHours);
    }
  }
  if (declared > total) add('capacity-exceeded', `declared ${declared} accelerator-hours exceed capacity ${total}`);
  if (report.meteredAcceleratorHours > total)
    add('capacity-exceeded', `metered ${report.meteredAcceleratorHours} accelerator-hours exceed capacity ${total}`);
  for (const [model, used] of perModel) {
    const cap = capacity.get(model) ?? 0;
    if (used > cap) add('capacity-exceeded', `${used} accelerator-hours on ${model} exceed its capacity ${cap}`);
  }
  return problems;
}
