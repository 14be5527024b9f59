/** Colours, labels and number formats of the assembly pages; pure, so they are tested directly. */
import type { Choice, Standing } from './api.ts';

/** Standings from least to most engaged, with their map colour (colour-blind-safe, distinct in grey). */
export const STANDINGS: { standing: Standing; label: string; color: string }[] = [
  { standing: 'withdrawn', label: 'withdrawn', color: '#8c8c8c' },
  { standing: 'invited', label: 'invited', color: '#e3e6ea' },
  { standing: 'observer', label: 'observer', color: '#fdd49e' },
  { standing: 'member', label: 'member', color: '#9ecae1' },
  { standing: 'signed', label: 'signed', color: '#3182bd' },
  { standing: 'ratified', label: 'ratified', color: '#08519c' },
];

const byStanding = new Map(STANDINGS.map((s) => [s.standing, s]));

/** Map colour of a standing. */
export const standingColor = (s: Standing): string => byStanding.get(s)?.color ?? '#e3e6ea';

/** Colours of the three choices (yes green, no vermilion, abstain grey: Okabe–Ito). */
export const CHOICE_COLORS: Record<Choice, string> = { yes: '#009e73', no: '#d55e00', abstain: '#999999' };

/** 0.1234 → "12.3 %"; null → "—". */
export function percent(x: number | null | undefined, digits = 1): string {
  return x == null || !Number.isFinite(x) ? '—' : `${(x * 100).toFixed(digits)} %`;
}

/** Splits Markdown into paragraphs at blank lines, soft line breaks joined by spaces. */
export function paragraphs(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean);
}

/** Human label of an amendment status. */
export const AMENDMENT_STATUS_LABEL: Record<string, string> = {
  proposed: 'proposed',
  on_floor: 'on the floor',
  adopted: 'adopted',
  rejected: 'rejected',
  needs_rebase: 'needs rebase',
};
