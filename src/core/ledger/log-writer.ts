/**
 * The log's writer: appends entries inside the caller's transaction and creates the log on first
 * start. Everything that reads the log (checkpoints, proofs, tiles, entries) is in
 * {@link ./log-reader.ts}; the queries of both are in {@link ./log.repository.ts}.
 */
import { noteAppended } from './log-receipt.ts';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { Db } from '../db/client.ts';
import { verifierKeyOf } from './checkpoint.ts';
import { entryBytes, leafHash, type LedgerEntry } from './hasher.ts';
import { loadLogKey, type LogKey } from './log-reader.ts';
import { advanceLogState, insertLogKey, insertLogState, readTiles, writeAppend, type NewLogEntry } from './log.repository.ts';
import { TileEdge, emptyTileRow, tileKey, type TileRow } from './tile-rows.ts';

/** What a caller logs; `at` defaults to now. */
export interface LogInput {
  kind: string;
  actor: string | null;
  subject: string | null;
  body: unknown;
  at?: string;
}

export interface Appended {
  index: number;
  leafHash: string;
}

/**
 * The longest entry the log takes: an entry bundle (C2SP tlog-tiles) gives each entry's length as a
 * big-endian uint16, so a longer entry could never be served in one. Callers log digests of long
 * texts (the assembly's articles, rationales and comments) and split long lists; an entry longer
 * than this is a programming error, and appending it throws.
 */
export const MAX_ENTRY_BYTES = 0xffff;

/**
 * Right edges of the tree, by log instance, each with the transaction of the append that last
 * moved it: the edge is the stored one only if that transaction committed and the stored size is
 * the edge's (another process may have appended, or the caller's transaction rolled back after its
 * append — and another process's append may since have brought the size back to the same number).
 */
const edges = new Map<string, { edge: TileEdge; xid: string }>();
const MAX_CACHED_EDGES = 16;

/** Appends one entry inside the caller's transaction; see {@link appendManyToLog}. */
export async function appendToLog(tx: Db, input: LogInput): Promise<Appended> {
  const [appended] = await appendManyToLog(tx, [input]);
  if (appended === undefined) throw new Error('appending one entry to the log returned no entry');
  return appended;
}

/**
 * Appends entries inside the caller's transaction, so a record and its log
 * entry commit or roll back together. Appends serialize on the log_state row
 * lock; the tree's right edge is cached in memory and reloaded whenever the
 * stored size shows the cache is stale (another process, or a rollback).
 */
export async function appendManyToLog(tx: Db, inputs: LogInput[]): Promise<Appended[]> {
  if (inputs.length === 0) return [];
  const now = new Date().toISOString();
  // Hash before taking the lock: the entry bytes and leaf hashes do not depend on the index.
  const leaves = inputs.map((input) => {
    const entry: LedgerEntry = {
      kind: input.kind,
      at: input.at ?? now,
      actor: input.actor,
      subject: input.subject,
      body: input.body ?? null,
    };
    const bytes = entryBytes(entry);
    if (bytes.length > MAX_ENTRY_BYTES) {
      // A plain Error: the caller's transaction rolls back and the request is a 500, because no
      // request should be able to build such an entry.
      throw new Error(
        `a ${entry.kind} log entry about ${entry.subject ?? 'nothing'} would be ${bytes.length} bytes, more than the ${MAX_ENTRY_BYTES} an entry bundle can carry; log a digest of its long fields`,
      );
    }
    return { entry, bytes, leaf: leafHash(bytes) };
  });
  // The caller's database is known only from the state row, so the statement is given each cached
  // log's last xid and asks about the one of the log it finds.
  const state = await advanceLogState(tx, inputs.length, Object.fromEntries([...edges].map(([instance, c]) => [instance, c.xid])));
  if (!state) throw new Error('the log is not initialised (ensureLogKey runs at start-up)');
  const cached = edges.get(state.instance);
  let edge = cached?.edge;
  if (!edge || edge.size !== state.size || state.lastStatus !== 'committed') {
    edge = new TileEdge(state.size, await readEdge(tx, state.size));
  }
  // Until this transaction is known to have committed, the edge is trusted only through its xid.
  edges.delete(state.instance);
  edges.set(state.instance, { edge, xid: state.xid });
  // Tests open many databases in one process; keep the most recently used few.
  for (const instance of edges.keys()) if (edges.size > MAX_CACHED_EDGES) edges.delete(instance);
  const rows: NewLogEntry[] = [];
  const appended: Appended[] = [];
  try {
    for (const { entry, bytes, leaf } of leaves) {
      rows.push({ index: edge.size, kind: entry.kind, subject: entry.subject, canonical: bytes.toString('utf8') });
      appended.push({ index: edge.size, leafHash: leaf.toString('hex') });
      edge.append(leaf);
    }
    await writeAppend(tx, rows, edge.takeChanges());
  } catch (err) {
    edges.delete(state.instance);
    throw err;
  }
  noteAppended(appended.map((a) => a.index));
  return appended;
}

/** The stored tiles on the tree's right edge, empty ones where none is stored yet. */
async function readEdge(db: Db, size: number): Promise<TileRow[]> {
  const wanted = TileEdge.edgeRows(size);
  const found = new Map((await readTiles(db, wanted)).map((t) => [tileKey(t.tileLevel, t.tileIndex), t]));
  return wanted.map((w) => found.get(tileKey(w.tileLevel, w.tileIndex)) ?? emptyTileRow(w.tileLevel, w.tileIndex));
}

/**
 * Creates the log (its state row and Ed25519 signing key) on first start and
 * logs the new key; later starts find both. The private key never leaves the
 * database and is never printed.
 */
export async function ensureLogKey(db: Db, name: string): Promise<LogKey> {
  const existing = await loadLogKey(db);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    await insertLogState(tx, randomUUID());
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
    await insertLogKey(tx, {
      name,
      privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      publicKey: raw,
      createdAt: new Date().toISOString(),
    });
    const key = { name, privateKey, publicKey: raw };
    await appendToLog(tx, { kind: 'log.key-created', actor: null, subject: 'log', body: { verifierKey: verifierKeyOf(key) } });
    return key;
  });
}
