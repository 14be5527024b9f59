import { SeededRandom } from './seeded-random.ts';

/** What sampling needs of a workload. */
export interface SampleCandidate {
  id: string;
  acceleratorHours: number;
}

/**
 * Draws k workloads for a challenge, weighted by accelerator-hours, without replacement, from a
 * seed everyone can see (the current ledger root, hex), so anyone can reproduce the draw:
 *
 * 1. Drop candidates whose acceleratorHours is not a positive finite number (they cannot be drawn).
 *    Duplicate ids are an error.
 * 2. Sort the rest by id (JavaScript string order: UTF-16 code units; byte order for ASCII ids).
 * 3. Give the i-th candidate in that order the i-th value uᵢ ∈ (0, 1] of {@link SeededRandom}
 *    seeded with the hex-decoded seed: block j = HMAC-SHA256(seed, uint64be(j)), four big-endian
 *    64-bit words per block, uᵢ = (⌊wordᵢ / 2¹¹⌋ + 1) / 2⁵³.
 * 4. Key kᵢ = ln(uᵢ) / wᵢ with wᵢ = acceleratorHours (the log of Efraimidis & Spirakis's
 *    uᵢ^(1/wᵢ), "Weighted random sampling with a reservoir", Inf. Proc. Letters 97(5), 2006):
 *    taking the k largest keys is a weighted draw without replacement.
 * 5. Return the k candidates with the largest keys, largest first; equal keys go by id.
 *
 * Returns every positive-weight candidate when there are k or fewer.
 */
export function sampleWorkloads<T extends SampleCandidate>(workloads: readonly T[], k: number, seedHex: string): T[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError('k must be a non-negative integer');
  const rng = SeededRandom.fromHex(seedHex);
  const seen = new Set<string>();
  const candidates: T[] = [];
  for (const w of workloads) {
    if (seen.has(w.id)) throw new RangeError(`duplicate workload id ${w.id}`);
    seen.add(w.id);
    if (Number.isFinite(w.acceleratorHours) && w.acceleratorHours > 0) candidates.push(w);
  }
  candidates.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keyed = candidates.map((w) => ({ w, key: Math.log(rng.next()) / w.acceleratorHours }));
  keyed.sort((a, b) => b.key - a.key || (a.w.id < b.w.id ? -1 : a.w.id > b.w.id ? 1 : 0));
  return keyed.slice(0, k).map((x) => x.w);
}
