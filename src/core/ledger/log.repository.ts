/**
 * Every query of the log: its entries, its tiles, its state row and its signing keys. Functions
 * take a `Db`, which may be the caller's transaction; none of them computes a hash. The writer
 * ({@link ./log-writer.ts}) and the reader ({@link ./log-reader.ts}) are built on these.
 */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.ts';
import { logEntries, logKeys, logState, logTiles } from './log.table.ts';
import { changedRanges, type TileChange, type TileRow } from './tile-rows.ts';

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

export interface AdvancedLogState {
  /** The size before this append: the index of its first entry. */
  size: number;
  instance: string;
  /** This transaction's id (`pg_current_xact_id`), to ask later whether the append committed. */
  xid: string;
  /** Whether the transaction of this log's entry in `lastXids` committed (`pg_xact_status`): 'committed', 'aborted', or null when none or unknown. */
  lastStatus: string | null;
}

/**
 * Takes the log_state row lock and reserves `count` indices, in one statement (an append used to
 * spend a round trip on each, while holding the lock that every other append waits for). It also
 * says whether this process's previous append to this log committed (`lastXids`: by log instance,
 * the transaction id of each log's last append here), so the writer knows its cached right edge is
 * the stored one without reading it.
 */
export async function advanceLogState(tx: Db, count: number, lastXids: Record<string, string>): Promise<AdvancedLogState | undefined> {
  const [row] = await queryRows<{ size: string | number; instance: string; xid: string; last_status: string | null }>(
    tx,
    sql`update log_state set size = size + ${count} where id = 1
        returning size - ${count} as size, instance, pg_current_xact_id()::text as xid, pg_xact_status((${JSON.stringify(lastXids)}::jsonb ->> instance)::xid8) as last_status`,
  );
  return row && { size: Number(row.size), instance: row.instance, xid: row.xid, lastStatus: row.last_status };
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
 * Stores an append in one statement where it is small (one request's entries): its entries, and
 * for each tile it changed either the whole row (a new tile) or, for a tile already stored, only
 * the byte ranges that changed (`overlay`), so one entry costs tens of bytes of tile, not 16 KB.
 * Large batches insert their entries in chunks first.
 */
export async function writeAppend(tx: Db, entries: NewLogEntry[], changes: TileChange[]): Promise<void> {
  const parts: SQL[] = [];
  const updates: string[] = [];
  if (entries.length > 1000) await insertEntries(tx, entries);
  else if (entries.length > 0) {
    const values = sql.join(
      entries.map((e) => sql`(${e.index}, ${e.kind}, ${e.subject ?? null}, ${e.canonical})`),
      sql`, `,
    );
    parts.push(sql`insert into log_entries (idx, kind, subject, canonical) values ${values}`);
  }
  for (const { row, fromWidth } of changes) {
    if (fromWidth === 0) {
      parts.push(
        sql`insert into log_tiles (tile_level, tile_index, width, nodes) values (${row.tileLevel}, ${row.tileIndex}, ${row.width}, ${row.nodes})
            on conflict (tile_level, tile_index) do update set width = excluded.width, nodes = excluded.nodes`,
      );
      continue;
    }
    let nodes: SQL = sql`nodes`;
    for (const { offset, length } of changedRanges(fromWidth, row.width)) {
      // overlay counts from 1.
      nodes = sql`overlay(${nodes} placing ${row.nodes.subarray(offset, offset + length)} from ${offset + 1})`;
    }
    updates.push(`(select count(*) from w${parts.length})`);
    parts.push(
      sql`update log_tiles set width = ${row.width}, nodes = ${nodes}
          where tile_level = ${row.tileLevel} and tile_index = ${row.tileIndex} and width = ${fromWidth} returning 1`,
    );
  }
  if (parts.length === 0) return;
  // Data-modifying CTEs: every part runs, in one round trip; no two touch the same row.
  const ctes = sql.join(
    parts.map((part, i) => sql`${sql.raw(`w${i}`)} as (${part})`),
    sql`, `,
  );
  const [result] = await queryRows<{ updated: string | number }>(
    tx,
    sql`with ${ctes} select ${sql.raw(updates.length > 0 ? updates.join(' + ') : '0')} as updated`,
  );
  // A stored tile that was not at the width the writer knew means its right edge was not the
  // stored one: refuse rather than write hashes into the wrong slots.
  if (Number(result?.updated) !== updates.length) {
    throw new Error(`the log's stored tiles are not where its writer left them (${String(result?.updated)} of ${updates.length} updated)`);
  }
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
