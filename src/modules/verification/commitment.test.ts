import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCommitment, commitmentOf, makeCommitment } from './commitment.ts';

const vector = JSON.parse(readFileSync(new URL('./testdata/commitment.json', import.meta.url), 'utf8')) as {
  record: Record<string, unknown>;
  saltHex: string;
  canonical: string;
  commitment: string;
};

describe('makeCommitment', () => {
  it('reproduces the golden vector: SHA-256(canonical record ‖ salt)', () => {
    const salt = Buffer.from(vector.saltHex, 'hex');
    expect(makeCommitment(vector.record, salt)).toEqual({ commitment: vector.commitment, salt: vector.saltHex });
    const direct = createHash('sha256').update(Buffer.from(vector.canonical, 'utf8')).update(salt).digest('hex');
    expect(direct).toBe(vector.commitment);
  });

  it('draws a fresh 32-byte salt by default', () => {
    const a = makeCommitment({ x: 1 });
    const b = makeCommitment({ x: 1 });
    expect(a.salt).toMatch(/^[0-9a-f]{64}$/);
    expect(a.salt).not.toBe(b.salt);
    expect(a.commitment).not.toBe(b.commitment);
  });

  it('refuses a salt that is not 32 bytes', () => {
    expect(() => makeCommitment({}, Buffer.alloc(16))).toThrow(RangeError);
    expect(() => commitmentOf({}, Buffer.alloc(33))).toThrow(RangeError);
  });
});

describe('checkCommitment', () => {
  it('opens with the record and salt whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(vector.record).reverse());
    expect(checkCommitment(reordered, vector.saltHex, vector.commitment)).toBe(true);
    expect(checkCommitment(vector.record, vector.saltHex, vector.commitment.toUpperCase())).toBe(true);
  });

  it('refuses another record, another salt, and malformed input', () => {
    expect(checkCommitment({ ...vector.record, acceleratorHours: 1 }, vector.saltHex, vector.commitment)).toBe(false);
    expect(checkCommitment(vector.record, 'a6'.repeat(32), vector.commitment)).toBe(false);
    expect(checkCommitment(vector.record, 'a5', vector.commitment)).toBe(false);
    expect(checkCommitment(vector.record, vector.saltHex, 'xyz')).toBe(false);
    expect(checkCommitment({ x: Number.NaN }, vector.saltHex, vector.commitment)).toBe(false);
  });

  it('opens every commitment it makes and no other record (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const { commitment, salt } = makeCommitment(a);
        expect(checkCommitment(a, salt, commitment)).toBe(true);
        const same = commitmentOf(a, Buffer.alloc(32)).equals(commitmentOf(b, Buffer.alloc(32)));
        if (!same) expect(checkCommitment(b, salt, commitment)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
