/**
 * Accounting, flags and the agency's settings, computed from the stored reports with the pure
 * cores (accounting.ts, flags.ts, run-series.ts).
 */
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { requireInspectAccess } from './access.ts';
import { facilityAccounting, runAccounting } from './accounting.ts';
import { challengeStates, settleOverdueChallenges } from './challenge.service.ts';
import { requireFacility } from './facility.service.ts';
import { computeFlags } from './flags.ts';
import { runSeries } from './run-series.ts';
import { storedReports } from './report-cache.ts';
import { DEFAULT_SETTINGS, flagConfigOf, type VerificationSettings } from './settings.ts';
import type { VerificationEnv } from './verification-env.ts';
import * as facilitiesRepo from './facilities.repository.ts';
import * as reportsBulk from './reports-bulk.repository.ts';
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
  const [{ settings }, facilities, runs, reports] = await Promise.all([
    settingsRepo.readSettings(db),
    facilitiesRepo.facilityInventories(db),
    reportsRepo.listRuns(db),
    storedReports(db, 'run-workloads'),
  ]);
  const input = { facilities, runs: runs.map(reportsRepo.toDeclaredRun), reports };
  const accounts = runAccounting(input, settings.thresholds);
  const names = new Map(runs.map((r) => [r.id, r.name]));
  const series = full && options.series ? runSeries(input) : undefined;
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

// ── Facility accounting ────────────────────────────────────────────────────

/**
 * Metered against declared accelerator-hours per period of one facility, the difference, the
 * tolerance and whether the difference lies beyond it: inspectors, admins, its operators.
 */
export async function getFacilityAccounting(db: Db, actor: Actor | null, facilityId: string): Promise<FacilityAccounting> {
  await requireInspectAccess(db, actor, facilityId);
  await requireFacility(db, facilityId);
  const [{ settings }, reports] = await Promise.all([
    settingsRepo.readSettings(db),
    reportsBulk.loadReports(db, { facilityIds: [facilityId] }),
  ]);
  const periods = facilityAccounting(reports, settings.tolerance).map(({ facilityId: _f, ...p }) => p);
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
