/**
 * The log's reader: its signed checkpoint, entries, proofs and tiles, as the routes serve them
 * and the local verifier reads them. It never writes; appending is {@link ./log-writer.ts}'s.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { formatCheckpoint, signNote, verifierKeyOf } from './checkpoint.ts';
import { emptyRoot, leafHash, type LedgerEntry } from './hasher.ts';
import { findEntries, logSize, newestLogKey, readEntries, type StoredEntry } from './log.repository.ts';
import { consistencyProof, inclusionProof, neededForConsistency, neededForInclusion } from './proof.ts';
import { readerFor } from './tile-reader.ts';
import { neededForRoot, rootHash } from './tree.ts';

/** The stored entries as they are, for callers that read the log (a motion's ballots, a test's count). */
export { entriesAbout, logSize, readEntries, type StoredEntry } from './log.repository.ts';

/** Most entries one page of `GET /api/log/entries` returns. */
export const MAX_ENTRIES_PER_PAGE = 1000;

const beyond = (what: string) => new AppError('beyond_tree', `${what} is beyond the log`, { status: 400 });

export interface LogKey {
  name: string;
  privateKey: KeyObject;
  publicKey: Buffer;
}

const keys = new WeakMap<Db, LogKey>();

/** The newest signing key, or null before first start. */
export async function loadLogKey(db: Db): Promise<LogKey | null> {
  const cached = keys.get(db);
  if (cached) return cached;
  const row = await newestLogKey(db);
  if (!row) return null;
  const key = { name: row.name, privateKey: createPrivateKey(row.privateKeyPem), publicKey: row.publicKey };
  keys.set(db, key);
  return key;
}

async function signingKey(db: Db) {
  const key = await loadLogKey(db);
  if (!key) throw new AppError('log_not_initialised', 'the log has no key yet', { status: 503 });
  return key;
}

/** The verifier key in signed-note form: `<name>+<key hash>+<base64 key>`. */
export async function getVerifierKey(db: Db): Promise<string> {
  const key = await signingKey(db);
  return verifierKeyOf(key);
}

/** Root hash of the first `size` entries, from the stored tiles. */
export async function rootAt(db: Db, size: number): Promise<Buffer> {
  if (size === 0) return emptyRoot;
  return rootHash(size, await readerFor(db, neededForRoot(size)));
}

/** The signed C2SP tlog-checkpoint of the current tree. */
export async function getCheckpoint(db: Db): Promise<{ size: number; rootHash: Buffer; text: string }> {
  const key = await signingKey(db);
  const size = await logSize(db);
  const root = await rootAt(db, size);
  return { size, rootHash: root, text: signNote(formatCheckpoint({ origin: key.name, size, rootHash: root }), key.name, key.privateKey) };
}

export interface EntryView {
  index: number;
  leafHash: string;
  entry: LedgerEntry;
  canonical: string;
}

/** What may narrow a page of entries: an exact kind and/or subject, the order, how many. */
export interface EntriesFilter {
  kind?: string | undefined;
  subject?: string | undefined;
  order?: 'asc' | 'desc' | undefined;
  limit?: number | undefined;
}

/**
 * Entries [start, end) (`end` clipped to the tree size), at most {@link MAX_ENTRIES_PER_PAGE} of
 * them. Unfiltered, the range itself may hold no more; with a `kind` or `subject` it may be as wide
 * as the log and the first `limit` matching entries in `order` come back.
 */
export async function getEntries(db: Db, start: number, end: number, filter: EntriesFilter = {}): Promise<EntryView[]> {
  if (end < start) throw new AppError('invalid_range', 'end must not be less than start');
  const filtered = filter.kind !== undefined || filter.subject !== undefined;
  if (!filtered && end - start > MAX_ENTRIES_PER_PAGE) {
    throw new AppError('invalid_range', `at most ${MAX_ENTRIES_PER_PAGE} entries per call`);
  }
  const limit = filter.limit ?? MAX_ENTRIES_PER_PAGE;
  if (limit > MAX_ENTRIES_PER_PAGE) throw new AppError('invalid_range', `limit must be at most ${MAX_ENTRIES_PER_PAGE}`);
  const size = await logSize(db);
  if (start > size) throw beyond(`start ${start}`);
  const order = filter.order ?? 'asc';
  const rows =
    !filtered && order === 'asc' && filter.limit === undefined
      ? await readEntries(db, start, Math.min(end, size))
      : await findEntries(db, start, Math.min(end, size), { kind: filter.kind, subject: filter.subject, order, limit });
  return rows.map(entryView);
}

function entryView(row: StoredEntry): EntryView {
  const bytes = Buffer.from(row.canonical, 'utf8');
  return {
    index: row.index,
    leafHash: leafHash(bytes).toString('hex'),
    entry: JSON.parse(row.canonical) as LedgerEntry,
    canonical: bytes.toString('base64'),
  };
}

/** RFC 9162 §2.1.3 inclusion proof of entry `index` in the tree of `size` entries. */
export async function getInclusionProof(db: Db, index: number, size: number) {
  if (index >= size) throw new AppError('invalid_range', 'index must be less than size');
  const reader = await readerFor(db, [...neededForInclusion(index, size), ...neededForRoot(size), { level: 0, index }]);
  return {
    index,
    size,
    leafHash: reader.get(0, index).toString('hex'),
    rootHash: rootHash(size, reader).toString('hex'),
    path: inclusionProof(index, size, reader).map((h) => h.toString('hex')),
  };
}

/** RFC 9162 §2.1.4 consistency proof between the trees of `from` and `to` entries. */
export async function getConsistencyProof(db: Db, from: number, to: number) {
  if (from > to) throw new AppError('invalid_range', 'from must not be greater than to');
  const nodes = [...neededForRoot(to), ...(from > 0 ? [...neededForRoot(from), ...neededForConsistency(from, to)] : [])];
  const reader = await readerFor(db, nodes);
  return {
    from,
    to,
    fromRoot: (from === 0 ? emptyRoot : rootHash(from, reader)).toString('hex'),
    toRoot: (to === 0 ? emptyRoot : rootHash(to, reader)).toString('hex'),
    path: (from === 0 || from === to ? [] : consistencyProof(from, to, reader)).map((h) => h.toString('hex')),
  };
}

/**
 * The base hashes of one tile (C2SP tlog-tiles), full or, with `width`, the
 * partial tile of that width. Tiles are immutable once full.
 */
export async function getTile(db: Db, tileLevel: number, tileIndex: number, width: number | null): Promise<Buffer> {
  const want = width ?? 256;
  const last = { level: tileLevel * 8, index: tileIndex * 256 + want - 1 };
  const reader = await readerFor(db, [last]);
  const out = Buffer.alloc(want * 32);
  for (let i = 0; i < want; i++) reader.get(tileLevel * 8, tileIndex * 256 + i).copy(out, i * 32);
  return out;
}

/** Entries in one bundle (C2SP tlog-tiles), as hashes in one level-0 tile. */
export const BUNDLE_WIDTH = 256;
/**
 * An entry bundle (C2SP tlog-tiles): the leaf bytes of entries [N·256, N·256 + W), each after
 * its length as a big-endian uint16 (no entry is longer than the writer's MAX_ENTRY_BYTES); W is 256 for a full bundle. Each entry's leaf hash is the
 * matching hash of level-0 tile N, so a tlog-tiles client can check the bundle against the tiles.
 */
export async function getEntryBundle(db: Db, tileIndex: number, width: number | null): Promise<Buffer> {
  const start = tileIndex * BUNDLE_WIDTH;
  const end = start + (width ?? BUNDLE_WIDTH);
  if (end > (await logSize(db))) throw beyond(`entry ${end - 1}`);
  const leaves = (await readEntries(db, start, end)).map((row) => Buffer.from(row.canonical, 'utf8'));
  const parts: Buffer[] = [];
  for (const leaf of leaves) {
    // The writer refuses an entry longer than MAX_ENTRY_BYTES, so every length fits (writeUInt16BE
    // would throw, a 500, on a longer one written before that rule).
    const length = Buffer.alloc(2);
    length.writeUInt16BE(leaf.length);
    parts.push(length, leaf);
  }
  return Buffer.concat(parts);
}
