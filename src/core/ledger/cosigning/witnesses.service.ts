/**
 * The log's witnesses as the routes and the assembly see them: which witnesses the log asks (those
 * of LOG_WITNESSES always, registered ones once the admin says so), the public list with each
 * witness's progress, the admin's ask/stop, the checkpoint served, and the writes behind a
 * delegation's registration (the assembly checks membership and logs them in the same transaction).
 */
import { actorLabel, requireRole, type Actor } from '../../auth/permissions.ts';
import type { Db } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { parseCosignerKey, type CosignerKey } from '../cosignature.ts';
import { getCheckpoint } from '../log-reader.ts';
import { appendToLog } from '../log-writer.ts';
import type { ConfiguredWitness } from './witness-config.ts';
import type { Witness, WitnessList } from './witnesses.dto.ts';
import * as repo from './witnesses.repository.ts';

/** What the witnessing reads of the configuration. */
export interface WitnessSettings {
  logWitnesses: readonly ConfiguredWitness[];
  logWitnessQuorum?: number | undefined;
}

/** A witness the log asks, with its parsed key. */
export interface AskedWitness {
  name: string;
  vkey: string;
  url: string;
  key: CosignerKey;
}

/** The witnesses the log asks: the configured ones, then the registered ones the admin asked (one per vkey). */
export async function askedWitnesses(db: Db, settings: WitnessSettings): Promise<AskedWitness[]> {
  const rows = await repo.listWitnessRows(db, { asked: true });
  const asked = new Map<string, AskedWitness>();
  for (const w of [...settings.logWitnesses, ...rows]) {
    if (!asked.has(w.vkey)) asked.set(w.vkey, { name: w.name, vkey: w.vkey, url: w.url, key: parseCosignerKey(w.vkey) });
  }
  return [...asked.values()];
}

/** How many distinct asked witnesses must cosign: LOG_WITNESS_QUORUM, or all of them. */
export const quorumOf = (settings: WitnessSettings, askedCount: number): number => settings.logWitnessQuorum ?? askedCount;

/** Every witness, configured then registered, with how far it has cosigned (public). */
export async function listWitnesses(db: Db, settings: WitnessSettings): Promise<WitnessList> {
  const rows = await repo.listWitnessRows(db);
  const progress = new Map(
    (await repo.readProgress(db, [...settings.logWitnesses.map((w) => w.vkey), ...rows.map((r) => r.vkey)])).map((p) => [p.vkey, p]),
  );
  const view = (w: Omit<Witness, 'lastSize' | 'lastCosignedAt' | 'lastError'>): Witness => {
    const p = progress.get(w.vkey);
    return { ...w, lastSize: p?.size ?? null, lastCosignedAt: p?.cosignedAt?.toISOString() ?? null, lastError: p?.lastError ?? null };
  };
  const configured = settings.logWitnesses.map((w) =>
    view({ id: null, name: w.name, vkey: w.vkey, url: w.url, asked: true, source: 'configured', participantId: null }),
  );
  const registered = rows.map((r) => view({ ...registeredView(r), source: 'registered' }));
  const askedCount = new Set([...settings.logWitnesses.map((w) => w.vkey), ...rows.filter((r) => r.asked).map((r) => r.vkey)]).size;
  return { quorum: quorumOf(settings, askedCount), witnesses: [...configured, ...registered] };
}

const registeredView = (r: repo.WitnessRow) => ({
  id: r.id,
  name: r.name,
  vkey: r.vkey,
  url: r.url,
  asked: r.asked,
  participantId: r.participantId,
});

/** One registered witness as the list shows it. */
async function witnessView(db: Db, row: repo.WitnessRow): Promise<Witness> {
  const [p] = await repo.readProgress(db, [row.vkey]);
  return {
    ...registeredView(row),
    source: 'registered',
    lastSize: p?.size ?? null,
    lastCosignedAt: p?.cosignedAt?.toISOString() ?? null,
    lastError: p?.lastError ?? null,
  };
}

/** The admin asks a registered witness to cosign, or stops asking it; each change logged. */
export async function setWitnessAsked(db: Db, actor: Actor | null, id: number, asked: boolean): Promise<Witness> {
  const admin = requireRole(actor, 'admin');
  const row = await db.transaction(async (tx) => {
    const found = await repo.findWitnessRow(tx, id, true);
    if (!found) throw notFound('witness', { id });
    if (found.asked === asked) return found;
    const updated = await repo.updateWitnessRow(tx, id, { asked });
    await appendToLog(tx, {
      kind: 'log.witness-asked',
      actor: actorLabel(admin),
      subject: `witness:${id}`,
      body: { vkey: found.vkey, asked },
    });
    return updated;
  });
  return witnessView(db, row);
}

/**
 * The checkpoint `GET /api/log/checkpoint` serves: while the log asks witnesses, the newest one
 * that reached the quorum with its log signature first and every cosignature gathered; before
 * any did, or when no witness is asked, the current tree signed by the log alone.
 */
export async function servedCheckpoint(db: Db, settings: WitnessSettings): Promise<string> {
  if ((await askedWitnesses(db, settings)).length > 0) {
    const witnessed = await repo.readWitnessedCheckpoint(db);
    if (witnessed) return `${witnessed.body}\n${witnessed.logSignature}${witnessed.cosignatures}`;
  }
  return (await getCheckpoint(db)).text;
}

// ── A delegation's witness (the assembly checks who may, and logs) ─────────

/** What a delegation registers: its witness's vkey and submission prefix. */
export interface WitnessRegistration {
  vkey: string;
  url: string;
}

/**
 * Writes a participant's witness in the caller's transaction: a new one (`created`), its URL
 * changed (same vkey, still asked if it was), or replaced by another key (not asked until the
 * admin says so); `changed` is false when the same vkey and URL are registered again. Throws
 * `malformed_key` (400) for a vkey that is not a cosignature/v1 key, `witness_already_registered` (409)
 * for a vkey another participant registered.
 */
export async function putParticipantWitness(
  tx: Db,
  participantId: number,
  input: WitnessRegistration,
): Promise<{ witness: Witness; created: boolean; changed: boolean }> {
  const { name } = parseCosignerKey(input.vkey);
  const holder = await repo.findWitnessByVkey(tx, input.vkey);
  if (holder && holder.participantId !== participantId) {
    throw new AppError('witness_already_registered', `the witness ${name} is registered by another participant`, { status: 409 });
  }
  const current = await repo.lockParticipantWitness(tx, participantId);
  if (!current) {
    const row = await repo.insertWitnessRow(tx, { name, vkey: input.vkey, url: input.url, participantId });
    return { witness: await witnessView(tx, row), created: true, changed: true };
  }
  if (current.vkey === input.vkey && current.url === input.url)
    return { witness: await witnessView(tx, current), created: false, changed: false };
  const asked = current.vkey === input.vkey ? current.asked : false;
  const row = await repo.updateWitnessRow(tx, current.id, { name, vkey: input.vkey, url: input.url, asked });
  return { witness: await witnessView(tx, row), created: false, changed: true };
}

/** Removes a participant's witness in the caller's transaction; the removed witness, or undefined when it had none. */
export async function removeParticipantWitness(tx: Db, participantId: number): Promise<Witness | undefined> {
  const current = await repo.lockParticipantWitness(tx, participantId);
  if (!current) return undefined;
  const view = await witnessView(tx, current);
  await repo.deleteWitnessRow(tx, current.id);
  return view;
}
