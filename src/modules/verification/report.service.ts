/**
 * Signed compute reports: checked (account, signature, period, sequence, rules of report-rules.ts,
 * workload ids), then stored with their workloads and logged, all in one transaction. A batch is
 * all-or-nothing: the first report that fails refuses the whole batch, and nothing is stored.
 */
import { createHash } from 'node:crypto';
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { isUniqueViolation } from '../../core/db/errors.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { appendManyToLog, type LogInput } from '../../core/ledger/log-writer.ts';
import { requireFacilityOperator, requireInspectAccess } from './access.ts';
import { foldAcceptedReports } from './accounting-upkeep.ts';
import { canonicalBytes, verifySignedReport } from './report-signing.ts';
import { checkReport, type ReportProblem } from './report-rules.ts';
import { reportId, type ComputeReport, type FacilityKey, type SignedReport } from './types.ts';
import type { VerificationEnv } from './verification-env.ts';
import * as facilitiesRepo from './facilities.repository.ts';
import * as reportsBulk from './reports-bulk.repository.ts';
import type { AcceptedReport, StoredReport } from './reports.dto.ts';

// The command line's submit-report names the answer's type here, beside the service that gives it.
export type { AcceptedReport } from './reports.dto.ts';
import * as reportsRepo from './reports.repository.ts';

const SIGNATURE_ERRORS = {
  'unknown-key': ['unknown_key', 'the report names a key the facility never registered'],
  'key-not-yet-valid': ['key_not_yet_valid', 'the key was not yet valid when the report period ended'],
  'key-retired': ['key_retired', 'the key was retired before the report period ended'],
  'bad-signature': ['bad_signature', 'the signature does not verify over the canonical report'],
} as const;

/** The error code of each report-rules problem; the first problem found names the refusal. */
const RULE_ERRORS: Record<ReportProblem['code'], [string, 400 | 409 | 422]> = {
  'sequence-gap': ['sequence_gap', 409],
  'period-overlap': ['period_overlap', 409],
  'capacity-exceeded': ['capacity_exceeded', 422],
  'duplicate-workload': ['duplicate_workload', 409],
  'unknown-accelerator': ['unknown_accelerator', 422],
  'wrong-facility': ['invalid_report', 400],
  'bad-period': ['invalid_report', 400],
  'bad-figure': ['invalid_report', 400],
  'bad-class': ['invalid_report', 400],
  'bad-utilization': ['invalid_report', 400],
  'bad-commitment': ['invalid_report', 400],
};
const RULE_ORDER: ReportProblem['code'][] = [
  'sequence-gap',
  'bad-period',
  'period-overlap',
  'capacity-exceeded',
  'duplicate-workload',
  'unknown-accelerator',
];

/** Refusal of the report at `index` of the submission: nothing of the submission is stored. */
function refuse(
  index: number,
  report: ComputeReport,
  code: string,
  status: 400 | 403 | 404 | 409 | 422,
  message: string,
  extra: object = {},
) {
  return new AppError(code, `report ${reportId(report)}: ${message}`, { status, details: { index, reportId: reportId(report), ...extra } });
}

/** One signed report (see {@link submitReports}). */
export async function submitReport(db: Db, actor: Actor | null, signed: SignedReport, env: VerificationEnv): Promise<AcceptedReport> {
  const [accepted] = await submitReports(db, actor, [signed], env);
  if (accepted === undefined) throw new Error('submitReports accepted no report out of one');
  return accepted;
}

/**
 * Accepts signed reports, in order, in one transaction: an operator bound to each report's
 * facility (or an admin) submits; the signature must verify with a key of the facility valid at
 * the period's end; the period may not end in the future; the sequence must follow the last
 * accepted one (a repeated or lower one is a replay); then checkReport's rules (no gap, no
 * overlap, figures, capacity, commitments) and workload ids unused at the facility. Stores the
 * reports and workloads and appends one 'verification.report' entry per report, whose body
 * carries the SHA-256 of the canonical report and its signature.
 */
export async function submitReports(
  db: Db,
  actor: Actor | null,
  list: readonly SignedReport[],
  env: VerificationEnv,
): Promise<AcceptedReport[]> {
  const who = requireRole(actor, 'operator');
  return db.transaction(async (tx) => {
    const state = await lockSubmission(tx, who, list, env);
    const checked = list.map((signed, index) => ({ signed, reportSha256: checkSubmitted(signed, index, state) }));
    const declared = await reportsRepo.declaredRunIds(tx, citedRunIds(list));
    const appended = await appendManyToLog(
      tx,
      checked.map(({ signed, reportSha256 }) => reportEntry(who, signed, reportSha256)),
    );
    const logged = checked.map((c, i): LoggedReport => {
      const entry = appended[i];
      if (entry === undefined) throw new Error(`the log appended ${appended.length} entries for ${checked.length} reports`);
      return { ...c, logIndex: entry.index };
    });
    await storeReports(tx, who, logged);
    await foldAcceptedReports(
      tx,
      list.map((s) => s.report),
      [...state.facilities.values()],
    );
    return logged.map(({ signed: { report }, reportSha256, logIndex }) => ({
      reportId: reportId(report),
      logIndex,
      reportSha256,
      warnings: report.workloads.flatMap((w) =>
        w.runId !== undefined && !declared.has(w.runId) ? [{ code: 'undeclared-run' as const, workloadId: w.id, runId: w.runId }] : [],
      ),
    }));
  });
}

/** A checked report of a submission with the hash of its canonical bytes and the index of its log entry. */
interface LoggedReport {
  signed: SignedReport;
  reportSha256: string;
  logIndex: number;
}

/** What checking a submission reads under its facilities' locks, and what it has accepted so far. */
interface SubmissionState {
  facilities: Map<string, facilitiesRepo.FacilityRow>;
  keys: Map<string, FacilityKey[]>;
  /** The last accepted report of each facility, moved on as each report of the submission passes. */
  last: Map<string, { sequence: number; periodEnd: string }>;
  /** Workload ids per facility within this submission, with the sequence that carries each. */
  seenWorkloads: Map<string, Map<string, number>>;
  /** Now, in ms since the epoch. */
  now: number;
}

/**
 * Locks the submission's facilities (404 for one that does not exist), checks the actor operates
 * every one of them, and reads their keys and last reports.
 */
async function lockSubmission(tx: Db, who: Actor, list: readonly SignedReport[], env: VerificationEnv): Promise<SubmissionState> {
  const facilityIds = [...new Set(list.map((s) => s.report.facilityId))].sort();
  const facilities = new Map((await facilitiesRepo.lockFacilities(tx, facilityIds)).map((f) => [f.id, f]));
  const unknown = list.findIndex((s) => !facilities.has(s.report.facilityId));
  const stray = list[unknown]?.report;
  if (stray !== undefined) throw refuse(unknown, stray, 'unknown_facility', 404, `no facility ${stray.facilityId}`);
  await requireFacilityOperator(tx, who, facilityIds);
  const keys = new Map<string, FacilityKey[]>();
  for (const k of await facilitiesRepo.listKeys(tx, facilityIds)) {
    const held = keys.get(k.facilityId) ?? [];
    held.push({
      keyId: k.keyId,
      publicKeyPem: k.publicKeyPem,
      validFrom: k.validFrom.toISOString(),
      ...(k.retiredAt ? { retiredAt: k.retiredAt.toISOString() } : {}),
    });
    keys.set(k.facilityId, held);
  }
  const last = await reportsRepo.lastReports(tx, facilityIds);
  return { facilities, keys, last, seenWorkloads: new Map(), now: env.now().getTime() };
}

/**
 * Checks the report at `index` of a submission (signature, period, sequence, report rules,
 * workload ids within the submission), refusing the whole submission at the first problem;
 * records it as accepted in `state` and returns the hex SHA-256 of its canonical bytes.
 */
function checkSubmitted(signed: SignedReport, index: number, state: SubmissionState): string {
  const { report } = signed;
  const facility = state.facilities.get(report.facilityId);
  if (!facility) throw refuse(index, report, 'unknown_facility', 404, `no facility ${report.facilityId}`);
  const check = verifySignedReport(signed, state.keys.get(facility.id) ?? []);
  if (!check.ok) {
    const [code, message] = SIGNATURE_ERRORS[check.reason];
    throw refuse(index, report, code, 422, message, { keyId: signed.keyId });
  }
  if (Date.parse(report.periodEnd) > state.now) throw refuse(index, report, 'period_in_future', 422, 'the period has not ended yet');
  const previous = state.last.get(facility.id);
  if (previous && report.sequence <= previous.sequence) {
    throw refuse(index, report, 'report_replay', 409, `sequence ${report.sequence} was already accepted (last: ${previous.sequence})`, {
      lastSequence: previous.sequence,
    });
  }
  const problems = checkReport(report, facility, previous);
  const [anyProblem] = problems;
  if (anyProblem !== undefined) {
    const first = RULE_ORDER.map((c) => problems.find((p) => p.code === c)).find((p) => p !== undefined) ?? anyProblem;
    const [code, status] = RULE_ERRORS[first.code];
    throw refuse(index, report, code, status, first.message, { problems });
  }
  let ids = state.seenWorkloads.get(facility.id);
  if (!ids) state.seenWorkloads.set(facility.id, (ids = new Map<string, number>()));
  for (const w of report.workloads) {
    if (ids.has(w.id))
      throw refuse(index, report, 'duplicate_workload', 409, `workload id ${w.id} also appears in report #${ids.get(w.id)}`, {
        workloadId: w.id,
      });
    ids.set(w.id, report.sequence);
  }
  state.last.set(facility.id, { sequence: report.sequence, periodEnd: report.periodEnd });
  return createHash('sha256').update(canonicalBytes(report)).digest('hex');
}

/** The run ids the submission's workloads cite, once each. */
const citedRunIds = (list: readonly SignedReport[]) => [
  ...new Set(list.flatMap((s) => s.report.workloads.flatMap((w) => (w.runId ? [w.runId] : [])))),
];

/** Σ of a report's workloads' accelerator-hours. */
const declaredHoursOf = (report: ComputeReport) => report.workloads.reduce((sum, w) => sum + w.acceleratorHours, 0);

/** The log entry of an accepted report: its headline figures, the hash of its canonical bytes and its signature. */
function reportEntry(who: Actor, { report, keyId, signature }: SignedReport, reportSha256: string): LogInput {
  return {
    kind: 'verification.report',
    actor: actorLabel(who),
    subject: `facility:${report.facilityId}`,
    body: {
      reportId: reportId(report),
      facilityId: report.facilityId,
      sequence: report.sequence,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      meteredAcceleratorHours: report.meteredAcceleratorHours,
      declaredAcceleratorHours: declaredHoursOf(report),
      energyKwh: report.energyKwh,
      workloadCount: report.workloads.length,
      keyId,
      reportSha256,
      signature,
    },
  };
}

/**
 * Stores the accepted reports and their workloads. A workload id the facility reported before
 * trips the unique index, which probes for it anyway while inserting (checking first would cost
 * the same probes twice): that is a 409 duplicate_workload naming the report and the id.
 */
async function storeReports(tx: Db, who: Actor, list: readonly LoggedReport[]): Promise<void> {
  await reportsBulk.insertReports(
    tx,
    list.map(({ signed: { report, keyId, signature }, reportSha256, logIndex }) => ({
      facilityId: report.facilityId,
      sequence: report.sequence,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      meteredAcceleratorHours: report.meteredAcceleratorHours,
      energyKwh: report.energyKwh,
      declaredAcceleratorHours: declaredHoursOf(report),
      workloadCount: report.workloads.length,
      keyId,
      signature,
      reportSha256,
      logIndex,
      submittedBy: who.id,
    })),
  );
  try {
    await reportsBulk.insertWorkloads(
      tx,
      list.map((s) => s.signed.report),
    );
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const taken = reportsRepo.violatingKey(err);
    const index = taken
      ? list.findIndex(
          ({ signed: { report: r } }) => r.facilityId === taken.facilityId && r.workloads.some((w) => w.id === taken.workloadId),
        )
      : -1;
    const report = (list[index] ?? list[0])?.signed.report;
    if (report === undefined) throw err; // no report to name: nothing was submitted
    throw refuse(
      index,
      report,
      'duplicate_workload',
      409,
      `workload id ${taken?.workloadId ?? '(unknown)'} was already reported by the facility`,
      {
        workloadId: taken?.workloadId,
      },
    );
  }
}

/**
 * A stored report in its signed form, rebuilt from the rows, with its signature, key id and the
 * hash the log holds: inspectors, admins and the facility's operators. The rebuilt canonical
 * bytes hash to `reportSha256`, so anyone holding them can check them against the log.
 */
export async function getReport(db: Db, actor: Actor | null, facilityId: string, sequence: number): Promise<StoredReport> {
  await requireInspectAccess(db, actor, facilityId);
  const row = await reportsRepo.findReport(db, facilityId, sequence);
  if (!row) throw notFound('report', { facilityId, sequence });
  const workloads = (await reportsRepo.reportWorkloads(db, facilityId, sequence)).map(reportsRepo.toWorkload);
  const report: ComputeReport = {
    facilityId,
    sequence,
    periodStart: row.periodStart.toISOString(),
    periodEnd: row.periodEnd.toISOString(),
    meteredAcceleratorHours: row.meteredAcceleratorHours,
    energyKwh: row.energyKwh,
    workloads,
  };
  return {
    report,
    keyId: row.keyId,
    signature: row.signature,
    reportSha256: row.reportSha256,
    logIndex: row.logIndex,
    submittedAt: row.submittedAt.toISOString(),
  };
}
