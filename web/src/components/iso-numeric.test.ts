import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { alpha3ForNumeric, ISO_NUMERIC_TO_ALPHA3 } from './iso-numeric.ts';

const csv = fs.readFileSync(new URL('../../../data/states.csv', import.meta.url), 'utf8');
const referenceIso3 = csv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]);

describe('ISO_NUMERIC_TO_ALPHA3', () => {
  it('covers exactly the 195 states of data/states.csv, once each', () => {
    const alpha3 = Object.values(ISO_NUMERIC_TO_ALPHA3);
    expect(alpha3).toHaveLength(195);
    expect(new Set(alpha3).size).toBe(195);
    expect([...alpha3].sort()).toEqual([...referenceIso3].sort());
  });

  it('uses three-digit keys', () => {
    for (const key of Object.keys(ISO_NUMERIC_TO_ALPHA3)) expect(key).toMatch(/^\d{3}$/);
  });

  it('names the world-atlas shapes as the atlas does', () => {
    const names = new Map(
      (world.objects.countries.geometries as { id?: string; properties: { name: string } }[]).map((g) => [
        alpha3ForNumeric(g.id),
        g.properties.name,
      ]),
    );
    expect(names.get('KEN')).toBe('Kenya');
    expect(names.get('COD')).toBe('Dem. Rep. Congo');
    expect(names.get('COG')).toBe('Congo');
    expect(names.get('PRK')).toBe('North Korea');
    expect(names.get('KOR')).toBe('South Korea');
    expect(names.get('SSD')).toBe('S. Sudan');
    expect(names.get('SDN')).toBe('Sudan');
    expect(names.get('PSE')).toBe('Palestine');
    expect(names.get('SWZ')).toBe('eSwatini');
    expect(names.get('MKD')).toBe('Macedonia');
  });
});

describe('alpha3ForNumeric', () => {
  it('pads numbers and rejects territories and missing ids', () => {
    expect(alpha3ForNumeric(4)).toBe('AFG');
    expect(alpha3ForNumeric('840')).toBe('USA');
    expect(alpha3ForNumeric('304')).toBeUndefined(); // Greenland
    expect(alpha3ForNumeric(undefined)).toBeUndefined();
  });
});
