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
import { clock } from './clock.ts';
import { requireFacility } from './facility.service.ts';
import type { ChallengeState } from './flags.ts';
import { reportId } from './types.ts';
import * as challengesRepo from './challenges.repository.ts';
import * as facilitiesRepo from './facilities.repository.ts';
import * as reportsRepo from './reports.repository.ts';
import * as settingsRepo from './settings.repository.ts';
import type { ChallengeStatus } from './verification.table.ts';

export interface NewChallenge {
  facilityId: string;
  workloadIds?: string[];
  sample?: number;
  sequenceFrom?: number;
  sequenceTo?: number;
  deadline?: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** How a sampled challenge drew its workloads: k, the seed and tree size, and the report range or the named candidates. */
interface Sample {
  size: number;
  seedHex: string;
  treeSize: number;
  sequenceFrom: number | null;
  sequenceTo: number | null;
  candidates: string[] | null;
}

/**
 * An inspector opens a challenge on workloads of a facility: named ones, a sample of every workload
 * in a report range, or a sample of named ones (e.g. a flag's evidence). A sample is drawn with
 * sampleWorkloads seeded by the ledger root, which the facility could not know when it reported.
 */
export async function openChallenge(db: Db, actor: Actor | null, input: NewChallenge) {
  const inspector = requireRole(actor, 'inspector');
  await requireFacility(db, input.facilityId);
  const now = clock.now();
  const { settings } = await settingsRepo.readSettings(db);
  const deadline = input.deadline ? new Date(input.deadline) : new Date(now.getTime() + settings.challengeDeadlineHours * 3_600_000);
  if (deadline <= now) throw invalid('deadline_in_past', 'the deadline must lie in the future');
  const checkpoint = input.sample !== undefined ? await getCheckpoint(db) : undefined;

  const id = await db.transaction(async (tx) => {
    const last = (await reportsRepo.lastReports(tx, [input.facilityId])).get(input.facilityId);
    let chosen: { id: string; sequence: number; acceleratorHours: number }[];
    let sample: Sample | null = null;
    const seedHex = checkpoint?.rootHash.toString('hex');
    if (input.workloadIds) {
      const ids = input.workloadIds;
      if (new Set(ids).size !== ids.length) throw invalid('duplicate_workload', 'a workload is named twice');
      if (input.sample === undefined && ids.length > 100) throw invalid('too_many_workloads', 'a challenge names at most 100 workloads; add `sample` to draw from more');
      const found = await reportsRepo.findWorkloads(tx, input.facilityId, ids);
      const missing = ids.filter((w) => !found.some((f) => f.workloadId === w));
      if (missing.length > 0) throw new AppError('unknown_workload', `facility ${input.facilityId} reported no workload ${missing.join(', ')}`, { status: 404, details: { missing } });
      chosen = found.map((f) => ({ id: f.workloadId, sequence: f.sequence, acceleratorHours: f.acceleratorHours }));
      if (input.sample !== undefined) {
        chosen = sampleWorkloads(chosen, input.sample, seedHex!);
        sample = { size: input.sample, seedHex: seedHex!, treeSize: checkpoint!.size, sequenceFrom: null, sequenceTo: null, candidates: ids };
      } else {
        chosen = ids.map((w) => chosen.find((c) => c.id === w)!);
      }
    } else {
      const from = input.sequenceFrom ?? 1;
      const to = input.sequenceTo ?? last?.sequence ?? 0;
      if (from > to) throw conflict('nothing_to_sample', `facility ${input.facilityId} has no reports in the range ${from}–${to}`);
      const candidates = await reportsRepo.sampleCandidates(tx, input.facilityId, from, to);
      chosen = sampleWorkloads(candidates, input.sample!, seedHex!);
      sample = { size: input.sample!, seedHex: seedHex!, treeSize: checkpoint!.size, sequenceFrom: from, sequenceTo: to, candidates: null };
    }
    if (chosen.length === 0) throw conflict('nothing_to_sample', `facility ${input.facilityId} has no workloads with accelerator-hours to sample there`);
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
    await challengesRepo.insertChallengeWorkloads(tx, chosen.map((w) => ({ challengeId: row.id, workloadId: w.id, sequence: w.sequence })));
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
  return getChallenge(db, inspector, id);
}

/**
 * The facility's operator answers for one challenged workload with its private record and salt.
 * Refused (and nothing stored) for a workload the challenge does not name or one already answered.
 */
export async function answerChallenge(db: Db, actor: Actor | null, challengeId: number, input: { workloadId: string; record: unknown; salt: string }) {
  const who = requireRole(actor, 'operator');
  const challenge = await challengesRepo.findChallenge(db, challengeId);
  if (!challenge) throw notFound('challenge', { id: challengeId });
  await requireFacilityOperator(db, who, [challenge.facilityId]);
  await settleOverdueChallenges(db);
  await db.transaction(async (tx) => {
    const locked = (await challengesRepo.findChallenge(tx, challengeId, true))!;
    const answer = await challengesRepo.findChallengeWorkload(tx, challengeId, input.workloadId, true);
    if (!answer) throw new AppError('not_challenged', `challenge ${challengeId} does not name workload ${input.workloadId}`, { status: 404 });
    if (answer.status !== 'pending') throw conflict('already_answered', `workload ${input.workloadId} was answered at ${iso(answer.answeredAt)}`);
    const [workload] = await reportsRepo.findWorkloads(tx, locked.facilityId, [input.workloadId]);
    const check = checkChallengeAnswer(reportsRepo.toWorkload(workload), { record: input.record, salt: input.salt });
    const now = clock.now();
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
      body: { facilityId: locked.facilityId, workloadId: input.workloadId, result: status, problems: check.problems, late: now > locked.deadline },
    });
    if (locked.status !== 'open') return;
    let decided: ChallengeStatus | null = null;
    if (!check.ok) decided = 'failed';
    else {
      const all = await challengesRepo.challengeWorkloadsOf(tx, [challengeId]);
      if (all.every((a) => a.answer.status === 'passed')) decided = 'passed';
    }
    if (decided) {
      await challengesRepo.decideChallenge(tx, challengeId, decided, now);
      await appendToLog(tx, {
        kind: 'verification.challenge.decided',
        actor: actorLabel(who),
        subject: `challenge:${challengeId}`,
        body: { facilityId: locked.facilityId, status: decided, deadline: locked.deadline.toISOString() },
      });
    }
  });
  return getChallenge(db, who, challengeId);
}

/**
 * Marks every open challenge past its deadline overdue and logs it, once: rows are locked and
 * only open ones change, so concurrent readers cannot log the same challenge twice.
 */
export async function settleOverdueChallenges(db: Db): Promise<number> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const due = await challengesRepo.dueOpenChallenges(tx, now);
    if (due.length === 0) return 0;
    const answers = await challengesRepo.challengeWorkloadsOf(tx, due.map((c) => c.id));
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

function challengeView(c: challengesRepo.ChallengeRow, answers: AnswerJoin[]) {
  return {
    id: c.id,
    facilityId: c.facilityId,
    issuedAt: c.issuedAt.toISOString(),
    deadline: c.deadline.toISOString(),
    status: c.status,
    decidedAt: iso(c.decidedAt),
    sample:
      c.sampleSize !== null
        ? { size: c.sampleSize, seedHex: c.seedHex!, treeSize: c.treeSize!, sequenceFrom: c.sequenceFrom, sequenceTo: c.sequenceTo, candidates: c.sampleCandidates }
        : null,
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
export async function getChallenge(db: Db, actor: Actor | null, id: number) {
  const who = requireRole(actor, 'inspector', 'operator');
  await settleOverdueChallenges(db);
  const c = await challengesRepo.findChallenge(db, id);
  if (!c) throw notFound('challenge', { id });
  if (!(await mayInspect(db, who, c.facilityId))) throw forbidden('only inspectors and the facility’s operators see a challenge');
  return challengeView(c, await challengesRepo.challengeWorkloadsOf(db, [id]));
}

/** Challenges, newest first: every one for inspectors and admins, their facilities' for operators. */
export async function listChallenges(db: Db, actor: Actor | null, filter: { facilityId?: string; status?: ChallengeStatus } = {}) {
  const who = requireRole(actor, 'inspector', 'operator');
  await settleOverdueChallenges(db);
  let scope: string[] | undefined;
  if (who.role === 'operator') {
    const all = (await facilitiesRepo.listFacilities(db)).map((f) => f.id);
    scope = [...(await facilitiesRepo.operatedFacilities(db, who.id, all))];
  }
  const rows = await challengesRepo.listChallenges(db, { ...filter, facilityIds: scope });
  const answers = await challengesRepo.challengeWorkloadsOf(db, rows.map((c) => c.id));
  return rows.map((c) => challengeView(c, answers));
}

/** Every challenge as computeFlags takes it. */
export async function challengeStates(db: Db): Promise<ChallengeState[]> {
  const rows = await challengesRepo.listChallenges(db);
  const answers = await challengesRepo.challengeWorkloadsOf(db, rows.map((c) => c.id));
  return rows.map((c) => {
    const mine = answers.filter((a) => a.answer.challengeId === c.id).map((a) => a.answer);
    const all = mine.length > 0 && mine.every((a) => a.status !== 'pending');
    const failed = mine.some((a) => a.status === 'failed');
    const answeredAt = all ? new Date(Math.max(...mine.map((a) => a.answeredAt!.getTime()))).toISOString() : undefined;
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
