/**
 * The assembly's domain types shared by tables, services and pure cores: the rules, the
 * entry-into-force conditions and the stored form of an article.
 */
import type { OrgChamberRule } from './tally.ts';

/** How a state's weight is computed: a mix of four shares whose coefficients sum to 1. */
export interface WeightMix {
  /** 1 / number of state members. */
  equal: number;
  /** Population / members' population. */
  population: number;
  /** GDP / members' GDP. */
  gdp: number;
  /** √population / Σ √population of members (Penrose's square-root rule). */
  sqrtPopulation: number;
}

/** What one kind of motion needs to pass. */
export interface MotionThreshold {
  /** Share of the weight of the votes cast (yes / (yes + no)) that yes must reach (≥). */
  threshold: number;
  /** Share of the state members that must vote yes (heads), or null for none. */
  doubleMajority: number | null;
}

/** The assembly's rules (GET/PUT /api/assembly/rules). */
export interface AssemblyRules {
  weighting: WeightMix;
  /** Share of the total counted member weight that must cast a ballot (any choice). */
  quorum: number;
  thresholds: { procedural: MotionThreshold; amendment: MotionThreshold; adoption: MotionThreshold };
  /** Advisory (tally shown beside, not counted) or weighted with a fixed share of the total. */
  orgChamber: OrgChamberRule;
  /** Seconds from other members' delegations an amendment needs to reach the floor. */
  secondsRequired: number;
}

/** The rules a fresh assembly starts with: no participant can hold a veto under them. */
export const DEFAULT_RULES: AssemblyRules = {
  weighting: { equal: 0.5, population: 0.5, gdp: 0, sqrtPopulation: 0 },
  quorum: 0.5,
  thresholds: {
    procedural: { threshold: 0.5, doubleMajority: null },
    amendment: { threshold: 0.6, doubleMajority: null },
    adoption: { threshold: 2 / 3, doubleMajority: 0.5 },
  },
  orgChamber: { mode: 'advisory' },
  secondsRequired: 2,
};

/**
 * When a treaty enters into force: at least `ratifications` states have ratified AND the ratifying
 * states hold at least `populationShare` of the world's population and/or `gdpShare` of its GDP
 * (`combine` says which; a null share is not required), then `delayDays` days later.
 */
export interface EntryIntoForceConditions {
  ratifications: number;
  populationShare: number | null;
  gdpShare: number | null;
  combine: 'and' | 'or';
  delayDays: number;
}

export const DEFAULT_ENTRY_INTO_FORCE: EntryIntoForceConditions = {
  ratifications: 55,
  populationShare: 0.55,
  gdpShare: null,
  combine: 'and',
  delayDays: 90,
};

/** An article as stored in a version: `key` is stable across versions, the number is its position. */
export interface StoredArticle {
  key: string;
  heading: string;
  body: string;
}
