/**
 * Inclusion and consistency proofs of RFC 9162 §2.1.3 and §2.1.4, generated from stored
 * perfect-subtree hashes (see `tree.ts`) and verified exactly as the RFC's algorithms say.
 *
 * Generation is split in two so the storage layer can read everything in one query:
 * `neededForInclusion` / `neededForConsistency` list the stored hashes a proof uses,
 * the storage layer fetches the tiles holding them, and `inclusionProof` /
 * `consistencyProof` compute the proof from those through a synchronous {@link HashReader}.
 */
import { HASH_SIZE, emptyRoot, nodeHash } from './hasher.ts';
import { type HashReader, type NodeId, assertCount, rangeNodes, splitPoint, subtreeHash } from './tree.ts';

/** A subtree D[begin:end] whose MTH is one element of a proof. */
type Range = readonly [begin: number, end: number];

/**
 * The subtrees whose hashes form PATH(index, D[size]) (RFC 9162 §2.1.3.1), in proof order
 * (nearest the leaf first). Walks the RFC recursion top-down, then reverses.
 */
function inclusionRanges(index: number, size: number): Range[] {
  assertCount(index, 'index');
  assertCount(size, 'size');
  if (index >= size) throw new RangeError(`index ${index} is not in a tree of size ${size}`);
  const out: Range[] = [];
  let lo = 0;
  let hi = size;
  while (hi - lo > 1) {
    const k = splitPoint(hi - lo);
    if (index < lo + k) {
      out.push([lo + k, hi]); // PATH(m, D[0:k]) : MTH(D[k:n])
      hi = lo + k;
    } else {
      out.push([lo, lo + k]); // PATH(m - k, D[k:n]) : MTH(D[0:k])
      lo += k;
    }
  }
  return out.reverse();
}

/**
 * The subtrees whose hashes form PROOF(m, D[n]) = SUBPROOF(m, D[n], true)
 * (RFC 9162 §2.1.4.1), in proof order, for 0 < m < n.
 */
function consistencyRanges(m: number, n: number): Range[] {
  const out: Range[] = [];
  let lo = 0;
  let hi = n;
  let complete = true; // the RFC's b: whether D[lo:hi]'s left part is the whole old tree
  for (;;) {
    if (m === hi) {
      // SUBPROOF(m, D[m], b) = {} if b, else {MTH(D[m])}
      if (!complete) out.push([lo, hi]);
      break;
    }
    const k = splitPoint(hi - lo);
    if (m <= lo + k) {
      out.push([lo + k, hi]); // SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
      hi = lo + k;
    } else {
      out.push([lo, lo + k]); // SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
      lo += k;
      complete = false;
    }
  }
  return out.reverse();
}

function checkSizes(m: number, n: number): void {
  assertCount(m, 'old size');
  assertCount(n, 'new size');
  if (m > n) throw new RangeError(`old size ${m} exceeds new size ${n}`);
}

/** The stored hashes the inclusion proof of leaf `index` in a tree of `size` leaves is computed from. */
export function neededForInclusion(index: number, size: number): NodeId[] {
  return inclusionRanges(index, size).flatMap(([b, e]) => rangeNodes(b, e));
}

/** The stored hashes the consistency proof from size `m` to size `n` is computed from (none if m is 0 or n). */
export function neededForConsistency(m: number, n: number): NodeId[] {
  checkSizes(m, n);
  if (m === 0 || m === n) return [];
  return consistencyRanges(m, n).flatMap(([b, e]) => rangeNodes(b, e));
}

/** The audit path of leaf `index` in the tree of `size` leaves, RFC 9162 §2.1.3.1. */
export function inclusionProof(index: number, size: number, reader: HashReader): Buffer[] {
  return inclusionRanges(index, size).map(([b, e]) => subtreeHash(b, e, reader));
}

/**
 * The consistency proof between the trees of `m` and `n` leaves, RFC 9162 §2.1.4.1.
 * Empty when m is 0 or m = n (nothing to prove).
 */
export function consistencyProof(m: number, n: number, reader: HashReader): Buffer[] {
  checkSizes(m, n);
  if (m === 0 || m === n) return [];
  return consistencyRanges(m, n).map(([b, e]) => subtreeHash(b, e, reader));
}

const isHash = (h: Uint8Array): boolean => h.length === HASH_SIZE;
const sameHash = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;
const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;
const odd = (x: number): boolean => x % 2 === 1;
const half = (x: number): number => Math.floor(x / 2);

/**
 * Verifies an inclusion proof, following RFC 9162 §2.1.3.2 step by step. Returns false
 * (never throws) for any malformed input: a size or index that is not a safe integer,
 * a hash that is not 32 bytes, or a path of the wrong length.
 */
export function verifyInclusion(leafHash: Uint8Array, index: number, size: number, path: readonly Uint8Array[], root: Uint8Array): boolean {
  // 1. If leaf_index >= tree_size, fail.
  if (!isCount(index) || !isCount(size) || index >= size) return false;
  if (!isHash(leafHash) || !isHash(root) || !path.every(isHash)) return false;
  // 2. Set fn to leaf_index and sn to tree_size - 1.  3. Set r to hash.
  let fn = index;
  let sn = size - 1;
  let r: Uint8Array = leafHash;
  // 4. For each value p in the inclusion_path array:
  for (const p of path) {
    // a. If sn is 0, then stop the iteration and fail the proof verification.
    if (sn === 0) return false;
    // b. If LSB(fn) is set, or if fn is equal to sn, then:
    if (odd(fn) || fn === sn) {
      // i. Set r to HASH(0x01 || p || r).
      r = nodeHash(p, r);
      // ii. If LSB(fn) is not set, then right-shift both fn and sn equally
      //     until either LSB(fn) is set or fn is 0.
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      // Otherwise: Set r to HASH(0x01 || r || p).
      r = nodeHash(r, p);
    }
    // c. Finally, right-shift both fn and sn one time.
    fn = half(fn);
    sn = half(sn);
  }
  // 5. Compare sn to 0. Compare r against the root_hash.
  return sn === 0 && sameHash(r, root);
}

/**
 * Verifies a consistency proof, following RFC 9162 §2.1.4.2 step by step for 0 < m < n.
 * The RFC's algorithm assumes that range; at its edges this does what
 * transparency-dev/merkle does: m = n is consistent iff the proof is empty and the roots
 * are equal; m = 0 is consistent iff the proof is empty (every tree extends the empty
 * tree), and here the old root must also be the empty-tree hash. Returns false (never
 * throws) for malformed input.
 */
export function verifyConsistency(m: number, n: number, path: readonly Uint8Array[], oldRoot: Uint8Array, newRoot: Uint8Array): boolean {
  if (!isCount(m) || !isCount(n) || m > n) return false;
  if (!isHash(oldRoot) || !isHash(newRoot) || !path.every(isHash)) return false;
  if (m === n) return path.length === 0 && sameHash(oldRoot, newRoot);
  if (m === 0) return path.length === 0 && sameHash(oldRoot, emptyRoot);
  // 1. If consistency_path is an empty array, stop and fail the proof verification.
  if (path.length === 0) return false;
  // 2. If first is an exact power of 2, then prepend first_hash to the consistency_path array.
  const proof = isPowerOfTwo(m) ? [oldRoot, ...path] : path;
  // 3. Set fn to first - 1 and sn to second - 1.
  let fn = m - 1;
  let sn = n - 1;
  // 4. If LSB(fn) is set, then right-shift both fn and sn equally until LSB(fn) is not set.
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  // 5. Set both fr and sr to the first value in the consistency_path array.
  const [first, ...rest] = proof;
  if (first === undefined) return false; // cannot happen: step 1 failed an empty path
  let fr: Uint8Array = first;
  let sr: Uint8Array = first;
  // 6. For each subsequent value c in the consistency_path array:
  for (const c of rest) {
    // a. If sn is 0, then stop the iteration and fail the proof verification.
    if (sn === 0) return false;
    // b. If LSB(fn) is set, or if fn is equal to sn, then:
    if (odd(fn) || fn === sn) {
      // i. Set fr to HASH(0x01 || c || fr).  ii. Set sr to HASH(0x01 || c || sr).
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      // iii. If LSB(fn) is not set, then right-shift both fn and sn equally
      //      until either LSB(fn) is set or fn is 0.
      while (!odd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      // Otherwise: Set sr to HASH(0x01 || sr || c).
      sr = nodeHash(sr, c);
    }
    // c. Finally, right-shift both fn and sn one time.
    fn = half(fn);
    sn = half(sn);
  }
  // 7. Verify that fr equals first_hash, sr equals second_hash, and sn is 0.
  return sn === 0 && sameHash(fr, oldRoot) && sameHash(sr, newRoot);
}

function isPowerOfTwo(x: number): boolean {
  while (x > 1 && x % 2 === 0) x /= 2;
  return x === 1;
}
