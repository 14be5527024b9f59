import { describe, expect, it } from 'vitest';
import {
  colorDifference,
  contrastRatio,
  interpolatePalette,
  logColorScale,
  NO_DATA_COLOR,
  powerOfTenTicks,
  relativeLuminance,
  toLab,
  YL_GN_BU,
} from './color-scale.ts';

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

describe('contrastRatio and relativeLuminance', () => {
  it('follow WCAG 2: black on white is 21, a colour on itself 1', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 6);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#0072b2', '#0072b2')).toBe(1);
  });
});

describe('toLab and colorDifference', () => {
  it('give white L* 100 and black 0, and no difference between a colour and itself', () => {
    expect(toLab('#ffffff')[0]).toBeCloseTo(100, 1);
    expect(toLab('#000000')[0]).toBeCloseTo(0, 6);
    expect(colorDifference('#56b4e9', '#56b4e9')).toBe(0);
  });

  it('see red and green apart in normal vision, close together for a deuteranope', () => {
    const [red, green] = ['#d62728', '#2ca02c'];
    expect(colorDifference(red, green)).toBeGreaterThan(70);
    expect(colorDifference(red, green, 'deuteranopia')).toBeLessThan(colorDifference(red, green) / 3);
  });

  it('leave greys as they are for every kind of colour vision', () => {
    for (const vision of ['protanopia', 'deuteranopia', 'tritanopia'] as const)
      expect(colorDifference('#808080', '#808080', vision)).toBeLessThan(1);
    expect(toLab('#808080', 'deuteranopia')[0]).toBeCloseTo(toLab('#808080')[0], 0);
  });
});
