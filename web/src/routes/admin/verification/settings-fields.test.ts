import { describe, expect, it } from 'vitest';
import { inputText, inputTexts, parseInput, SETTING_FIELDS, settingsBody, valueAt, type VerificationSettings } from './settings-fields.ts';

const SETTINGS: VerificationSettings = {
  thresholds: { notifyFlop: 1e25, licenceFlop: 1e26 },
  tolerance: 0.02,
  trainingLike: { minConcurrentAccelerators: 256, minUtilization: 0.35, minFlop: 1e21 },
  sustained: { minHours: 168, maxConcurrencyRatio: 1.5, maxUtilizationDelta: 0.1 },
  facilityUndeclared: { windowDays: 90, flop: 5e24 },
  linked: { minOverlap: 0.5, minFacilities: 2, flop: 1e25 },
  challengeDeadlineHours: 72,
};

describe('the settings editor’s inputs', () => {
  it('name every setting once, by its body path', () => {
    const paths = SETTING_FIELDS.map((f) => f.path).sort();
    expect(new Set(paths).size).toBe(paths.length);
    const leaves = (o: object, at = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? leaves(v as object, `${at}${k}.`) : [`${at}${k}`]));
    expect(paths).toEqual(leaves(SETTINGS).sort());
  });

  it('write FLOP in scientific notation and shares as percentages, and read them back unchanged', () => {
    expect(inputText(1e25, 'flop')).toBe('1e25');
    expect(inputText(0.35, 'percent')).toBe('35');
    expect(inputText(168, 'hours')).toBe('168');
    expect(settingsBody(inputTexts(SETTINGS))).toEqual(SETTINGS);
    for (const field of SETTING_FIELDS) expect(valueAt(SETTINGS, field.path)).toBeTypeOf('number');
  });

  it('read what a person types in any of the languages, and nothing else', () => {
    expect(parseInput('2e25', 'flop')).toBe(2e25);
    expect(parseInput(' 2.5E24 ', 'flop')).toBe(2.5e24);
    expect(parseInput('1 000', 'hours')).toBe(1000);
    expect(parseInput('2,5', 'percent')).toBe(0.025);
    expect(parseInput('٧٢', 'hours')).toBe(72);
    expect(parseInput('١٫٥', 'ratio')).toBe(1.5);
    expect(parseInput('-1e25', 'flop')).toBe(-1e25);
    for (const bad of ['', 'abc', '1e', '1,000,000', '1e999', '2 × 10^25']) expect(parseInput(bad, 'flop'), bad).toBeNull();
  });

  it('send a text that is no number as null, for the server to name its field', () => {
    const texts = { ...inputTexts(SETTINGS), 'thresholds.notifyFlop': 'lots' };
    expect(settingsBody(texts).thresholds.notifyFlop).toBeNull();
  });
});
