import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import {
  chartLabel,
  formatAxisDay,
  formatDay,
  formatFlop,
  formatList,
  formatShare,
  formatTime,
  parseReportId,
  powerOfTen,
} from './format.ts';

// The formats follow i18next's language; no catalogue is needed for them.
beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: {} });
});
afterAll(async () => {
  await i18next.changeLanguage('en');
});

describe('formatFlop', () => {
  it('writes powers of ten with superscripts', () => {
    expect(formatFlop(3.24e24)).toBe('3.2\u00a0×\u00a010²⁴');
    expect(formatFlop(1e26)).toBe('1\u00a0×\u00a010²⁶');
    expect(formatFlop(123)).toBe('123');
    expect(formatFlop(undefined)).toBe('–');
    expect(powerOfTen(-3)).toBe('10⁻³');
    expect(chartLabel('licence')).toBe('licence');
  });

  it('writes the mantissa in the shown language', async () => {
    await i18next.changeLanguage('fr');
    expect(formatFlop(3.24e24)).toBe('3,2\u00a0×\u00a010²⁴');
    expect(formatTime('2026-01-31T14:05:00.000Z')).toBe('31 janv. 2026, 14:05 UTC');
    expect(formatList(['fac-01', 'fac-02', 'fac-03'])).toBe('fac-01, fac-02 et fac-03');
    await i18next.changeLanguage('en');
  });

  it('keeps the expression left to right inside Arabic text', async () => {
    await i18next.changeLanguage('ar');
    expect(formatFlop(3.24e24)).toMatch(/^\u2066.+\u00a0×\u00a010²⁴\u2069$/);
    expect(formatAxisDay(new Date('2026-01-31T00:00:00Z'))).not.toMatch(/[\u200e\u200f\u061c]/);
    expect(chartLabel('الترخيص')).toBe('\u2067الترخيص\u2069');
    await i18next.changeLanguage('en');
  });
});

describe('small formats', () => {
  it('formats days in UTC, shares and report ids', () => {
    expect(formatDay('2026-01-31T00:00:00.000Z')).toBe('Jan 31, 2026');
    expect(formatTime('2026-01-31T14:05:00.000Z')).toBe('Jan 31, 2026, 2:05 PM UTC');
    expect(formatShare(0.41)).toBe('41%');
    expect(formatShare(0.025)).toBe('2.5%');
    expect(parseReportId('fac-01#12')).toEqual({ facilityId: 'fac-01', sequence: 12 });
    expect(parseReportId('a#b#3')).toEqual({ facilityId: 'a#b', sequence: 3 });
  });
});
