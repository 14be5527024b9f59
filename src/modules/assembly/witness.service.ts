/**
 * A delegation's witness (C2SP tlog-witness): a member participant's delegate, or the admin for
 * any member participant, registers the witness its state runs, replaces it, or withdraws it. The
 * log's core keeps the witnesses (core/ledger/cosigning); membership is the assembly's knowledge,
 * so the check and the log entry are here, in the same transaction as the core's write. A new key
 * is not asked to cosign until the admin says so (PATCH /api/log/witnesses/{id}).
 */
import { actorLabel, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { notFound } from '../../core/errors.ts';
import type { Witness } from '../../core/ledger/cosigning/witnesses.dto.ts';
import {
  putParticipantWitness,
  removeParticipantWitness,
  type WitnessRegistration,
} from '../../core/ledger/cosigning/witnesses.service.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { requireDelegation } from './delegation.ts';

const entryBody = (participantId: number, w: Witness) => ({ participantId, name: w.name, vkey: w.vkey, url: w.url });

/** Registers (or replaces) participant `participantId`'s witness; logged as `witness.registered` when anything changed. */
export async function registerWitness(
  db: Db,
  actor: Actor | null,
  participantId: number,
  input: WitnessRegistration,
): Promise<{ witness: Witness; created: boolean }> {
  const { actor: who } = await requireDelegation(db, actor, { participantId, adminMay: true, member: true });
  return db.transaction(async (tx) => {
    const { witness, created, changed } = await putParticipantWitness(tx, participantId, input);
    if (changed) {
      await appendToLog(tx, {
        kind: 'witness.registered',
        actor: actorLabel(who),
        subject: `participant:${participantId}`,
        body: entryBody(participantId, witness),
      });
    }
    return { witness, created };
  });
}

/** Withdraws participant `participantId`'s witness; logged as `witness.withdrawn`. 404 when it has none. */
export async function withdrawWitness(db: Db, actor: Actor | null, participantId: number): Promise<void> {
  const { actor: who } = await requireDelegation(db, actor, { participantId, adminMay: true });
  await db.transaction(async (tx) => {
    const removed = await removeParticipantWitness(tx, participantId);
    if (!removed) throw notFound('witness of this participant', { participantId });
    await appendToLog(tx, {
      kind: 'witness.withdrawn',
      actor: actorLabel(who),
      subject: `participant:${participantId}`,
      body: entryBody(participantId, removed),
    });
  });
}
