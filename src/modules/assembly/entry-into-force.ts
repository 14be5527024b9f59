/**
 * Entry into force of a treaty from its deposits of ratification and withdrawals, in the manner
 * of the Vienna Convention on the Law of Treaties (1969), art. 24 (entry into force as the treaty
 * provides) and of final clauses such as the Kyoto Protocol's art. 25 ("on the ninetieth day after
 * the date on which not less than 55 Parties … incorporating … at least 55 per cent …").
 *
 * Replay: events are applied in date order (all of one day together); after each day the conditions
 * are checked; the first day they hold is `metOn`, and the treaty enters into force `delayDays` days
 * later. Once met, later withdrawals do not undo entry into force (a withdrawing state stops being
 * a party; the treaty stays in force), which is how such clauses are read.
 *
 * Shares are of the world: the sum over all reference states (a state without a figure counts 0).
 */
import type { EntryIntoForceConditions } from './assembly-types.ts';
import { SHARE_TOLERANCE } from './tally.ts';

export interface RatificationEvent {
  participantId: number;
  kind: 'ratification' | 'withdrawal';
  /** YYYY-MM-DD. */
  date: string;
}

export interface StateFigures {
  population: number | null;
  gdpUsd: number | null;
}

export interface EntryIntoForceStatus {
  /** States whose ratification stands today (ratified, not withdrawn). */
  ratifications: number;
  populationShare: number;
  gdpShare: number;
  /** Whether the conditions hold for today's parties. */
  conditionsHoldNow: boolean;
  /** The first day the conditions held, or null. */
  metOn: string | null;
  /** metOn + delayDays, or null. */
  entryIntoForce: string | null;
  /** True when entryIntoForce is today or earlier. */
  inForce: boolean;
}

/** YYYY-MM-DD plus `days` days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** True when the parties' count and shares satisfy `c`. */
export function conditionsHold(c: EntryIntoForceConditions, count: number, populationShare: number, gdpShare: number): boolean {
  if (count < c.ratifications) return false;
  const tests: boolean[] = [];
  if (c.populationShare !== null) tests.push(populationShare >= c.populationShare - SHARE_TOLERANCE);
  if (c.gdpShare !== null) tests.push(gdpShare >= c.gdpShare - SHARE_TOLERANCE);
  if (tests.length === 0) return true;
  return c.combine === 'and' ? tests.every(Boolean) : tests.some(Boolean);
}

/**
 * Replays `events` (any order) against `conditions`. `figures` maps each participant that may
 * ratify to its population and GDP; `world` is the total over all reference states; `today`
 * is YYYY-MM-DD.
 */
export function entryIntoForceStatus(
  conditions: EntryIntoForceConditions,
  events: readonly RatificationEvent[],
  figures: ReadonlyMap<number, StateFigures>,
  world: { population: number; gdpUsd: number },
  today: string,
): EntryIntoForceStatus {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const parties = new Set<number>();
  let pop = 0;
  let gdp = 0;
  let metOn: string | null = null;
  const share = (x: number, total: number) => (total > 0 ? x / total : 0);
  for (const [i, e] of sorted.entries()) {
    const f = figures.get(e.participantId);
    if (e.kind === 'ratification' && !parties.has(e.participantId)) {
      parties.add(e.participantId);
      pop += f?.population ?? 0;
      gdp += f?.gdpUsd ?? 0;
    } else if (e.kind === 'withdrawal' && parties.delete(e.participantId)) {
      pop -= f?.population ?? 0;
      gdp -= f?.gdpUsd ?? 0;
    }
    // The conditions are read at the end of each day, once all of that day's events are in.
    if (sorted[i + 1]?.date === e.date) continue;
    if (metOn === null && conditionsHold(conditions, parties.size, share(pop, world.population), share(gdp, world.gdpUsd))) metOn = e.date;
  }
  const populationShare = share(pop, world.population);
  const gdpShare = share(gdp, world.gdpUsd);
  const entryIntoForce = metOn === null ? null : addDays(metOn, conditions.delayDays);
  return {
    ratifications: parties.size,
    populationShare,
    gdpShare,
    conditionsHoldNow: conditionsHold(conditions, parties.size, populationShare, gdpShare),
    metOn,
    entryIntoForce,
    inForce: entryIntoForce !== null && entryIntoForce <= today,
  };
}
