import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtc, icsCalendar, parseIcs, unescapeText } from './ical.ts';

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(unescapeText(escapeText('Geneva, CH; room 3\\B\nsecond line'))).toBe('Geneva, CH; room 3\\B\nsecond line');
  });
});

describe('formatUtc', () => {
  it('writes a UTC DATE-TIME', () => {
    expect(formatUtc(new Date('2025-05-20T07:00:00.000Z'))).toBe('20250520T070000Z');
  });
});

describe('foldLine', () => {
  it('leaves short lines alone and ends them with CRLF', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short\r\n');
  });
  it('folds at 75 octets with a leading space on continuation lines', () => {
    const folded = foldLine('DESCRIPTION:' + 'x'.repeat(200));
    const lines = folded.split('\r\n').slice(0, -1);
    expect(lines.length).toBe(3);
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(lines[0]?.length).toBe(75);
    expect(lines[1]?.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe('DESCRIPTION:' + 'x'.repeat(200) + '\r\n');
  });
  it('counts octets, not characters, and never splits a UTF-8 character', () => {
    const value = 'SUMMARY:' + 'é€😀'.repeat(40);
    const folded = foldLine(value);
    for (const l of folded.split('\r\n')) {
      expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
      expect(l).not.toMatch(/\uFFFD/);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(value + '\r\n');
  });
});

describe('icsCalendar', () => {
  const text = icsCalendar(
    [
      {
        uid: 'event-1@concord.test',
        stamp: new Date('2025-01-01T00:00:00Z'),
        start: new Date('2025-05-20T07:00:00Z'),
        end: new Date('2025-05-20T16:00:00Z'),
        summary: 'Harnessing AI Risk Summit, 1st edition; Geneva',
        description: 'Agenda:\n09:00 Opening',
        location: 'Palais des Nations, Geneva',
        url: 'https://example.org/join?a=1,2',
      },
    ],
    { prodId: '-//Concord//Coalition events//EN', name: 'Coalition events' },
  );
  it('is CRLF-terminated with the required properties', () => {
    const props = parseIcs(text);
    const names = props.map((p) => p.name);
    expect(names[0]).toBe('BEGIN');
    expect(props.find((p) => p.name === 'VERSION')!.value).toBe('2.0');
    expect(props.find((p) => p.name === 'PRODID')!.value).toBe('-//Concord//Coalition events//EN');
    for (const required of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'URL']) expect(names).toContain(required);
    expect(props.at(-1)).toEqual({ name: 'END', params: '', value: 'VCALENDAR' });
  });
  it('round-trips escaped text and leaves the URL unescaped', () => {
    const props = parseIcs(text);
    expect(unescapeText(props.find((p) => p.name === 'SUMMARY')!.value)).toBe('Harnessing AI Risk Summit, 1st edition; Geneva');
    expect(unescapeText(props.find((p) => p.name === 'DESCRIPTION')!.value)).toBe('Agenda:\n09:00 Opening');
    expect(props.find((p) => p.name === 'URL')!.value).toBe('https://example.org/join?a=1,2');
    expect(props.find((p) => p.name === 'DTSTART')!.value).toBe('20250520T070000Z');
  });
  it('has no bare LF and no line over 75 octets', () => {
    expect(text).not.toMatch(/[^\r]\n/);
    for (const l of text.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
  });
});
