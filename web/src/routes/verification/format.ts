/** Number and date formats of the verification pages. */

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

/** 3.2 × 10²⁴ FLOP style: two significant digits, a power of ten; plain below 10,000. */
export function formatFlop(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '–';
  if (Math.abs(value) < 1e4) return String(Math.round(value));
  const [mantissa, exponent] = value.toExponential(1).split('e');
  const power = String(Number(exponent))
    .split('')
    .map((c) => SUPERSCRIPT[c])
    .join('');
  return `${mantissa} × 10${power}`;
}

const hours = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** 1,234.5 — accelerator-hours and other figures with at most one decimal. */
export function formatHours(value: number | null | undefined): string {
  return value == null ? '–' : hours.format(value);
}

/** 2026-01-31 — the UTC day of an ISO time. */
export function formatDay(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '–';
}

/** 2026-01-31 14:05 UTC. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '–';
}

/** 41 % from 0.41. */
export function formatShare(value: number): string {
  return `${(value * 100).toFixed(value < 0.1 ? 1 : 0)} %`;
}

/** "fac-01#12" → { facilityId: 'fac-01', sequence: 12 }. */
export function parseReportId(reportId: string): { facilityId: string; sequence: number } {
  const at = reportId.lastIndexOf('#');
  return { facilityId: reportId.slice(0, at), sequence: Number(reportId.slice(at + 1)) };
}
