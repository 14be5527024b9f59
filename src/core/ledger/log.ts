import { createPrivateKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.ts';
import { verifierKeyOf } from './checkpoint.ts';
import { entryBytes, leafHash, type LedgerEntry } from './hasher.ts';
import { logEntries, logKeys, logState, logTiles } from './log.table.ts';
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

/** Right edges of the tree, by log instance; checked against the stored size on every append. */
const edges = new Map<string, TileEdge>();

/** Appends one entry inside the caller's transaction; see {@link appendManyToLog}. */
export async function appendToLog(tx: Db, input: LogInput): Promise<Appended> {
  const [appended] = await appendManyToLog(tx, [input]);
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
  const [state] = await tx.select().from(logState).where(eq(logState.id, 1)).for('update');
  if (!state) throw new Error('the log is not initialised (ensureLogKey runs at start-up)');
  let edge = edges.get(state.instance);
  if (!edge || edge.size !== state.size) {
    edge = new TileEdge(state.size, await readEdge(tx, state.size));
    edges.set(state.instance, edge);
  }
  const now = new Date().toISOString();
  const rows: (typeof logEntries.$inferInsert)[] = [];
  const appended: Appended[] = [];
  try {
    for (const input of inputs) {
      const entry: LedgerEntry = { kind: input.kind, at: input.at ?? now, actor: input.actor, subject: input.subject, body: input.body ?? null };
      const bytes = entryBytes(entry);
      const leaf = leafHash(bytes);
      rows.push({ index: edge.size, kind: entry.kind, subject: entry.subject, canonical: bytes.toString('utf8') });
      appended.push({ index: edge.size, leafHash: leaf.toString('hex') });
      edge.append(leaf);
    }
    // 16,000 rows × 4 parameters stays below Postgres's 65,535-parameter limit.
    for (let i = 0; i < rows.length; i += 16_000) await tx.insert(logEntries).values(rows.slice(i, i + 16_000));
    await writeTiles(tx, edge.takeDirty());
    await tx.update(logState).set({ size: edge.size }).where(eq(logState.id, 1));
  } catch (err) {
    edges.delete(state.instance);
    throw err;
  }
  return appended;
}

async function writeTiles(tx: Db, tiles: TileRow[]) {
  if (tiles.length === 0) return;
  await tx
    .insert(logTiles)
    .values(tiles.map((t) => ({ tileLevel: t.tileLevel, tileIndex: t.tileIndex, width: t.width, nodes: t.nodes })))
    .onConflictDoUpdate({
      target: [logTiles.tileLevel, logTiles.tileIndex],
      set: { width: sql`excluded.width`, nodes: sql`excluded.nodes` },
    });
}

/**
 * Reads the given tiles in one query; absent tiles are left out. The hashes
 * travel as base64 text because PGlite decodes bytea results byte by byte in
 * JavaScript: 16 KB of bytea costs ~1 ms, its base64 ~0.1 ms.
 */
export async function readTiles(db: Db, wanted: { tileLevel: number; tileIndex: number }[]): Promise<TileRow[]> {
  if (wanted.length === 0) return [];
  const keys = sql.join(
    wanted.map((w) => sql`(${w.tileLevel}::smallint, ${w.tileIndex}::bigint)`),
    sql`, `,
  );
  const rows = await queryRows<{ tile_level: number; tile_index: string | number; width: number; nodes: string }>(
    db,
    sql`select tile_level, tile_index, width, encode(nodes, 'base64') as nodes from log_tiles where (tile_level, tile_index) in (${keys})`,
  );
  return rows.map((r) => ({
    tileLevel: Number(r.tile_level),
    tileIndex: Number(r.tile_index),
    width: Number(r.width),
    nodes: Buffer.from(r.nodes, 'base64'),
  }));
}

async function readEdge(db: Db, size: number): Promise<TileRow[]> {
  const wanted = TileEdge.edgeRows(size);
  const found = new Map((await readTiles(db, wanted)).map((t) => [tileKey(t.tileLevel, t.tileIndex), t]));
  return wanted.map((w) => found.get(tileKey(w.tileLevel, w.tileIndex)) ?? emptyTileRow(w.tileLevel, w.tileIndex));
}

/** The current tree size (committed entries). */
export async function logSize(db: Db): Promise<number> {
  const [state] = await db.select({ size: logState.size }).from(logState).where(eq(logState.id, 1));
  return state?.size ?? 0;
}

export interface StoredEntry {
  index: number;
  canonical: string;
}

/** Entries [start, end) in order, as stored. */
export async function readEntries(db: Db, start: number, end: number): Promise<StoredEntry[]> {
  return db
    .select({ index: logEntries.index, canonical: logEntries.canonical })
    .from(logEntries)
    .where(sql`${logEntries.index} >= ${start} and ${logEntries.index} < ${end}`)
    .orderBy(asc(logEntries.index));
}

/** Every entry whose subject is `subject`, oldest first (e.g. one motion's ballots). */
export async function entriesAbout(db: Db, subject: string): Promise<StoredEntry[]> {
  return db
    .select({ index: logEntries.index, canonical: logEntries.canonical })
    .from(logEntries)
    .where(eq(logEntries.subject, subject))
    .orderBy(asc(logEntries.index));
}

export interface LogKey {
  name: string;
  privateKey: KeyObject;
  publicKey: Buffer;
}

const keys = new WeakMap<Db, LogKey>();

/**
 * Creates the log (its state row and Ed25519 signing key) on first start and
 * logs the new key; later starts find both. The private key never leaves the
 * database and is never printed.
 */
export async function ensureLogKey(db: Db, name: string): Promise<LogKey> {
  const existing = await loadLogKey(db);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    await tx.insert(logState).values({ id: 1, size: 0, instance: randomUUID() }).onConflictDoNothing();
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
    await tx.insert(logKeys).values({
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

/** The newest signing key, or null before first start. */
export async function loadLogKey(db: Db): Promise<LogKey | null> {
  const cached = keys.get(db);
  if (cached) return cached;
  const [row] = await db.select().from(logKeys).orderBy(sql`${logKeys.id} desc`).limit(1);
  if (!row) return null;
  const key = { name: row.name, privateKey: createPrivateKey(row.privateKeyPem), publicKey: row.publicKey };
  keys.set(db, key);
  return key;
}
