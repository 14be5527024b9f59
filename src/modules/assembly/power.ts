/**
 * Exact voting power in weighted voting games [q; w1, …, wn], computed by generating functions
 * (dynamic programming over total weight), never by enumerating coalitions.
 *
 * Methods:
 * - Generating functions for power indices: S. J. Brams & P. J. Affuso, "Power and size: a new
 *   paradox", Theory and Decision 7 (1976) 29–56; J. M. Bilbao, J. R. Fernández, A. Jiménez
 *   Losada & J. J. López, "Generating functions for computing power indices efficiently",
 *   TOP 8 (2000) 191–213.
 * - Removing one player from the counting polynomial by deconvolution, and counting only below the
 *   quota: T. Uno, "Efficient computation of power indices for weighted majority games",
 *   ISAAC 2012, LNCS 7676, 679–689.
 * - Banzhaf: J. F. Banzhaf III, "Weighted voting doesn't work", Rutgers Law Review 19 (1965)
 *   317–343. Shapley–Shubik: L. S. Shapley & M. Shubik, "A method for evaluating the distribution
 *   of power in a committee system", APSR 48 (1954) 787–792.
 *
 * Numbers. Counts of coalitions reach 2^194 for 195 states, beyond 2^53. Instead of BigInt (too
 * slow: n·q big-number additions) the float paths count *probabilities*, which stay in [0, 1]:
 * - Banzhaf: P(w) = probability that the others weigh w when each joins with probability ½; the
 *   swing probability is exactly the absolute Banzhaf index β'ᵢ = swingsᵢ / 2ⁿ⁻¹. Removing player i
 *   is x(w) = 2P(w) − x(w − wᵢ), a chain in which errors are neither amplified nor damped; since the
 *   P(w) along a chain sum to at most 1, each β'ᵢ has an absolute error of a few ε·n (≈ 1e-13 for
 *   n = 195). Values are dyadic rationals with at most n significant bits, so for n ≤ 52 every
 *   step is exact and dummies come out exactly 0. {@link banzhafSwings} gives exact BigInt counts.
 * - Shapley–Shubik: R_k(w) = probability that a uniformly random k-subset weighs w (a convex
 *   combination per added player, so no overflow or underflow trouble). Removing player i,
 *   Q_k(w) = (n·R_k(w) − k·Q_{k−1}(w − wᵢ)) / (n − k), amplifies errors by k/(n−k) < 1 only for
 *   k ≤ (n−1)/2; larger sizes are read through the complement (a k-subset of the others weighing w
 *   is the complement of an (n−1−k)-subset weighing W − wᵢ − w), so every step is contractive and
 *   each index has an absolute error of a few ε·n.
 * Normalised indices only need that relative precision: the errors are far below any difference
 * one ballot can make.
 *
 * Both indices are self-dual ([q; w] and [W − q + 1; w] give the same indices), which Banzhaf uses
 * to count only below min(q, W − q + 1) ≤ W/2 + 1. Players of weight 0 are null players: their
 * index is 0 and removing them changes nobody else's index, so they are left out of the counting.
 *
 * Cost, n players, total weight W, d distinct weights:
 * - Banzhaf: O((n + d)·W/2) time, O(W/2) memory.
 * - Shapley–Shubik: O((n + d)·(n/2)·L) time, O((n/2)·L) memory, L = max(q, W − q + 1).
 */
import { AppError } from '../../core/errors.ts';

/** Stable codes of {@link PowerInputError}. */
export type PowerInputErrorCode = 'weights_invalid' | 'quota_invalid' | 'threshold_invalid' | 'resolution_invalid' | 'game_too_large';

/** Invalid input to the power computations; maps to HTTP 400. */
export class PowerInputError extends AppError {
  declare readonly code: PowerInputErrorCode;
  constructor(code: PowerInputErrorCode, message: string, details?: unknown) {
    super(code, message, { status: 400, details });
    this.name = 'PowerInputError';
  }
}

/** A weighted voting game: a coalition wins when the sum of its members' weights is ≥ quota. */
export interface WeightedGame {
  /** Integer, 1 ≤ quota ≤ total weight. */
  readonly quota: number;
  /** Non-negative integers, one per player. */
  readonly weights: readonly number[];
}

/** Banzhaf indices of every player, in input order. */
export interface BanzhafResult {
  /** Normalised Banzhaf index βᵢ = swingsᵢ / Σⱼ swingsⱼ; sums to 1. */
  normalized: number[];
  /** Absolute Banzhaf index β'ᵢ = swingsᵢ / 2ⁿ⁻¹: the probability that i is decisive. */
  absolute: number[];
}

/** Every index this file computes, in input order. */
export interface PowerIndices {
  banzhaf: number[];
  banzhafAbsolute: number[];
  /** Absent when not asked for (`{ shapleyShubik: false }`). */
  shapleyShubik?: number[];
  /** True for a player in every winning coalition (total − wᵢ < quota). */
  veto: boolean[];
  totalWeight: number;
  quota: number;
}

/** Largest counting table allowed, in doubles (8 bytes each): keeps memory under ~200 MB. */
const MAX_TABLE = 25_000_000;

interface Prepared {
  n: number;
  total: number;
  quota: number;
  /** Weights of the players of non-zero weight. */
  nonZero: number[];
  /** Distinct non-zero weights. */
  distinct: number[];
}

/** `Array.isArray` without its narrowing to `any[]`: callers in plain JavaScript may pass anything. */
function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

function prepare(game: WeightedGame): Prepared {
  const { quota, weights } = game;
  if (!isArray(weights) || weights.length === 0) {
    throw new PowerInputError('weights_invalid', 'a game needs at least one weight');
  }
  let total = 0;
  weights.forEach((w, i) => {
    if (!Number.isSafeInteger(w) || w < 0) {
      throw new PowerInputError('weights_invalid', `weight ${i} must be a non-negative integer`, { index: i, weight: w });
    }
    total += w;
  });
  if (!Number.isSafeInteger(total)) {
    throw new PowerInputError('weights_invalid', 'total weight exceeds the safe integer range', { total });
  }
  if (!Number.isSafeInteger(quota) || quota <= 0 || quota > total) {
    throw new PowerInputError('quota_invalid', `quota must be an integer in [1, ${total}]`, { quota, total });
  }
  const nonZero = weights.filter((w) => w > 0);
  return { n: weights.length, total, quota, nonZero, distinct: [...new Set(nonZero)] };
}

/** Indices of the veto players: those in every winning coalition, i.e. total − wᵢ < quota. */
export function vetoPlayers(game: WeightedGame): number[] {
  const { total, quota } = prepare(game);
  const out: number[] = [];
  game.weights.forEach((w, i) => {
    if (total - w < quota) out.push(i);
  });
  return out;
}

/**
 * Banzhaf indices by the generating function of coalition weights, with each player removed by
 * deconvolution (see the file comment for method and precision). O((n + d)·W/2) time.
 */
export function banzhafIndex(game: WeightedGame): BanzhafResult {
  const { total, quota, nonZero, distinct } = prepare(game);
  // Self-duality: count only below the smaller of the two quotas.
  const q = Math.min(quota, total - quota + 1);
  if (q > MAX_TABLE) throw new PowerInputError('game_too_large', 'total weight too large for the Banzhaf table', { total });

  // P[w] = probability that a random coalition of all non-zero players weighs w, for w < q.
  const P = new Float64Array(q);
  P[0] = 1;
  let reach = 0; // highest weight reached so far, capped at q − 1
  for (const v of nonZero) {
    reach = Math.min(q - 1, reach + v);
    // Indices stay in [0, q): w ≤ reach < q and w − v ≥ 0.
    for (let w = reach; w >= v; w--) P[w] = 0.5 * (P[w]! + P[w - v]!);
    for (let w = Math.min(v, reach + 1) - 1; w >= 0; w--) P[w]! *= 0.5;
  }

  // Swing probability of a player of weight v: others weigh in [q − v, q − 1].
  const byWeight = new Map<number, number>();
  const x = new Float64Array(q);
  for (const v of distinct) {
    let swing = 0;
    const from = Math.max(0, q - v);
    for (let w = 0; w < q; w++) {
      let value = 2 * P[w]! - (w >= v ? x[w - v]! : 0); // w < q, and w − v ≥ 0 when read
      if (value < 0) value = 0; // rounding only; a probability is never negative
      x[w] = value;
      if (w >= from) swing += value;
    }
    byWeight.set(v, swing);
  }

  const absolute = game.weights.map((w) => (w === 0 ? 0 : (byWeight.get(w) as number)));
  const sum = absolute.reduce((a, b) => a + b, 0);
  return { absolute, normalized: absolute.map((b) => b / sum) };
}

/**
 * Exact Banzhaf swing counts (number of coalitions of the others that player i turns from losing
 * into winning), by the same deconvolution over BigInt counts. O((n + d)·W/2) big-integer
 * additions: meant for checks and moderate games (n·W up to a few million), not the hot path.
 */
export function banzhafSwings(game: WeightedGame): bigint[] {
  const { n, total, quota, nonZero, distinct } = prepare(game);
  const q = Math.min(quota, total - quota + 1);
  if (q > MAX_TABLE) throw new PowerInputError('game_too_large', 'total weight too large for the Banzhaf table', { total });
  const C: bigint[] = new Array<bigint>(q).fill(0n);
  C[0] = 1n;
  let reach = 0;
  for (const v of nonZero) {
    reach = Math.min(q - 1, reach + v);
    for (let w = reach; w >= v; w--) C[w]! += C[w - v]!; // w ≤ reach < q, w − v ≥ 0
  }
  // Each of the z zero-weight players may be in or out of any swing coalition of the others.
  const zeroFactor = 1n << BigInt(n - nonZero.length);
  const byWeight = new Map<number, bigint>();
  const x: bigint[] = new Array<bigint>(q).fill(0n);
  for (const v of distinct) {
    let swing = 0n;
    const from = Math.max(0, q - v);
    for (let w = 0; w < q; w++) {
      const value = C[w]! - (w >= v ? x[w - v]! : 0n); // w < q, and w − v ≥ 0 when read
      x[w] = value;
      if (w >= from) swing += value;
    }
    byWeight.set(v, swing * zeroFactor);
  }
  return game.weights.map((w) => (w === 0 ? 0n : (byWeight.get(w) as bigint)));
}

/**
 * Shapley–Shubik indices φᵢ = Σ_S |S|!(n−1−|S|)!/n! over coalitions S of the others with
 * q − wᵢ ≤ w(S) < q, by the generating function of coalition weights by size, each player removed
 * by deconvolution (see the file comment). Sizes are scaled to probabilities of random k-subsets.
 * O((n + d)·(n/2)·L) time, L = max(q, W − q + 1).
 */
export function shapleyShubikIndex(game: WeightedGame): number[] {
  const { total: W, quota: q, nonZero, distinct } = prepare(game);
  const n = nonZero.length; // null players do not change anyone's index
  const K = Math.floor((n - 1) / 2); // largest size counted directly; larger ones via complement
  const L = Math.max(q - 1, W - q) + 1; // weights 0 … L − 1 are read
  if ((K + 1) * L > MAX_TABLE) {
    throw new PowerInputError('game_too_large', 'players × total weight too large for the Shapley–Shubik table', {
      players: n,
      total: W,
    });
  }

  // R[k·L + w] = probability that a uniformly random k-subset of the players added so far weighs w.
  const R = new Float64Array((K + 1) * L);
  R[0] = 1;
  let added = 0;
  let reach = 0;
  for (const v of nonZero) {
    const m = added + 1;
    reach = Math.min(L - 1, reach + v);
    for (let k = Math.min(K, m); k >= 1; k--) {
      const keep = (m - k) / m;
      const join = k / m;
      const row = k * L;
      const prev = (k - 1) * L;
      // Indices stay in rows k − 1 and k of the table: 0 ≤ w − v, w ≤ reach < L, k ≤ K.
      for (let w = reach; w >= v; w--) R[row + w] = keep * R[row + w]! + join * R[prev + w - v]!;
      for (let w = Math.min(v, reach + 1) - 1; w >= 0; w--) R[row + w]! *= keep;
    }
    added = m;
  }

  const byWeight = new Map<number, number>();
  let prevRow = new Float64Array(L);
  let curRow = new Float64Array(L);
  for (const v of distinct) {
    // Windows: a k-subset of the others pivots i when it weighs in [q − v, q − 1]; the complement
    // of a k-subset, of size n − 1 − k, does when the k-subset weighs in [W − q − v + 1, W − q].
    const lo = Math.max(0, q - v);
    const hi = q - 1;
    const cLo = Math.max(0, W - q - v + 1);
    const cHi = W - q;
    let sum = 0;
    prevRow.fill(0);
    prevRow[0] = 1; // Q_0 = δ_0
    for (let k = 0; k <= K; k++) {
      const Qk = k === 0 ? prevRow : curRow;
      if (k > 0) {
        const a = n / (n - k);
        const b = k / (n - k);
        const row = k * L;
        for (let w = 0; w < L; w++) {
          let value = a * R[row + w]! - (w >= v ? b * prevRow[w - v]! : 0); // w < L, k ≤ K
          if (value < 0) value = 0;
          curRow[w] = value;
        }
      }
      // Both windows lie in [0, L): hi = q − 1 < L and cHi = W − q < L.
      for (let w = lo; w <= hi; w++) sum += Qk[w]!;
      if (n - 1 - k > K) for (let w = cLo; w <= cHi; w++) sum += Qk[w]!;
      if (k > 0) [prevRow, curRow] = [curRow, prevRow];
    }
    byWeight.set(v, sum / n);
  }
  return game.weights.map((w) => (w === 0 ? 0 : (byWeight.get(w) as number)));
}

/** Banzhaf (normalised and absolute), optionally Shapley–Shubik, and veto players, in one call. */
export function powerIndices(game: WeightedGame, options: { shapleyShubik?: boolean } = {}): PowerIndices {
  const { total, quota } = prepare(game);
  const { normalized, absolute } = banzhafIndex(game);
  const result: PowerIndices = {
    banzhaf: normalized,
    banzhafAbsolute: absolute,
    veto: game.weights.map((w) => total - w < quota),
    totalWeight: total,
    quota,
  };
  if (options.shapleyShubik !== false) result.shapleyShubik = shapleyShubikIndex(game);
  return result;
}

/**
 * Maps real weight shares (e.g. population shares) to integer weights: round(shareᵢ × resolution),
 * never below 0. The integers need not sum to exactly `resolution` (rounding); compute the quota
 * from their actual sum with {@link quotaFor}. Tiny shares may round to 0 (a null player); raise
 * the resolution to keep them.
 */
export function integerWeights(shares: readonly number[], resolution: number): number[] {
  if (!Number.isSafeInteger(resolution) || resolution <= 0) {
    throw new PowerInputError('resolution_invalid', 'resolution must be a positive integer', { resolution });
  }
  return shares.map((s, i) => {
    if (!Number.isFinite(s) || s < 0) {
      throw new PowerInputError('weights_invalid', `share ${i} must be a finite non-negative number`, { index: i, share: s });
    }
    const w = Math.round(s * resolution);
    if (!Number.isSafeInteger(w)) {
      throw new PowerInputError('weights_invalid', `share ${i} × resolution is out of range`, { index: i, share: s });
    }
    return Math.max(0, w);
  });
}

/**
 * The quota for a threshold given as a share of the total weight.
 *
 * - default (`strict: false`): the smallest integer q with q / total ≥ threshold: "at least
 *   threshold", as the tally reads a qualified majority (yes share ≥ threshold);
 * - `strict: true`: the smallest q with q / total > threshold: "more than threshold", e.g. a simple
 *   majority is `quotaFor(total, 0.5, { strict: true })` (51 of 100, 51 of 101).
 *
 * Shares are compared in floating point exactly as written (q / total against threshold), so that
 * 55 of 100 meets 0.55 although 0.55 × 100 = 55.000000000000007. The result is at least 1.
 */
export function quotaFor(total: number, thresholdShare: number, options: { strict?: boolean } = {}): number {
  if (!Number.isSafeInteger(total) || total <= 0) {
    throw new PowerInputError('weights_invalid', 'total weight must be a positive integer', { total });
  }
  const t = thresholdShare;
  const strict = options.strict === true;
  if (!Number.isFinite(t) || t < 0 || t > 1 || (strict && t >= 1)) {
    throw new PowerInputError('threshold_invalid', `threshold must be in [0, 1${strict ? ')' : ']'}`, { threshold: t });
  }
  const meets = (q: number) => (strict ? q / total > t : q / total >= t);
  let q = Math.min(total, Math.max(0, Math.ceil(t * total)));
  while (q > 0 && meets(q - 1)) q--;
  while (q < total && !meets(q)) q++;
  return Math.max(1, q);
}
