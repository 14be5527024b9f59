/**
 * Tally of a weighted motion under the assembly's frozen rules (DESIGN.md, "Assembly"): pure, so
 * the same ballots and rules always give the same result and the tally is reproducible from the log.
 *
 * Definitions (the rules are frozen when the ballot opens):
 * - Chambers. States weigh their `weight` share, normalised over the state members; organisations
 *   weigh equally within their chamber. In `weighted` mode the states' chamber counts (1 − share)
 *   of the total and the organisations' chamber `share`, so a state's counted weight is
 *   (1 − share)·wᵢ/Σw and an organisation's share/|orgs|; with no organisation members the states'
 *   chamber alone counts. In `advisory` mode only the states count; the organisations' tally is
 *   computed and returned but decides nothing.
 * - Threshold: yes / (yes + no) of the counted weight must reach the threshold (≥); abstentions
 *   count for the quorum but not in the share.
 * - Quorum: counted weight present (any ballot, abstain included) / total counted weight ≥ quorum.
 * - Double majority (optional): state members voting yes / all state members ≥ doubleMajority,
 *   counted by heads. "Members" here are the states, the parties to the treaty: counting
 *   thousands of organisations as heads would turn it into a majority of organisations.
 * - Ballots are taken in order and a later ballot of the same participant replaces an earlier one
 *   (ballots are changeable until the ballot closes), so a ballot log may be passed as it is.
 *
 * Shares are real numbers carried in doubles; a comparison with a threshold, quorum or double
 * majority accepts a shortfall below {@link SHARE_TOLERANCE}, so that a share exactly at the
 * threshold is not lost to summation rounding (10,000 additions err by ~1e-12). No single ballot
 * weighs so little: the smallest has weight of order 1e-7 or more of the total in practice.
 *
 * Cost: O(states + organisations + ballots), one Map lookup per ballot.
 */
import { AppError } from '../../core/errors.ts';

/** Slack allowed when comparing a share with a required share (see the file comment). */
export const SHARE_TOLERANCE = 1e-9;

export type Choice = 'yes' | 'no' | 'abstain';

export type OrgChamberRule = { mode: 'advisory' } | { mode: 'weighted'; share: number };

/** The rules of a motion, frozen when its ballot opens. */
export interface TallyRules {
  /** Share of the counted yes + no weight that yes must reach (≥), in (0, 1]. */
  threshold: number;
  /** Share of state members (heads) that must vote yes, in (0, 1]; null or absent: none required. */
  doubleMajority?: number | null;
  /** Share of the total counted weight that must be present (any ballot), in [0, 1]. */
  quorum: number;
  orgChamber: OrgChamberRule;
}

export interface StateMember {
  id: string;
  /** Non-negative weight share; normalised over the state members here. */
  weight: number;
}

export interface OrgMember {
  id: string;
}

export interface TallyBallot {
  participantId: string;
  choice: Choice;
}

export interface HeadCount {
  yes: number;
  no: number;
  abstain: number;
  /** Members who cast no ballot. */
  absent: number;
  members: number;
}

/** One chamber's tally; weights are shares of the chamber's own total weight (0 … 1). */
export interface ChamberTally {
  yes: number;
  no: number;
  abstain: number;
  /** yes + no + abstain. */
  present: number;
  /** yes / (yes + no) within the chamber; null when nobody voted yes or no. */
  yesShare: number | null;
  heads: HeadCount;
  /** Share of the combined total this chamber counts for (0 for an advisory chamber). */
  counts: number;
}

export type TallyReasonCode = 'quorum_not_reached' | 'no_decisive_votes' | 'threshold_not_reached' | 'double_majority_not_reached';

export interface TallyReason {
  code: TallyReasonCode;
  message: string;
}

export interface TallyResult {
  states: ChamberTally;
  organizations: ChamberTally;
  /** Combined counted weights, as shares of the total counted weight. */
  combined: { yes: number; no: number; abstain: number; present: number };
  /** Combined yes / (yes + no); null when no counted yes or no ballot was cast. */
  yesShare: number | null;
  threshold: { required: number; reached: boolean };
  quorum: { required: number; present: number; reached: boolean };
  /** Heads share of state members voting yes; `required` null when no double majority is asked. */
  doubleMajority: { required: number | null; yesShare: number; reached: boolean };
  passed: boolean;
  /** Why the motion failed, one entry per unmet condition; empty when it passed. */
  reasons: TallyReason[];
}

export type TallyInputErrorCode = 'rules_invalid' | 'members_invalid' | 'ballot_invalid' | 'ballot_participant_unknown';

/** Invalid input to {@link tallyMotion}; maps to HTTP 400. */
export class TallyInputError extends AppError {
  declare readonly code: TallyInputErrorCode;
  constructor(code: TallyInputErrorCode, message: string, details?: unknown) {
    super(code, message, { status: 400, details });
    this.name = 'TallyInputError';
  }
}

const inUnit = (x: unknown, { open0 = false } = {}): x is number =>
  typeof x === 'number' && Number.isFinite(x) && (open0 ? x > 0 : x >= 0) && x <= 1;

function validateRules(rules: TallyRules): void {
  if (!inUnit(rules.threshold, { open0: true })) {
    throw new TallyInputError('rules_invalid', 'threshold must be in (0, 1]', { threshold: rules.threshold });
  }
  if (!inUnit(rules.quorum)) throw new TallyInputError('rules_invalid', 'quorum must be in [0, 1]', { quorum: rules.quorum });
  const dm = rules.doubleMajority;
  if (dm !== undefined && dm !== null && !inUnit(dm, { open0: true })) {
    throw new TallyInputError('rules_invalid', 'doubleMajority must be in (0, 1] or null', { doubleMajority: dm });
  }
  const chamber = rules.orgChamber;
  if (chamber?.mode === 'weighted') {
    if (!inUnit(chamber.share)) throw new TallyInputError('rules_invalid', 'orgChamber.share must be in [0, 1]', chamber);
  } else if (chamber?.mode !== 'advisory') {
    throw new TallyInputError('rules_invalid', "orgChamber.mode must be 'advisory' or 'weighted'", chamber);
  }
}

const reaches = (share: number, required: number) => share >= required - SHARE_TOLERANCE;
const fmt = (share: number) => `${(share * 100).toFixed(4)} %`;

/** A number per choice: a sum of weights, or a count of heads. */
type ChoiceCounts = Record<Choice, number>;

const noChoices = (): ChoiceCounts => ({ yes: 0, no: 0, abstain: 0 });

/**
 * Checks the members and says which chamber each belongs to; returns the states' total raw
 * weight (what a state's weight is normalised by).
 */
function indexMembers(states: readonly StateMember[], organizations: readonly OrgMember[]) {
  const chamberOf = new Map<string, 'state' | 'org'>();
  let stateTotal = 0;
  for (const s of states) {
    if (typeof s.id !== 'string' || chamberOf.has(s.id))
      throw new TallyInputError('members_invalid', `duplicate member ${s.id}`, { id: s.id });
    if (typeof s.weight !== 'number' || !Number.isFinite(s.weight) || s.weight < 0) {
      throw new TallyInputError('members_invalid', `state ${s.id} has an invalid weight`, { id: s.id, weight: s.weight });
    }
    chamberOf.set(s.id, 'state');
    stateTotal += s.weight;
  }
  if (!(stateTotal > 0)) throw new TallyInputError('members_invalid', 'the state members have no weight');
  for (const o of organizations) {
    if (typeof o.id !== 'string' || chamberOf.has(o.id))
      throw new TallyInputError('members_invalid', `duplicate member ${o.id}`, { id: o.id });
    chamberOf.set(o.id, 'org');
  }
  return { chamberOf, stateTotal };
}

/** Each participant's standing choice: its last ballot (ballots are changeable until the close). */
function standingChoices(ballots: readonly TallyBallot[], chamberOf: ReadonlyMap<string, unknown>): Map<string, Choice> {
  const choiceOf = new Map<string, Choice>();
  for (const b of ballots) {
    if (b.choice !== 'yes' && b.choice !== 'no' && b.choice !== 'abstain') {
      throw new TallyInputError('ballot_invalid', `invalid choice ${String(b.choice)}`, { participantId: b.participantId });
    }
    if (!chamberOf.has(b.participantId)) {
      throw new TallyInputError('ballot_participant_unknown', `${b.participantId} is not a member`, {
        participantId: b.participantId,
      });
    }
    choiceOf.set(b.participantId, b.choice);
  }
  return choiceOf;
}

/**
 * The states' raw weight and heads per choice, summed in member order (independent of ballot
 * order; the weights are normalised once, in the chamber's tally), and the organisations' heads.
 */
function countChoices(states: readonly StateMember[], organizations: readonly OrgMember[], choiceOf: ReadonlyMap<string, Choice>) {
  const stateWeight = noChoices();
  const stateHeads = noChoices();
  for (const s of states) {
    const choice = choiceOf.get(s.id);
    if (choice === undefined) continue;
    stateWeight[choice] += s.weight;
    stateHeads[choice]++;
  }
  const orgHeads = noChoices();
  for (const o of organizations) {
    const choice = choiceOf.get(o.id);
    if (choice !== undefined) orgHeads[choice]++;
  }
  return { stateWeight, stateHeads, orgHeads };
}

/** What each chamber counts for under the rules, before normalising by their sum `countedTotal`. */
function chamberCounts(orgChamber: OrgChamberRule, organizationMembers: number) {
  const weighted = orgChamber.mode === 'weighted';
  const share = orgChamber.mode === 'weighted' ? orgChamber.share : 0;
  const orgCounts = weighted && organizationMembers > 0 ? share : 0;
  const stateCounts = weighted ? 1 - share : 1;
  const countedTotal = stateCounts + orgCounts;
  if (!(countedTotal > 0)) {
    throw new TallyInputError('rules_invalid', 'no chamber counts: the organisations weigh everything and there are none');
  }
  return { stateCounts, orgCounts, countedTotal };
}

/**
 * One chamber's tally: `weight` per choice as a share of the chamber's `totalWeight`, `heads` per
 * choice among its `members`, and the share of the combined total it counts for.
 */
function chamberTally(weight: ChoiceCounts, heads: ChoiceCounts, totalWeight: number, members: number, counts: number): ChamberTally {
  const yes = totalWeight > 0 ? weight.yes / totalWeight : 0;
  const no = totalWeight > 0 ? weight.no / totalWeight : 0;
  const abstain = totalWeight > 0 ? weight.abstain / totalWeight : 0;
  const present = heads.yes + heads.no + heads.abstain;
  return {
    yes,
    no,
    abstain,
    present: yes + no + abstain,
    yesShare: weight.yes + weight.no > 0 ? weight.yes / (weight.yes + weight.no) : null,
    heads: { ...heads, absent: members - present, members },
    counts,
  };
}

/** The conditions a motion must meet, each with whether it is met, and why it failed if it did. */
function decide(
  rules: TallyRules,
  combined: TallyResult['combined'],
  yesShare: number | null,
  stateYesHeads: number,
  stateMembers: number,
) {
  const reasons: TallyReason[] = [];
  const quorumReached = reaches(combined.present, rules.quorum);
  if (!quorumReached) {
    reasons.push({
      code: 'quorum_not_reached',
      message: `present weight ${fmt(combined.present)} is below the quorum of ${fmt(rules.quorum)}`,
    });
  }
  const thresholdReached = yesShare !== null && reaches(yesShare, rules.threshold);
  if (yesShare === null) {
    reasons.push({ code: 'no_decisive_votes', message: 'no counted participant voted yes or no' });
  } else if (!thresholdReached) {
    reasons.push({
      code: 'threshold_not_reached',
      message: `yes share ${fmt(yesShare)} is below the threshold of ${fmt(rules.threshold)}`,
    });
  }
  const doubleMajorityRequired = rules.doubleMajority ?? null;
  const doubleMajorityShare = stateMembers > 0 ? stateYesHeads / stateMembers : 0;
  const doubleMajorityReached = doubleMajorityRequired === null || reaches(doubleMajorityShare, doubleMajorityRequired);
  if (doubleMajorityRequired !== null && !doubleMajorityReached) {
    reasons.push({
      code: 'double_majority_not_reached',
      message: `${stateYesHeads} of ${stateMembers} state members voted yes, below the required ${fmt(doubleMajorityRequired)}`,
    });
  }
  return {
    threshold: { required: rules.threshold, reached: thresholdReached },
    quorum: { required: rules.quorum, present: combined.present, reached: quorumReached },
    doubleMajority: { required: doubleMajorityRequired, yesShare: doubleMajorityShare, reached: doubleMajorityReached },
    passed: quorumReached && thresholdReached && doubleMajorityReached,
    reasons,
  };
}

/**
 * Tallies one motion. Throws {@link TallyInputError} on invalid rules, members (duplicate ids,
 * negative weights, no state weight) or ballots (unknown participant, unknown choice).
 */
export function tallyMotion(
  rules: TallyRules,
  states: readonly StateMember[],
  organizations: readonly OrgMember[],
  ballots: readonly TallyBallot[],
): TallyResult {
  validateRules(rules);
  const { chamberOf, stateTotal } = indexMembers(states, organizations);
  const choiceOf = standingChoices(ballots, chamberOf);
  const { stateWeight, stateHeads, orgHeads } = countChoices(states, organizations, choiceOf);
  const { stateCounts, orgCounts, countedTotal } = chamberCounts(rules.orgChamber, organizations.length);

  const stateTally = chamberTally(stateWeight, stateHeads, stateTotal, states.length, stateCounts / countedTotal);
  // Organisations weigh equally: a head is a weight of 1 out of the chamber's member count.
  const orgTally = chamberTally(orgHeads, orgHeads, organizations.length, organizations.length, orgCounts / countedTotal);

  const mix = (stateShare: number, orgShare: number) => (stateCounts * stateShare + orgCounts * orgShare) / countedTotal;
  const combined = {
    yes: mix(stateTally.yes, orgTally.yes),
    no: mix(stateTally.no, orgTally.no),
    abstain: mix(stateTally.abstain, orgTally.abstain),
    present: mix(stateTally.present, orgTally.present),
  };
  const yesShare = combined.yes + combined.no > 0 ? combined.yes / (combined.yes + combined.no) : null;
  return {
    states: stateTally,
    organizations: orgTally,
    combined,
    yesShare,
    ...decide(rules, combined, yesShare, stateHeads.yes, states.length),
  };
}
