import { describe, expect, it } from 'vitest';
import { formatDate, formatHours, formatLocal, formatMoney, groupBy, localIsoDate, parseAmount, percent } from './coalition-format.ts';

describe('coalition formatting', () => {
  it('gives the reader’s local date, not the UTC one', () => {
    // Built from local fields, so it holds in whatever zone the tests run in.
    expect(localIsoDate(new Date(2025, 2, 1, 23, 30))).toBe('2025-03-01');
    expect(localIsoDate(new Date(2025, 11, 31, 0, 15))).toBe('2025-12-31');
  });
  it('formats minor units in their currency', () => {
    expect(formatMoney(300000, 'USD')).toBe('$3,000');
    expect(formatMoney(60050, 'USD')).toBe('$600.50');
    expect(formatMoney(1000, 'JPY')).toBe('¥1,000');
    expect(formatMoney(5000, 'EUR')).toBe('€50');
  });
  it('parses positive amounts with the currency’s decimals', () => {
    expect(parseAmount('600', 'USD')).toBe(60000);
    expect(parseAmount('1,200.5', 'USD')).toBe(120050);
    expect(parseAmount('0', 'USD')).toBeNull();
    expect(parseAmount('-5', 'USD')).toBeNull();
    expect(parseAmount('1.005', 'USD')).toBeNull();
    expect(parseAmount('10.5', 'JPY')).toBeNull();
  });
  it('formats hours, dates and shares', () => {
    expect(formatHours(1815)).toBe('1,815');
    expect(formatHours(7.25)).toBe('7.25');
    expect(formatLocal('2025-11-20T09:00')).toBe('20 Nov 2025, 09:00');
    expect(formatDate('2025-05-20')).toBe('20 May 2025');
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
