import { describe, expect, it } from 'vitest';
import { formatDay, formatFlop, formatShare, parseReportId } from './format.ts';

describe('formatFlop', () => {
  it('writes powers of ten with superscripts', () => {
    expect(formatFlop(3.24e24)).toBe('3.2 × 10²⁴');
    expect(formatFlop(1e26)).toBe('1.0 × 10²⁶');
    expect(formatFlop(123)).toBe('123');
    expect(formatFlop(undefined)).toBe('–');
  });
});

describe('small formats', () => {
  it('formats days, shares and report ids', () => {
    expect(formatDay('2026-01-31T00:00:00.000Z')).toBe('2026-01-31');
    expect(formatShare(0.41)).toBe('41 %');
    expect(formatShare(0.025)).toBe('2.5 %');
    expect(parseReportId('fac-01#12')).toEqual({ facilityId: 'fac-01', sequence: 12 });
    expect(parseReportId('a#b#3')).toEqual({ facilityId: 'a#b', sequence: 3 });
  });
});
