/**
 * The assembly's shapes that tables, services, pure cores and the API all hold: the rules, the
 * entry-into-force conditions and the stored form of an article. Each is one zod schema (which
 * validates input and documents the API) and the type inferred from it, with its defaults.
 * They live apart from the *.dto.ts files because the tables type their JSON columns with them,
 * and the dto files import the tables' enums.
 */
import { z } from '@hono/zod-openapi';
import { positiveShare, share } from './common.dto.ts';
import { LANGUAGES } from './languages.ts';

/** One of the six working languages (ISO 639-1). */
export const LanguageSchema = z.enum(LANGUAGES).openapi('TreatyLanguage');

/** What one kind of motion needs to pass. */
const ThresholdSchema = z.strictObject({
  /** Share of the weight of the votes cast (yes / (yes + no)) that yes must reach (≥). */
  threshold: positiveShare,
  /** Share of the state members that must vote yes (heads), or null for none. */
  doubleMajority: positiveShare.nullable(),
});

/**
 * How a state's weight is computed: a mix of four shares whose coefficients sum to 1 — 1 / number
 * of state members, population / members' population, GDP / members' GDP, and √population /
 * Σ √population of members (Penrose's square-root rule).
 */
const WeightMixSchema = z.strictObject({ equal: share, population: share, gdp: share, sqrtPopulation: share });

/** Advisory (tally shown beside, not counted) or weighted with a fixed share of the total. */
export const OrgChamberSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('advisory') }),
  z.strictObject({ mode: z.literal('weighted'), share: z.number().min(0).lt(1) }),
]);

/** The assembly's rules (GET/PUT /api/assembly/rules). */
export const RulesSchema = z
  .strictObject({
    weighting: WeightMixSchema,
    /** Share of the total counted member weight that must cast a ballot (any choice). */
    quorum: share,
    thresholds: z.strictObject({ procedural: ThresholdSchema, amendment: ThresholdSchema, adoption: ThresholdSchema }),
    orgChamber: OrgChamberSchema,
    /** Seconds from other members' delegations an amendment needs to reach the floor. */
    secondsRequired: z.number().int().min(0).max(1000),
    /**
     * Languages in which every article must have a current translation before an adoption motion
     * may be put (the treaty's source language always counts as complete). All six by default (the
     * texts are equally authentic: a delegate votes on a text they can read); absent in a PUT means
     * all six; an empty list requires none.
     */
    requiredLanguages: z
      .array(LanguageSchema)
      .max(LANGUAGES.length)
      .refine((l) => new Set(l).size === l.length, 'requiredLanguages must not repeat a language')
      .default([...LANGUAGES]),
  })
  .openapi('AssemblyRules');

export type AssemblyRules = z.infer<typeof RulesSchema>;
export type WeightMix = AssemblyRules['weighting'];

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
  // All six: the six texts are equally authentic, so none is adopted before every article is
  // translated and current in each (an admin may require fewer; see the README's "Languages").
  requiredLanguages: [...LANGUAGES],
};

/**
 * When a treaty enters into force: at least `ratifications` states have ratified AND the ratifying
 * states hold at least `populationShare` of the world's population and/or `gdpShare` of its GDP
 * (`combine` says which; a null share is not required), then `delayDays` days later.
 */
export const EntryIntoForceSchema = z
  .strictObject({
    ratifications: z.number().int().min(1).max(1000),
    populationShare: positiveShare.nullable(),
    gdpShare: positiveShare.nullable(),
    combine: z.enum(['and', 'or']).default('and'),
    delayDays: z.number().int().min(0).max(3650),
  })
  .openapi('EntryIntoForce');

export type EntryIntoForceConditions = z.infer<typeof EntryIntoForceSchema>;

export const DEFAULT_ENTRY_INTO_FORCE: EntryIntoForceConditions = {
  ratifications: 55,
  populationShare: 0.55,
  gdpShare: null,
  combine: 'and',
  delayDays: 90,
};

/** An article as stored in a version: `key` is stable across versions, the number is its position. */
export const StoredArticleSchema = z.object({ key: z.string(), heading: z.string(), body: z.string() });

export type StoredArticle = z.infer<typeof StoredArticleSchema>;
