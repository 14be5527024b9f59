import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { assert, describe, expect, it } from 'vitest';
import { emptyRoot, entryBytes, entryLeafHash, leafHash, leafHashInto, nodeHash, nodeHashInto, type LedgerEntry } from './hasher.ts';

const vectors = JSON.parse(readFileSync(new URL('./testdata/rfc6962-vectors.json', import.meta.url), 'utf8')) as {
  leaves: string[];
  roots: string[];
  emptyRoot: string;
};
const hex = (s: string) => Buffer.from(s, 'hex');
const sha256 = (...parts: Uint8Array[]) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest();

describe('emptyRoot', () => {
  it('is SHA-256 of the empty string (RFC 9162 §2.1.1)', () => {
    expect(emptyRoot.toString('hex')).toBe(vectors.emptyRoot);
  });
});

describe('leafHash', () => {
  it('gives the RFC 6962 test tree root of size 1 for the empty leaf', () => {
    const [emptyLeaf] = vectors.leaves;
    assert.isDefined(emptyLeaf, 'the test tree has leaves');
    expect(leafHash(hex(emptyLeaf)).toString('hex')).toBe(vectors.roots[0]);
  });

  it('is SHA-256(0x00 || data) for any data, short or long', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (data) => {
        expect(leafHash(data).equals(sha256(Uint8Array.of(0), data))).toBe(true);
      }),
    );
    for (const n of [0, 1, 1023, 1024, 5000, 65535, 65536, 200_000]) {
      const data = Buffer.alloc(n, 0xab);
      expect(leafHash(data).equals(sha256(Uint8Array.of(0), data))).toBe(true);
    }
  });

  it('returns independent buffers although it reuses scratch space', () => {
    const a = leafHash(Buffer.from('a'));
    const copy = Buffer.from(a);
    leafHash(Buffer.alloc(5000, 1));
    expect(a.equals(copy)).toBe(true);
    expect(a.length).toBe(32);
  });
});

describe('nodeHash', () => {
  it('combines the test tree leaves 0 and 1 into the size-2 root', () => {
    const [l0, l1] = vectors.leaves.map((l) => leafHash(hex(l)));
    assert(l0 && l1, 'the test tree has two leaves or more');
    expect(nodeHash(l0, l1).toString('hex')).toBe(vectors.roots[1]);
  });

  it('is SHA-256(0x01 || left || right)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), (l, r) => {
        expect(nodeHash(l, r).equals(sha256(Uint8Array.of(1), l, r))).toBe(true);
      }),
    );
  });

  it('rejects children that are not 32-byte hashes', () => {
    expect(() => nodeHash(Buffer.alloc(31), Buffer.alloc(32))).toThrow(RangeError);
    expect(() => nodeHash(Buffer.alloc(32), Buffer.alloc(33))).toThrow(RangeError);
  });
});

describe('leafHashInto / nodeHashInto', () => {
  it('write the same hashes in place, from siblings stored side by side', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), fc.uint8Array({ minLength: 64, maxLength: 64 }), fc.nat(3), (data, pair, slot) => {
        const out = Buffer.alloc(4 * 32, 0xee);
        leafHashInto(data, out, slot * 32);
        expect(out.subarray(slot * 32, slot * 32 + 32).equals(leafHash(data))).toBe(true);
        const src = Buffer.concat([Buffer.alloc(8), pair]);
        nodeHashInto(src, 8, out, slot * 32);
        expect(out.subarray(slot * 32, slot * 32 + 32).equals(nodeHash(pair.subarray(0, 32), pair.subarray(32)))).toBe(true);
        expect(out.subarray(0, slot * 32).every((b) => b === 0xee)).toBe(true); // nothing else touched
      }),
    );
  });

  it('refuse to write or read out of range rather than truncate', () => {
    expect(() => leafHashInto(Buffer.from('x'), Buffer.alloc(40), 9)).toThrow(RangeError);
    expect(() => nodeHashInto(Buffer.alloc(64), 1, Buffer.alloc(32), 0)).toThrow(RangeError);
    expect(() => nodeHashInto(Buffer.alloc(64), 0, Buffer.alloc(32), 1)).toThrow(RangeError);
  });
});

describe('entryBytes', () => {
  const entry: LedgerEntry = {
    kind: 'motion.created',
    at: '2026-01-02T03:04:05.000Z',
    actor: 'u_1',
    subject: null,
    body: { title: 'Pause é 🌍', z: [1, 2.5, 1e21, true, null], a: { y: 1, b: 2 } },
  };

  it('is UTF-8 of the RFC 8785 canonical JSON of the five fields', () => {
    expect(entryBytes(entry).toString('utf8')).toBe(
      '{"actor":"u_1","at":"2026-01-02T03:04:05.000Z","body":{"a":{"b":2,"y":1},"title":"Pause é 🌍","z":[1,2.5,1e+21,true,null]},"kind":"motion.created","subject":null}',
    );
  });

  it('does not depend on key order and leaves out extra properties', () => {
    const shuffled = { body: entry.body, subject: null, extra: 'not logged', actor: 'u_1', at: entry.at, kind: entry.kind };
    expect(entryBytes(shuffled as LedgerEntry).equals(entryBytes(entry))).toBe(true);
  });

  it('refuses an undefined body and values JSON cannot carry', () => {
    expect(() => entryBytes({ ...entry, body: undefined })).toThrow(TypeError);
    expect(() => entryBytes({ ...entry, body: { n: Number.NaN } })).toThrow();
  });

  it('gives the leaf hash through entryLeafHash', () => {
    expect(entryLeafHash(entry).equals(leafHash(entryBytes(entry)))).toBe(true);
  });
});
