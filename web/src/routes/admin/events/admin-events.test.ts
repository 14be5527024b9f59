import { describe, expect, it } from 'vitest';
import { csvField, csvText } from './csv.ts';
import { zonedToUtc } from './wall-clock.ts';

describe('the registrations CSV', () => {
  it('quotes commas, quotes and line breaks, and neutralizes formulas', () => {
    expect(csvField('Ada Lovelace')).toBe('Ada Lovelace');
    expect(csvField('Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(
      csvText(
        ['id', 'name'],
        [
          [1, 'محمد'],
          [2, '李雷'],
        ],
      ),
    ).toBe('\uFEFFid,name\r\n1,محمد\r\n2,李雷\r\n');
  });
});

describe('wall-clock times in a zone', () => {
  it('gives the instant a local time denotes', () => {
    expect(zonedToUtc('2025-05-20T09:00', 'Asia/Tokyo')?.toISOString()).toBe('2025-05-20T00:00:00.000Z');
    expect(zonedToUtc('2025-01-20T09:00', 'Europe/Rome')?.toISOString()).toBe('2025-01-20T08:00:00.000Z');
    expect(zonedToUtc('2025-07-20T09:00', 'Europe/Rome')?.toISOString()).toBe('2025-07-20T07:00:00.000Z');
    expect(zonedToUtc('2025-11-02T01:30', 'America/New_York')?.toISOString()).toBe('2025-11-02T05:30:00.000Z');
  });

  it('refuses a time skipped by a clock change, an unknown zone and bad text', () => {
    expect(zonedToUtc('2025-03-30T02:30', 'Europe/Rome')).toBeNull();
    expect(zonedToUtc('2025-05-20T09:00', 'Mars/Olympus')).toBeNull();
    expect(zonedToUtc('2025-05-20 09:00', 'UTC')).toBeNull();
  });
});
