/**
 * A sequential colour scale over a logarithmic domain, for choropleths whose
 * values span orders of magnitude (population: 800 to 1.4 billion).
 * Pure and dependency-free so it can be tested directly.
 */

/** ColorBrewer YlGnBu, 9 classes (Cynthia Brewer, Apache-2.0): light = few, dark = many. */
export const YL_GN_BU = ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'];

/** Fill for places without data. */
export const NO_DATA_COLOR = '#d0d3d8';

/** A log-scale colour function and its domain. */
export interface LogColorScale {
  (value: number | null | undefined): string;
  domain: [number, number];
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: [number, number, number]): string {
  return `#${((1 << 24) | (Math.round(r) << 16) | (Math.round(g) << 8) | Math.round(b)).toString(16).slice(1)}`;
}

/** Colour at position t ∈ [0, 1] along `palette`, interpolating linearly in RGB between stops. */
export function interpolatePalette(palette: readonly string[], t: number): string {
  const clamped = Math.min(1, Math.max(0, t));
  const position = clamped * (palette.length - 1);
  const i = Math.min(palette.length - 2, Math.floor(position));
  const f = position - i;
  const [from, to] = [palette[i], palette[i + 1]];
  if (from === undefined || to === undefined) throw new RangeError('a palette needs two colours or more');
  const [r1, g1, b1] = hexToRgb(from);
  const [r2, g2, b2] = hexToRgb(to);
  return rgbToHex([r1 + (r2 - r1) * f, g1 + (g2 - g1) * f, b1 + (b2 - b1) * f]);
}

/**
 * Builds a colour scale mapping log10(value) linearly from [min, max] onto
 * `palette`; non-positive or missing values get NO_DATA_COLOR.
 */
export function logColorScale(values: Iterable<number | null | undefined>, palette: readonly string[] = YL_GN_BU): LogColorScale {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v == null || !(v > 0)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  if (min === Infinity) [min, max] = [1, 10];
  const lo = Math.log10(min);
  const span = Math.log10(max) - lo || 1;
  const scale = ((value: number | null | undefined) =>
    value == null || !(value > 0) ? NO_DATA_COLOR : interpolatePalette(palette, (Math.log10(value) - lo) / span)) as LogColorScale;
  scale.domain = [min, max];
  return scale;
}

/** Powers of ten inside [min, max], for legend ticks. */
export function powerOfTenTicks([min, max]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(min)); e <= Math.floor(Math.log10(max)); e++) ticks.push(10 ** e);
  return ticks;
}

// ── Contrast and colour vision, to test categorical palettes (the standing map) ──

/** An sRGB channel (0–255) in linear light. */
const linear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export type ColorVision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

/** Machado, Oliveira & Fernandes (2009), severity 1, applied to linear RGB. */
const CVD_MATRICES: Record<Exclude<ColorVision, 'normal'>, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** A colour in CIELAB (D65) as a reader with `vision` sees it. */
export function toLab(hex: string, vision: ColorVision = 'normal'): [number, number, number] {
  let rgb = hexToRgb(hex).map(linear);
  if (vision !== 'normal') {
    const m = CVD_MATRICES[vision];
    rgb = m.map((row) =>
      Math.min(
        1,
        Math.max(
          0,
          row.reduce((sum, k, i) => sum + k * (rgb[i] ?? 0), 0),
        ),
      ),
    );
  }
  const [r, g, b] = rgb as [number, number, number];
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((v) => (v > 216 / 24389 ? Math.cbrt(v) : (24389 / 27 / 116) * v + 16 / 116)) as [number, number, number];
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

/** CIE76 colour difference of two colours as a reader with `vision` sees them (about 2.3 is just noticeable). */
export function colorDifference(a: string, b: string, vision: ColorVision = 'normal'): number {
  const [l1, a1, b1] = toLab(a, vision);
  const [l2, a2, b2] = toLab(b, vision);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
