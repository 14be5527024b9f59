/**
 * Number and date formats of the verification pages, in the shown language: built on the app's
 * Intl formats (web/src/i18n/format.ts) so a French reader sees `3,2 × 10²⁴` and `12,5 %`.
 */
import i18next from 'i18next';
import { formatDate, formatDateTimeUtc, formatList as joinList, formatNumber, formatPercent } from '../../i18n/format.ts';
import { directionOf } from '../../i18n/languages.ts';

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10²⁴: the power of ten alone, for a log axis's ticks. */
export function powerOfTen(exponent: number): string {
  const power = String(exponent)
    .split('')
    .map((c) => SUPERSCRIPT[c])
    .join('');
  return `10${power}`;
}

/**
 * 3.2 × 10²⁴, 1 × 10²⁶ style: at most two significant digits (the mantissa in the shown language's digits and
 * decimal sign), a power of ten; plain below 10,000. Scientific notation is how the treaty's
 * thresholds are written in every language, and Intl's own (`3.2E24`) is not for readers.
 */
export function formatFlop(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '–';
  if (Math.abs(value) < 1e4) return formatNumber(value, 0);
  const [mantissa = '', exponent = '0'] = value.toExponential(1).split('e');
  // No-break spaces: the expression never wraps across lines.
  const text = `${formatNumber(Number(mantissa), 1)}\u00a0×\u00a0${powerOfTen(Number(exponent))}`;
  // In Arabic the expression keeps its left-to-right order inside right-to-left text (isolated:
  // U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE), or it would read "10²⁴ × 3.2".
  return directionOf(i18next.language) === 'rtl' ? `\u2066${text}\u2069` : text;
}

/** 1,234.5 — accelerator-hours and other figures with at most one decimal. */
export function formatHours(value: number | null | undefined): string {
  return formatNumber(value, 1);
}

/** 31 Jan 2026 — the UTC day of an ISO time (report periods end at UTC midnight, whatever the reader's zone). */
export function formatDay(iso: string | null | undefined): string {
  return iso ? formatDate(iso.slice(0, 10)) : '–';
}

/**
 * A chart axis's day, from Plot's UTC tick: as formatDay, without the bidirectional marks Intl puts
 * in Arabic dates (the chart's SVG is laid out left to right, where they would scramble the date).
 */
export function formatAxisDay(tick: Date): string {
  return formatDay(tick.toISOString()).replace(/[\u200e\u200f\u061c]/g, '');
}

/**
 * A label drawn in a chart's SVG, which is laid out left to right: in Arabic it is isolated right
 * to left (U+2067 … U+2069), so its words read in order and a FLOP figure follows them.
 */
export function chartLabel(label: string): string {
  return directionOf(i18next.language) === 'rtl' ? `\u2067${label}\u2069` : label;
}

/** 31 Jan 2026, 14:05 UTC — deadlines bind facilities in every time zone. */
export function formatTime(iso: string | null | undefined): string {
  return formatDateTimeUtc(iso);
}

/** 41 % from 0.41; one decimal below 10 %. */
export function formatShare(value: number): string {
  return formatPercent(value, value < 0.1 ? 1 : 0);
}

/** "a, b and c" in the shown language ("a، b و c" in Arabic), or an en dash for none. */
export function formatList(items: readonly string[]): string {
  return items.length === 0 ? '–' : joinList(items);
}

/** "fac-01#12" → { facilityId: 'fac-01', sequence: 12 }. */
export function parseReportId(reportId: string): { facilityId: string; sequence: number } {
  const at = reportId.lastIndexOf('#');
  return { facilityId: reportId.slice(0, at), sequence: Number(reportId.slice(at + 1)) };
}
