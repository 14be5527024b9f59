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
