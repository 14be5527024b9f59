import { describe, expect, it } from 'vitest';
import { settlementOutcome } from './campaigns.service.ts';
import { isCurrency, MAX_MINOR, minorDigits, parseMajorAmount, toHundredths } from './money.ts';

describe('money', () => {
  it('knows ISO 4217 codes and their minor digits', () => {
    expect(isCurrency('USD')).toBe(true);
    expect(isCurrency('usd')).toBe(false);
    expect(isCurrency('XYZ')).toBe(false);
    expect([minorDigits('USD'), minorDigits('JPY'), minorDigits('BHD')]).toEqual([2, 0, 3]);
  });
  it('parses major-unit amounts exactly', () => {
    expect(parseMajorAmount('600', 'USD')).toBe(60000);
    expect(parseMajorAmount('1,200.5', 'USD')).toBe(120050);
    expect(parseMajorAmount('0.07', 'USD')).toBe(7);
    expect(parseMajorAmount('1000', 'JPY')).toBe(1000);
    expect(parseMajorAmount('10.5', 'JPY')).toBeNull();
    expect(parseMajorAmount('1.005', 'USD')).toBeNull();
    expect(parseMajorAmount('-5', 'USD')).toBeNull();
    expect(parseMajorAmount('1e3', 'USD')).toBeNull();
    expect(parseMajorAmount('10000000000', 'USD')).toBe(MAX_MINOR);
    expect(parseMajorAmount('10000000000.01', 'USD')).toBeNull();
  });
  it('keeps hours to two decimals', () => {
    expect(toHundredths(12.5)).toBe(1250);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(toHundredths(1.234)).toBeNull();
    expect(toHundredths(Number.NaN)).toBeNull();
  });
});

describe('settlementOutcome', () => {
  it('collects at or above the minimum and releases below it', () => {
    expect(settlementOutcome(60_000, 60_000)).toBe('collected');
    expect(settlementOutcome(60_001, 60_000)).toBe('collected');
    expect(settlementOutcome(59_999, 60_000)).toBe('released');
    expect(settlementOutcome(0, 1)).toBe('released');
  });
});
