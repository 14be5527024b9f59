/**
 * The C2SP tlog-tiles layout (https://c2sp.org/tlog-tiles) of the ledger's stored hashes.
 *
 * Tiles have height 8: the tile at tile-level T and index K holds the hashes of tree level
 * 8T with indices K·256 … K·256+255, concatenated (32 bytes each), i.e. for i in 0..255
 * MTH(D[(K·256 + i)·256^T : (K·256 + i + 1)·256^T]). Hashes of the levels in between
 * (8T+1 … 8T+7) are not stored; they are recomputed from the tile, as the spec says.
 * The rightmost tile of a level may be partial (1…255 hashes).
 *
 * The storage layer keeps one row per tile. To serve a proof it lists the hashes the proof
 * needs (`neededFor*`), maps them to tiles with {@link tilesFor}, reads those rows in one
 * query, and hands a {@link tileReader} over them to the proof functions.
 */
import { HASH_SIZE, nodeHash } from './hasher.ts';
import { type HashReader, type NodeId, assertCount, completeAt } from './tree.ts';

/** Tree levels per tile. */
export const TILE_HEIGHT = 8;
/** Hashes in a full tile (2^TILE_HEIGHT). */
export const TILE_WIDTH = 256;

/** A tile: its tile-level (tree level 8·tileLevel) and its index within that level. */
export type TileId = { tileLevel: number; tileIndex: number };

/** Where a stored hash comes from: the MTH of `count` consecutive hashes of a tile from `offset`. */
export type TileSpan = TileId & { offset: number; count: number };

/**
 * Maps the hash at (level, index) to its tile. For a level that is a multiple of 8 the hash
 * is stored as is (`count` 1, at `offset`); otherwise it is the root of the perfect subtree
 * over `count` = 2^(level mod 8) hashes of the tile starting at `offset`.
 */
export function tileForHash(level: number, index: number): TileSpan {
  assertCount(level, 'level');
  assertCount(index, 'index');
  const tileLevel = Math.floor(level / TILE_HEIGHT);
  const count = 2 ** (level - tileLevel * TILE_HEIGHT);
  const first = index * count; // index at level 8·tileLevel
  return { tileLevel, tileIndex: Math.floor(first / TILE_WIDTH), offset: first % TILE_WIDTH, count };
}

/** The distinct tiles holding the given hashes, sorted by tile-level then index: one query's worth. */
export function tilesFor(nodes: readonly NodeId[]): TileId[] {
  const seen = new Map<string, TileId>();
  for (const { level, index } of nodes) {
    const { tileLevel, tileIndex } = tileForHash(level, index);
    seen.set(`${tileLevel}/${tileIndex}`, { tileLevel, tileIndex });
  }
  return [...seen.values()].sort((a, b) => a.tileLevel - b.tileLevel || a.tileIndex - b.tileIndex);
}

/**
 * Number of hashes tile (tileLevel, tileIndex) holds in a tree of `size` leaves:
 * 256 when full, 1…255 when partial, 0 when it does not exist yet.
 */
export function tileWidth(tileLevel: number, tileIndex: number, size: number): number {
  const available = completeAt(tileLevel * TILE_HEIGHT, size) - tileIndex * TILE_WIDTH;
  return Math.max(0, Math.min(TILE_WIDTH, available));
}

/**
 * The tiles whose contents change when the tree grows from `oldSize` to `newSize`, with
 * their new widths: what the storage layer rewrites after appending a batch.
 */
export function changedTiles(oldSize: number, newSize: number): Array<TileId & { width: number }> {
  assertCount(oldSize, 'old size');
  assertCount(newSize, 'new size');
  if (oldSize > newSize) throw new RangeError(`old size ${oldSize} exceeds new size ${newSize}`);
  const out: Array<TileId & { width: number }> = [];
  for (let tileLevel = 0; ; tileLevel++) {
    const before = completeAt(tileLevel * TILE_HEIGHT, oldSize);
    const after = completeAt(tileLevel * TILE_HEIGHT, newSize);
    // No new hash at this level means none above it either.
    if (after === before) break;
    const last = Math.floor((after - 1) / TILE_WIDTH);
    for (let tileIndex = Math.floor(before / TILE_WIDTH); tileIndex <= last; tileIndex++) {
      out.push({ tileLevel, tileIndex, width: tileWidth(tileLevel, tileIndex, newSize) });
    }
  }
  return out;
}

/** The bytes of tile (tileLevel, tileIndex) in a tree of `size` leaves, read from `reader`. */
export function tileData(tileLevel: number, tileIndex: number, size: number, reader: HashReader): Buffer {
  const width = tileWidth(tileLevel, tileIndex, size);
  const out = Buffer.allocUnsafe(width * HASH_SIZE);
  const level = tileLevel * TILE_HEIGHT;
  for (let i = 0; i < width; i++) out.set(reader.get(level, tileIndex * TILE_WIDTH + i), i * HASH_SIZE);
  return out;
}

/**
 * A {@link HashReader} over tile data already fetched. `getTile` returns a tile's bytes (full
 * or partial) or undefined. Stored hashes are returned as views into the tile bytes, not
 * copies; hashes of in-between levels are recomputed (at most 127 node hashes each).
 */
export function tileReader(getTile: (tileLevel: number, tileIndex: number) => Uint8Array | undefined): HashReader {
  return {
    get(level, index) {
      const { tileLevel, tileIndex, offset, count } = tileForHash(level, index);
      const data = getTile(tileLevel, tileIndex);
      if (data === undefined || data.length < (offset + count) * HASH_SIZE) {
        throw new RangeError(`hash at level ${level} index ${index} is not in the tiles read (tile ${tileLevel}/${tileIndex})`);
      }
      const at = (i: number) => Buffer.from(data.buffer, data.byteOffset + i * HASH_SIZE, HASH_SIZE);
      if (count === 1) return at(offset);
      let row: Buffer[] = [];
      for (let i = 0; i < count; i += 2) row.push(nodeHash(at(offset + i), at(offset + i + 1)));
      while (row.length > 1) {
        const next: Buffer[] = [];
        for (let i = 0; i < row.length; i += 2) next.push(nodeHash(row[i], row[i + 1]));
        row = next;
      }
      return row[0];
    },
  };
}

/**
 * The tlog-tiles path of a tile below `tile/`: `<L>/<N>` or `<L>/<N>.p/<W>` for a partial tile,
 * where N is split into zero-padded 3-digit elements, all but the last prefixed with `x`
 * (index 1234067 is `x001/x234/067`).
 */
export function formatTilePath(tileLevel: number, tileIndex: number, width: number = TILE_WIDTH): string {
  assertCount(tileLevel, 'tile level');
  if (tileLevel > 63) throw new RangeError('tile level must be at most 63');
  if (!Number.isInteger(width) || width < 1 || width > TILE_WIDTH) throw new RangeError('tile width must be 1..256');
  return `${tileLevel}/${formatTileIndex(tileIndex)}${width < TILE_WIDTH ? `.p/${width}` : ''}`;
}

/** The tlog-tiles encoding of a tile index (also used by entry bundles, `tile/entries/<N>`). */
export function formatTileIndex(tileIndex: number): string {
  assertCount(tileIndex, 'tile index');
  const groups: string[] = [];
  let n = tileIndex;
  do {
    groups.unshift(String(n % 1000).padStart(3, '0'));
    n = Math.floor(n / 1000);
  } while (n > 0);
  return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
}

const TILE_PATH = /^(0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/;

/**
 * Parses what {@link formatTilePath} makes; returns null for anything else, including
 * non-canonical forms (leading zeroes, level above 63, width 256 or more, needless `x000/`).
 */
export function parseTilePath(path: string): (TileId & { width: number }) | null {
  const m = TILE_PATH.exec(path);
  if (m === null) return null;
  const tileLevel = Number(m[1]);
  const width = m[3] === undefined ? TILE_WIDTH : Number(m[3]);
  if (tileLevel > 63 || width >= TILE_WIDTH + (m[3] === undefined ? 1 : 0)) return null;
  const digits = m[2].replaceAll('x', '').replaceAll('/', '');
  const tileIndex = Number(digits);
  if (!Number.isSafeInteger(tileIndex) || formatTileIndex(tileIndex) !== m[2]) return null;
  return { tileLevel, tileIndex, width };
}
