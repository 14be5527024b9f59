/**
 * Signature, ratification and withdrawal of an adopted treaty, and its entry into force
 * (entry-into-force.ts). A state's delegate records its own acts; the admin, as depositary, may
 * record them for any state. Each act is once per state, dated, in order (signature ≤
 * ratification ≤ withdrawal, none before adoption, none in the future), and logged.
 */
import { actorLabel, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { isoDate, type AssemblyEnv } from './assembly-env.ts';
import type { TreatyActKind } from './assembly.table.ts';
import { requireDelegation } from './delegation.ts';
import { entryIntoForceStatus, type RatificationEvent } from './entry-into-force.ts';
import * as participantsRepo from './participants.repository.ts';
import type { TreatyAct, TreatyActInput, TreatyStatusView } from './treaties.dto.ts';
import * as treatiesRepo from './treaties.repository.ts';
import { requireTreaty } from './treaty.service.ts';

const LOG_KIND: Record<TreatyActKind, string> = {
  signature: 'treaty.signed',
  ratification: 'treaty.ratified',
  withdrawal: 'treaty.withdrawn',
};

const outOfOrder = (message: string, details: unknown) => new AppError('dates_out_of_order', message, { status: 400, details });

/** Records a signature, a deposit of ratification or a withdrawal. */
export async function recordTreatyAct(
  db: Db,
  actor: Actor | null,
  treatyId: number,
  kind: TreatyActKind,
  input: TreatyActInput,
  env: AssemblyEnv,
): Promise<TreatyAct> {
  const { actor: who, participant } = await requireDelegation(db, actor, {
    participantId: input.participantId,
    adminMay: true,
    kind: 'state',
  });
  return db.transaction(async (tx) => {
    const treaty = await requireTreaty(tx, treatyId, true);
    if (treaty.status !== 'adopted' || !treaty.adoptedOn) {
      throw new AppError('treaty_not_open_for_signature', 'the treaty is a draft; it opens for signature once adopted', { status: 409 });
    }
    if (input.date > isoDate(env.now()))
      throw new AppError('date_in_future', `${input.date} is in the future`, { status: 400, details: { date: input.date } });
    if (input.date < treaty.adoptedOn)
      throw outOfOrder(`${input.date} is before the adoption on ${treaty.adoptedOn}`, { date: input.date, adoptedOn: treaty.adoptedOn });
    const acts = await treatiesRepo.actsOf(tx, treatyId, participant.id);
    const find = (k: TreatyActKind) => acts.find((a) => a.kind === k);
    const signed = find('signature');
    const ratified = find('ratification');
    if (find('withdrawal')) throw new AppError('already_withdrawn', `${participant.name} has withdrawn from this treaty`, { status: 409 });
    if (find(kind))
      throw new AppError(
        `already_${kind === 'signature' ? 'signed' : 'ratified'}`,
        `${participant.name} has already recorded its ${kind}`,
        { status: 409 },
      );
    if (kind !== 'signature' && !signed) {
      throw new AppError(
        kind === 'ratification' ? 'ratification_before_signature' : 'not_signed',
        `${participant.name} has not signed this treaty`,
        { status: 409 },
      );
    }
    const latest = kind === 'withdrawal' ? (ratified ?? signed) : kind === 'ratification' ? signed : undefined;
    if (latest && input.date < latest.date) {
      throw outOfOrder(`${input.date} is before the ${latest.kind} on ${latest.date}`, { date: input.date, [latest.kind]: latest.date });
    }
    const row = await treatiesRepo.insertAct(tx, { treatyId, participantId: participant.id, kind, date: input.date, userId: who.id });
    await appendToLog(tx, {
      kind: LOG_KIND[kind],
      actor: actorLabel(who),
      subject: `treaty:${treatyId}`,
      body: { participantId: participant.id, iso3: participant.iso3, date: input.date },
    });
    return { id: row.id, treatyId, participantId: participant.id, kind, date: row.date };
  });
}

/** Counts, shares of world population and GDP, whether the conditions are met, when, and the entry-into-force date. */
export async function treatyStatus(db: Db, treatyId: number, env: AssemblyEnv): Promise<TreatyStatusView> {
  const treaty = await requireTreaty(db, treatyId);
  const [acts, world] = await Promise.all([treatiesRepo.listActs(db, treatyId), participantsRepo.worldTotals(db)]);
  const ids = [...new Set(acts.map((a) => a.participantId))];
  const participants = await participantsRepo.listParticipants(db, { ids });
  const figures = new Map(participants.map((p) => [p.id, { population: p.population, gdpUsd: p.gdpUsd }]));
  const events: RatificationEvent[] = acts
    .filter((a) => a.kind !== 'signature')
    .map((a) => ({ participantId: a.participantId, kind: a.kind as RatificationEvent['kind'], date: a.date }));
  const s = entryIntoForceStatus(treaty.entryIntoForce, events, figures, world, isoDate(env.now()));
  const dateOf = (pid: number, kind: TreatyActKind) => acts.find((a) => a.participantId === pid && a.kind === kind)?.date ?? null;
  return {
    treatyId,
    stage: s.inForce ? ('in_force' as const) : treaty.status === 'adopted' ? ('open_for_signature' as const) : ('draft' as const),
    adoptedOn: treaty.adoptedOn,
    adoptedVersion: treaty.adoptedVersion,
    conditions: treaty.entryIntoForce,
    signatures: acts.filter((a) => a.kind === 'signature').length,
    ratifications: s.ratifications,
    withdrawals: acts.filter((a) => a.kind === 'withdrawal').length,
    populationShare: s.populationShare,
    gdpShare: s.gdpShare,
    conditionsMet: s.metOn !== null,
    metOn: s.metOn,
    entryIntoForce: s.entryIntoForce,
    inForce: s.inForce,
    states: participants.map((p) => ({
      participantId: p.id,
      iso3: p.iso3 as string,
      name: p.name,
      signedOn: dateOf(p.id, 'signature'),
      ratifiedOn: dateOf(p.id, 'ratification'),
      withdrawnOn: dateOf(p.id, 'withdrawal'),
    })),
  };
}
