/**
 * iCalendar (RFC 5545) writing: just what a public events feed needs.
 *  - §3.1: content lines end in CRLF and are folded so no line exceeds 75
 *    octets; a continuation line starts with one space. Folding never splits
 *    a UTF-8 sequence.
 *  - §3.3.11: TEXT values escape backslash, semicolon and comma, and write
 *    newlines as "\n".
 *  - §3.3.5: DATE-TIME in UTC is written YYYYMMDDTHHMMSSZ.
 *  - §3.6.1: a VEVENT needs UID and DTSTAMP; §3.7.3/§3.7.4: a VCALENDAR
 *    needs PRODID and VERSION:2.0.
 */

export interface IcsEvent {
  uid: string;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Writes an instant as a UTC DATE-TIME (RFC 5545 §3.3.5, form #2). */
export function formatUtc(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds one content line at 75 octets (RFC 5545 §3.1), CRLF-terminated. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.map((l) => `${l}\r\n`).join('');
}

/** A whole VCALENDAR with one VEVENT per event. */
export function icsCalendar(events: IcsEvent[], options: { prodId: string; name?: string }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${formatUtc(e.stamp)}`,
      `DTSTART:${formatUtc(e.start)}`,
      `DTEND:${formatUtc(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    // URL is a URI value (§3.8.4.6), not TEXT: it is not escaped.
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('');
}

/**
 * Reads a calendar back into its properties (unfolding, unescaping): the
 * tests' check that what we write is what a calendar app will read.
 */
export function parseIcs(text: string): { name: string; params: string; value: string }[] {
  if (!/\r\n$/.test(text) || /[^\r]\n/.test(text)) throw new Error('lines must end in CRLF');
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => {
      const colon = l.indexOf(':');
      const head = l.slice(0, colon);
      const [name = '', ...params] = head.split(';');
      return { name, params: params.join(';'), value: l.slice(colon + 1) };
    });
}

/** Reverses {@link escapeText}. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
