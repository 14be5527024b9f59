import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleWorkloads } from './challenge-sampling.ts';
import { SeededRandom } from './seeded-random.ts';

const vector = JSON.parse(readFileSync(new URL('./testdata/challenge-sampling.json', import.meta.url), 'utf8')) as {
  seedHex: string;
  doubles: number[];
  workloads: Array<{ id: string; acceleratorHours: number }>;
  k: number;
  expected: string[];
};

describe('sampleWorkloads', () => {
  it('reproduces the golden draw (also reproduced independently in Python when written)', () => {
    const rng = SeededRandom.fromHex(vector.seedHex);
    expect(vector.doubles.map(() => rng.next())).toEqual(vector.doubles);
    expect(sampleWorkloads(vector.workloads, vector.k, vector.seedHex).map((w) => w.id)).toEqual(vector.expected);
  });

  it('does not depend on the order of the input', () => {
    const reversed = [...vector.workloads].reverse();
    expect(sampleWorkloads(reversed, vector.k, vector.seedHex).map((w) => w.id)).toEqual(vector.expected);
  });

  it('draws without replacement, never zero weights, and everything when k is large', () => {
    const all = sampleWorkloads(vector.workloads, 100, vector.seedHex);
    expect(all).toHaveLength(vector.workloads.length - 1);
    expect(new Set(all.map((w) => w.id)).size).toBe(all.length);
    expect(all.some((w) => w.acceleratorHours === 0)).toBe(false);
    expect(sampleWorkloads(vector.workloads, 0, vector.seedHex)).toEqual([]);
  });

  it('changes with the seed', () => {
    const draws = new Set(
      ['00', '01', '02', '03', '04', '05'].map((s) =>
        sampleWorkloads(vector.workloads, 3, s)
          .map((w) => w.id)
          .join(),
      ),
    );
    expect(draws.size).toBeGreaterThan(1);
  });
});

describe('sampleWorkloads: weights, properties and refusals', () => {
  it('selects in proportion to accelerator-hours when k = 1', () => {
    const workloads = [
      { id: 'a', acceleratorHours: 1 },
      { id: 'b', acceleratorHours: 3 },
      { id: 'c', acceleratorHours: 6 },
    ];
    const counts = new Map<string, number>();
    const n = 6000;
    for (let i = 0; i < n; i++) {
      const [drawn] = sampleWorkloads(workloads, 1, i.toString(16).padStart(8, '0'));
      if (drawn === undefined) throw new Error(`seed ${i}: no workload drawn for k = 1`);
      counts.set(drawn.id, (counts.get(drawn.id) ?? 0) + 1);
    }
    expect((counts.get('a') ?? 0) / n).toBeCloseTo(0.1, 1);
    expect((counts.get('b') ?? 0) / n).toBeCloseTo(0.3, 1);
    expect((counts.get('c') ?? 0) / n).toBeCloseTo(0.6, 1);
  });

  it('returns k distinct members of the input (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ id: fc.string({ minLength: 1, maxLength: 5 }), acceleratorHours: fc.double({ min: 0.01, max: 1e6, noNaN: true }) }),
          {
            selector: (w) => w.id,
            maxLength: 30,
          },
        ),
        fc.nat(35),
        fc.uint8Array({ minLength: 1, maxLength: 32 }),
        (workloads, k, seed) => {
          const draw = sampleWorkloads(workloads, k, Buffer.from(seed).toString('hex'));
          expect(draw).toHaveLength(Math.min(k, workloads.length));
          expect(new Set(draw.map((w) => w.id)).size).toBe(draw.length);
          for (const w of draw) expect(workloads).toContain(w);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects duplicate ids, a bad k and a bad seed', () => {
    expect(() =>
      sampleWorkloads(
        [
          { id: 'a', acceleratorHours: 1 },
          { id: 'a', acceleratorHours: 2 },
        ],
        1,
        '00',
      ),
    ).toThrow(RangeError);
    expect(() => sampleWorkloads([], -1, '00')).toThrow(RangeError);
    expect(() => sampleWorkloads([], 1, 'not-hex')).toThrow(RangeError);
  });
});
