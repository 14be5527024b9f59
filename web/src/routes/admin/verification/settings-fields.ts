/**
 * The verification agency's settings as the console edits them: one entry per field of the
 * server's VerificationSettings, with its body path (the name the server's errors give it), its
 * unit and its catalogue key; and the conversions between a setting's value and the text of its
 * input (FLOP in scientific notation, shares as percentages, digits of the shown language read).
 */
import type { components } from '../../../api/client.ts';

export type VerificationSettings = components['schemas']['VerificationSettings'];

export type SettingUnit = 'flop' | 'percent' | 'accelerators' | 'hours' | 'days' | 'ratio' | 'facilities';

export interface SettingField {
  /** The catalogue key of its label and reason (labels.<key>, reasons.<key>). */
  key: string;
  /** Its path in the body, as the server's validation errors name it. */
  path: string;
  unit: SettingUnit;
}

export interface SettingGroup {
  /** The catalogue key of the group's legend (groups.<key>). */
  key: string;
  /** The path of the group's object, for an error that names the group (the thresholds' order). */
  path?: string;
  fields: SettingField[];
}

export const SETTING_GROUPS: SettingGroup[] = [
  {
    key: 'thresholds',
    path: 'thresholds',
    fields: [
      { key: 'notifyFlop', path: 'thresholds.notifyFlop', unit: 'flop' },
      { key: 'licenceFlop', path: 'thresholds.licenceFlop', unit: 'flop' },
    ],
  },
  { key: 'accounting', fields: [{ key: 'tolerance', path: 'tolerance', unit: 'percent' }] },
  {
    key: 'trainingLike',
    path: 'trainingLike',
    fields: [
      { key: 'trainingAccelerators', path: 'trainingLike.minConcurrentAccelerators', unit: 'accelerators' },
      { key: 'trainingUtilization', path: 'trainingLike.minUtilization', unit: 'percent' },
      { key: 'trainingFlop', path: 'trainingLike.minFlop', unit: 'flop' },
    ],
  },
  {
    key: 'sustained',
    path: 'sustained',
    fields: [
      { key: 'sustainedHours', path: 'sustained.minHours', unit: 'hours' },
      { key: 'sustainedRatio', path: 'sustained.maxConcurrencyRatio', unit: 'ratio' },
      { key: 'sustainedDelta', path: 'sustained.maxUtilizationDelta', unit: 'percent' },
    ],
  },
  {
    key: 'facilityUndeclared',
    path: 'facilityUndeclared',
    fields: [
      { key: 'undeclaredDays', path: 'facilityUndeclared.windowDays', unit: 'days' },
      { key: 'undeclaredFlop', path: 'facilityUndeclared.flop', unit: 'flop' },
    ],
  },
  {
    key: 'linked',
    path: 'linked',
    fields: [
      { key: 'linkedOverlap', path: 'linked.minOverlap', unit: 'percent' },
      { key: 'linkedFacilities', path: 'linked.minFacilities', unit: 'facilities' },
      { key: 'linkedFlop', path: 'linked.flop', unit: 'flop' },
    ],
  },
  { key: 'challenges', fields: [{ key: 'challengeHours', path: 'challengeDeadlineHours', unit: 'hours' }] },
];

export const SETTING_FIELDS: SettingField[] = SETTING_GROUPS.flatMap((g) => g.fields);

/** The value at a dotted path of the settings. */
export function valueAt(settings: VerificationSettings, path: string): number {
  let at: unknown = settings;
  for (const part of path.split('.')) at = (at as Record<string, unknown>)[part];
  return at as number;
}

/** Twelve significant digits: 0.35 × 100 is 35.00000000000001 in binary, and 35 to a reader. */
const tidy = (value: number) => Number(value.toPrecision(12));

/** The text an input starts with: 1e25 for FLOP, 2 for a share of 0.02 (percent), else the plain number. */
export function inputText(value: number, unit: SettingUnit): string {
  if (unit === 'percent') return String(tidy(value * 100));
  if (unit === 'flop' && Math.abs(value) >= 1e6) return value.toExponential().replace('e+', 'e');
  return String(value);
}

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * The number a person typed, or null when it is none: `2e25`, `2.5E24`, `1 000`, `2,5` (a decimal
 * comma), `٢٫٥` (Arabic-Indic digits and decimal sign). A percentage is read back as its share.
 */
export function parseInput(text: string, unit: SettingUnit): number | null {
  let normal = text
    .trim()
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)))
    .replace(/[\s\u00a0\u202f\u066c']/g, '')
    .replace(/\u066b/g, '.')
    .replace(/\u2212/g, '-');
  if (!normal.includes('.') && /^[^,]*,[^,]*$/.test(normal)) normal = normal.replace(',', '.');
  if (normal === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return null;
  const value = Number(normal);
  if (!Number.isFinite(value)) return null;
  return unit === 'percent' ? tidy(value / 100) : value;
}

/**
 * The body of the PUT from the inputs' texts: a text that is no number is sent as null, so that
 * the server names that field in its answer, beside the input, as it does any other bad value.
 */
export function settingsBody(texts: Record<string, string>): VerificationSettings {
  const body: Record<string, unknown> = {};
  for (const field of SETTING_FIELDS) {
    const parts = field.path.split('.');
    const last = parts.pop() as string;
    let at = body;
    for (const part of parts) at = (at[part] ??= {}) as Record<string, unknown>;
    at[last] = parseInput(texts[field.path] ?? '', field.unit);
  }
  return body as unknown as VerificationSettings;
}

/** Every field's input text for the given settings. */
export function inputTexts(settings: VerificationSettings): Record<string, string> {
  return Object.fromEntries(SETTING_FIELDS.map((f) => [f.path, inputText(valueAt(settings, f.path), f.unit)]));
}
