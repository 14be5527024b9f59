/**
 * Every query of the log: its entries, its tiles, its state row and its signing keys. Functions
 * take a `Db`, which may be the caller's transaction; none of them computes a hash. The writer
 * ({@link ./log-writer.ts}) and the reader ({@link ./log-reader.ts}) are built on these.
 */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.ts';
import { logEntries, logKeys, logState, logTiles } from './log.table.ts';
import type { TileRow } from './tile-rows.ts';

export type LogStateRow = typeof logState.$inferSelect;
export type LogKeyRow = typeof logKeys.$inferSelect;
export type NewLogEntry = typeof logEntries.$inferInsert;

// ── State ──────────────────────────────────────────────────────────────────

/**
 * The log's one state row, locked FOR UPDATE until the transaction ends: appends (and a start
 * preparing the database) serialize on it. Undefined before the log is created.
 */
export async function lockLogState(tx: Db): Promise<LogStateRow | undefined> {
  const [state] = await tx.select().from(logState).where(eq(logState.id, 1)).for('update');
  return state;
}

/** The current tree size (committed entries). */
export async function logSize(db: Db): Promise<number> {
  const [state] = await db.select({ size: logState.size }).from(logState).where(eq(logState.id, 1));
  return state?.size ?? 0;
}

export async function updateLogSize(tx: Db, size: number): Promise<void> {
  await tx.update(logState).set({ size }).where(eq(logState.id, 1));
}

/** Creates the state row of an empty log; does nothing when it exists. */
export async function insertLogState(tx: Db, instance: string): Promise<void> {
  await tx.insert(logState).values({ id: 1, size: 0, instance }).onConflictDoNothing();
}

// ── Entries ────────────────────────────────────────────────────────────────

/** Stores entries; 16,000 rows × 4 parameters stays below Postgres's 65,535-parameter limit. */
export async function insertEntries(tx: Db, rows: NewLogEntry[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 16_000) await tx.insert(logEntries).values(rows.slice(i, i + 16_000));
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

export interface EntryFilter {
  kind?: string | undefined;
  subject?: string | undefined;
  order: 'asc' | 'desc';
  limit: number;
}

/**
 * At most `limit` entries of [start, end) that match `kind` and `subject` (each exact, through its
 * index; an absent one matches all), in index order `asc` or `desc`.
 */
export async function findEntries(db: Db, start: number, end: number, filter: EntryFilter): Promise<StoredEntry[]> {
  const where: SQL[] = [sql`${logEntries.index} >= ${start}`, sql`${logEntries.index} < ${end}`];
  if (filter.kind !== undefined) where.push(eq(logEntries.kind, filter.kind));
  if (filter.subject !== undefined) where.push(eq(logEntries.subject, filter.subject));
  return db
    .select({ index: logEntries.index, canonical: logEntries.canonical })
    .from(logEntries)
    .where(and(...where))
    .orderBy(filter.order === 'asc' ? asc(logEntries.index) : desc(logEntries.index))
    .limit(filter.limit);
}

/** Every entry whose subject is `subject`, oldest first (e.g. one motion's ballots). */
export async function entriesAbout(db: Db, subject: string): Promise<StoredEntry[]> {
  return db
    .select({ index: logEntries.index, canonical: logEntries.canonical })
    .from(logEntries)
    .where(eq(logEntries.subject, subject))
    .orderBy(asc(logEntries.index));
}

// ── Tiles ──────────────────────────────────────────────────────────────────

/** Inserts new tiles and overwrites the ones that grew. */
export async function upsertTiles(tx: Db, tiles: TileRow[]): Promise<void> {
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

// ── Signing keys ───────────────────────────────────────────────────────────

export async function insertLogKey(tx: Db, key: Omit<typeof logKeys.$inferInsert, 'id'>): Promise<void> {
  await tx.insert(logKeys).values(key);
}

/** The newest signing key's row, or undefined before first start. */
export async function newestLogKey(db: Db): Promise<LogKeyRow | undefined> {
  const [row] = await db.select().from(logKeys).orderBy(desc(logKeys.id)).limit(1);
  return row;
}
