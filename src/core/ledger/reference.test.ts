import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyRoot, leafHash } from './hasher.ts';
import { referenceTree } from './reference.ts';

const vectors = JSON.parse(readFileSync(new URL('./testdata/rfc6962-vectors.json', import.meta.url), 'utf8')) as {
  leaves: string[];
  roots: string[];
  inclusion: Array<{ index: number; size: number; path: string[] }>;
  consistency: Array<{ size1: number; size2: number; path: string[] }>;
};
const ref = referenceTree(vectors.leaves.map((l) => leafHash(Buffer.from(l, 'hex'))));
const hexes = (hs: Buffer[]) => hs.map((h) => h.toString('hex'));

// The reference is what the real implementation is checked against, so it is checked
// against the published RFC 6962 test tree first.
describe('referenceTree', () => {
  it('gives the known roots', () => {
    expect(ref.mth(0, 0).equals(emptyRoot)).toBe(true);
    for (let n = 1; n <= 8; n++) expect(ref.mth(0, n).toString('hex')).toBe(vectors.roots[n - 1]);
  });

  it('gives the known audit paths (PATH)', () => {
    for (const v of vectors.inclusion) expect(hexes(ref.path(v.index, v.size))).toEqual(v.path);
  });

  it('gives the known consistency proofs (PROOF), empty for m = n', () => {
    for (const v of vectors.consistency) {
      if (v.size1 === v.size2) expect(v.path).toEqual([]);
      else expect(hexes(ref.proof(v.size1, v.size2))).toEqual(v.path);
    }
  });

  it('refuses arguments outside the definitions', () => {
    expect(() => ref.path(8, 8)).toThrow(RangeError);
    expect(() => ref.proof(0, 8)).toThrow(RangeError);
    expect(() => ref.proof(8, 8)).toThrow(RangeError);
    expect(() => ref.path(0, 9)).toThrow(RangeError);
  });
});
