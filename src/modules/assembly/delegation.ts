/**
 * Who speaks for whom. A delegate is a user with role `delegate` bound to one participant
 * (users.participant_id, set by the admin through /api/users). The core does not know the
 * assembly's tables, so the binding is checked here, where it is relied on.
 */
import { AppError, forbidden } from '../../core/errors.ts';
import { requireActor, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { findParticipant, type ParticipantWithFigures } from './participants.repository.ts';

export interface Delegation {
  actor: Actor;
  participant: ParticipantWithFigures;
}

/**
 * The participant the actor speaks for. A delegate speaks for its own participant only: naming
 * another is `not_your_participant` (403). With `adminMay`, an admin may act for a participant it
 * names (recording a deposit the depositary received, for instance).
 */
export async function requireDelegation(
  db: Db,
  actor: Actor | null,
  options: { participantId?: number; adminMay?: boolean; member?: boolean; kind?: 'state' } = {},
): Promise<Delegation> {
  const who = requireActor(actor);
  let participantId: number;
  if (who.role === 'delegate') {
    if (who.participantId === null) throw forbidden('this delegate account is bound to no participant');
    if (options.participantId !== undefined && options.participantId !== who.participantId) {
      throw new AppError('not_your_participant', `you speak for participant ${who.participantId}, not ${options.participantId}`, {
        status: 403,
        details: { yours: who.participantId, requested: options.participantId },
      });
    }
    participantId = who.participantId;
  } else if (who.role === 'admin' && options.adminMay) {
    if (options.participantId === undefined)
      throw new AppError('participant_required', 'name the participantId to act for', { status: 400 });
    participantId = options.participantId;
  } else {
    throw forbidden('only a delegate may do this for its participant');
  }
  const participant = await findParticipant(db, participantId);
  if (!participant) throw new AppError('participant_not_found', `participant ${participantId} does not exist`, { status: 404 });
  if (options.kind === 'state' && participant.kind !== 'state') {
    throw new AppError('not_a_state', `${participant.name} is not a state`, { status: 403 });
  }
  if (options.member && participant.status !== 'member') {
    throw new AppError('not_a_member', `${participant.name} is ${participant.status}, not a member`, { status: 403 });
  }
  return { actor: who, participant };
}
