import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { assert, describe, expect, it } from 'vitest';
import { emptyRoot, leafHash, nodeHash } from './hasher.ts';
import { referenceTree } from './reference.ts';
import { MerkleTree, completeAt, foldRight, neededForRoot, rangeNodes, rootHash, splitPoint, subtreeHash, type NodeId } from './tree.ts';

const vectors = JSON.parse(readFileSync(new URL('./testdata/rfc6962-vectors.json', import.meta.url), 'utf8')) as {
  leaves: string[];
  roots: string[];
};
const testLeaves = vectors.leaves.map((l) => leafHash(Buffer.from(l, 'hex')));

/** Distinct leaf hashes for a tree of `n` leaves, cheap to make. */
function leavesOf(n: number, salt = 0): Buffer[] {
  const out: Buffer[] = [];
  const b = Buffer.alloc(8);
  for (let i = 0; i < n; i++) {
    b.writeUInt32BE(salt, 0);
    b.writeUInt32BE(i, 4);
    out.push(leafHash(b));
  }
  return out;
}

function treeOf(leaves: Buffer[]): MerkleTree {
  const t = new MerkleTree();
  for (const l of leaves) t.append(l);
  return t;
}

const ids = (pairs: Array<[number, number]>): NodeId[] => pairs.map(([level, index]) => ({ level, index }));

describe('splitPoint', () => {
  it('is the largest power of two strictly below n', () => {
    expect([2, 3, 4, 5, 8, 9, 1000, 2 ** 40 + 1].map(splitPoint)).toEqual([1, 2, 2, 4, 4, 8, 512, 2 ** 40]);
    expect(() => splitPoint(1)).toThrow(RangeError);
  });
});

describe('completeAt', () => {
  it('counts the complete hashes of a level', () => {
    expect(completeAt(0, 7)).toBe(7);
    expect(completeAt(1, 7)).toBe(3);
    expect(completeAt(3, 7)).toBe(0);
    expect(completeAt(8, 70_000)).toBe(273);
  });
});

describe('rangeNodes', () => {
  it('decomposes a subtree into perfect subtrees, largest first', () => {
    expect(rangeNodes(0, 7)).toEqual(
      ids([
        [2, 0],
        [1, 2],
        [0, 6],
      ]),
    );
    expect(rangeNodes(4, 7)).toEqual(
      ids([
        [1, 2],
        [0, 6],
      ]),
    );
    expect(rangeNodes(8, 16)).toEqual(ids([[3, 1]]));
    expect(rangeNodes(0, 95)).toEqual(
      ids([
        [6, 0],
        [4, 4],
        [3, 10],
        [2, 22],
        [1, 46],
        [0, 94],
      ]),
    );
    expect(rangeNodes(3, 3)).toEqual([]);
  });

  it('handles indices past 2^32 without 32-bit overflow', () => {
    const big = 2 ** 40;
    expect(rangeNodes(big, big + 3)).toEqual(
      ids([
        [1, big / 2],
        [0, big + 2],
      ]),
    );
    expect(neededForRoot(2 ** 33 + 1)).toEqual(
      ids([
        [33, 0],
        [0, 2 ** 33],
      ]),
    );
  });

  it('rejects ranges that are not RFC 9162 subtrees', () => {
    expect(() => rangeNodes(1, 3)).toThrow(RangeError);
    expect(() => rangeNodes(2, 6)).toThrow(RangeError);
    expect(() => rangeNodes(5, 4)).toThrow(RangeError);
    expect(() => rangeNodes(-1, 4)).toThrow(RangeError);
    expect(() => rangeNodes(0, 2 ** 53)).toThrow(RangeError);
  });
});

describe('foldRight', () => {
  it('folds right to left', () => {
    const [a, b, c] = testLeaves;
    assert(a && b && c, 'the test tree has three leaves or more');
    expect(foldRight([a]).equals(a)).toBe(true);
    expect(foldRight([a, b, c]).equals(nodeHash(a, nodeHash(b, c)))).toBe(true);
    expect(() => foldRight([])).toThrow(RangeError);
  });
});

describe('MerkleTree', () => {
  it('gives the RFC 6962 test tree roots for sizes 0..8', () => {
    const t = new MerkleTree();
    expect(t.root().equals(emptyRoot)).toBe(true);
    testLeaves.forEach((l, i) => {
      expect(t.append(l)).toBe(i);
      expect(t.root().toString('hex')).toBe(vectors.roots[i]);
    });
    for (let size = 1; size <= 8; size++) expect(t.root(size).toString('hex')).toBe(vectors.roots[size - 1]);
    expect(t.get(3, 0).toString('hex')).toBe(vectors.roots[7]);
  });

  it('appendData hashes the leaf bytes', () => {
    const t = new MerkleTree();
    for (const l of vectors.leaves) t.appendData(Buffer.from(l, 'hex'));
    expect(t.root().toString('hex')).toBe(vectors.roots[7]);
  });

  it('stores exactly the complete perfect subtrees', () => {
    const t = treeOf(leavesOf(7));
    expect(t.has(1, 2)).toBe(true);
    expect(t.has(1, 3)).toBe(false);
    expect(t.has(2, 1)).toBe(false);
    expect(() => t.get(1, 3)).toThrow(RangeError);
    expect(() => t.root(8)).toThrow(RangeError);
    expect(() => t.append(Buffer.alloc(31))).toThrow(RangeError);
  });

  it('agrees with the reference MTH for every past size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.nat(), (n, salt) => {
        const leaves = leavesOf(n, salt);
        const t = treeOf(leaves);
        const ref = referenceTree(leaves);
        for (let m = 0; m <= n; m += Math.max(1, Math.floor(n / 50))) expect(t.root(m).equals(ref.mth(0, m))).toBe(true);
        expect(t.root().equals(ref.mth())).toBe(true);
        // Every stored hash is the MTH of its perfect subtree.
        for (let level = 0; 2 ** level <= n; level++) {
          const w = 2 ** level;
          for (let i = 0; (i + 1) * w <= n; i += Math.max(1, Math.floor(n / w / 20))) {
            expect(t.get(level, i).equals(ref.mth(i * w, (i + 1) * w))).toBe(true);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('subtreeHash / rootHash / neededForRoot', () => {
  it('compute roots of any size from stored hashes only', () => {
    const leaves = leavesOf(300);
    const t = treeOf(leaves);
    const ref = referenceTree(leaves);
    for (const n of [1, 2, 3, 7, 8, 9, 255, 256, 257, 299, 300]) {
      const needed = neededForRoot(n);
      // Read only the listed hashes.
      const only = new Map(needed.map((id) => [`${id.level}/${id.index}`, t.get(id.level, id.index)]));
      const reader = { get: (l: number, i: number) => only.get(`${l}/${i}`) ?? expect.fail(`unlisted ${l}/${i}`) };
      expect(rootHash(n, reader).equals(ref.mth(0, n))).toBe(true);
      expect(needed.length).toBe(n.toString(2).replaceAll('0', '').length);
    }
    expect(rootHash(0, t).equals(emptyRoot)).toBe(true);
    expect(subtreeHash(256, 300, t).equals(ref.mth(256, 300))).toBe(true);
    expect(() => subtreeHash(4, 4, t)).toThrow(RangeError);
  });
});
