/**
 * A deliberately naive Merkle tree over a full list of leaf hashes: the recursive
 * definitions of RFC 9162 §2.1.1 (MTH), §2.1.3.1 (PATH) and §2.1.4.1 (PROOF/SUBPROOF)
 * transcribed as written. Tests cross-check the tiled, incremental implementation
 * against it; production code must not use it (it needs every leaf).
 *
 * MTH results are memoised per subtree so a test can ask for every proof of a
 * few-thousand-leaf tree; that changes the cost, not the definition.
 */
import { emptyRoot, nodeHash } from './hasher.ts';

export type ReferenceTree = {
  /** MTH(D[begin:end]). */
  mth(begin?: number, end?: number): Buffer;
  /** PATH(m, D[n]) for n = `size` (default all leaves). */
  path(m: number, size?: number): Buffer[];
  /** PROOF(m, D[n]) for n = `size` (default all leaves). */
  proof(m: number, size?: number): Buffer[];
};

/** Builds the reference tree over `leaves` (leaf hashes, i.e. MTH({d(i)}) already applied). */
export function referenceTree(leaves: readonly Buffer[]): ReferenceTree {
  const memo = new Map<string, Buffer>();

  // MTH(D[n]): MTH({}) = SHA-256(); MTH({d}) = leaf hash;
  // MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n])), k the largest power of two < n.
  function mth(begin = 0, end = leaves.length): Buffer {
    const n = end - begin;
    if (n === 0) return emptyRoot;
    if (n === 1) {
      const leaf = leaves[begin];
      if (leaf === undefined) throw new RangeError(`no leaf ${begin} among ${leaves.length}`);
      return leaf;
    }
    const key = `${begin}:${end}`;
    let h = memo.get(key);
    if (h === undefined) {
      const k = largestPowerOfTwoBelow(n);
      h = nodeHash(mth(begin, begin + k), mth(begin + k, end));
      memo.set(key, h);
    }
    return h;
  }

  // PATH(m, {d(0)}) = {}
  // PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n])      for m < k
  // PATH(m, D[n]) = PATH(m - k, D[k:n]) : MTH(D[0:k])  for m >= k
  function path(m: number, begin: number, end: number): Buffer[] {
    const n = end - begin;
    if (n === 1) return [];
    const k = largestPowerOfTwoBelow(n);
    if (m < k) return [...path(m, begin, begin + k), mth(begin + k, end)];
    return [...path(m - k, begin + k, end), mth(begin, begin + k)];
  }

  // SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])}
  // SUBPROOF(m, D[n], b) = SUBPROOF(m, D[0:k], b) : MTH(D[k:n])           for m <= k
  // SUBPROOF(m, D[n], b) = SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])   for m > k
  function subproof(m: number, begin: number, end: number, b: boolean): Buffer[] {
    const n = end - begin;
    if (m === n) return b ? [] : [mth(begin, end)];
    const k = largestPowerOfTwoBelow(n);
    if (m <= k) return [...subproof(m, begin, begin + k, b), mth(begin + k, end)];
    return [...subproof(m - k, begin + k, end, false), mth(begin, begin + k)];
  }

  return {
    mth,
    path: (m, size = leaves.length) => {
      if (!(m >= 0 && m < size && size <= leaves.length)) throw new RangeError('PATH: need 0 <= m < n');
      return path(m, 0, size);
    },
    // PROOF(m, D[n]) = SUBPROOF(m, D[n], true), defined for 0 < m < n.
    proof: (m, size = leaves.length) => {
      if (!(m > 0 && m < size && size <= leaves.length)) throw new RangeError('PROOF: need 0 < m < n');
      return subproof(m, 0, size, true);
    },
  };
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
