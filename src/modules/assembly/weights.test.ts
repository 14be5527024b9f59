import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertWeightMix, memberWeights, weightShares } from './weights.ts';

const mix = (equal: number, population: number, gdp: number, sqrtPopulation: number) => ({ equal, population, gdp, sqrtPopulation });
const A = { population: 900, gdpUsd: 100 };
const B = { population: 100, gdpUsd: 300 };

describe('weightShares', () => {
  it('mixes equal, population, GDP and square-root shares', () => {
    expect(weightShares([A, B], mix(1, 0, 0, 0))).toEqual([0.5, 0.5]);
    expect(weightShares([A, B], mix(0, 1, 0, 0))).toEqual([0.9, 0.1]);
    expect(weightShares([A, B], mix(0, 0, 1, 0))).toEqual([0.25, 0.75]);
    expect(weightShares([A, B], mix(0, 0, 0, 1))).toEqual([0.75, 0.25]); // √900 = 30, √100 = 10
    const half = weightShares([A, B], mix(0.5, 0.5, 0, 0));
    expect(half[0]).toBeCloseTo(0.7, 15);
  });

  it('drops a share nobody has and renormalises (the Holy See has no population)', () => {
    const w = weightShares([{ population: null, gdpUsd: null }], mix(0, 1, 0, 0));
    expect(w).toEqual([1]);
    const two = weightShares(
      [
        { population: null, gdpUsd: 10 },
        { population: null, gdpUsd: 30 },
      ],
      mix(0, 0.5, 0.5, 0),
    );
    expect(two).toEqual([0.25, 0.75]);
  });

  it('always sums to 1', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ population: fc.option(fc.integer({ min: 0, max: 2e9 })), gdpUsd: fc.option(fc.integer({ min: 0, max: 3e13 })) }),
          { minLength: 1, maxLength: 60 },
        ),
        fc.tuple(fc.nat(100), fc.nat(100), fc.nat(100), fc.nat(100)).filter(([a, b, c, d]) => a + b + c + d > 0),
        (members, [a, b, c, d]) => {
          const s = a + b + c + d;
          const w = weightShares(members, mix(a / s, b / s, c / s, d / s));
          expect(w.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
          expect(w.every((x) => x >= 0)).toBe(true);
        },
      ),
    );
  });
});

describe('assertWeightMix', () => {
  it('refuses coefficients that do not sum to 1 or leave [0, 1]', () => {
    expect(() => assertWeightMix(mix(0.5, 0.4, 0, 0))).toThrow(expect.objectContaining({ code: 'weights_not_normalized', status: 400 }));
    expect(() => assertWeightMix(mix(1.5, -0.5, 0, 0))).toThrow(expect.objectContaining({ code: 'weights_not_normalized' }));
    expect(() => assertWeightMix(mix(0.1, 0.2, 0.3, 0.4))).not.toThrow(); // 0.1 + 0.2 + 0.3 + 0.4 = 1.0000000000000002
  });
});

describe('memberWeights', () => {
  it('gives a weighted organizations’ chamber its share only when it has members', () => {
    const members = [
      { id: 1, kind: 'state' as const, ...A },
      { id: 2, kind: 'state' as const, ...B },
      { id: 3, kind: 'organization' as const, population: null, gdpUsd: null },
    ];
    expect(memberWeights(members, mix(1, 0, 0, 0), { mode: 'weighted', share: 0.2 }).chambers).toEqual({ states: 0.8, organizations: 0.2 });
    expect(memberWeights(members.slice(0, 2), mix(1, 0, 0, 0), { mode: 'weighted', share: 0.2 }).chambers).toEqual({
      states: 1,
      organizations: 0,
    });
    expect(memberWeights(members, mix(1, 0, 0, 0), { mode: 'advisory' }).chambers).toEqual({ states: 1, organizations: 0 });
  });
});
