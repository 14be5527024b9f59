import { describe, expect, it } from 'vitest';
import { formatLocal, groupBy, isolated, localIsoDate, parseAmount, percent } from './coalition-format.ts';

describe('coalition formatting', () => {
  it('gives the reader’s local date, not the UTC one', () => {
    // Built from local fields, so it holds in whatever zone the tests run in.
    expect(localIsoDate(new Date(2025, 2, 1, 23, 30))).toBe('2025-03-01');
    expect(localIsoDate(new Date(2025, 11, 31, 0, 15))).toBe('2025-12-31');
  });
  it('parses positive amounts with the currency’s decimals, typed the English way', () => {
    expect(parseAmount('600', 'USD', 'en')).toBe(60000);
    expect(parseAmount('1,200.5', 'USD', 'en')).toBe(120050);
    expect(parseAmount('0', 'USD', 'en')).toBeNull();
    expect(parseAmount('-5', 'USD', 'en')).toBeNull();
    expect(parseAmount('1.005', 'USD', 'en')).toBeNull();
    expect(parseAmount('10.5', 'JPY', 'en')).toBeNull();
  });
  it('parses amounts typed the way of the shown language', () => {
    expect(parseAmount('1 200,5', 'EUR', 'fr')).toBe(120050);
    expect(parseAmount('1\u202f200,50', 'EUR', 'fr')).toBe(120050);
    expect(parseAmount('1.200,5', 'EUR', 'es')).toBe(120050);
  });
  it('refuses a separator that is not between groups of three digits, rather than misread it', () => {
    expect(parseAmount('25,50', 'USD', 'en')).toBeNull();
    expect(parseAmount('1,2345', 'USD', 'en')).toBeNull();
    expect(parseAmount('25.50', 'EUR', 'fr')).toBeNull();
    expect(parseAmount('25,50', 'EUR', 'fr')).toBe(2550);
    expect(parseAmount('1.2.3', 'EUR', 'es')).toBeNull();
    expect(parseAmount('12,345,678', 'USD', 'en')).toBe(1234567800);
    expect(parseAmount('١٢٠٠', 'USD', 'ar')).toBe(120000);
    expect(parseAmount('600', 'USD', 'ru')).toBe(60000);
    // A French comma is the decimal mark, so three decimals are too many cents.
    expect(parseAmount('1,005', 'USD', 'fr')).toBeNull();
  });
  it('shows an event’s wall-clock time unshifted, in the shown language', () => {
    expect(formatLocal('2025-11-20T09:00', 'en')).toBe('Nov 20, 2025, 9:00 AM');
    expect(formatLocal('2025-11-20T09:00', 'fr')).toBe('20 nov. 2025, 09:00');
  });
  it('isolates an amount in right-to-left text only', () => {
    expect(isolated('US$ 3,000.50', true)).toBe('\u2068US$ 3,000.50\u2069');
    expect(isolated('$3,000.50', false)).toBe('$3,000.50');
  });
  it('lists names and clamps shares', () => {
    expect(percent(50, 200)).toBe(25);
    expect(percent(500, 200)).toBe(100);
    expect(percent(1, 0)).toBe(0);
  });
  it('groups by stage, keeping empty columns', () => {
    const grouped = groupBy([{ s: 'b' as const }, { s: 'a' as const }, { s: 'b' as const }], ['a', 'b', 'c'] as const, (x) => x.s);
    expect(Object.keys(grouped)).toEqual(['a', 'b', 'c']);
    expect(grouped.b).toHaveLength(2);
    expect(grouped.c).toEqual([]);
  });
});
