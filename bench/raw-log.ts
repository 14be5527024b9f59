/**
 * The floor under the log's writes: its entry and tile rows inserted with the fastest plain
 * statements found on PGlite, with no hashing, no lock and no state. Baselines for the ledger's
 * and the report ingest's figures (see ratio.ts).
 *
 * Each column travels as one array through `unnest` (about 2× the rows per second of the
 * multi-row VALUES a query builder writes), and tile hashes travel as base64 text decoded by the
 * database (PGlite encodes a bytea parameter byte by byte in JavaScript: about 3× slower).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/core/db/client.ts';
import type { TileRow } from '../src/core/ledger/tile-rows.ts';

export interface RawEntry {
  index: number;
  kind: string;
  subject: string | null;
  canonical: string;
}

/** Inserts log entry rows with one statement. */
export async function insertEntriesRaw(db: Db, rows: readonly RawEntry[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <K extends keyof RawEntry>(k: K) => sql.param(rows.map((r) => r[k]));
  await db.execute(sql`insert into log_entries (idx, kind, subject, canonical)
    select * from unnest(${col('index')}::bigint[], ${col('kind')}::text[], ${col('subject')}::text[], ${col('canonical')}::text[])`);
}

/** Inserts tile rows with one statement, overwriting those already stored (a partial tile grows). */
export async function upsertTilesRaw(db: Db, tiles: readonly TileRow[]): Promise<void> {
  if (tiles.length === 0) return;
  await db.execute(sql`insert into log_tiles (tile_level, tile_index, width, nodes)
    select l, i, w, decode(n, 'base64')
    from unnest(${sql.param(tiles.map((t) => t.tileLevel))}::smallint[], ${sql.param(tiles.map((t) => t.tileIndex))}::bigint[],
      ${sql.param(tiles.map((t) => t.width))}::int[], ${sql.param(tiles.map((t) => t.nodes.toString('base64')))}::text[]) as t(l, i, w, n)
    on conflict (tile_level, tile_index) do update set width = excluded.width, nodes = excluded.nodes`);
}
