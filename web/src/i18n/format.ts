/**
 * Numbers, money, percentages, dates and times in the shown language, with Intl: `1 234,5` in
 * French, `١٬٢٣٤٫٥` in Arabic. Call these while rendering (a component that uses `useTranslation`
 * renders again when the language changes, and so formats again).
 */
import i18next from 'i18next';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: (language: string) => T): T {
  const language = i18next.language || 'en';
  const full = `${language}|${key}`;
  let format = cache.get(full) as T | undefined;
  if (!format) {
    format = make(language);
    cache.set(full, format);
  }
  return format;
}

const MISSING = '–';

/** 55,339,003 — or an en dash when missing. */
export const formatInteger = (value: number | null | undefined) =>
  value == null ? MISSING : cached('integer', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 })).format(value);

/** A number with up to `digits` decimals. */
export const formatNumber = (value: number | null | undefined, digits = 2) =>
  value == null ? MISSING : cached(`number${digits}`, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: digits })).format(value);

/** 1.2B, 340M, 10K (in the language's own words) — for legends and tight spaces. */
export const formatCompact = (value: number) =>
  cached('compact', (l) => new Intl.NumberFormat(l, { notation: 'compact', maximumFractionDigits: 1 })).format(value);

/** A US dollar amount in compact form, e.g. GDP: $1.2T. */
export const formatUsd = (value: number | null | undefined) =>
  value == null
    ? MISSING
    : cached(
        'usd',
        (l) => new Intl.NumberFormat(l, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }),
      ).format(value);

/** An amount held in minor units (cents) of an ISO 4217 currency. */
export function formatMoney(minor: number, currency: string): string {
  const format = cached(`money-${currency}`, (l) => new Intl.NumberFormat(l, { style: 'currency', currency }));
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

/** A share in [0, 1] as a percentage: 0.125 → 12.5 %. */
export const formatPercent = (share: number | null | undefined, digits = 1) =>
  share == null
    ? MISSING
    : cached(`percent${digits}`, (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: digits })).format(share);

const asDate = (value: string | number | Date) => (value instanceof Date ? value : new Date(value));

/** A calendar date (a `YYYY-MM-DD` string is read as that day, not shifted by the time zone). */
export function formatDate(value: string | number | Date | null | undefined): string {
  if (value == null) return MISSING;
  const dayOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const format = cached(
    dayOnly ? 'day-utc' : 'day',
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', ...(dayOnly ? { timeZone: 'UTC' } : {}) }),
  );
  return format.format(dayOnly ? new Date(`${value}T00:00:00Z`) : asDate(value));
}

// Intl refuses timeZoneName beside dateStyle/timeStyle (a RangeError), so the parts are named one by one.
const DATE_TIME_WITH_ZONE = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
} as const;

/**
 * A date and time in the reader's time zone, the zone named ("Nov 30, 2026, 3:00 PM GMT+1"): every
 * page writes a moment this way, so no reader has to guess whether a time is theirs or UTC.
 */
export const formatDateTime = (value: string | number | Date | null | undefined) =>
  value == null ? MISSING : cached('datetime', (l) => new Intl.DateTimeFormat(l, DATE_TIME_WITH_ZONE)).format(asDate(value));

/** A date and time in UTC, with the zone named: for times that bind everyone (a motion's close). */
export const formatDateTimeUtc = (value: string | number | Date | null | undefined) =>
  value == null
    ? MISSING
    : cached('datetime-utc', (l) => new Intl.DateTimeFormat(l, { ...DATE_TIME_WITH_ZONE, timeZone: 'UTC' })).format(asDate(value));

/**
 * Items joined as the shown language joins them: "A, B and C", "A, B et C", "A، B و C"; `unit`
 * runs them together as the language lists measures (Chinese without a conjunction).
 */
export const formatList = (items: readonly string[], type: 'conjunction' | 'unit' = 'conjunction'): string =>
  new Intl.ListFormat(i18next.language || 'en', { type, style: type === 'unit' ? 'short' : 'long' }).format(items);
