/** Formatting and small pure helpers for the coalition pages (tested in coalition-format.test.ts). */

const digitsCache = new Map<string, number>();

/** Minor-unit digits of a currency (USD 2, JPY 0). */
export function minorDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, d);
  }
  return d;
}

/** 300000 USD minor units → "$3,000"; cents shown only when there are some. */
export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const major = amountMinor / 10 ** digits;
  return new Intl.NumberFormat('en', {
    style: 'currency',
    currency,
    minimumFractionDigits: Number.isInteger(major) ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(major);
}

/** "600" or "600.50" in major units → minor units; null when not a positive amount with the currency's decimals. */
export function parseAmount(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const m = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(text.replace(/,/g, ''));
  if (!m || (m[2] ?? '').length > digits) return null;
  const value = Number(m[1]) * 10 ** digits + Number((m[2] ?? '').padEnd(digits, '0') || '0');
  return value > 0 && Number.isSafeInteger(value) ? value : null;
}

/** 1815 → "1,815"; 7.25 → "7.25". */
export const formatHours = (hours: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(hours);

/** Share of `value` in `of`, clamped to 0–100, for progress bars. */
export const percent = (value: number, of: number) => (of <= 0 ? 0 : Math.max(0, Math.min(100, (value / of) * 100)));

/** "2025-11-20T09:00" → "20 Nov 2025, 09:00". */
export function formatLocal(local: string): string {
  const [date, time] = local.split('T');
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}, ${time}`;
}

/** "2025-05-20" → "20 May 2025". */
export const formatDate = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * The reader's own calendar date of an instant, as YYYY-MM-DD (not the UTC
 * date, which is already tomorrow in the evening in the Americas).
 */
export const localIsoDate = (at: Date) =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

/** "head_of_state" → "head of state". */
export const humanize = (code: string) => code.replace(/_/g, ' ');

/** Groups items by a key, keeping every listed key (empty columns included) in order. */
export function groupBy<T, K extends string>(items: T[], keys: readonly K[], keyOf: (item: T) => K): Record<K, T[]> {
  const out = Object.fromEntries(keys.map((k) => [k, [] as T[]])) as Record<K, T[]>;
  for (const item of items) out[keyOf(item)]?.push(item);
  return out;
}
