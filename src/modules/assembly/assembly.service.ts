/**
 * The assembly itself: participants, rules, weights, voting power and each state's standing.
 * Treaty texts and amendments are in treaty.service.ts, motions and ballots in
 * motion.service.ts, signature and ratification in ratification.service.ts.
 */
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { changedFields, isUnchanged } from '../../core/patch.ts';
import type { AssemblyEnv } from './assembly-env.ts';
import type { AssemblyRules } from './assembly-types.ts';
import type { MotionKind } from './assembly.table.ts';
import { anyMotionOpen, settleDueMotions } from './motion.service.ts';
import * as motionsRepo from './motions.repository.ts';
import type {
  AssemblyPower,
  NewOrganization,
  Participant,
  ParticipantPatch,
  ParticipantsBulkPatch,
  ParticipantsQuery,
  PowerRequest,
  PowerResult,
  RulesPreview,
  RulesPreviewRequest,
  RulesView,
  Standing,
  Weights,
} from './participants.dto.ts';
import * as participantsRepo from './participants.repository.ts';
import { integerWeights, PowerInputError, powerIndices, quotaFor, type WeightedGame } from './power.ts';
import * as treatiesRepo from './treaties.repository.ts';
import { promoteSecondedAmendments, requireTreaty } from './treaty.service.ts';
import { assertWeightMix, memberWeights } from './weights.ts';

// ── Participants ───────────────────────────────────────────────────────────

/** Creates the missing state participants (first start, and lazily); idempotent. */
export const ensureStateParticipants = (db: Db): Promise<number> => participantsRepo.insertMissingStateParticipants(db);

const participantView = (p: participantsRepo.ParticipantWithFigures): Participant => ({
  id: p.id,
  kind: p.kind,
  iso3: p.iso3,
  name: p.name,
  category: p.category,
  status: p.status,
  region: p.region,
  population: p.population,
  gdpUsd: p.gdpUsd,
});

export async function listParticipants(db: Db, filter: ParticipantsQuery = {}): Promise<Participant[]> {
  await ensureStateParticipants(db);
  return (await participantsRepo.listParticipants(db, filter)).map(participantView);
}

export async function getParticipant(db: Db, id: number): Promise<Participant> {
  await ensureStateParticipants(db);
  const p = await participantsRepo.findParticipant(db, id);
  if (!p) throw notFound('participant', { id });
  return participantView(p);
}

/** Admin adds an organization (NGO, citizens' representative entity, other). */
export async function createOrganization(db: Db, actor: Actor | null, input: NewOrganization, env: AssemblyEnv): Promise<Participant> {
  const admin = requireRole(actor, 'admin');
  await settleDueMotions(db, env);
  const id = await db.transaction(async (tx) => {
    if (await participantsRepo.findParticipantByName(tx, 'organization', input.name)) {
      throw new AppError('already_exists', `an organization named ${input.name} takes part already`);
    }
    const row = await participantsRepo.insertOrganization(tx, input);
    await appendToLog(tx, {
      kind: 'participant.added',
      actor: actorLabel(admin),
      subject: `participant:${row.id}`,
      body: { kind: 'organization', name: row.name, category: row.category, status: row.status },
    });
    return row.id;
  });
  return getParticipant(db, id);
}

/**
 * Admin changes a participant's status (invited, member, observer, withdrawn) or an
 * organization's name or category. Due motions are settled first, so a motion opening now
 * freezes the electorate as it was. The last state member cannot leave while a motion is pending.
 */
export async function updateParticipant(
  db: Db,
  actor: Actor | null,
  id: number,
  patch: ParticipantPatch,
  env: AssemblyEnv,
): Promise<Participant> {
  const admin = requireRole(actor, 'admin');
  await ensureStateParticipants(db);
  await settleDueMotions(db, env);
  await db.transaction(async (tx) => {
    const p = await participantsRepo.findParticipant(tx, id, true);
    if (!p) throw notFound('participant', { id });
    // Only what differs from the stored participant is a change: a PATCH that changes nothing
    // (empty, or the stored values again) writes and logs nothing.
    const changes = changedFields(p, { status: patch.status, name: patch.name, category: patch.category });
    if (isUnchanged(changes)) return;
    if (p.kind === 'state' && (changes.name !== undefined || changes.category !== undefined)) {
      throw new AppError('state_reference_data', "a state's name comes from the reference data; only its status changes", { status: 400 });
    }
    if (changes.name !== undefined && (await participantsRepo.findParticipantByName(tx, p.kind, changes.name))) {
      throw new AppError('already_exists', `an organization named ${changes.name} takes part already`);
    }
    const leaving = p.kind === 'state' && p.status === 'member' && changes.status !== undefined && changes.status !== 'member';
    if (leaving) {
      const members = await participantsRepo.listParticipants(tx, { kind: 'state', status: 'member' });
      if (members.length === 1 && (await motionsRepo.anyUnclosedMotion(tx))) {
        throw new AppError('motion_pending', 'the last state member cannot leave while a motion is pending', { status: 409 });
      }
    }
    const row = await participantsRepo.updateParticipant(tx, id, changes);
    await appendToLog(tx, {
      kind: changes.status !== undefined ? 'participant.status-changed' : 'participant.changed',
      actor: actorLabel(admin),
      subject: `participant:${id}`,
      body: { status: row.status, previousStatus: p.status, name: row.name, category: row.category },
    });
  });
  return getParticipant(db, id);
}

/**
 * Admin sets one status on many participants, all or nothing: an unknown id (404 not_found) or
 * the last state members leaving while a motion is pending (409 motion_pending) changes nothing,
 * and the error's `details.ids` names the ids at fault. Each participant whose status changes is
 * logged exactly as the single PATCH logs it; one already in that status is left alone.
 */
export async function updateParticipants(
  db: Db,
  actor: Actor | null,
  input: ParticipantsBulkPatch,
  env: AssemblyEnv,
): Promise<Participant[]> {
  const admin = requireRole(actor, 'admin');
  await ensureStateParticipants(db);
  await settleDueMotions(db, env);
  await db.transaction(async (tx) => {
    const rows = await participantsRepo.lockParticipants(tx, input.ids);
    const found = new Set(rows.map((r) => r.id));
    const unknown = input.ids.filter((id) => !found.has(id)).sort((a, b) => a - b);
    if (unknown.length > 0) throw notFound(`participant ${unknown.join(', ')}`, { ids: unknown });
    const changing = rows.filter((r) => r.status !== input.status);
    const leaving = changing.filter((r) => r.kind === 'state' && r.status === 'member').map((r) => r.id);
    if (leaving.length > 0) {
      const members = await participantsRepo.listParticipants(tx, { kind: 'state', status: 'member' });
      if (members.length === leaving.length && (await motionsRepo.anyUnclosedMotion(tx))) {
        throw new AppError('motion_pending', 'the last state members cannot all leave while a motion is pending', {
          status: 409,
          details: { ids: leaving },
        });
      }
    }
    await participantsRepo.updateStatuses(
      tx,
      changing.map((r) => r.id),
      input.status,
    );
    for (const p of changing) {
      await appendToLog(tx, {
        kind: 'participant.status-changed',
        actor: actorLabel(admin),
        subject: `participant:${p.id}`,
        body: { status: input.status, previousStatus: p.status, name: p.name, category: p.category },
      });
    }
  });
  return (await participantsRepo.listParticipants(db, { ids: input.ids })).map(participantView);
}

// ── Rules and weights ──────────────────────────────────────────────────────

export async function getRules(db: Db): Promise<RulesView> {
  return participantsRepo.readRules(db);
}

/** Admin replaces the rules; refused (409 ballot_open) while any motion is open. */
export async function updateRules(db: Db, actor: Actor | null, rules: AssemblyRules, env: AssemblyEnv): Promise<RulesView> {
  const admin = requireRole(actor, 'admin');
  assertWeightMix(rules.weighting);
  await settleDueMotions(db, env);
  return db.transaction(async (tx) => {
    const current = await participantsRepo.readRules(tx, true);
    if (await anyMotionOpen(tx, env)) {
      throw new AppError('ballot_open', 'a motion is open; the rules cannot change until it closes', { status: 409 });
    }
    const version = current.version + 1;
    await participantsRepo.writeRules(tx, version, rules);
    await appendToLog(tx, { kind: 'rules.changed', actor: actorLabel(admin), subject: 'assembly:rules', body: { version, rules } });
    if (rules.secondsRequired < current.rules.secondsRequired) await promoteSecondedAmendments(tx, rules.secondsRequired);
    return { version, rules };
  });
}

/** The current members' weights under the current rules, or under `proposed` rules as the next version. */
async function currentMemberWeights(db: Db, proposed?: AssemblyRules) {
  await ensureStateParticipants(db);
  const [current, members] = await Promise.all([
    participantsRepo.readRules(db),
    participantsRepo.listParticipants(db, { status: 'member' }),
  ]);
  const { version, rules } = proposed ? { version: current.version + 1, rules: proposed } : current;
  const weights = memberWeights(
    members.map((m) => ({ id: m.id, kind: m.kind, population: m.population, gdpUsd: m.gdpUsd })),
    rules.weighting,
    rules.orgChamber,
  );
  return { version, rules, members: new Map(members.map((m) => [m.id, m])), weights };
}

/** Each member's weight: its share of the counted total, and of its own chamber. */
export async function getWeights(db: Db): Promise<Weights> {
  return weightView(await currentMemberWeights(db));
}

function weightView({ version, rules, members, weights }: Awaited<ReturnType<typeof currentMemberWeights>>): Weights {
  const orgs = weights.organizations.length;
  return {
    rulesVersion: version,
    orgChamber: rules.orgChamber,
    chambers: weights.chambers,
    members: [
      ...weights.states.map((s) => ({
        participantId: s.id,
        kind: 'state' as const,
        iso3: members.get(s.id)!.iso3,
        name: members.get(s.id)!.name,
        weight: s.weight * weights.chambers.states,
        chamberShare: s.weight,
        components: s.components,
      })),
      ...weights.organizations.map((o) => ({
        participantId: o.id,
        kind: 'organization' as const,
        iso3: null,
        name: members.get(o.id)!.name,
        weight: orgs > 0 ? weights.chambers.organizations / orgs : 0,
        chamberShare: orgs > 0 ? 1 / orgs : 0,
        components: null,
      })),
    ],
  };
}

// ── Voting power ───────────────────────────────────────────────────────────

/**
 * Work allowed per request, in inner-loop steps of the counting tables (power.ts states the cost
 * of each index); about a second each on one core. A bigger game is refused with game_too_large.
 */
const MAX_BANZHAF_STEPS = 6e8;
const MAX_SHAPLEY_SHUBIK_STEPS = 1.5e9;

function gameCost(game: WeightedGame) {
  const nonZero = game.weights.filter((w) => w > 0);
  const total = nonZero.reduce((a, b) => a + b, 0);
  const d = new Set(nonZero).size;
  const n = nonZero.length;
  const q = game.quota;
  return {
    banzhaf: (n + d) * Math.min(q, total - q + 1),
    shapleyShubik: (n + d) * (Math.floor((n - 1) / 2) + 1) * (Math.max(q - 1, total - q) + 1),
  };
}

/** Normalised Banzhaf and Shapley–Shubik indices and the veto players of [quota; weights]. */
export function computePower(input: PowerRequest): PowerResult {
  const names = input.names ?? input.weights.map((_, i) => `P${i + 1}`);
  if (names.length !== input.weights.length) {
    throw new AppError('names_mismatch', `${names.length} names for ${input.weights.length} weights`, { status: 400 });
  }
  const game: WeightedGame = { quota: input.quota, weights: input.weights };
  const total = input.weights.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(input.quota) || input.quota < 1 || input.quota > total) {
    throw new PowerInputError('quota_invalid', `quota must be an integer in [1, ${total}] (the total weight)`, {
      quota: input.quota,
      total,
    });
  }
  const cost = gameCost(game);
  const withSS = input.shapleyShubik !== false;
  if (cost.banzhaf > MAX_BANZHAF_STEPS) {
    throw new PowerInputError('game_too_large', 'the total weight is too large to compute here; scale the weights down', {
      steps: cost.banzhaf,
    });
  }
  if (withSS && cost.shapleyShubik > MAX_SHAPLEY_SHUBIK_STEPS) {
    throw new PowerInputError(
      'game_too_large',
      'players × total weight is too large for Shapley–Shubik here; scale the weights down or ask with shapleyShubik: false',
      {
        steps: cost.shapleyShubik,
      },
    );
  }
  const r = powerIndices(game, { shapleyShubik: withSS });
  // Every list has one entry per weight: names by the check above, the indices by powerIndices.
  const players = input.weights.map((w, i) => ({
    name: names[i]!,
    weight: w,
    banzhaf: r.banzhaf[i]!,
    banzhafAbsolute: r.banzhafAbsolute[i]!,
    shapleyShubik: r.shapleyShubik ? r.shapleyShubik[i]! : null,
    veto: r.veto[i]!,
  }));
  return { quota: r.quota, totalWeight: r.totalWeight, players, vetoPlayers: players.filter((p) => p.veto).map((p) => p.name) };
}

export const DEFAULT_POWER_RESOLUTION = 10_000;
const MAX_POWER_RESOLUTION = 1_000_000;

/**
 * Voting power of the current members under the current rules for one kind of motion: each
 * member's counted weight share × `resolution`, rounded to an integer, and the quota that share
 * threshold gives (yes ≥ threshold × total, everyone voting yes or no). Shapley–Shubik is left out
 * (null, with a note) when the game is too large at this resolution.
 */
export async function assemblyPower(db: Db, kind: MotionKind, resolution = DEFAULT_POWER_RESOLUTION): Promise<AssemblyPower> {
  checkResolution(resolution);
  return powerOf(await currentMemberWeights(db), kind, resolution);
}

function checkResolution(resolution: number) {
  if (!Number.isSafeInteger(resolution) || resolution < 1 || resolution > MAX_POWER_RESOLUTION) {
    throw new PowerInputError('resolution_invalid', `resolution must be an integer in [1, ${MAX_POWER_RESOLUTION}]`, { resolution });
  }
}

/**
 * What rules not yet saved would give the current members (admin): the answers of GET /weights and
 * GET /power as they would be if the rules were saved now (`rulesVersion` is the version they would
 * get), computed by the same code. Stores and logs nothing.
 */
export async function previewRules(db: Db, actor: Actor | null, input: RulesPreviewRequest): Promise<RulesPreview> {
  requireRole(actor, 'admin');
  assertWeightMix(input.rules.weighting);
  const resolution = input.resolution ?? DEFAULT_POWER_RESOLUTION;
  checkResolution(resolution);
  const weighed = await currentMemberWeights(db, input.rules);
  return { weights: weightView(weighed), power: powerOf(weighed, input.kind, resolution) };
}

function powerOf(current: Awaited<ReturnType<typeof currentMemberWeights>>, kind: MotionKind, resolution: number): AssemblyPower {
  const { version, rules } = current;
  const counted = weightView(current).members.filter((m) => m.weight > 0);
  if (counted.length === 0) throw new AppError('no_members', 'no participant is a member yet', { status: 409 });
  const ints = integerWeights(
    counted.map((m) => m.weight),
    resolution,
  );
  const total = ints.reduce((a, b) => a + b, 0);
  const threshold = rules.thresholds[kind].threshold;
  const quota = quotaFor(total, threshold);
  const notes = [
    `Weights are each member's counted weight share × ${resolution.toLocaleString('en-US')}, rounded; the quota is the smallest integer q with q / ${total} ≥ ${threshold}.`,
    'The game assumes every member votes yes or no: quorum and abstention are not modelled.',
  ];
  const zeros = ints.filter((w) => w === 0).length;
  if (zeros > 0)
    notes.push(`${zeros} member(s) round to weight 0 at this resolution and are null players; raise the resolution to keep them.`);
  if (rules.thresholds[kind].doubleMajority !== null) {
    notes.push(
      `The double majority (${rules.thresholds[kind].doubleMajority} of state members by heads) is a second condition not in this weighted game.`,
    );
  }
  if (rules.orgChamber.mode === 'advisory') notes.push('The organizations’ chamber is advisory and has no voting power.');
  const cost = gameCost({ quota, weights: ints });
  const withSS = cost.shapleyShubik <= MAX_SHAPLEY_SHUBIK_STEPS;
  if (!withSS)
    notes.push(
      `Shapley–Shubik is left out at this resolution (too large); ask with resolution ≤ ${DEFAULT_POWER_RESOLUTION.toLocaleString('en-US')}.`,
    );
  const result = computePower({ weights: ints, quota, names: counted.map((m) => m.name), shapleyShubik: withSS });
  return {
    kind,
    rulesVersion: version,
    threshold,
    resolution,
    quota: result.quota,
    totalWeight: result.totalWeight,
    players: result.players.map((p, i) => {
      const member = counted[i]!; // one player per counted member, in order
      return { ...p, participantId: member.participantId, share: member.weight };
    }),
    vetoPlayers: result.vetoPlayers,
    notes,
  };
}

// ── Standing of each state (the map) ───────────────────────────────────────

/**
 * Each state's standing: ratified or signed the treaty (the given one, else the newest adopted
 * one), otherwise its assembly status. A state that withdrew from the treaty shows its status.
 */
export async function standing(db: Db, treatyId?: number): Promise<Standing> {
  await ensureStateParticipants(db);
  const treaty = treatyId !== undefined ? await requireTreaty(db, treatyId) : await treatiesRepo.latestAdoptedTreaty(db);
  const [states, acts] = await Promise.all([
    participantsRepo.listParticipants(db, { kind: 'state' }),
    treaty ? treatiesRepo.listActs(db, treaty.id) : [],
  ]);
  const byParticipant = new Map<number, Set<string>>();
  for (const a of acts) {
    const set = byParticipant.get(a.participantId) ?? new Set<string>();
    set.add(a.kind);
    byParticipant.set(a.participantId, set);
  }
  return {
    treatyId: treaty?.id ?? null,
    states: states.map((s) => {
      const k = byParticipant.get(s.id);
      const standing: Standing['states'][number]['standing'] =
        k && !k.has('withdrawal') ? (k.has('ratification') ? 'ratified' : 'signed') : s.status;
      return { participantId: s.id, iso3: s.iso3 as string, name: s.name, status: s.status, standing };
    }),
  };
}
