/**
 * Wall-clock times in an IANA time zone, for the event form's preview: what "2025-05-20T09:00" in
 * Asia/Tokyo is in UTC and in the reader's own zone. The server does the same conversion when it
 * stores the event (src/modules/coalition/time-zone.ts) and has the last word; this only shows it.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(at: Date, timeZone: string): number[] {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const get = (type: string) => Number(f.formatToParts(at).find((p) => p.type === type)?.value);
  return ['year', 'month', 'day', 'hour', 'minute'].map(get);
}

/** The zone's offset from UTC at an instant, in minutes. */
function offsetAt(at: Date, timeZone: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = partsIn(at, timeZone);
  return (Date.UTC(y, mo - 1, d, h, mi) - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000;
}

/** Every zone the browser knows, with UTC (which some browsers leave out of the list). */
export function timeZones(): string[] {
  const supported = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return supported.includes('UTC') ? supported : ['UTC', ...supported];
}

/** The reader's own zone, as the browser reports it. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** True when the browser knows the zone. */
export function isTimeZone(name: string): boolean {
  if (!name) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:MM`) denotes in a zone, or null when the text is
 * not such a time, the zone is unknown, or the time does not exist there (skipped by a clock change).
 */
export function zonedToUtc(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m || !isTimeZone(timeZone)) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Two rounds settle the offset on either side of a clock change.
  let guess = asUtc - offsetAt(new Date(asUtc), timeZone) * 60_000;
  guess = asUtc - offsetAt(new Date(guess), timeZone) * 60_000;
  const back = partsIn(new Date(guess), timeZone);
  return back.join() === [y, mo, d, h, mi].join() ? new Date(guess) : null;
}
