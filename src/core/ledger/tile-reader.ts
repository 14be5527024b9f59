import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { readTiles } from './log.repository.ts';
import { locate, readSlot, rowHas, tileKey, type TileRow } from './tile-rows.ts';
import type { HashReader, NodeId } from './tree.ts';

/**
 * Committed tiles only ever gain hashes (the log is append-only), so a tile
 * read once stays true for every node it holds. Up to this many are kept per
 * database, the upper levels among them, which nearly every proof touches.
 */
const MAX_CACHED_TILES = 4096;
const caches = new WeakMap<Db, Map<string, TileRow>>();

/** A HashReader over tiles fetched for a known list of nodes. */
class TileReader implements HashReader {
  constructor(private readonly tiles: Map<string, TileRow>) {}
  get(level: number, index: number): Buffer {
    const { tileLevel, tileIndex, slot, k, position } = locate(level, index);
    const tile = this.tiles.get(tileKey(tileLevel, tileIndex));
    if (!tile || !rowHas(tile, k, position)) throw new RangeError(`hash ${level}/${index} is not in the log`);
    return readSlot(tile, slot);
  }
}

const holds = (tiles: Map<string, TileRow>, node: NodeId) => {
  const { tileLevel, tileIndex, k, position } = locate(node.level, node.index);
  const tile = tiles.get(tileKey(tileLevel, tileIndex));
  return tile !== undefined && rowHas(tile, k, position);
};

/**
 * Fetches, in at most one query, the tiles holding `nodes` (from the cache
 * where it already holds them) and returns a reader over them. Throws
 * `beyond_tree` when a node is not in the committed log, i.e. the size asked
 * for is larger than the tree.
 */
export async function readerFor(db: Db, nodes: NodeId[]): Promise<HashReader> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, TileRow>()));
  const missing = new Map<string, { tileLevel: number; tileIndex: number }>();
  for (const node of nodes) {
    if (holds(cache, node)) continue;
    const { tileLevel, tileIndex } = locate(node.level, node.index);
    missing.set(tileKey(tileLevel, tileIndex), { tileLevel, tileIndex });
  }
  if (missing.size > 0) {
    if (cache.size + missing.size > MAX_CACHED_TILES) cache.clear();
    for (const tile of await readTiles(db, [...missing.values()])) cache.set(tileKey(tile.tileLevel, tile.tileIndex), tile);
  }
  for (const node of nodes) {
    if (!holds(cache, node)) throw new AppError('beyond_tree', 'the requested size or index is beyond the log', { status: 400 });
  }
  return new TileReader(cache);
}
