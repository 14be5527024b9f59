/**
 * Every query of the log's witnessing: registered witnesses, each witness's progress and the
 * latest witnessed checkpoint. Functions take a `Db`, which may be the caller's transaction; none
 * of them checks access or a signature (the service and the cosigner do, before calling them).
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { logWitnessedCheckpoint, logWitnesses, logWitnessProgress } from './witnesses.table.ts';

export type WitnessRow = typeof logWitnesses.$inferSelect;
export type ProgressRow = typeof logWitnessProgress.$inferSelect;
export type WitnessedCheckpointRow = typeof logWitnessedCheckpoint.$inferSelect;

// ── Registered witnesses ───────────────────────────────────────────────────

export async function listWitnessRows(db: Db, filter: { asked?: boolean } = {}): Promise<WitnessRow[]> {
  return db
    .select()
    .from(logWitnesses)
    .where(filter.asked === undefined ? undefined : eq(logWitnesses.asked, filter.asked))
    .orderBy(asc(logWitnesses.id));
}

export async function findWitnessRow(db: Db, id: number, lock = false): Promise<WitnessRow | undefined> {
  const query = db.select().from(logWitnesses).where(eq(logWitnesses.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findWitnessByVkey(db: Db, vkey: string): Promise<WitnessRow | undefined> {
  const [row] = await db.select().from(logWitnesses).where(eq(logWitnesses.vkey, vkey));
  return row;
}

/** A participant's witness, locked until the transaction ends. */
export async function lockParticipantWitness(tx: Db, participantId: number): Promise<WitnessRow | undefined> {
  const [row] = await tx.select().from(logWitnesses).where(eq(logWitnesses.participantId, participantId)).for('update');
  return row;
}

export async function insertWitnessRow(
  tx: Db,
  values: { name: string; vkey: string; url: string; participantId: number },
): Promise<WitnessRow> {
  const [row] = await tx.insert(logWitnesses).values(values).returning();
  if (!row) throw new Error('inserting a witness returned no row');
  return row;
}

export async function updateWitnessRow(
  tx: Db,
  id: number,
  values: Partial<Pick<WitnessRow, 'name' | 'vkey' | 'url' | 'asked'>>,
): Promise<WitnessRow> {
  const [row] = await tx
    .update(logWitnesses)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(logWitnesses.id, id))
    .returning();
  if (!row) throw new Error(`updating witness ${id} returned no row`);
  return row;
}

export async function deleteWitnessRow(tx: Db, id: number): Promise<void> {
  await tx.delete(logWitnesses).where(eq(logWitnesses.id, id));
}

// ── Progress ───────────────────────────────────────────────────────────────

export async function readProgress(db: Db, vkeys: readonly string[]): Promise<ProgressRow[]> {
  if (vkeys.length === 0) return [];
  return db
    .select()
    .from(logWitnessProgress)
    .where(inArray(logWitnessProgress.vkey, [...vkeys]));
}

/**
 * A witness cosigned the checkpoint of `size` (its verified line) at `at`. Never moves a witness
 * back: another process may have recorded a larger size meanwhile.
 */
export async function recordCosignature(db: Db, vkey: string, size: number, cosignature: string, at: Date): Promise<void> {
  await db
    .insert(logWitnessProgress)
    .values({ vkey, size, cosignature, cosignedAt: at, lastError: null, failures: 0, nextTryAt: null })
    .onConflictDoUpdate({
      target: logWitnessProgress.vkey,
      set: { size, cosignature, cosignedAt: at, lastError: null, failures: 0, nextTryAt: null },
      where: sql`${logWitnessProgress.size} is null or ${logWitnessProgress.size} <= ${size}`,
    });
}

/** A witness said (409) that it last cosigned `size`; this log holds no cosignature of it. */
export async function recordWitnessSize(db: Db, vkey: string, size: number): Promise<void> {
  await db
    .insert(logWitnessProgress)
    .values({ vkey, size, cosignature: null })
    .onConflictDoUpdate({
      target: logWitnessProgress.vkey,
      set: { size, cosignature: null },
      where: sql`${logWitnessProgress.size} is null or ${logWitnessProgress.size} <> ${size}`,
    });
}

/** A request to the witness failed: the error, one more failure in a row, and when to try again. */
export async function recordFailure(db: Db, vkey: string, error: string, nextTryAt: Date): Promise<void> {
  await db
    .insert(logWitnessProgress)
    .values({ vkey, lastError: error, failures: 1, nextTryAt })
    .onConflictDoUpdate({
      target: logWitnessProgress.vkey,
      set: { lastError: error, failures: sql`${logWitnessProgress.failures} + 1`, nextTryAt },
    });
}

// ── The witnessed checkpoint ───────────────────────────────────────────────

export async function readWitnessedCheckpoint(db: Db): Promise<WitnessedCheckpointRow | undefined> {
  const [row] = await db.select().from(logWitnessedCheckpoint).where(eq(logWitnessedCheckpoint.id, 1));
  return row;
}

/**
 * Stores a checkpoint that reached the quorum, only forward: it replaces the stored one when its
 * size is larger, or equal with more cosignatures (a witness that cosigned later). Two processes
 * may both store; the one behind changes nothing.
 */
export async function storeWitnessedCheckpoint(
  db: Db,
  cp: { size: number; body: string; logSignature: string; cosignatures: readonly string[] },
): Promise<void> {
  const values = {
    id: 1,
    size: cp.size,
    body: cp.body,
    logSignature: cp.logSignature,
    cosignatures: cp.cosignatures.join(''),
    cosignatureCount: cp.cosignatures.length,
    updatedAt: new Date(),
  };
  const t = logWitnessedCheckpoint;
  await db
    .insert(t)
    .values(values)
    .onConflictDoUpdate({
      target: t.id,
      set: values,
      where: sql`${t.size} < ${cp.size} or (${t.size} = ${cp.size} and ${t.cosignatureCount} < ${cp.cosignatures.length})`,
    });
}
