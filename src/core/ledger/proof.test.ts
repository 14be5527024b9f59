import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRoot, leafHash } from './hasher.ts';
import { consistencyProof, inclusionProof, neededForConsistency, neededForInclusion, verifyConsistency, verifyInclusion } from './proof.ts';
import { referenceTree } from './reference.ts';
import { MerkleTree, type HashReader, type NodeId } from './tree.ts';

const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8')) as T;

type Vectors = {
  leaves: string[];
  roots: string[];
  inclusion: Array<{ index: number; size: number; path: string[] }>;
  consistency: Array<{ size1: number; size2: number; path: string[] }>;
  inclusionNodes: Array<{ size: number; index: number; nodes: Array<[number, number]> }>;
  inclusionNodeErrors: Array<{ size: number; index: number }>;
  consistencyNodes: Array<{ size1: number; size2: number; nodes: Array<[number, number]> }>;
  consistencyNodeErrors: Array<{ size1: number; size2: number }>;
};
type InclusionProbe = {
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[];
  desc: string;
  wantErr: boolean;
};
type ConsistencyProbe = { size1: number; size2: number; root1: string; root2: string; proof: string[]; desc: string; wantErr: boolean };

const vectors = load<Vectors>('rfc6962-vectors.json');
const inclusionProbes = load<{ probes: InclusionProbe[] }>('inclusion-probes.json').probes;
const consistencyProbes = load<{ probes: ConsistencyProbe[] }>('consistency-probes.json').probes;

const hex = (s: string) => Buffer.from(s, 'hex');
const b64 = (s: string) => Buffer.from(s, 'base64');
const testTree = new MerkleTree();
for (const l of vectors.leaves) testTree.appendData(hex(l));

function leavesOf(n: number, salt: number): Buffer[] {
  const b = Buffer.alloc(8);
  return Array.from({ length: n }, (_, i) => {
    b.writeUInt32BE(salt, 0);
    b.writeUInt32BE(i, 4);
    return leafHash(b);
  });
}

function treeOf(leaves: Buffer[]): MerkleTree {
  const t = new MerkleTree();
  for (const l of leaves) t.append(l);
  return t;
}

/** A reader that serves only the listed hashes, to prove `needed*` lists everything a proof reads. */
function onlyReader(tree: MerkleTree, needed: NodeId[]): HashReader {
  const allowed = new Set(needed.map((n) => `${n.level}/${n.index}`));
  return {
    get(level, index) {
      if (!allowed.has(`${level}/${index}`)) throw new Error(`read unlisted hash ${level}/${index}`);
      return tree.get(level, index);
    },
  };
}

const flipBit = (h: Uint8Array, bit: number): Buffer => {
  const c = Buffer.from(h);
  c.writeUInt8(c.readUInt8(bit >> 3) ^ (1 << (bit & 7)), bit >> 3);
  return c;
};

/** Buffer-array equality; much faster than deep toEqual on thousands of proofs. */
const sameHashes = (a: Buffer[], b: Buffer[]) => a.length === b.length && Buffer.concat(a).equals(Buffer.concat(b));

const sortIds = (ids: NodeId[]) => [...ids].sort((a, b) => a.level - b.level || a.index - b.index);
const asIds = (pairs: Array<[number, number]>): NodeId[] => pairs.map(([level, index]) => ({ level, index }));

describe('inclusionProof', () => {
  it('reproduces the known RFC 6962 test tree audit paths', () => {
    for (const v of vectors.inclusion) {
      expect(inclusionProof(v.index, v.size, testTree).map((h) => h.toString('hex'))).toEqual(v.path);
    }
  });

  it('rejects an index outside the tree', () => {
    expect(() => inclusionProof(8, 8, testTree)).toThrow(RangeError);
    expect(() => inclusionProof(0, 0, testTree)).toThrow(RangeError);
    expect(() => inclusionProof(-1, 8, testTree)).toThrow(RangeError);
  });
});

describe('neededForInclusion', () => {
  it('lists the nodes transparency-dev/merkle lists (as a set)', () => {
    for (const v of vectors.inclusionNodes) {
      expect(sortIds(neededForInclusion(v.index, v.size)), `${v.index}@${v.size}`).toEqual(sortIds(asIds(v.nodes)));
    }
    for (const v of vectors.inclusionNodeErrors) expect(() => neededForInclusion(v.index, v.size)).toThrow(RangeError);
  });
});

describe('consistencyProof', () => {
  it('reproduces the known RFC 6962 test tree consistency proofs', () => {
    for (const v of vectors.consistency) {
      expect(consistencyProof(v.size1, v.size2, testTree).map((h) => h.toString('hex'))).toEqual(v.path);
    }
  });

  it('is empty from size 0 or to the same size, and refuses shrinking', () => {
    expect(consistencyProof(0, 8, testTree)).toEqual([]);
    expect(consistencyProof(5, 5, testTree)).toEqual([]);
    expect(() => consistencyProof(6, 5, testTree)).toThrow(RangeError);
  });
});

describe('neededForConsistency', () => {
  it('lists the nodes transparency-dev/merkle lists (as a set)', () => {
    for (const v of vectors.consistencyNodes) {
      expect(sortIds(neededForConsistency(v.size1, v.size2)), `${v.size1}->${v.size2}`).toEqual(sortIds(asIds(v.nodes)));
    }
    for (const v of vectors.consistencyNodeErrors) expect(() => neededForConsistency(v.size1, v.size2)).toThrow(RangeError);
    expect(neededForConsistency(0, 10)).toEqual([]);
  });
});

describe('verifyInclusion', () => {
  it('passes and fails the transparency-dev/merkle vectors, tampered cases included', () => {
    expect(inclusionProbes.filter((p) => !p.wantErr)).toHaveLength(5);
    for (const p of inclusionProbes) {
      const ok = verifyInclusion(b64(p.leafHash), p.leafIdx, p.treeSize, p.proof.map(b64), b64(p.root));
      expect(ok, `${p.desc} (${p.leafIdx}@${p.treeSize})`).toBe(!p.wantErr);
    }
  });

  it('fails for sizes and indices that cannot be right', () => {
    const leaf = testTree.get(0, 0);
    expect(verifyInclusion(leaf, 0, 0, [], emptyRoot)).toBe(false);
    expect(verifyInclusion(leaf, 1, 1, [], leaf)).toBe(false);
    expect(verifyInclusion(leaf, 0.5, 1, [], leaf)).toBe(false);
    expect(verifyInclusion(leaf, 0, Number.NaN, [], leaf)).toBe(false);
    expect(verifyInclusion(leaf, 0, 2 ** 64, [], leaf)).toBe(false);
    expect(verifyInclusion(leaf, 0, 1, [], leaf)).toBe(true);
    expect(verifyInclusion(leaf.subarray(1), 0, 1, [], leaf.subarray(1))).toBe(false);
  });
});

describe('verifyConsistency', () => {
  it('passes and fails the transparency-dev/merkle vectors, tampered cases included', () => {
    expect(consistencyProbes.filter((p) => !p.wantErr)).toHaveLength(5);
    for (const p of consistencyProbes) {
      const ok = verifyConsistency(p.size1, p.size2, p.proof.map(b64), b64(p.root1), b64(p.root2));
      expect(ok, `${p.desc} (${p.size1}->${p.size2})`).toBe(!p.wantErr);
    }
  });

  it('handles the edges the RFC algorithm leaves out as transparency-dev/merkle does', () => {
    const r = (n: number) => testTree.root(n);
    expect(verifyConsistency(0, 0, [], emptyRoot, emptyRoot)).toBe(true);
    expect(verifyConsistency(0, 5, [], emptyRoot, r(5))).toBe(true);
    expect(verifyConsistency(0, 5, [], r(1), r(5))).toBe(false); // a size-0 tree has the empty root
    expect(verifyConsistency(0, 5, [r(1)], emptyRoot, r(5))).toBe(false);
    expect(verifyConsistency(5, 5, [], r(5), r(5))).toBe(true);
    expect(verifyConsistency(5, 5, [], r(5), r(6))).toBe(false);
    expect(verifyConsistency(5, 5, [r(1)], r(5), r(5))).toBe(false);
    expect(verifyConsistency(6, 5, [], r(6), r(5))).toBe(false);
    expect(verifyConsistency(1, 2, [], r(1), r(2))).toBe(false);
    expect(verifyConsistency(-1, 5, [], r(1), r(5))).toBe(false);
    expect(verifyConsistency(1, 2 ** 60, [], r(1), r(5))).toBe(false);
  });
});

/** Random trees' proofs equal the reference recursion's, for the current and for past sizes. */
function proofsMatchTheReference() {
  it('every inclusion and consistency proof of random trees matches the reference and verifies', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.nat(), (n, salt) => {
        const leaves = leavesOf(n, salt);
        const tree = treeOf(leaves);
        const ref = referenceTree(leaves);
        const root = ref.mth();
        for (const [i, leaf] of leaves.entries()) {
          const path = inclusionProof(i, n, onlyReader(tree, neededForInclusion(i, n)));
          expect(sameHashes(path, ref.path(i))).toBe(true);
          expect(verifyInclusion(leaf, i, n, path, root)).toBe(true);
        }
        for (let m = 1; m < n; m++) {
          const proof = consistencyProof(m, n, onlyReader(tree, neededForConsistency(m, n)));
          expect(sameHashes(proof, ref.proof(m))).toBe(true);
          expect(verifyConsistency(m, n, proof, ref.mth(0, m), root)).toBe(true);
        }
      }),
      {
        numRuns: 12,
        examples: [
          [1, 0],
          [2, 0],
          [256, 1],
          [257, 2],
          [1024, 3],
          [1023, 4],
        ],
      },
    );
  });

  it('proofs for past tree sizes match the reference too', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 3000 })
          .chain((n) =>
            fc
              .tuple(fc.constant(n), fc.integer({ min: 1, max: n }))
              .chain(([n, m]) =>
                fc.tuple(fc.constant(n), fc.constant(m), fc.integer({ min: 0, max: m - 1 }), fc.integer({ min: 1, max: m })),
              ),
          ),
        ([n, size, index, old]) => {
          const leaves = leavesOf(n, 7);
          const tree = treeOf(leaves);
          const ref = referenceTree(leaves);
          expect(sameHashes(inclusionProof(index, size, tree), ref.path(index, size))).toBe(true);
          if (old < size) expect(sameHashes(consistencyProof(old, size, tree), ref.proof(old, size))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
}

/** A proof with any one bit changed, anywhere, fails to verify. */
function tamperedProofsFail() {
  it('any single flipped bit in the leaf, a path element or the root makes inclusion fail', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n - 1 }))),
        fc.nat(),
        fc.nat(255),
        ([n, i], which, bit) => {
          const tree = treeOf(leavesOf(n, 11));
          const [leaf, root] = [tree.get(0, i), tree.root()];
          const path = inclusionProof(i, n, tree);
          expect(verifyInclusion(leaf, i, n, path, root)).toBe(true);
          const target = which % (path.length + 2);
          if (target === path.length) expect(verifyInclusion(flipBit(leaf, bit), i, n, path, root)).toBe(false);
          else if (target === path.length + 1) expect(verifyInclusion(leaf, i, n, path, flipBit(root, bit))).toBe(false);
          else {
            const bad = path.map((h, k) => (k === target ? flipBit(h, bit) : h));
            expect(verifyInclusion(leaf, i, n, bad, root)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any single flipped bit in a path element or either root makes consistency fail', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n - 1 }))),
        fc.nat(),
        fc.nat(255),
        ([n, m], which, bit) => {
          const tree = treeOf(leavesOf(n, 13));
          const [oldRoot, newRoot] = [tree.root(m), tree.root(n)];
          const proof = consistencyProof(m, n, tree);
          expect(verifyConsistency(m, n, proof, oldRoot, newRoot)).toBe(true);
          const target = which % (proof.length + 2);
          if (target === proof.length) expect(verifyConsistency(m, n, proof, flipBit(oldRoot, bit), newRoot)).toBe(false);
          else if (target === proof.length + 1) expect(verifyConsistency(m, n, proof, oldRoot, flipBit(newRoot, bit))).toBe(false);
          else {
            const bad = proof.map((h, k) => (k === target ? flipBit(h, bit) : h));
            expect(verifyConsistency(m, n, bad, oldRoot, newRoot)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
}

/** Exhaustively, on a few proofs: flipping any bit of any element makes the proof fail. */
function everyBitMatters() {
  const inclusionCases: [index: number, size: number][] = [
    [0, 1],
    [5, 13],
    [999, 1000],
    [512, 777],
  ];
  const consistencyCases: [oldSize: number, newSize: number][] = [
    [1, 2],
    [4, 13],
    [6, 13],
    [511, 1000],
    [512, 1000],
  ];
  it('every bit of every element matters, exhaustively, on a few proofs', () => {
    const tree = treeOf(leavesOf(1000, 17));
    for (const [i, n] of inclusionCases) {
      const path = inclusionProof(i, n, tree);
      const [leaf, root] = [tree.get(0, i), tree.root(n)];
      for (let bit = 0; bit < 256; bit++) {
        expect(verifyInclusion(flipBit(leaf, bit), i, n, path, root)).toBe(false);
        expect(verifyInclusion(leaf, i, n, path, flipBit(root, bit))).toBe(false);
        for (let k = 0; k < path.length; k++) {
          expect(
            verifyInclusion(
              leaf,
              i,
              n,
              path.map((h, j) => (j === k ? flipBit(h, bit) : h)),
              root,
            ),
          ).toBe(false);
        }
      }
    }
    for (const [m, n] of consistencyCases) {
      const proof = consistencyProof(m, n, tree);
      const [r1, r2] = [tree.root(m), tree.root(n)];
      for (let bit = 0; bit < 256; bit++) {
        expect(verifyConsistency(m, n, proof, flipBit(r1, bit), r2)).toBe(false);
        expect(verifyConsistency(m, n, proof, r1, flipBit(r2, bit))).toBe(false);
        for (let k = 0; k < proof.length; k++) {
          expect(
            verifyConsistency(
              m,
              n,
              proof.map((h, j) => (j === k ? flipBit(h, bit) : h)),
              r1,
              r2,
            ),
          ).toBe(false);
        }
      }
    }
  });
}

describe('proofs against the RFC 9162 reference recursion', () => {
  proofsMatchTheReference();
  tamperedProofsFail();
  everyBitMatters();
});
