import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random.ts';

/** The construction written out independently: HMAC-SHA256(seed, uint64be(j)), four words per block. */
function reference(seed: Buffer, n: number): number[] {
  const out: number[] = [];
  for (let j = 0; out.length < n; j++) {
    const message = Buffer.alloc(8);
    message.writeBigUInt64BE(BigInt(j));
    const block = createHmac('sha256', seed).update(message).digest();
    for (let i = 0; i < 4 && out.length < n; i++) out.push(Number((block.readBigUInt64BE(8 * i) >> 11n) + 1n) / 2 ** 53);
  }
  return out;
}

describe('SeededRandom', () => {
  it('follows the documented HMAC-SHA256 counter construction', () => {
    const seed = Buffer.from('00ff10ee', 'hex');
    const rng = new SeededRandom(seed);
    expect(Array.from({ length: 13 }, () => rng.next())).toEqual(reference(seed, 13));
  });

  it('is deterministic and seed-sensitive', () => {
    const a = SeededRandom.fromLabel('x');
    const b = SeededRandom.fromLabel('x');
    const c = SeededRandom.fromLabel('y');
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('keeps next() in (0, 1], float() in [0, 1) and int() in range', () => {
    const rng = SeededRandom.fromHex('abcd');
    for (let i = 0; i < 2000; i++) {
      const x = rng.next();
      expect(x > 0 && x <= 1).toBe(true);
      const f = rng.float();
      expect(f >= 0 && f < 1).toBe(true);
      const k = rng.int(3, 5);
      expect(k >= 3 && k <= 5).toBe(true);
    }
  });

  it('has a plausible mean and Poisson mean', () => {
    const rng = SeededRandom.fromLabel('stats');
    let sum = 0;
    let count = 0;
    for (let i = 0; i < 20000; i++) sum += rng.float();
    for (let i = 0; i < 20000; i++) count += rng.poisson(1.5);
    expect(sum / 20000).toBeCloseTo(0.5, 1);
    expect(count / 20000).toBeCloseTo(1.5, 1);
  });

  it('rejects empty or malformed seeds', () => {
    expect(() => SeededRandom.fromHex('')).toThrow(RangeError);
    expect(() => SeededRandom.fromHex('abc')).toThrow(RangeError);
    expect(() => SeededRandom.fromHex('zz')).toThrow(RangeError);
  });

  it('draws bytes from whole fresh blocks', () => {
    const seed = Buffer.from('01', 'hex');
    const rng = new SeededRandom(seed);
    rng.next();
    const bytes = rng.bytes(40);
    const message = (j: number) => {
      const m = Buffer.alloc(8);
      m.writeBigUInt64BE(BigInt(j));
      return m;
    };
    const expected = Buffer.concat([1, 2].map((j) => createHmac('sha256', seed).update(message(j)).digest())).subarray(0, 40);
    expect(bytes.equals(expected)).toBe(true);
    expect(rng.next()).toBe(reference(seed, 13)[12]); // block 3, word 0
  });
});
