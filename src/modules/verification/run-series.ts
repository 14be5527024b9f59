import { chronological, peakTables, type AccountingInput } from './accounting.ts';

/** A run's cumulative FLOP after each report period that added to it: [periodEnd, cumulative FLOP]. */
export type RunSeries = [periodEnd: string, cumulativeFlop: number][];

/**
 * The cumulative FLOP of every run over time, for the accounting chart: one point per report that
 * carries the run's workloads, at its periodEnd (points of reports ending at the same instant at
 * different facilities are merged into the last). Workloads are summed in the same order as
 * accounting.ts runAccounting (chronological reports, then report order), so each run's last point
 * equals its `cumulativeFlop` exactly. Pure.
 */
export function runSeries(input: Pick<AccountingInput, 'reports' | 'facilities'>): Map<string, RunSeries> {
  const tables = peakTables(input.facilities);
  const series = new Map<string, RunSeries>();
  const totals = new Map<string, number>();
  for (const report of chronological(input.reports)) {
    const table = tables.get(report.facilityId);
    if (table === undefined) continue;
    const touched = new Set<string>();
    for (const w of report.workloads) {
      if (w.runId === undefined) continue;
      const peak = w.accelerator === undefined ? table.meanPeakFlops : (table.byModel.get(w.accelerator) ?? table.meanPeakFlops);
      totals.set(w.runId, (totals.get(w.runId) ?? 0) + w.acceleratorHours * 3600 * peak * w.utilization);
      touched.add(w.runId);
    }
    for (const runId of touched) {
      let points = series.get(runId);
      if (!points) series.set(runId, (points = []));
      const cumulative = totals.get(runId)!;
      const lastPoint = points[points.length - 1];
      if (lastPoint && lastPoint[0] === report.periodEnd) lastPoint[1] = cumulative;
      else points.push([report.periodEnd, cumulative]);
    }
  }
  return series;
}
