/**
 * Small pure helpers for the coalition pages (tested in coalition-format.test.ts). Numbers, money
 * and dates in general go through web/src/i18n/format.ts; what is here is the coalition's own:
 * an event's wall-clock time, amounts typed by a pledger, lists of names.
 */
import i18next from 'i18next';

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

const language = () => i18next.language || 'en';

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII digits: a pledger types in their own script. */
const asciiDigits = (text: string) =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)));

/**
 * An amount typed in major units in the shown language's way ("600", "1,200.5" in English,
 * "1 200,5" in French, "١٬٢٠٠٫٥" in Arabic) → minor units; null when not a positive amount with at
 * most the currency's decimals.
 */
export function parseAmount(text: string, currency: string, locale = language()): number | null {
  // A large number, so every language shows its grouping (Spanish groups only from five digits).
  const parts = new Intl.NumberFormat(locale).formatToParts(12345678.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  // Grouping is read whatever space character it is typed with (French groups with a narrow no-break space).
  const spaced = /\s/.test(group) || group === '\u202f';
  const typed = asciiDigits(text)
    .trim()
    .replace(/[\s\u00a0\u202f]/g, spaced ? group : '');
  const [whole = '', fraction, ...more] = typed.split(decimal);
  const groups = whole.split(group);
  // A separator must stand between groups of three digits: "25,50" in English is not 2,550 but a
  // decimal comma typed by mistake, and is refused rather than read a hundred times too large.
  if (
    more.length > 0 ||
    /[^\d]/.test(groups.join('') + (fraction ?? '')) ||
    (groups.length > 1 && !groups.every((g, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(g)))
  )
    return null;
  // Any other mark ("25.50" in French, where the point is neither) is refused, not guessed at.
  const plain = fraction === undefined ? groups.join('') : `${groups.join('')}.${fraction}`;
  const digits = minorDigits(currency);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!m || (m[2] ?? '').length > digits) return null;
  const value = Number(m[1]) * 10 ** digits + Number((m[2] ?? '').padEnd(digits, '0') || '0');
  return value > 0 && Number.isSafeInteger(value) ? value : null;
}

/**
 * An amount or date set into a right-to-left sentence as a unit of its own (Unicode's first-strong
 * isolate): otherwise the bidi algorithm pulls a neighbouring "·" or "$" across it and "US$ 3,000.50"
 * shows as "US 3,000.50$". Left as it is in left-to-right text, where it needs nothing.
 */
export const isolated = (text: string, rtl: boolean) => (rtl ? `\u2068${text}\u2069` : text);

/** Share of `value` in `of`, clamped to 0–100, for progress bars. */
export const percent = (value: number, of: number) => (of <= 0 ? 0 : Math.max(0, Math.min(100, (value / of) * 100)));

/**
 * An event's wall-clock time in its own zone ("2025-11-20T09:00" in Geneva), in the shown
 * language: read as UTC and shown in UTC, so the reader's zone does not shift it.
 */
export function formatLocal(local: string, locale = language()): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(`${local}:00Z`));
}

/**
 * The reader's own calendar date of an instant, as YYYY-MM-DD (not the UTC
 * date, which is already tomorrow in the evening in the Americas).
 */
export const localIsoDate = (at: Date) =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

/** Groups items by a key, keeping every listed key (empty columns included) in order. */
export function groupBy<T, K extends string>(items: T[], keys: readonly K[], keyOf: (item: T) => K): Record<K, T[]> {
  const out = Object.fromEntries(keys.map((k) => [k, [] as T[]])) as Record<K, T[]>;
  for (const item of items) out[keyOf(item)]?.push(item);
  return out;
}
