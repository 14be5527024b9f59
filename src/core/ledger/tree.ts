/**
 * The ledger's Merkle tree (RFC 9162 §2.1.1) addressed as C2SP tlog-tiles addresses it:
 * the hash at level L, index N is the root of the perfect subtree over the 2^L leaves
 * D[N·2^L : (N+1)·2^L]. Level 0 holds the leaf hashes. Only such perfect-subtree hashes
 * are ever stored; the root of any other RFC 9162 subtree (the right edge of a tree whose
 * size is not a power of two) is recomputed from at most log2(n) of them.
 *
 * Sizes and indices are JavaScript numbers and must be safe integers (< 2^53); the code
 * uses arithmetic, not 32-bit bitwise operators, so it stays correct past 2^31 leaves.
 */
import { HASH_SIZE, emptyRoot, leafHashInto, nodeHash, nodeHashInto } from './hasher.ts';

/** Coordinates of one stored hash: the perfect subtree of 2^level leaves starting at index·2^level. */
export type NodeId = { level: number; index: number };

/**
 * Synchronous access to stored perfect-subtree hashes that have already been fetched
 * (from memory, or from tiles the storage layer read in one query). `get` throws if
 * the hash is not available: proofs ask only for what `needed*` listed.
 */
export interface HashReader {
  get(level: number, index: number): Buffer;
}

/** Throws unless `n` is a non-negative safe integer. */
export function assertCount(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative safe integer, got ${n}`);
}

/**
 * The split point of RFC 9162 §2.1.1: the largest power of two strictly smaller than n
 * (n ≥ 2). MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n])).
 */
export function splitPoint(n: number): number {
  if (!(n >= 2)) throw new RangeError(`splitPoint needs n >= 2, got ${n}`);
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Number of complete (stored) hashes at `level` in a tree of `size` leaves: ⌊size / 2^level⌋. */
export function completeAt(level: number, size: number): number {
  return Math.floor(size / 2 ** level);
}

/**
 * The perfect subtrees whose hashes make up MTH(D[begin:end]), in order left to right
 * (so by decreasing level): the binary decomposition of end − begin. `begin` must be a
 * multiple of the first (largest) piece, which holds for every subtree the RFC 9162
 * recursion visits. Empty for an empty range.
 */
export function rangeNodes(begin: number, end: number): NodeId[] {
  assertCount(begin, 'begin');
  assertCount(end, 'end');
  if (end < begin) throw new RangeError(`range [${begin}, ${end}) is reversed`);
  const out: NodeId[] = [];
  let width = 1;
  let level = 0;
  while (width * 2 <= end - begin) {
    width *= 2;
    level++;
  }
  if (end > begin && begin % width !== 0) {
    throw new RangeError(`range [${begin}, ${end}) is not a subtree of an RFC 9162 tree`);
  }
  let at = begin;
  for (; at < end; level--, width /= 2) {
    if (at + width <= end) {
      out.push({ level, index: at / width });
      at += width;
    }
  }
  return out;
}

/**
 * Folds perfect-subtree hashes given left to right (largest first, as {@link rangeNodes}
 * lists them) into the root of their RFC 9162 subtree, right to left:
 * h = hₖ; h = HASH(0x01 || hᵢ || h) for i = k−1 … 0. One hash returns itself; none throws.
 */
export function foldRight(hashes: readonly Buffer[]): Buffer {
  let h = hashes.at(-1);
  if (h === undefined) throw new RangeError('foldRight needs at least one hash');
  for (let i = hashes.length - 2; i >= 0; i--) h = nodeHash(hashes[i]!, h); // i is within 0 … length − 2
  return h;
}

/** MTH(D[begin:end]) (RFC 9162 §2.1.1) from stored hashes; see {@link rangeNodes} for the ranges allowed. */
export function subtreeHash(begin: number, end: number, reader: HashReader): Buffer {
  if (end === begin) throw new RangeError('subtreeHash of an empty range');
  return foldRight(rangeNodes(begin, end).map((n) => reader.get(n.level, n.index)));
}

/** The stored hashes the root of a tree of `size` leaves is computed from (its right edge). */
export function neededForRoot(size: number): NodeId[] {
  return rangeNodes(0, size);
}

/** MTH(D[size]), the root hash of the first `size` leaves; {@link emptyRoot} for size 0. */
export function rootHash(size: number, reader: HashReader): Buffer {
  assertCount(size, 'size');
  return size === 0 ? emptyRoot : subtreeHash(0, size, reader);
}

function assertHash(h: Uint8Array, what: string): void {
  if (h.length !== HASH_SIZE) throw new RangeError(`${what} must be a ${HASH_SIZE}-byte hash`);
}

/**
 * A whole Merkle tree held in memory: every perfect-subtree hash, level by level.
 * Appending costs one leaf hash plus on average one node hash (a node is completed
 * whenever its right child is), and any past root or proof can be read from it as a
 * {@link HashReader}. Good for tests, `concord log verify`, and logs that fit in memory;
 * a database-backed log needs only the right edge (`TileEdge` in tile-rows.ts) plus its tiles.
 *
 * Each level is one growing buffer of 32-byte slots rather than a Buffer object per hash:
 * siblings sit side by side, so a parent is hashed straight from its level's storage, and
 * the garbage collector sees a few large buffers instead of millions of small ones.
 */
export class MerkleTree implements HashReader {
  /** Per level: storage (capacity ≥ count·32) and number of complete hashes. */
  readonly #slabs: Buffer[] = [];
  readonly #counts: number[] = [];

  /** Number of leaves. */
  get size(): number {
    return this.#counts[0] ?? 0;
  }

  /** Appends a leaf by its leaf hash (copied in) and returns its index. */
  append(leaf: Uint8Array): number {
    assertHash(leaf, 'leaf hash');
    const index = this.size;
    this.#reserve(0).set(leaf, index * HASH_SIZE);
    return this.#completed(index);
  }

  /** Appends a leaf by its data (hashed with the 0x00 leaf prefix) and returns its index. */
  appendData(data: Uint8Array): number {
    const index = this.size;
    leafHashInto(data, this.#reserve(0), index * HASH_SIZE);
    return this.#completed(index);
  }

  /** Counts leaf `index` in and hashes every parent it completes. */
  #completed(index: number): number {
    this.#counts[0] = index + 1;
    for (let level = 0, i = index; i % 2 === 1; level++) {
      const parent = (i - 1) / 2;
      // Level `level` holds node i (its count is above i), so its slab exists.
      nodeHashInto(this.#slabs[level]!, (i - 1) * HASH_SIZE, this.#reserve(level + 1), parent * HASH_SIZE);
      this.#counts[level + 1] = parent + 1;
      i = parent;
    }
    return index;
  }

  /** Storage of `level` with room for one more hash. */
  #reserve(level: number): Buffer {
    const count = this.#counts[level] ?? 0;
    let slab = this.#slabs[level];
    if (slab === undefined || (count + 1) * HASH_SIZE > slab.length) {
      const bigger = Buffer.allocUnsafe(Math.max(64, (count + 1) * 2) * HASH_SIZE);
      slab?.copy(bigger, 0, 0, count * HASH_SIZE);
      this.#slabs[level] = slab = bigger;
      this.#counts[level] = count;
    }
    return slab;
  }

  /** Whether the hash at (level, index) is complete in this tree. */
  has(level: number, index: number): boolean {
    return Number.isInteger(index) && index >= 0 && index < (this.#counts[level] ?? 0);
  }

  /** The hash at (level, index), as a view into the tree's storage (do not modify it). */
  get(level: number, index: number): Buffer {
    if (!this.has(level, index)) throw new RangeError(`no hash at level ${level} index ${index} (size ${this.size})`);
    // has() found the level's count above `index`, and a level with a count has a slab.
    return this.#slabs[level]!.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }

  /** Root hash at `size` (default: the current size). */
  root(size: number = this.size): Buffer {
    if (size > this.size) throw new RangeError(`size ${size} beyond tree size ${this.size}`);
    return rootHash(size, this);
  }
}
