/** Colours and text helpers of the assembly pages; pure, so they are tested directly. */
import type { Choice, Standing } from './api.ts';

/** Standings from least to most engaged, with their map colour (colour-blind-safe, distinct in grey). */
export const STANDINGS: { standing: Standing; color: string }[] = [
  { standing: 'withdrawn', color: '#8c8c8c' },
  { standing: 'invited', color: '#e3e6ea' },
  { standing: 'observer', color: '#fdd49e' },
  { standing: 'member', color: '#9ecae1' },
  { standing: 'signed', color: '#3182bd' },
  { standing: 'ratified', color: '#08519c' },
];

const byStanding = new Map(STANDINGS.map((s) => [s.standing, s]));

/** Map colour of a standing. */
export const standingColor = (s: Standing): string => byStanding.get(s)?.color ?? '#e3e6ea';

/** Colours of the three choices (yes green, no vermilion, abstain grey: Okabe–Ito). */
export const CHOICE_COLORS: Record<Choice, string> = { yes: '#009e73', no: '#d55e00', abstain: '#999999' };

/** The three choices, in the order they are offered and drawn. */
export const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain'];
