/** Colours and text helpers of the assembly pages; pure, so they are tested directly. */
import type { Choice, Standing } from './api.ts';

/** The sea behind the world map (styles.css `.world-map > svg`), which every standing's colour must stand out from. */
export const MAP_SEA = '#eef4fa';

/**
 * Standings from least to most engaged, with their map colour: Okabe–Ito's colour-blind-safe
 * hues (grey for invited), each far from every other for a reader with any of the three kinds of
 * dichromacy (standing.test.ts), so a member, a signatory and a ratifier never look alike.
 */
export const STANDINGS: { standing: Standing; color: string }[] = [
  { standing: 'invited', color: '#c4c4c4' },
  { standing: 'observer', color: '#f0e442' },
  { standing: 'member', color: '#56b4e9' },
  { standing: 'signed', color: '#e69f00' },
  { standing: 'ratified', color: '#0072b2' },
  { standing: 'withdrawn', color: '#cc79a7' },
];

const byStanding = new Map(STANDINGS.map((s) => [s.standing, s]));

/** Map colour of a standing. */
export const standingColor = (s: Standing): string => byStanding.get(s)?.color ?? '#c4c4c4';

/** Colours of the three choices (yes green, no vermilion, abstain grey: Okabe–Ito). */
export const CHOICE_COLORS: Record<Choice, string> = { yes: '#009e73', no: '#d55e00', abstain: '#999999' };

/** The three choices, in the order they are offered and drawn. */
export const CHOICES: readonly Choice[] = ['yes', 'no', 'abstain'];
