/**
 * A state member's weight under the assembly's weighting rule: a convex mix of four shares,
 *
 *   wᵢ = c_eq · 1/n + c_pop · popᵢ/Σpop + c_gdp · gdpᵢ/Σgdp + c_sqrt · √popᵢ/Σ√pop,
 *
 * with c ≥ 0 and Σc = 1 (within {@link SHARE_TOLERANCE}). The square-root share is L. S. Penrose's
 * rule ("The elementary statistics of majority voting", J. Royal Statistical Society 109 (1946)
 * 53–57): under it each citizen's indirect voting power is roughly equal across states.
 *
 * A state without a figure (the Holy See has no population in the reference data) counts 0 in that
 * share. When a share's total is 0 among the members it gives nobody weight, and the mix is
 * renormalised over the shares that remain; when nothing remains, weights are equal. So the
 * weights always sum to 1 and no member set makes the tally impossible.
 */
import { AppError } from '../../core/errors.ts';
import type { WeightMix } from './assembly-types.ts';
import { SHARE_TOLERANCE } from './tally.ts';

export interface WeighedState {
  population: number | null;
  gdpUsd: number | null;
}

export const MIX_KEYS = ['equal', 'population', 'gdp', 'sqrtPopulation'] as const;

/** Throws `weights_not_normalized` (400) unless every coefficient is in [0, 1] and they sum to 1. */
export function assertWeightMix(mix: WeightMix): void {
  let sum = 0;
  for (const k of MIX_KEYS) {
    const c = mix[k];
    if (typeof c !== 'number' || !Number.isFinite(c) || c < 0 || c > 1) {
      throw new AppError('weights_not_normalized', `weighting.${k} must be a number in [0, 1]`, { status: 400, details: { [k]: c } });
    }
    sum += c;
  }
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    throw new AppError('weights_not_normalized', `the weighting coefficients must sum to 1 (they sum to ${sum})`, {
      status: 400,
      details: { sum },
    });
  }
}

/** Each member's four component shares (each component sums to 1 over the members, or is all 0). */
export function componentShares(members: readonly WeighedState[]): Record<keyof WeightMix, number[]> {
  const n = members.length;
  const pop = members.map((m) => Math.max(0, m.population ?? 0));
  const gdp = members.map((m) => Math.max(0, m.gdpUsd ?? 0));
  const sqrt = pop.map(Math.sqrt);
  const normalise = (xs: number[]) => {
    const total = xs.reduce((a, b) => a + b, 0);
    return xs.map((x) => (total > 0 ? x / total : 0));
  };
  return {
    equal: members.map(() => (n > 0 ? 1 / n : 0)),
    population: normalise(pop),
    gdp: normalise(gdp),
    sqrtPopulation: normalise(sqrt),
  };
}

/** Member i's four component shares, from {@link componentShares} of the members (i is one of theirs). */
function componentsAt(parts: Record<keyof WeightMix, number[]>, i: number): Record<keyof WeightMix, number> {
  return { equal: parts.equal[i]!, population: parts.population[i]!, gdp: parts.gdp[i]!, sqrtPopulation: parts.sqrtPopulation[i]! };
}

/** Weight shares of the members under `mix`, in input order; they sum to 1 (see the file comment). */
export function weightShares(members: readonly WeighedState[], mix: WeightMix): number[] {
  assertWeightMix(mix);
  if (members.length === 0) return [];
  const parts = componentShares(members);
  // Coefficients of shares that give nobody weight are dropped and the rest renormalised.
  let live = 0;
  for (const k of MIX_KEYS) if (parts[k].some((x) => x > 0)) live += mix[k];
  if (!(live > 0)) return members.map(() => 1 / members.length);
  return members.map((_, i) => {
    const components = componentsAt(parts, i);
    let w = 0;
    for (const k of MIX_KEYS) w += mix[k] * components[k];
    return w / live;
  });
}

export interface Member extends WeighedState {
  id: number;
  kind: 'state' | 'organization';
}

export interface MemberWeights {
  /** State members with their share of the states' chamber (sums to 1), in input order. */
  states: { id: number; weight: number; components: Record<keyof WeightMix, number> }[];
  organizations: { id: number }[];
  /** Share of the counted total each chamber carries (the organizations' is 0 when advisory or empty). */
  chambers: { states: number; organizations: number };
}

/**
 * Weights of the members under the rules: states by {@link weightShares}; organizations equal
 * within their chamber, which carries `share` of the total when weighted and has members
 * (as {@link tallyMotion} counts it), nothing when advisory.
 */
export function memberWeights(
  members: readonly Member[],
  mix: WeightMix,
  orgChamber: { mode: 'advisory' } | { mode: 'weighted'; share: number },
): MemberWeights {
  const stateMembers = members.filter((m) => m.kind === 'state');
  const organizations = members.filter((m) => m.kind === 'organization').map((m) => ({ id: m.id }));
  const shares = weightShares(stateMembers, mix);
  const parts = componentShares(stateMembers);
  const orgShare = orgChamber.mode === 'weighted' && organizations.length > 0 ? orgChamber.share : 0;
  return {
    states: stateMembers.map((m, i) => ({
      id: m.id,
      weight: shares[i]!, // one share per state member, in order
      components: componentsAt(parts, i),
    })),
    organizations,
    chambers: { states: 1 - orgShare, organizations: orgShare },
  };
}
