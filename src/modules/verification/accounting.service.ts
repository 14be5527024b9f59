/**
 * Accounting, flags and the agency's settings. Run accounting reads the totals maintained at
 * ingest (accounting-upkeep.ts) and facility accounting the stored report rows, so neither reads a
 * workload; flags are computed from the stored reports with the pure cores (flags.ts).
 */
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { requireInspectAccess } from './access.ts';
import { isDeepStrictEqual } from 'node:util';
import { periodBalance, type RunAccount } from './accounting.ts';
import { emptyTotals, type PartRow, type RunTotals } from './accounting-fold.ts';
import { recrossThresholds } from './accounting-upkeep.ts';
import { challengeStates, settleOverdueChallenges } from './challenge.service.ts';
import { requireFacility } from './facility.service.ts';
import { computeFlags } from './flags.ts';
import type { RunSeries } from './run-series.ts';
import { storedReports } from './report-cache.ts';
import { DEFAULT_SETTINGS, flagConfigOf, type VerificationSettings } from './settings.ts';
import type { DeclaredRun, Thresholds } from './types.ts';
import type { VerificationEnv } from './verification-env.ts';
import * as facilitiesRepo from './facilities.repository.ts';
import * as accountingRepo from './accounting.repository.ts';
import * as reportsRepo from './reports.repository.ts';
import * as settingsRepo from './settings.repository.ts';
import type { FacilityAccounting, Flags, RunAccounting, VerificationSettingsView } from './accounting.dto.ts';

// ── Settings ───────────────────────────────────────────────────────────────

/**
 * The settings, their version and the defaults Concord ships with (public: the thresholds are the
 * agency's published rules; the defaults let an editor offer "reset to default").
 */
export async function getSettings(db: Db): Promise<VerificationSettingsView> {
  return { ...(await settingsRepo.readSettings(db)), defaults: DEFAULT_SETTINGS };
}

/** Admin replaces the settings; the change is logged with the new settings in full. */
export async function updateSettings(db: Db, actor: Actor | null, settings: VerificationSettings): Promise<VerificationSettingsView> {
  const admin = requireRole(actor, 'admin');
  return db.transaction(async (tx) => {
    const current = await settingsRepo.readSettings(tx, true);
    const version = current.version + 1;
    await settingsRepo.writeSettings(tx, version, settings);
    // The maintained crossings follow the thresholds; the facility balances take the tolerance at read.
    if (!isDeepStrictEqual(current.settings.thresholds, settings.thresholds)) await recrossThresholds(tx, settings.thresholds);
    await appendToLog(tx, {
      kind: 'verification.settings.changed',
      actor: actorLabel(admin),
      subject: 'verification:settings',
      body: { version, settings },
    });
    return { version, settings, defaults: DEFAULT_SETTINGS };
  });
}

// ── Run accounting ─────────────────────────────────────────────────────────

/**
 * Every run's cumulative FLOP across facilities and reports, its standing against the thresholds
 * and when it crossed each. Inspectors and admins get the full view (undeclared run ids too, FLOP
 * figures, facilities, reports and the cumulative series for the chart); everyone else a public
 * summary of the declared runs: standing and crossing dates, without figures or facilities, which
 * would tell competitors and adversaries where and how fast a developer trains. `series` adds the
 * cumulative FLOP after each period (full view only), for the chart.
 */
export async function getRunAccounting(db: Db, actor: Actor | null, options: { series?: boolean } = {}): Promise<RunAccounting> {
  const full = actor?.role === 'admin' || actor?.role === 'inspector';
  const [{ settings }, runs, totals, parts] = await Promise.all([
    settingsRepo.readSettings(db),
    reportsRepo.listRuns(db),
    accountingRepo.allRunTotals(db, { reportIds: full }),
    full && options.series ? accountingRepo.allRunParts(db) : undefined,
  ]);
  const accounts = maintainedAccounts(runs.map(reportsRepo.toDeclaredRun), totals, settings.thresholds);
  const names = new Map(runs.map((r) => [r.id, r.name]));
  const series = parts ? seriesOf(parts) : undefined;
  const ordered = accounts.sort((a, b) => b.cumulativeFlop - a.cumulativeFlop || a.runId.localeCompare(b.runId));
  return {
    view: full ? ('full' as const) : ('summary' as const),
    thresholds: settings.thresholds,
    runs: full
      ? ordered.map((a) => ({
          runId: a.runId,
          declared: a.declared,
          developer: a.developer,
          name: names.get(a.runId),
          licensed: a.licensed,
          standing: a.standing,
          crossings: a.crossings,
          cumulativeFlop: a.cumulativeFlop,
          expectedFlop: a.expectedFlop,
          acceleratorHours: a.acceleratorHours,
          workloadCount: a.workloadCount,
          facilityIds: a.facilityIds,
          reportIds: a.reportIds,
          ...(series ? { series: series.get(a.runId) ?? [] } : {}),
        }))
      : // Ordered by run id, not by FLOP: the order of the summary would otherwise rank the runs' compute.
        [...ordered]
          .filter((a) => a.declared)
          .sort((a, b) => (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0))
          .map((a) => ({
            runId: a.runId,
            declared: true,
            developer: a.developer,
            name: names.get(a.runId),
            licensed: a.licensed,
            standing: a.standing,
            crossings: a.crossings.map((c) => ({ threshold: c.threshold, thresholdFlop: c.thresholdFlop, periodEnd: c.periodEnd })),
          })),
  };
}

/**
 * runAccounting's accounts from the maintained totals: every declared run (with its totals, or none
 * yet) and every undeclared run a workload cited, with the standing under the current thresholds.
 */
function maintainedAccounts(runs: readonly DeclaredRun[], totals: readonly RunTotals[], thresholds: Thresholds): RunAccount[] {
  const held = new Map(totals.map((t) => [t.runId, t]));
  const account = (t: RunTotals, run?: DeclaredRun): RunAccount => ({
    runId: t.runId,
    declared: run !== undefined,
    developer: run?.developer,
    expectedFlop: run?.expectedFlop,
    licenceRef: run?.licenceRef,
    licensed: run?.licenceRef !== undefined && run.licenceRef.trim() !== '',
    cumulativeFlop: t.cumulativeFlop,
    acceleratorHours: t.acceleratorHours,
    workloadCount: t.workloadCount,
    standing:
      t.cumulativeFlop > thresholds.licenceFlop ? 'licence-required' : t.cumulativeFlop > thresholds.notifyFlop ? 'notify' : 'below',
    crossings: t.crossings,
    reportIds: t.reportIds,
    facilityIds: t.facilityIds,
  });
  const declared = new Set(runs.map((r) => r.id));
  return [
    ...runs.map((run) => account(held.get(run.id) ?? emptyTotals(run.id), run)),
    ...totals.filter((t) => !declared.has(t.runId)).map((t) => account(t)),
  ];
}

/**
 * Each run's cumulative FLOP after every period end, from the maintained parts (chronological per
 * run): run-series.ts's points, where parts ending at the same instant merge into the last.
 */
function seriesOf(parts: readonly PartRow[]): Map<string, RunSeries> {
  const series = new Map<string, RunSeries>();
  for (const part of parts) {
    let points = series.get(part.runId);
    if (!points) series.set(part.runId, (points = []));
    const lastPoint = points[points.length - 1];
    if (lastPoint && lastPoint[0] === part.periodEnd) lastPoint[1] = part.flopAfter;
    else points.push([part.periodEnd, part.flopAfter]);
  }
  return series;
}

// ── Facility accounting ────────────────────────────────────────────────────

/**
 * Metered against declared accelerator-hours per period of one facility, the difference, the
 * tolerance and whether the difference lies beyond it: inspectors, admins, its operators.
 */
export async function getFacilityAccounting(db: Db, actor: Actor | null, facilityId: string): Promise<FacilityAccounting> {
  await requireInspectAccess(db, actor, facilityId);
  await requireFacility(db, facilityId);
  const [{ settings }, figures] = await Promise.all([settingsRepo.readSettings(db), accountingRepo.facilityPeriodFigures(db, facilityId)]);
  // The report rows keep metered and declared (summed at ingest as facilityAccounting sums them): no workload is read.
  const periods = figures.map((f) => periodBalance(f, settings.tolerance)).map(({ facilityId: _f, ...p }) => p);
  return { facilityId, tolerance: settings.tolerance, periods };
}

// ── Flags ──────────────────────────────────────────────────────────────────

/**
 * Every flag the stored data raises (computeFlags with the current settings), challenges
 * included: inspectors and admins. Overdue challenges are settled (and logged) first.
 */
export async function listFlags(db: Db, actor: Actor | null, env: VerificationEnv): Promise<Flags> {
  requireRole(actor, 'inspector');
  await settleOverdueChallenges(db, env);
  const now = env.now().toISOString();
  const [{ settings }, facilities, runs, reports, challenges] = await Promise.all([
    settingsRepo.readSettings(db),
    facilitiesRepo.facilityInventories(db),
    reportsRepo.listRuns(db),
    storedReports(db, 'all-workloads'),
    challengeStates(db),
  ]);
  const flags = computeFlags({ facilities, runs: runs.map(reportsRepo.toDeclaredRun), reports, challenges, now }, flagConfigOf(settings));
  return { computedAt: now, flags };
}
