import { describe, expect, it } from 'vitest';
import { interpolatePalette, logColorScale, NO_DATA_COLOR, powerOfTenTicks, YL_GN_BU } from './color-scale.ts';

describe('interpolatePalette', () => {
  it('returns the end stops at 0 and 1, clamps outside, and blends between', () => {
    expect(interpolatePalette(['#000000', '#ffffff'], 0)).toBe('#000000');
    expect(interpolatePalette(['#000000', '#ffffff'], 1)).toBe('#ffffff');
    expect(interpolatePalette(['#000000', '#ffffff'], 2)).toBe('#ffffff');
    expect(interpolatePalette(['#000000', '#ffffff'], 0.5)).toBe('#808080');
  });
});

describe('logColorScale', () => {
  it('maps the domain ends onto the palette ends, on a log scale', () => {
    const scale = logColorScale([1_000, null, 1_000_000, 0]);
    expect(scale.domain).toEqual([1_000, 1_000_000]);
    expect(scale(1_000)).toBe(YL_GN_BU[0]);
    expect(scale(1_000_000)).toBe(YL_GN_BU[YL_GN_BU.length - 1]);
    expect(scale(31_623)).toBe(YL_GN_BU[4]); // the geometric midpoint is the middle stop
  });

  it('greys out missing and non-positive values', () => {
    const scale = logColorScale([10, 100]);
    expect(scale(null)).toBe(NO_DATA_COLOR);
    expect(scale(undefined)).toBe(NO_DATA_COLOR);
    expect(scale(0)).toBe(NO_DATA_COLOR);
  });
});

describe('powerOfTenTicks', () => {
  it('lists the powers of ten inside the domain', () => {
    expect(powerOfTenTicks([800, 1.4e9])).toEqual([1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]);
  });
});
