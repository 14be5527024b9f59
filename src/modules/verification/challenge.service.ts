/**
 * Challenges: an inspector names workloads of a facility, or draws them weighted by
 * accelerator-hours from a seed everyone can check (the ledger root); the facility reveals each
 * private record and salt before the deadline; the server checks them against the commitment and
 * the declared figures. Results are logged; revealed records are never logged nor public.
 *
 * A challenge is decided once: failed at the first answer that fails, passed when every workload
 * is answered in time and passes, overdue when read after its deadline with answers missing (the
 * overdue entry is logged by whichever read comes first). Answers after a decision are still
 * checked and logged, and a late or failed one still raises its flag.
 */
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { getCheckpoint } from '../../core/ledger/log-reader.ts';
import { mayInspect, requireFacilityOperator } from './access.ts';
import { checkChallengeAnswer } from './challenge-answer.ts';
import { sampleWorkloads } from './challenge-sampling.ts';
import { selectionOf, type ChallengeSelection, type SamplePool } from './challenge-selection.ts';
import type { Challenge, ChallengeAnswer, ChallengeSample, NewChallenge } from './challenges.dto.ts';
import * as challengesRepo from './challenges.repository.ts';
import * as facilitiesRepo from './facilities.repository.ts';
import { requireFacility } from './facility.service.ts';
import type { ChallengeState } from './flags.ts';
import * as reportsRepo from './reports.repository.ts';
import * as settingsRepo from './settings.repository.ts';
import { reportId } from './types.ts';
import type { VerificationEnv } from './verification-env.ts';
import type { ChallengeStatus } from './verification.table.ts';

export type { NewChallenge } from './challenges.dto.ts';

/** Most workloads a challenge names without drawing a sample from them. */
const MAX_NAMED = 100;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The ledger root a sample is seeded with, hex, and the tree size it is the root of. */
interface LedgerSeed {
  seedHex: string;
  treeSize: number;
}

/** A workload that may be challenged: its id, the report that carries it, its accelerator-hours. */
interface Candidate {
  id: string;
  sequence: number;
  acceleratorHours: number;
}

/** A selection ready to draw: a sample carries the seed it is drawn with. */
type SeededSelection =
  Extract<ChallengeSelection, { kind: 'named' }> | (Extract<ChallengeSelection, { kind: 'sample' }> & { seed: LedgerSeed });

/** The workloads a challenge names, and how they were sampled (null when named). */
interface Drawn {
  chosen: Candidate[];
  sample: ChallengeSample | null;
}

/**
 * An inspector opens a challenge on workloads of a facility: named ones, a sample of every workload
 * in a report range, or a sample of named ones (e.g. a flag's evidence). A sample is drawn with
 * sampleWorkloads seeded by the ledger root, which the facility could not know when it reported.
 */
export async function openChallenge(db: Db, actor: Actor | null, input: NewChallenge, env: VerificationEnv): Promise<Challenge> {
  const inspector = requireRole(actor, 'inspector');
  const selection = selectionOf(input);
  await requireFacility(db, input.facilityId);
  const now = env.now();
  const deadline = await deadlineOf(db, input.deadline, now);
  const seeded: SeededSelection = selection.kind === 'named' ? selection : { ...selection, seed: await ledgerSeed(db) };

  const id = await db.transaction(async (tx) => {
    const { chosen, sample } = await drawWorkloads(tx, input.facilityId, seeded);
    if (chosen.length === 0)
      throw conflict('nothing_to_sample', `facility ${input.facilityId} has no workloads with accelerator-hours to sample there`);
    const row = await challengesRepo.insertChallenge(tx, {
      facilityId: input.facilityId,
      issuedBy: inspector.id,
      issuedAt: now,
      deadline,
      sampleSize: sample?.size ?? null,
      seedHex: sample?.seedHex ?? null,
      treeSize: sample?.treeSize ?? null,
      sequenceFrom: sample?.sequenceFrom ?? null,
      sequenceTo: sample?.sequenceTo ?? null,
      sampleCandidates: sample?.candidates ?? null,
    });
    await challengesRepo.insertChallengeWorkloads(
      tx,
      chosen.map((w) => ({ challengeId: row.id, workloadId: w.id, sequence: w.sequence })),
    );
    await appendToLog(tx, {
      kind: 'verification.challenge.opened',
      actor: actorLabel(inspector),
      subject: `challenge:${row.id}`,
      body: {
        facilityId: input.facilityId,
        deadline: deadline.toISOString(),
        workloads: chosen.map((w) => ({ workloadId: w.id, reportId: reportId({ facilityId: input.facilityId, sequence: w.sequence }) })),
        sample,
      },
    });
    return row.id;
  });
  return getChallenge(db, inspector, id, env);
}

/** The deadline asked for, or now + the settings' challengeDeadlineHours; 400 unless it lies after `now`. */
async function deadlineOf(db: Db, asked: string | undefined, now: Date): Promise<Date> {
  const { settings } = await settingsRepo.readSettings(db);
  const deadline = asked ? new Date(asked) : new Date(now.getTime() + settings.challengeDeadlineHours * 3_600_000);
  if (deadline <= now) throw invalid('deadline_in_past', 'the deadline must lie in the future');
  return deadline;
}

/** The current ledger root and size, the seed of a sample. */
async function ledgerSeed(db: Db): Promise<LedgerSeed> {
  const checkpoint = await getCheckpoint(db);
  return { seedHex: checkpoint.rootHash.toString('hex'), treeSize: checkpoint.size };
}

/** The workloads a selection names: the named ones in their order, or a sample drawn from its pool. */
async function drawWorkloads(tx: Db, facilityId: string, selection: SeededSelection): Promise<Drawn> {
  if (selection.kind === 'named') {
    return { chosen: await reportedWorkloads(tx, facilityId, selection.workloadIds, MAX_NAMED), sample: null };
  }
  const { size, seed, pool } = selection;
  const { candidates, range } = await poolWorkloads(tx, facilityId, pool);
  return {
    chosen: sampleWorkloads(candidates, size, seed.seedHex),
    sample: {
      size,
      seedHex: seed.seedHex,
      treeSize: seed.treeSize,
      sequenceFrom: range?.from ?? null,
      sequenceTo: range?.to ?? null,
      candidates: pool.kind === 'candidates' ? pool.workloadIds : null,
    },
  };
}

/** The workloads a sample is drawn from, and the report range when the pool is one. */
async function poolWorkloads(
  tx: Db,
  facilityId: string,
  pool: SamplePool,
): Promise<{ candidates: Candidate[]; range?: { from: number; to: number } }> {
  if (pool.kind === 'candidates') return { candidates: await reportedWorkloads(tx, facilityId, pool.workloadIds) };
  const last = (await reportsRepo.lastReports(tx, [facilityId])).get(facilityId);
  const from = pool.sequenceFrom ?? 1;
  const to = pool.sequenceTo ?? last?.sequence ?? 0;
  if (from > to) throw conflict('nothing_to_sample', `facility ${facilityId} has no reports in the range ${from}–${to}`);
  return { candidates: await reportsRepo.sampleCandidates(tx, facilityId, from, to), range: { from, to } };
}

/**
 * Workloads the facility reported, in the order named: 400 for one named twice or for more than
 * `limit`, 404 naming those the facility never reported.
 */
async function reportedWorkloads(tx: Db, facilityId: string, ids: string[], limit = Infinity): Promise<Candidate[]> {
  if (new Set(ids).size !== ids.length) throw invalid('duplicate_workload', 'a workload is named twice');
  if (ids.length > limit)
    throw invalid('too_many_workloads', `a challenge names at most ${limit} workloads; add \`sample\` to draw from more`);
  const found = new Map((await reportsRepo.findWorkloads(tx, facilityId, ids)).map((f) => [f.workloadId, f]));
  const chosen: Candidate[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const f = found.get(id);
    if (f) chosen.push({ id, sequence: f.sequence, acceleratorHours: f.acceleratorHours });
    else missing.push(id);
  }
  if (missing.length > 0)
    throw new AppError('unknown_workload', `facility ${facilityId} reported no workload ${missing.join(', ')}`, {
      status: 404,
      details: { missing },
    });
  return chosen;
}

/**
 * The facility's operator answers for one challenged workload with its private record and salt.
 * Refused (and nothing stored) for a workload the challenge does not name or one already answered.
 */
export async function answerChallenge(
  db: Db,
  actor: Actor | null,
  challengeId: number,
  input: ChallengeAnswer,
  env: VerificationEnv,
): Promise<Challenge> {
  const who = requireRole(actor, 'operator');
  const challenge = await challengesRepo.findChallenge(db, challengeId);
  if (!challenge) throw notFound('challenge', { id: challengeId });
  await requireFacilityOperator(db, who, [challenge.facilityId]);
  await settleOverdueChallenges(db, env);
  await db.transaction(async (tx) => {
    const locked = await challengesRepo.findChallenge(tx, challengeId, true);
    if (!locked) throw notFound('challenge', { id: challengeId });
    const answer = await challengesRepo.findChallengeWorkload(tx, challengeId, input.workloadId, true);
    if (!answer)
      throw new AppError('not_challenged', `challenge ${challengeId} does not name workload ${input.workloadId}`, { status: 404 });
    if (answer.status !== 'pending')
      throw conflict('already_answered', `workload ${input.workloadId} was answered at ${iso(answer.answeredAt)}`);
    const [workload] = await reportsRepo.findWorkloads(tx, locked.facilityId, [input.workloadId]);
    // Challenges name only stored workloads, and stored workloads are never deleted.
    if (workload === undefined) throw new Error(`challenge ${challengeId} names workload ${input.workloadId}, which is not stored`);
    const check = checkChallengeAnswer(reportsRepo.toWorkload(workload), { record: input.record, salt: input.salt });
    const now = env.now();
    // Still open past its deadline (the deadline passed after the settling above, or a concurrent
    // answer held the row it skips): overdue first, so a late answer can never make it pass.
    if (locked.status === 'open' && now > locked.deadline) {
      await markOverdue(tx, locked, await challengesRepo.challengeWorkloadsOf(tx, [challengeId]), now);
      locked.status = 'overdue';
    }
    const status = check.ok ? 'passed' : 'failed';
    await challengesRepo.recordAnswer(tx, challengeId, input.workloadId, {
      status,
      problems: check.problems,
      record: input.record,
      salt: input.salt,
      answeredAt: now,
      answeredBy: who.id,
    });
    await appendToLog(tx, {
      kind: 'verification.challenge.answered',
      actor: actorLabel(who),
      subject: `challenge:${challengeId}`,
      body: {
        facilityId: locked.facilityId,
        workloadId: input.workloadId,
        result: status,
        problems: check.problems,
        late: now > locked.deadline,
      },
    });
    if (locked.status === 'open') await decideOnAnswer(tx, who, locked, check.ok, now);
  });
  return getChallenge(db, who, challengeId, env);
}

/**
 * After an answer to an open challenge: failed when the answer failed, passed when every workload
 * has now passed (decided and logged), else still open.
 */
async function decideOnAnswer(tx: Db, who: Actor, challenge: challengesRepo.ChallengeRow, passed: boolean, now: Date) {
  let decided: ChallengeStatus | null = null;
  if (!passed) decided = 'failed';
  else {
    const all = await challengesRepo.challengeWorkloadsOf(tx, [challenge.id]);
    if (all.every((a) => a.answer.status === 'passed')) decided = 'passed';
  }
  if (!decided) return;
  await challengesRepo.decideChallenge(tx, challenge.id, decided, now);
  await appendToLog(tx, {
    kind: 'verification.challenge.decided',
    actor: actorLabel(who),
    subject: `challenge:${challenge.id}`,
    body: { facilityId: challenge.facilityId, status: decided, deadline: challenge.deadline.toISOString() },
  });
}

/**
 * Marks every open challenge past its deadline overdue and logs it, once: rows are locked and
 * only open ones change, so concurrent readers cannot log the same challenge twice.
 */
export async function settleOverdueChallenges(db: Db, env: VerificationEnv): Promise<number> {
  const now = env.now();
  return db.transaction(async (tx) => {
    const due = await challengesRepo.dueOpenChallenges(tx, now);
    if (due.length === 0) return 0;
    const answers = await challengesRepo.challengeWorkloadsOf(
      tx,
      due.map((c) => c.id),
    );
    for (const c of due) await markOverdue(tx, c, answers, now);
    return due.length;
  });
}

/** Decides a locked open challenge overdue and logs it with its unanswered workloads. */
async function markOverdue(tx: Db, c: challengesRepo.ChallengeRow, answers: AnswerJoin[], now: Date) {
  await challengesRepo.decideChallenge(tx, c.id, 'overdue', now);
  await appendToLog(tx, {
    kind: 'verification.challenge.decided',
    actor: null,
    subject: `challenge:${c.id}`,
    body: {
      facilityId: c.facilityId,
      status: 'overdue',
      deadline: c.deadline.toISOString(),
      unanswered: answers.filter((a) => a.answer.challengeId === c.id && a.answer.status === 'pending').map((a) => a.answer.workloadId),
    },
  });
}

type AnswerJoin = Awaited<ReturnType<typeof challengesRepo.challengeWorkloadsOf>>[number];

/** How a stored challenge drew its workloads; null when it named them. */
function sampleOf(c: challengesRepo.ChallengeRow): ChallengeSample | null {
  if (c.sampleSize === null || c.seedHex === null || c.treeSize === null) return null;
  return {
    size: c.sampleSize,
    seedHex: c.seedHex,
    treeSize: c.treeSize,
    sequenceFrom: c.sequenceFrom,
    sequenceTo: c.sequenceTo,
    candidates: c.sampleCandidates,
  };
}

function challengeView(c: challengesRepo.ChallengeRow, answers: AnswerJoin[]): Challenge {
  return {
    id: c.id,
    facilityId: c.facilityId,
    issuedAt: c.issuedAt.toISOString(),
    deadline: c.deadline.toISOString(),
    status: c.status,
    decidedAt: iso(c.decidedAt),
    sample: sampleOf(c),
    workloads: answers
      .filter((a) => a.answer.challengeId === c.id)
      .map(({ answer, workload }) => ({
        workloadId: answer.workloadId,
        reportId: reportId({ facilityId: c.facilityId, sequence: answer.sequence }),
        sequence: answer.sequence,
        class: workload.class,
        acceleratorHours: workload.acceleratorHours,
        utilization: workload.utilization,
        runId: workload.runId,
        commitment: workload.commitment,
        status: answer.status,
        problems: answer.problems,
        answeredAt: iso(answer.answeredAt),
        record: answer.record ?? null,
        salt: answer.salt,
      })),
  };
}

/** One challenge with its workloads and revealed records: inspectors, admins and the facility's operators. */
export async function getChallenge(db: Db, actor: Actor | null, id: number, env: VerificationEnv): Promise<Challenge> {
  const who = requireRole(actor, 'inspector', 'operator');
  await settleOverdueChallenges(db, env);
  const c = await challengesRepo.findChallenge(db, id);
  if (!c) throw notFound('challenge', { id });
  if (!(await mayInspect(db, who, c.facilityId))) throw forbidden('only inspectors and the facility’s operators see a challenge');
  return challengeView(c, await challengesRepo.challengeWorkloadsOf(db, [id]));
}

/** Challenges, newest first: every one for inspectors and admins, their facilities' for operators. */
export async function listChallenges(
  db: Db,
  actor: Actor | null,
  filter: { facilityId?: string; status?: ChallengeStatus },
  env: VerificationEnv,
): Promise<Challenge[]> {
  const who = requireRole(actor, 'inspector', 'operator');
  await settleOverdueChallenges(db, env);
  let scope: string[] | undefined;
  if (who.role === 'operator') {
    const all = (await facilitiesRepo.listFacilities(db)).map((f) => f.id);
    scope = [...(await facilitiesRepo.operatedFacilities(db, who.id, all))];
  }
  const rows = await challengesRepo.listChallenges(db, { ...filter, facilityIds: scope });
  const answers = await challengesRepo.challengeWorkloadsOf(
    db,
    rows.map((c) => c.id),
  );
  return rows.map((c) => challengeView(c, answers));
}

/** Every challenge as computeFlags takes it. */
export async function challengeStates(db: Db): Promise<ChallengeState[]> {
  const rows = await challengesRepo.listChallenges(db);
  const answers = await challengesRepo.challengeWorkloadsOf(
    db,
    rows.map((c) => c.id),
  );
  return rows.map((c) => {
    const mine = answers.filter((a) => a.answer.challengeId === c.id).map((a) => a.answer);
    const all = mine.length > 0 && mine.every((a) => a.status !== 'pending');
    const failed = mine.some((a) => a.status === 'failed');
    const answeredTimes = mine.flatMap((a) => (a.answeredAt ? [a.answeredAt.getTime()] : []));
    const answeredAt = all ? new Date(Math.max(...answeredTimes)).toISOString() : undefined;
    return {
      id: String(c.id),
      facilityId: c.facilityId,
      reportIds: [...new Set(mine.map((a) => reportId({ facilityId: c.facilityId, sequence: a.sequence })))],
      workloadIds: mine.map((a) => a.workloadId),
      issuedAt: c.issuedAt.toISOString(),
      deadline: c.deadline.toISOString(),
      ...(answeredAt ? { answeredAt } : {}),
      ...(failed ? { result: 'failed' as const } : all ? { result: 'passed' as const } : {}),
      problems: [...new Set(mine.flatMap((a) => a.problems ?? []))],
    };
  });
}
