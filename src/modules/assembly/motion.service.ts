/**
 * Motions and ballots. A motion opens at `opensAt` and closes at `closesAt`; both happen lazily,
 * at the first request that touches the motion (or anything its snapshot depends on: the rules,
 * a participant's status) after that time, and the admin may close it explicitly after its
 * closing time. Opening freezes the rules of its kind and the electorate (members and weights)
 * and logs them; closing tallies under them, logs the reveal of every ballot and the result, and
 * applies an adopted amendment or adoption in the same transaction.
 *
 * Ballots before close: the API shows only turnout (how many of each chamber have voted), and
 * the log only commitments; how each participant voted is public once the motion closes.
 * A delegate sees its own delegation's ballot.
 */
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { leafHash } from '../../core/ledger/hasher.ts';
import { appendManyToLog, appendToLog } from '../../core/ledger/log-writer.ts';
import { entriesAbout } from '../../core/ledger/log-reader.ts';
import type { AssemblyEnv } from './assembly-env.ts';
import type { MotionLanguages, MotionOutcome } from './assembly.table.ts';
import { requireDelegation } from './delegation.ts';
import {
  ballotCommitment,
  chunks,
  newSalt,
  ORGS_PER_ENTRY,
  REVEALS_PER_ENTRY,
  type BallotCastBody,
  type MotionClosedBody,
  type MotionElectorateBody,
  type MotionOpenedBody,
  type MotionRevealedBody,
} from './motion-log.ts';
import type { BallotReceipt, Motion, MotionLog, MotionsQuery, MotionStatus, NewBallot, NewMotion } from './motions.dto.ts';
import * as motionsRepo from './motions.repository.ts';
import * as participantsRepo from './participants.repository.ts';
import { tallyMotion, type Choice, type TallyRules } from './tally.ts';
import * as treatiesRepo from './treaties.repository.ts';
import { assertComplete } from './translation.ts';
import { languagesOf } from './translation.service.ts';
import { adoptTreaty, applyAdoptedAmendment, rejectAmendment, requireTreaty, requireVersion } from './treaty.service.ts';
import { memberWeights } from './weights.ts';

const statusOf = (m: motionsRepo.MotionRow, now: Date): MotionStatus => (m.closedAt ? 'closed' : now < m.opensAt ? 'scheduled' : 'open');

async function requireMotion(db: Db, id: number, lock = false): Promise<motionsRepo.MotionRow> {
  const m = await motionsRepo.findMotion(db, id, lock);
  if (!m) throw notFound('motion', { id });
  return m;
}

// ── Creating ───────────────────────────────────────────────────────────────

/**
 * The treaty a new motion is about and, for an adoption, the version it puts to the vote. Checks
 * that an amendment motion's amendment is on the floor and that no motion that may not run at the
 * same time is pending.
 */
async function motionTarget(tx: Db, input: NewMotion): Promise<{ treatyId: number | null; treatyVersion: number | null }> {
  let treatyId = input.treatyId ?? null;
  let treatyVersion: number | null = null;
  if (input.kind === 'amendment') {
    if (input.amendmentId === undefined)
      throw new AppError('amendment_required', 'an amendment motion names its amendmentId', { status: 400 });
    const a = await treatiesRepo.findAmendment(tx, null, input.amendmentId, true);
    if (!a) throw notFound('amendment', { id: input.amendmentId });
    if (treatyId !== null && treatyId !== a.treatyId)
      throw new AppError('validation_failed', `amendment ${a.id} belongs to treaty ${a.treatyId}`, { status: 400 });
    treatyId = a.treatyId;
    if (a.status !== 'on_floor') {
      throw new AppError(
        'amendment_not_on_floor',
        `the amendment is ${a.status.replace('_', ' ')}; only an amendment on the floor can be put to the vote`,
        { status: 409 },
      );
    }
    const pending = await motionsRepo.unclosedMotions(tx, a.treatyId);
    if (pending.some((m) => m.amendmentId === a.id || m.kind === 'adoption')) {
      throw new AppError('motion_pending', 'a motion on this amendment, or to adopt the treaty, is still pending', { status: 409 });
    }
  } else if (input.amendmentId !== undefined) {
    throw new AppError('validation_failed', `a ${input.kind} motion names no amendment`, { status: 400 });
  }
  if (input.kind === 'adoption') {
    if (treatyId === null) throw new AppError('treaty_required', 'an adoption motion names its treatyId', { status: 400 });
    const pending = await motionsRepo.unclosedMotions(tx, treatyId);
    if (pending.length > 0)
      throw new AppError('motion_pending', 'motions on this treaty are still pending; close them first', { status: 409 });
  }
  if (treatyId !== null) {
    const treaty = await requireTreaty(tx, treatyId, true);
    if (input.kind !== 'procedural' && treaty.status !== 'draft')
      throw new AppError('treaty_not_draft', 'the treaty is already adopted', { status: 409 });
    if (input.kind === 'adoption') {
      treatyVersion = treaty.currentVersion;
      // The texts put to the vote must exist in every language the rules require.
      const version = await requireVersion(tx, treaty.id, treatyVersion);
      const { rules } = await participantsRepo.readRules(tx);
      assertComplete(await languagesOf(tx, treaty, version), rules.requiredLanguages, 'the adoption motion cannot be put');
    }
  }
  return { treatyId, treatyVersion };
}

/**
 * Admin puts a question to the vote. An amendment motion needs the amendment on the floor; an
 * adoption motion puts the draft's current version to the vote. On one treaty, an adoption motion
 * and amendment motions do not run at the same time (409 motion_pending), so the version adopted
 * is the version voted on.
 */
export async function createMotion(db: Db, actor: Actor | null, input: NewMotion, env: AssemblyEnv): Promise<Motion> {
  const admin = requireRole(actor, 'admin');
  const opensAt = new Date(input.opensAt);
  const closesAt = new Date(input.closesAt);
  if (!(closesAt > opensAt)) {
    throw new AppError('dates_out_of_order', 'closesAt must be after opensAt', {
      status: 400,
      details: { opensAt: input.opensAt, closesAt: input.closesAt },
    });
  }
  if (!(closesAt > env.now()))
    throw new AppError('dates_out_of_order', 'closesAt must be in the future', { status: 400, details: { closesAt: input.closesAt } });
  await settleDueMotions(db, env);
  const id = await db.transaction(async (tx) => {
    const { treatyId, treatyVersion } = await motionTarget(tx, input);
    const members = await participantsRepo.listParticipants(tx, { status: 'member', kind: 'state' });
    if (members.length === 0) throw new AppError('no_state_members', 'no state is a member yet; nobody could vote', { status: 409 });
    const motion = await motionsRepo.insertMotion(tx, {
      kind: input.kind,
      title: input.title,
      treatyId,
      amendmentId: input.amendmentId ?? null,
      treatyVersion,
      opensAt,
      closesAt,
      createdBy: admin.id,
    });
    await appendToLog(tx, {
      kind: 'motion.created',
      actor: actorLabel(admin),
      subject: `motion:${motion.id}`,
      body: {
        kind: motion.kind,
        title: motion.title,
        treatyId,
        amendmentId: motion.amendmentId,
        treatyVersion,
        opensAt: opensAt.toISOString(),
        closesAt: closesAt.toISOString(),
      },
    });
    if (opensAt <= env.now()) await openMotion(tx, motion, env);
    return motion.id;
  });
  return getMotion(db, actor, id, env);
}

// ── Opening and closing ────────────────────────────────────────────────────

/** Freezes the rules of the motion's kind and the electorate, and logs them. */
async function openMotion(tx: Db, motion: motionsRepo.MotionRow, env: AssemblyEnv): Promise<motionsRepo.MotionRow> {
  // The rules row lock orders openings against rule changes.
  const { version, rules } = await participantsRepo.readRules(tx, true);
  const members = await participantsRepo.listParticipants(tx, { status: 'member' });
  const weights = memberWeights(
    members.map((m) => ({ id: m.id, kind: m.kind, population: m.population, gdpUsd: m.gdpUsd })),
    rules.weighting,
    rules.orgChamber,
  );
  const kindRule = rules.thresholds[motion.kind];
  const tally: TallyRules = {
    threshold: kindRule.threshold,
    doubleMajority: kindRule.doubleMajority,
    quorum: rules.quorum,
    orgChamber: rules.orgChamber,
  };
  await motionsRepo.insertElectorate(tx, [
    ...weights.states.map((s) => ({ motionId: motion.id, participantId: s.id, kind: 'state' as const, weight: s.weight })),
    ...weights.organizations.map((o) => ({ motionId: motion.id, participantId: o.id, kind: 'organization' as const, weight: 0 })),
  ]);
  const languages = await adoptionLanguages(tx, motion, rules.requiredLanguages);
  const opened = await motionsRepo.updateMotion(tx, motion.id, {
    openedAt: env.now(),
    frozen: { rulesVersion: version, tally },
    languages,
  });
  const subject = `motion:${motion.id}`;
  const [first = [], ...rest] = chunks(
    weights.organizations.map((o) => ({ id: String(o.id) })),
    ORGS_PER_ENTRY,
  );
  const body: MotionOpenedBody = {
    motionId: motion.id,
    kind: motion.kind,
    rulesVersion: version,
    rules: tally,
    states: weights.states.map((s) => ({ id: String(s.id), weight: s.weight })),
    organizations: first,
    organizationCount: weights.organizations.length,
    ...(languages ? { languages } : {}),
  };
  await appendManyToLog(tx, [
    { kind: 'motion.opened', actor: null, subject, body },
    ...rest.map((organizations) => {
      const more: MotionElectorateBody = { motionId: motion.id, organizations };
      return { kind: 'motion.electorate', actor: null, subject, body: more };
    }),
  ]);
  return opened;
}

/**
 * An adoption motion's languages at its opening: those the rules require and those in which every
 * article of the version put to the vote is current (the source language always). Null for other kinds.
 */
async function adoptionLanguages(
  tx: Db,
  motion: motionsRepo.MotionRow,
  required: MotionLanguages['required'],
): Promise<MotionLanguages | null> {
  if (motion.kind !== 'adoption' || motion.treatyId === null || motion.treatyVersion === null) return null;
  const treaty = await requireTreaty(tx, motion.treatyId);
  const version = await requireVersion(tx, motion.treatyId, motion.treatyVersion);
  const languages = await languagesOf(tx, treaty, version);
  return { sourceLanguage: treaty.sourceLanguage, required, complete: languages.filter((l) => l.complete).map((l) => l.language) };
}

/** Tallies under the frozen rules, applies the outcome, reveals the ballots and logs the result. */
async function closeOpenedMotion(
  tx: Db,
  motion: motionsRepo.MotionRow,
  actor: Actor | null,
  env: AssemblyEnv,
): Promise<motionsRepo.MotionRow> {
  const frozen = motion.frozen!;
  const members = await motionsRepo.readElectorateWithBallots(tx, motion.id);
  const states = members.filter((m) => m.kind === 'state').map((m) => ({ id: String(m.participantId), weight: m.weight }));
  const organizations = members.filter((m) => m.kind === 'organization').map((m) => ({ id: String(m.participantId) }));
  const rows = members.filter((m) => m.choice !== null) as (motionsRepo.ElectorMember & { choice: Choice; salt: string })[];
  const tally = tallyMotion(
    frozen.tally,
    states,
    organizations,
    rows.map((b) => ({ participantId: String(b.participantId), choice: b.choice })),
  );
  const outcome: MotionOutcome = { tally };
  if (motion.kind === 'amendment' && motion.amendmentId !== null) {
    if (tally.passed) Object.assign(outcome, await applyAdoptedAmendment(tx, motion.amendmentId, motion.id));
    else await rejectAmendment(tx, motion.amendmentId, motion.id);
  } else if (motion.kind === 'adoption' && tally.passed && motion.treatyId !== null) {
    await adoptTreaty(tx, motion.treatyId, motion.treatyVersion as number, motion.id, env);
    outcome.appliedVersion = motion.treatyVersion;
  }
  const closed = await motionsRepo.updateMotion(tx, motion.id, { closedAt: env.now(), outcome });
  const [first = [], ...rest] = chunks(
    rows.map((b) => ({ participantId: String(b.participantId), choice: b.choice, salt: b.salt })),
    REVEALS_PER_ENTRY,
  );
  const body: MotionClosedBody = {
    motionId: motion.id,
    reveals: first,
    revealCount: rows.length,
    result: tally,
    ...(outcome.appliedVersion !== undefined ? { appliedVersion: outcome.appliedVersion } : {}),
    ...(outcome.notApplied !== undefined ? { notApplied: outcome.notApplied } : {}),
  };
  const subject = `motion:${motion.id}`;
  await appendManyToLog(tx, [
    { kind: 'motion.closed', actor: actorLabel(actor), subject, body },
    ...rest.map((reveals) => {
      const more: MotionRevealedBody = { motionId: motion.id, reveals };
      return { kind: 'motion.revealed', actor: null, subject, body: more };
    }),
  ]);
  return closed;
}

/**
 * Opens and closes the motion as its times have come, in one transaction; returns it as it
 * now stands. `actor` is recorded on a close it performs.
 */
export async function settleMotion(db: Db, id: number, env: AssemblyEnv, actor: Actor | null = null): Promise<motionsRepo.MotionRow> {
  const m = await requireMotion(db, id);
  const now = env.now();
  if (m.closedAt || now < m.opensAt || (m.openedAt && now < m.closesAt)) return m;
  return db.transaction(async (tx) => {
    let row = await requireMotion(tx, id, true);
    const at = env.now();
    if (!row.openedAt && at >= row.opensAt) row = await openMotion(tx, row, env);
    if (!row.closedAt && at >= row.closesAt) row = await closeOpenedMotion(tx, row, actor, env);
    return row;
  });
}

/** Settles every motion whose opening or closing time has come (before anything their snapshot depends on changes). */
export async function settleDueMotions(db: Db, env: AssemblyEnv): Promise<void> {
  for (const id of await motionsRepo.dueMotionIds(db, env.now())) await settleMotion(db, id, env);
}

/** True when some motion is open now (opened, or due to open, and not closed or due to close). */
export async function anyMotionOpen(db: Db, env: AssemblyEnv): Promise<boolean> {
  const now = env.now();
  for (const id of await motionsRepo.dueMotionIds(db, now)) {
    const m = await requireMotion(db, id);
    if (now < m.closesAt) return true;
  }
  return false;
}

/** Admin closes a motion once its closing time has passed (a motion already closed is returned as it is). */
export async function closeMotion(db: Db, actor: Actor | null, id: number, env: AssemblyEnv): Promise<Motion> {
  const admin = requireRole(actor, 'admin');
  const m = await requireMotion(db, id);
  if (!m.closedAt && env.now() < m.closesAt) {
    throw new AppError('motion_not_due', `the motion closes at ${m.closesAt.toISOString()}; it cannot be closed earlier`, {
      status: 409,
      details: { closesAt: m.closesAt.toISOString() },
    });
  }
  await settleMotion(db, id, env, admin);
  return getMotion(db, admin, id, env);
}

// ── Ballots ────────────────────────────────────────────────────────────────

/**
 * A delegate casts its participant's ballot: yes, no or abstain; casting again replaces it until
 * the motion closes. Only participants in the electorate frozen at opening vote.
 */
export async function castBallot(
  db: Db,
  actor: Actor | null,
  motionId: number,
  input: NewBallot,
  env: AssemblyEnv,
): Promise<BallotReceipt> {
  const { actor: who, participant } = await requireDelegation(db, actor, { participantId: input.participantId });
  await settleMotion(db, motionId, env);
  return db.transaction(async (tx) => {
    const motion = await requireMotion(tx, motionId, true);
    const now = env.now();
    if (motion.closedAt || now >= motion.closesAt) {
      throw new AppError('motion_closed', `the motion closed at ${motion.closesAt.toISOString()}; ballots are final`, { status: 409 });
    }
    if (!motion.openedAt || now < motion.opensAt) {
      throw new AppError('motion_not_open', `the motion opens at ${motion.opensAt.toISOString()}`, { status: 409 });
    }
    if (!(await motionsRepo.inElectorate(tx, motionId, participant.id))) {
      throw new AppError('not_in_electorate', `${participant.name} was not a member when the motion opened, so it does not vote on it`, {
        status: 403,
      });
    }
    // A participant that left (withdrawn, observer, …) after the opening stays in the frozen
    // electorate but no longer votes (its ballot cast while a member still stands).
    const current = await participantsRepo.findParticipant(tx, participant.id);
    if (current?.status !== 'member') {
      throw new AppError('not_a_member', `${participant.name} is ${current?.status ?? 'gone'}, not a member; it no longer votes`, {
        status: 403,
      });
    }
    const previous = await motionsRepo.findBallot(tx, motionId, participant.id);
    const salt = newSalt();
    const pid = String(participant.id);
    const commitment = ballotCommitment(motionId, pid, input.choice, salt);
    await motionsRepo.upsertBallot(tx, {
      motionId,
      participantId: participant.id,
      choice: input.choice,
      salt,
      commitment,
      userId: who.id,
      castAt: now,
    });
    const body: BallotCastBody = { motionId, participantId: pid, commitment };
    const { index } = await appendToLog(tx, { kind: 'ballot.cast', actor: actorLabel(who), subject: `motion:${motionId}`, body });
    return { motionId, participantId: participant.id, choice: input.choice, commitment, logIndex: index, changed: previous !== undefined };
  });
}

// ── Reading ────────────────────────────────────────────────────────────────

function summary(m: motionsRepo.MotionRow, now: Date): Motion {
  const outcome = m.outcome;
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    treatyId: m.treatyId,
    amendmentId: m.amendmentId,
    treatyVersion: m.treatyVersion,
    opensAt: m.opensAt.toISOString(),
    closesAt: m.closesAt.toISOString(),
    status: statusOf(m, now),
    rules: m.frozen
      ? {
          rulesVersion: m.frozen.rulesVersion,
          threshold: m.frozen.tally.threshold,
          doubleMajority: m.frozen.tally.doubleMajority ?? null,
          quorum: m.frozen.tally.quorum,
          orgChamber: m.frozen.tally.orgChamber,
        }
      : null,
    languages: m.languages,
    turnout: null,
    result: outcome
      ? {
          tally: outcome.tally,
          appliedVersion: outcome.appliedVersion ?? null,
          ...(outcome.notApplied ? { notApplied: outcome.notApplied } : {}),
        }
      : null,
    ballots: null,
    myBallot: null,
    closedAt: m.closedAt?.toISOString() ?? null,
  };
}

/**
 * One motion, settled first (a motion past its closing time is closed by this read). Before
 * close: turnout only; after: the tally and every ballot with its counted weight.
 */
export async function getMotion(db: Db, actor: Actor | null, id: number, env: AssemblyEnv): Promise<Motion> {
  const m = await settleMotion(db, id, env);
  const view = summary(m, env.now());
  if (m.openedAt) {
    if (m.closedAt && m.outcome) {
      const t = m.outcome.tally;
      const rows = await motionsRepo.readBallotsWithNames(db, id);
      const orgWeight = t.organizations.heads.members > 0 ? t.organizations.counts / t.organizations.heads.members : 0;
      view.ballots = rows.map((b) => ({
        participantId: b.participantId,
        name: b.name,
        kind: b.kind,
        choice: b.choice,
        weight: b.kind === 'state' ? b.weight * t.states.counts : orgWeight,
      }));
    } else {
      const [cast, sizes] = await Promise.all([motionsRepo.ballotCounts(db, id), motionsRepo.electorateSizes(db, id)]);
      view.turnout = { ...cast, stateMembers: sizes.states, organizationMembers: sizes.organizations };
    }
  }
  if (actor?.role === 'delegate' && actor.participantId !== null) {
    const [eligible, ballot] = m.openedAt
      ? await Promise.all([motionsRepo.inElectorate(db, id, actor.participantId), motionsRepo.findBallot(db, id, actor.participantId)])
      : [false, undefined];
    view.myBallot = { participantId: actor.participantId, choice: ballot?.choice ?? null, eligible };
  }
  return view;
}

/** Motions, newest first; due ones are settled first. */
export async function listMotions(db: Db, env: AssemblyEnv, filter: MotionsQuery = {}): Promise<Motion[]> {
  await settleDueMotions(db, env);
  const rows = await motionsRepo.listMotions(db, { treatyId: filter.treatyId });
  return rows.map((m) => summary(m, env.now())).filter((m) => !filter.status || m.status === filter.status);
}

/** The motion's log entries (subject motion:<id>), exact bytes and leaf hashes: everything a retally needs. */
export async function motionLog(db: Db, id: number, env: AssemblyEnv): Promise<MotionLog> {
  await settleMotion(db, id, env);
  const entries = await entriesAbout(db, `motion:${id}`);
  return {
    motionId: id,
    entries: entries.map((e) => {
      const bytes = Buffer.from(e.canonical, 'utf8');
      return { index: e.index, leafHash: leafHash(bytes).toString('hex'), canonical: bytes.toString('base64') };
    }),
  };
}
