/**
 * How Concord stores the Merkle tree: one row per C2SP tlog-tiles tile
 * (height 8). A tile at tile level T, index K covers the 256 hashes of tree
 * level 8T with indices K·256 … K·256+255. Its row holds those base hashes
 * and, above them, the interior hashes of their subtree (in-tile levels 1…8:
 * 128+64+…+1), 511 slots of 32 bytes, so that a proof reads at most one row
 * per tile level and hashes nothing it has read. (C2SP recomputes the
 * interior levels from the base hashes; storing them trades 2× space for
 * proofs without hashing.) The in-tile level 8 slot is the base hash the
 * tile contributes to tile level T+1.
 */
import { HASH_SIZE, nodeHash } from './hasher.ts';

export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 256;
export const TILE_SLOTS = 511;

/** Offset (in hashes) of in-tile level k (0…8) within a row's slots. */
export const levelOffset = (k: number) => 512 - (512 >> k);

export interface TileRow {
  tileLevel: number;
  tileIndex: number;
  /** Number of base hashes present (0…256). */
  width: number;
  /** TILE_SLOTS × 32 bytes; zero where a hash is not complete yet. */
  nodes: Buffer;
}

export const emptyTileRow = (tileLevel: number, tileIndex: number): TileRow => ({
  tileLevel,
  tileIndex,
  width: 0,
  nodes: Buffer.alloc(TILE_SLOTS * HASH_SIZE),
});

export const tileKey = (tileLevel: number, tileIndex: number) => `${tileLevel}/${tileIndex}`;

/** Where the hash of tree level `level`, index `index` lives: its row and slot. */
export function locate(level: number, index: number) {
  const tileLevel = Math.floor(level / TILE_HEIGHT);
  const k = level % TILE_HEIGHT;
  const perTile = TILE_WIDTH >> k;
  const position = index % perTile;
  return { tileLevel, tileIndex: Math.floor(index / perTile), k, position, slot: levelOffset(k) + position };
}

/** True when the row holds the complete hash at in-tile level k, position p. */
export const rowHas = (row: TileRow, k: number, p: number) => (p + 1) * (1 << k) <= row.width;

export const readSlot = (row: TileRow, slot: number) => row.nodes.subarray(slot * HASH_SIZE, (slot + 1) * HASH_SIZE);

/**
 * A tile row an append changed: its new state and the width it had before, which the writer
 * already stored (0: the row is new). Only the slots between the two widths changed.
 */
export interface TileChange {
  row: TileRow;
  fromWidth: number;
}

/**
 * The byte ranges of a row's `nodes` that differ between widths `from` and `to` (from < to): at
 * in-tile level k the complete hashes are positions 0 … (width >> k) − 1, so the new ones form one
 * run per level, at most nine runs. Writing only these (a leaf and the interior hashes it
 * completes, 64 bytes on average for one append) instead of the row's 16,352 bytes is what makes a
 * single append cheap.
 */
export function changedRanges(from: number, to: number): { offset: number; length: number }[] {
  const ranges: { offset: number; length: number }[] = [];
  for (let k = 0; k <= TILE_HEIGHT; k++) {
    const first = from >> k;
    const end = to >> k;
    if (end > first) ranges.push({ offset: (levelOffset(k) + first) * HASH_SIZE, length: (end - first) * HASH_SIZE });
  }
  return ranges;
}

/**
 * The right edge of the tree: the last (partial) row of each tile level,
 * which appends fill. An append costs one leaf write plus one node hash per
 * subtree it completes: O(1) amortized, O(log n) at worst.
 */
export class TileEdge {
  /** Rows touched since the last {@link takeChanges}, with the width each had then. */
  private dirty = new Map<string, TileChange>();
  constructor(
    public size: number,
    private readonly edge: TileRow[],
  ) {}

  /** The rows that make up the right edge of a tree of `size` leaves. */
  static edgeRows(size: number): { tileLevel: number; tileIndex: number }[] {
    const rows = [{ tileLevel: 0, tileIndex: Math.floor(size / TILE_WIDTH) }];
    for (let t = 1, n = Math.floor(size / TILE_WIDTH); n > 0; t++, n = Math.floor(n / TILE_WIDTH)) {
      rows.push({ tileLevel: t, tileIndex: Math.floor(n / TILE_WIDTH) });
    }
    return rows;
  }

  append(leaf: Buffer): void {
    this.setBase(0, this.size, leaf);
    this.size++;
  }

  private setBase(tileLevel: number, position: number, hash: Buffer): void {
    const tileIndex = Math.floor(position / TILE_WIDTH);
    let row = this.edge[tileLevel];
    if (!row || row.tileIndex !== tileIndex) row = this.edge[tileLevel] = emptyTileRow(tileLevel, tileIndex);
    const key = tileKey(tileLevel, tileIndex);
    if (!this.dirty.has(key)) this.dirty.set(key, { row, fromWidth: row.width });
    const p = position % TILE_WIDTH;
    hash.copy(row.nodes, p * HASH_SIZE);
    row.width = p + 1;
    // Complete every interior node whose right-most leaf this is.
    for (let k = 1, q = p; k <= TILE_HEIGHT && q % 2 === 1; k++, q >>= 1) {
      const left = readSlot(row, levelOffset(k - 1) + q - 1);
      const right = readSlot(row, levelOffset(k - 1) + q);
      const parent = nodeHash(left, right);
      parent.copy(row.nodes, (levelOffset(k) + (q >> 1)) * HASH_SIZE);
      if (k === TILE_HEIGHT) this.setBase(tileLevel + 1, tileIndex, parent);
    }
  }

  /** Rows changed since the last call, each with the width it had before; the caller writes them. */
  takeChanges(): TileChange[] {
    const changes = [...this.dirty.values()];
    this.dirty = new Map();
    return changes;
  }

  /** Rows changed since the last call, whole (see {@link takeChanges} for what changed in them). */
  takeDirty(): TileRow[] {
    return this.takeChanges().map((c) => c.row);
  }
}
