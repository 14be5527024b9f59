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
import { HASH_SIZE, emptyRoot, leafHash, nodeHash } from './hasher.ts';

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
  if (hashes.length === 0) throw new RangeError('foldRight needs at least one hash');
  let h = hashes[hashes.length - 1];
  for (let i = hashes.length - 2; i >= 0; i--) h = nodeHash(hashes[i], h);
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
 * the database-backed log keeps only a {@link Frontier} and writes the emitted hashes to tiles.
 */
export class MerkleTree implements HashReader {
  readonly #levels: Buffer[][] = [[]];

  /** Number of leaves. */
  get size(): number {
    return this.#levels[0].length;
  }

  /** Appends a leaf by its leaf hash (kept as given, not copied) and returns its index. */
  append(leaf: Buffer): number {
    assertHash(leaf, 'leaf hash');
    const levels = this.#levels;
    const first = levels[0].length;
    levels[0].push(leaf);
    let h = leaf;
    let index = first;
    for (let level = 0; index % 2 === 1; level++) {
      h = nodeHash(levels[level][index - 1], h);
      index = (index - 1) / 2;
      (levels[level + 1] ??= []).push(h);
    }
    return first;
  }

  /** Appends a leaf by its data ({@link leafHash} is applied) and returns its index. */
  appendData(data: Uint8Array): number {
    return this.append(leafHash(data));
  }

  /** Whether the hash at (level, index) is complete in this tree. */
  has(level: number, index: number): boolean {
    return this.#levels[level]?.[index] !== undefined;
  }

  get(level: number, index: number): Buffer {
    const h = this.#levels[level]?.[index];
    if (h === undefined) throw new RangeError(`no hash at level ${level} index ${index} (size ${this.size})`);
    return h;
  }

  /** Root hash at `size` (default: the current size). */
  root(size: number = this.size): Buffer {
    if (size > this.size) throw new RangeError(`size ${size} beyond tree size ${this.size}`);
    return rootHash(size, this);
  }
}

/** Receives every hash an append completes, leaf first, then upward. */
export type EmitHash = (level: number, index: number, hash: Buffer) => void;

/**
 * The right edge of a tree (a "compact range" over [0, size)): one perfect-subtree hash
 * per set bit of `size`, which is all it takes to append and to compute the root.
 * The storage layer restores it from the hashes {@link neededForRoot} lists, appends a
 * batch, and persists what `emit` reports (only levels that are multiples of 8 go into
 * tiles; see `tiles.ts`).
 */
export class Frontier {
  #size: number;
  /** Highest level first, as {@link rangeNodes}(0, size) lists them. */
  readonly #hashes: Buffer[];

  private constructor(size: number, hashes: Buffer[]) {
    this.#size = size;
    this.#hashes = hashes;
  }

  /** The frontier of the empty tree. */
  static empty(): Frontier {
    return new Frontier(0, []);
  }

  /** The frontier of a tree of `size` leaves, read from stored hashes. */
  static fromReader(size: number, reader: HashReader): Frontier {
    const hashes = neededForRoot(size).map((n) => reader.get(n.level, n.index));
    hashes.forEach((h) => assertHash(h, 'stored hash'));
    return new Frontier(size, hashes);
  }

  get size(): number {
    return this.#size;
  }

  /** The hashes held, with their coordinates, highest level first. */
  nodes(): Array<NodeId & { hash: Buffer }> {
    return neededForRoot(this.#size).map((n, i) => ({ ...n, hash: this.#hashes[i] }));
  }

  /** Appends one leaf hash; `emit` sees the leaf and every node hash this completes. */
  append(leaf: Buffer, emit?: EmitHash): void {
    assertHash(leaf, 'leaf hash');
    let index = this.#size;
    let h = leaf;
    emit?.(0, index, h);
    for (let level = 1; index % 2 === 1; level++) {
      h = nodeHash(this.#hashes.pop()!, h);
      index = (index - 1) / 2;
      emit?.(level, index, h);
    }
    this.#hashes.push(h);
    this.#size++;
  }

  /** MTH of the current tree. */
  root(): Buffer {
    return this.#size === 0 ? emptyRoot : foldRight(this.#hashes);
  }
}
