/**
 * Wall-clock times in IANA time zones, with nothing but Intl (no tz library):
 * an event is entered as "2025-05-20T09:00" in "Europe/Rome" and stored as
 * the instant it denotes.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * ICU (and so Node's Intl) still names some zones by the spelling IANA
 * retired: it resolves `Asia/Kolkata` to `Asia/Calcutta` and `Europe/Kyiv` to
 * `Europe/Kiev`. People type, and expect to read, today's IANA names.
 */
const MODERN_NAMES: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** The canonical IANA name of a time zone ("europe/rome" → "Europe/Rome", "Asia/Kolkata" stays), or null when unknown. */
export function canonicalTimeZone(name: string): string | null {
  if (!/^[A-Za-z0-9_+\-/]+$/.test(name)) return null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    return MODERN_NAMES[resolved] ?? resolved;
  } catch {
    return null;
  }
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall-clock fields of `instant` in `timeZone`, as a UTC timestamp with the same fields. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    if (part === undefined) throw new Error(`Intl gave no ${type} for ${timeZone}`);
    return +part.value;
  };
  return Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
}

/**
 * The instant at which clocks in `timeZone` show `local` (YYYY-MM-DDTHH:MM[:SS]).
 * Throws a RangeError for a malformed time and for a wall time that does not
 * exist there (skipped by a daylight-saving change); an ambiguous wall time
 * (repeated when clocks go back) gives the earlier instant.
 */
export function zonedToUtc(local: string, timeZone: string): Date {
  // Every group but the seconds is required by LOCAL, so only a mismatch leaves them undefined.
  const [, y, mo, d, h, mi, s] = LOCAL.exec(local) ?? [];
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) {
    throw new RangeError(`not a local date-time: ${local}`);
  }
  const wanted = Date.UTC(+y, +mo - 1, +d, +h, +mi, s ? +s : 0);
  const check = new Date(wanted);
  if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59 || (s !== undefined && +s > 59)) {
    throw new RangeError(`not a valid date-time: ${local}`);
  }
  // Candidates from the offsets in force a day either side; keep those that show `wanted`.
  const offsets = new Set([wanted - 86_400_000, wanted, wanted + 86_400_000].map((t) => wallClockMs(t, timeZone) - t));
  const hits = [...offsets].map((off) => wanted - off).filter((t) => wallClockMs(t, timeZone) === wanted);
  if (hits.length === 0) throw new RangeError(`${local} does not exist in ${timeZone} (a daylight-saving change skips it)`);
  return new Date(Math.min(...hits));
}

/** What clocks in `timeZone` show at `instant`, as YYYY-MM-DDTHH:MM. */
export function utcToZoned(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}
