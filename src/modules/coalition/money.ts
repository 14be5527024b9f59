/**
 * Money and hours as exact integers: money in minor units of an ISO 4217
 * currency (cents for USD, yen for JPY), hours in hundredths.
 */

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** True for an ISO 4217 code this runtime knows (upper case, e.g. "USD"). */
export const isCurrency = (code: string) => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);

/** How many minor-unit digits a currency has (USD 2, JPY 0, BHD 3). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "600", "600.5", "1,200.50" in major units → minor units; null when malformed or too precise. */
/**
 * The largest amount one contribution, pledge or campaign goal may hold, in minor units: ten
 * billion of a two-decimal currency. Totals are sums of such amounts in JavaScript numbers, so the
 * bound keeps thousands of them exactly representable (below 2^53) where an unbounded amount
 * would silently round a campaign's total.
 */
export const MAX_MINOR = 1_000_000_000_000;

export function parseMajorAmount(text: string, currency: string): number | null {
  const clean = text.trim().replace(/,/g, '');
  const digits = minorDigits(currency);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(clean);
  if (!m || (m[2] ?? '').length > digits) return null;
  const value = Number(m[1]) * 10 ** digits + Number((m[2] ?? '').padEnd(digits, '0') || '0');
  return Number.isSafeInteger(value) && value <= MAX_MINOR ? value : null;
}

/** Hours (a number with at most two decimals) → hundredths; null when not so. */
export function toHundredths(hours: number): number | null {
  if (!Number.isFinite(hours)) return null;
  const h = Math.round(hours * 100);
  return Math.abs(h - hours * 100) < 1e-6 && Number.isSafeInteger(h) ? h : null;
}

/** Hundredths → hours as a number (exact to two decimals). */
export const fromHundredths = (h: number) => h / 100;
