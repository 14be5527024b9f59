import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PowerInputError,
  banzhafIndex,
  banzhafSwings,
  integerWeights,
  powerIndices,
  quotaFor,
  shapleyShubikIndex,
  vetoPlayers,
  type WeightedGame,
} from './power.ts';

interface KnownCase {
  name: string;
  quota: number;
  weights: number[];
  swings: string[];
  banzhaf: string[];
  shapleyShubik: string[];
  veto: number[];
}
const known = JSON.parse(readFileSync(new URL('./testdata/power-known-answers.json', import.meta.url), 'utf8')) as {
  cases: KnownCase[];
};
const unPopulation = JSON.parse(readFileSync(new URL('./testdata/power-un-population.json', import.meta.url), 'utf8')) as {
  quota: number;
  ids: string[];
  weights: number[];
  swings: string[];
};

const fraction = (s: string): number => {
  const [a, b = '1'] = s.split('/');
  return Number(a) / Number(b);
};

/** The pairs (a[i], b[i]), for comparing two lists entry by entry; throws when their lengths differ. */
function zip<A, B>(a: readonly A[], b: readonly B[]): [A, B][] {
  if (a.length !== b.length) throw new Error(`the lists differ in length: ${a.length} and ${b.length}`);
  return a.map((x, i) => [x, b[i]!]); // same length, just checked
}

/** Enumerates all 2ⁿ coalitions: swing counts and Shapley–Shubik by |S|!(n−1−|S|)!/n!. */
function bruteForce({ quota, weights }: WeightedGame) {
  const n = weights.length;
  // Indices below are loop bounds: players i < n, sizes and factorials ≤ n.
  const fact = [1];
  for (let i = 1; i <= n; i++) fact[i] = fact[i - 1]! * i;
  const swings = new Array<number>(n).fill(0);
  const ss = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 1 << n; mask++) {
    let weight = 0;
    let size = 0;
    for (let i = 0; i < n; i++) {
      if ((mask >> i) & 1) {
        weight += weights[i]!;
        size++;
      }
    }
    if (weight >= quota) continue;
    for (let i = 0; i < n; i++) {
      if ((mask >> i) & 1 || weight + weights[i]! < quota) continue;
      swings[i]!++;
      ss[i]! += (fact[size]! * fact[n - 1 - size]!) / fact[n]!;
    }
  }
  const total = swings.reduce((a, b) => a + b, 0);
  return { swings, banzhaf: swings.map((s) => s / total), ss };
}

/** Exact Shapley–Shubik as a double, by a BigInt DP over the others of each player (no deconvolution). */
function exactShapleyShubik({ quota, weights }: WeightedGame): number[] {
  const n = weights.length;
  const W = weights.reduce((a, b) => a + b, 0);
  // Indices below are loop bounds: sizes k, s < n (count ≤ n − 1), weights w ≤ W, factorials ≤ n.
  const fact: bigint[] = [1n];
  for (let i = 1; i <= n; i++) fact[i] = fact[i - 1]! * BigInt(i);
  const cache = new Map<number, number>();
  return weights.map((wi, i) => {
    if (cache.has(wi)) return cache.get(wi) as number;
    const N: bigint[][] = Array.from({ length: n }, () => new Array<bigint>(W + 1).fill(0n));
    N[0]![0] = 1n;
    let count = 0;
    weights.forEach((v, j) => {
      if (j === i) return;
      count++;
      for (let k = count; k >= 1; k--) {
        const row = N[k]!;
        const prev = N[k - 1]!;
        for (let w = W; w >= v; w--) row[w]! += prev[w - v]!;
      }
    });
    let num = 0n;
    for (const [s, row] of N.entries()) {
      for (let w = Math.max(0, quota - wi); w < quota; w++) num += row[w]! * fact[s]! * fact[n - 1 - s]!;
    }
    const value = Number((num * 10n ** 30n) / fact[n]!) / 1e30;
    cache.set(wi, value);
    return value;
  });
}

/** Shapley–Shubik of one player by a float DP over the others only (stable, no deconvolution). */
function directShapleyShubik({ quota, weights }: WeightedGame, i: number): number {
  const others = weights.filter((w, j) => j !== i && w > 0);
  const n = others.length + 1;
  const W = others.reduce((a, b) => a + b, 0);
  const R = Array.from({ length: n }, () => new Float64Array(Math.min(W, quota) + 1));
  // Indices below are loop bounds: sizes k ≤ m < n, weights w within a row.
  R[0]![0] = 1;
  others.forEach((v, idx) => {
    const m = idx + 1;
    for (let k = m; k >= 1; k--) {
      const row = R[k]!;
      const prev = R[k - 1]!;
      for (let w = row.length - 1; w >= 0; w--) row[w] = ((m - k) / m) * row[w]! + (w >= v ? (k / m) * prev[w - v]! : 0);
    }
  });
  const wi = weights[i];
  if (wi === undefined) throw new Error(`no player ${i}`);
  let sum = 0;
  for (const row of R) for (let w = Math.max(0, quota - wi); w < quota && w < row.length; w++) sum += row[w]!;
  return sum / n;
}

const smallGame = fc
  .tuple(
    fc.array(fc.oneof(fc.nat({ max: 4 }), fc.nat({ max: 40 })), { minLength: 1, maxLength: 12 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .filter(([w]) => w.some((x) => x > 0))
  .map(([weights, u]): WeightedGame => {
    const total = weights.reduce((a, b) => a + b, 0);
    return { weights, quota: Math.min(total, 1 + Math.floor(u * total)) };
  });

describe('banzhafIndex', () => {
  it.each(known.cases)('matches the known answer: $name', (c) => {
    const { normalized, absolute } = banzhafIndex(c);
    for (const [b, expected] of zip(normalized, c.banzhaf)) expect(b).toBeCloseTo(fraction(expected), 14);
    for (const [b, swings] of zip(absolute, c.swings)) expect(b).toBeCloseTo(Number(swings) / 2 ** (c.weights.length - 1), 14);
    expect(normalized.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('gives a dummy exactly 0 (Luxembourg 1958)', () => {
    expect(banzhafIndex({ quota: 12, weights: [4, 4, 4, 2, 2, 1] }).normalized[5]).toBe(0);
  });

  it('agrees with enumeration of all coalitions on random games of up to 12 players', () => {
    fc.assert(
      fc.property(smallGame, (game) => {
        const expected = bruteForce(game);
        const { normalized } = banzhafIndex(game);
        for (const [b, e] of zip(normalized, expected.banzhaf)) expect(Math.abs(b - e)).toBeLessThan(1e-13);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps relative precision on 195 states weighted by population', () => {
    const swings = unPopulation.swings.map(BigInt);
    const sum = swings.reduce((a, b) => a + b, 0n);
    const { normalized } = banzhafIndex(unPopulation);
    for (const [s, b] of zip(swings, normalized)) {
      const exact = Number((s * 10n ** 30n) / sum) / 1e30;
      if (exact === 0) expect(b).toBe(0);
      else expect(Math.abs(b - exact) / exact).toBeLessThan(1e-10);
    }
  });

  it('is self-dual: [q; w] and [W − q + 1; w] give the same indices', () => {
    fc.assert(
      fc.property(smallGame, (game) => {
        const total = game.weights.reduce((a, b) => a + b, 0);
        const a = banzhafIndex(game).normalized;
        const b = banzhafIndex({ ...game, quota: total - game.quota + 1 }).normalized;
        for (const [x, y] of zip(a, b)) expect(x).toBeCloseTo(y, 13);
      }),
      { numRuns: 100 },
    );
  });
});

describe('banzhafSwings', () => {
  it.each(known.cases)('matches the known answer: $name', (c) => {
    expect(banzhafSwings(c).map(String)).toEqual(c.swings);
  });

  it('agrees with enumeration on random games', () => {
    fc.assert(
      fc.property(smallGame, (game) => {
        expect(banzhafSwings(game).map(Number)).toEqual(bruteForce(game).swings);
      }),
      { numRuns: 300 },
    );
  });

  it('reproduces the 195-state regression vector', () => {
    expect(banzhafSwings(unPopulation).map(String)).toEqual(unPopulation.swings);
  });

  it('matches closed forms for one large player and 194 unit players (counts beyond 2^53)', () => {
    // [q; B, 1×m]: the large player swings with j unit players when q − B ≤ j ≤ q − 1; a unit
    // player swings with q − 1 others' weight: q − 1 units, or the large player and q − 1 − B units.
    const m = 194;
    const B = 60;
    const q = 120;
    const binom = (a: number, b: number): bigint => {
      if (b < 0 || b > a) return 0n;
      let r = 1n;
      for (let k = 1; k <= b; k++) r = (r * BigInt(a - b + k)) / BigInt(k);
      return r;
    };
    let big = 0n;
    for (let j = q - B; j <= q - 1; j++) big += binom(m, j);
    const unit = binom(m - 1, q - 1) + binom(m - 1, q - 1 - B);
    const swings = banzhafSwings({ quota: q, weights: [B, ...new Array<number>(m).fill(1)] });
    expect(swings[0]).toBe(big);
    expect(swings[1]).toBe(unit);
    expect(big > 2n ** 53n).toBe(true);
    const { normalized } = banzhafIndex({ quota: q, weights: [B, ...new Array<number>(m).fill(1)] });
    const total = big + BigInt(m) * unit;
    expect(normalized[0]).toBeCloseTo(Number((big * 10n ** 30n) / total) / 1e30, 13);
  });
});

describe('shapleyShubikIndex', () => {
  it.each(known.cases)('matches the known answer: $name', (c) => {
    const ss = shapleyShubikIndex(c);
    for (const [x, expected] of zip(ss, c.shapleyShubik)) expect(x).toBeCloseTo(fraction(expected), 14);
  });

  it('agrees with enumeration of all coalitions on random games of up to 12 players', () => {
    fc.assert(
      fc.property(smallGame, (game) => {
        const expected = bruteForce(game).ss;
        for (const [x, e] of zip(shapleyShubikIndex(game), expected)) expect(Math.abs(x - e)).toBeLessThan(1e-13);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with exact BigInt values on 60-player games', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 60, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, u) => {
          const total = weights.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const game = { weights, quota: Math.min(total, 1 + Math.floor(u * total)) };
          const exact = exactShapleyShubik(game);
          for (const [x, e] of zip(shapleyShubikIndex(game), exact)) expect(Math.abs(x - e)).toBeLessThan(1e-13);
        },
      ),
      { numRuns: 5 },
    );
  });

  it('matches the closed form for one large player among 194 unit players', () => {
    // The large player pivots when it comes after j unit players with q − B ≤ j ≤ q − 1.
    const m = 194;
    for (const [B, q] of [
      [60, 120],
      [150, 170],
      [3, 190],
    ] as const) {
      const ss = shapleyShubikIndex({ quota: q, weights: [B, ...new Array<number>(m).fill(1)] });
      let pivots = 0;
      for (let j = 0; j <= m; j++) if (j < q && j + B >= q) pivots++;
      expect(ss[0]).toBeCloseTo(pivots / (m + 1), 13);
      expect(ss[1]).toBeCloseTo((1 - pivots / (m + 1)) / m, 13);
    }
  });

  it('is efficient (sums to 1) and agrees with a direct DP on 195 states weighted by population', () => {
    const ss = shapleyShubikIndex(unPopulation);
    expect(ss.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const largest = unPopulation.weights.indexOf(Math.max(...unPopulation.weights));
    const smallest = unPopulation.weights.indexOf(Math.min(...unPopulation.weights.filter((w) => w > 0)));
    for (const i of [largest, smallest]) expect(ss[i]).toBeCloseTo(directShapleyShubik(unPopulation, i), 13);
  });
});

describe('vetoPlayers', () => {
  it.each(known.cases)('matches the known answer: $name', (c) => {
    expect(vetoPlayers(c)).toEqual(c.veto);
  });

  it('is exactly the players in every winning coalition', () => {
    fc.assert(
      fc.property(smallGame, (game) => {
        const total = game.weights.reduce((a, b) => a + b, 0);
        const veto = vetoPlayers(game);
        game.weights.forEach((w, i) => expect(veto.includes(i)).toBe(total - w < game.quota));
      }),
    );
  });
});

describe('powerIndices', () => {
  it('returns every index and the veto flags', () => {
    const r = powerIndices({ quota: 39, weights: [7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] });
    expect(r.veto.filter(Boolean)).toHaveLength(5);
    expect(r.banzhaf[0]).toBeCloseTo(106 / 635, 14);
    expect(r.shapleyShubik?.[0]).toBeCloseTo(421 / 2145, 14);
    expect(r.totalWeight).toBe(45);
  });

  it('skips Shapley–Shubik when asked', () => {
    expect(powerIndices({ quota: 51, weights: [50, 49, 1] }, { shapleyShubik: false }).shapleyShubik).toBeUndefined();
  });
});

describe('PowerInputError', () => {
  const code = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(PowerInputError);
      return (e as PowerInputError).code;
    }
    return undefined;
  };

  it.each([
    ['non-integer weight', { quota: 2, weights: [1.5, 2] }, 'weights_invalid'],
    ['negative weight', { quota: 2, weights: [-1, 4] }, 'weights_invalid'],
    ['NaN weight', { quota: 2, weights: [Number.NaN, 4] }, 'weights_invalid'],
    ['no players', { quota: 1, weights: [] }, 'weights_invalid'],
    ['quota 0', { quota: 0, weights: [1, 2] }, 'quota_invalid'],
    ['quota above total', { quota: 4, weights: [1, 2] }, 'quota_invalid'],
    ['fractional quota', { quota: 1.5, weights: [1, 2] }, 'quota_invalid'],
    ['all weights zero', { quota: 1, weights: [0, 0] }, 'quota_invalid'],
  ])('rejects %s', (_, game, expected) => {
    expect(code(() => banzhafIndex(game))).toBe(expected);
    expect(code(() => shapleyShubikIndex(game))).toBe(expected);
    expect(code(() => vetoPlayers(game))).toBe(expected);
    expect(code(() => banzhafSwings(game))).toBe(expected);
  });

  it('is an AppError with status 400', () => {
    const e = new PowerInputError('quota_invalid', 'x');
    expect(e.status).toBe(400);
    expect(e.name).toBe('PowerInputError');
  });

  it('refuses a Shapley–Shubik table too large for memory', () => {
    expect(code(() => shapleyShubikIndex({ quota: 5_000_000, weights: new Array(195).fill(100_000) }))).toBe('game_too_large');
  });
});

describe('integerWeights', () => {
  it('rounds shares × resolution and keeps zeros', () => {
    expect(integerWeights([0.5, 0.33333, 0.16667, 0.00001], 10_000)).toEqual([5000, 3333, 1667, 0]);
  });

  it('rejects negative or non-finite shares and a bad resolution', () => {
    expect(() => integerWeights([-0.1, 1.1], 100)).toThrow(PowerInputError);
    expect(() => integerWeights([Number.POSITIVE_INFINITY], 100)).toThrow(PowerInputError);
    expect(() => integerWeights([0.5], 0)).toThrow(PowerInputError);
    expect(() => integerWeights([0.5], 10.5)).toThrow(PowerInputError);
  });
});

describe('quotaFor', () => {
  it('is the smallest q with q/total ≥ threshold', () => {
    expect(quotaFor(100, 0.55)).toBe(55); // 0.55 × 100 = 55.000000000000007 in floating point
    expect(quotaFor(100, 2 / 3)).toBe(67);
    expect(quotaFor(99, 2 / 3)).toBe(66);
    expect(quotaFor(100, 0.5)).toBe(50);
    expect(quotaFor(100, 1)).toBe(100);
    expect(quotaFor(100, 0)).toBe(1);
  });

  it('with strict: true is the smallest q with q/total > threshold (simple majority)', () => {
    expect(quotaFor(100, 0.5, { strict: true })).toBe(51);
    expect(quotaFor(101, 0.5, { strict: true })).toBe(51);
    expect(quotaFor(10_006, 0.5, { strict: true })).toBe(5004);
  });

  it('is minimal for random totals and thresholds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (total, t) => {
        const q = quotaFor(total, t);
        expect(q / total >= t).toBe(true);
        if (q > 1) expect((q - 1) / total >= t).toBe(false);
      }),
    );
  });

  it('rejects thresholds outside [0, 1] and bad totals', () => {
    expect(() => quotaFor(100, 1.01)).toThrow(PowerInputError);
    expect(() => quotaFor(100, 1, { strict: true })).toThrow(PowerInputError);
    expect(() => quotaFor(0, 0.5)).toThrow(PowerInputError);
    expect(() => quotaFor(100, Number.NaN)).toThrow(PowerInputError);
  });
});
