import { describe, expect, it } from 'vitest';
import type { State } from '../api/client.ts';
import { filterStates, nextSort, sortStates } from './sort-states.ts';

const state = (iso3: string, name: string, region: string, population: number | null, gdpUsd: number | null): State => ({
  iso3,
  name,
  region,
  population,
  gdpUsd,
  unMember: true,
  populationYear: population == null ? null : 2024,
  gdpYear: gdpUsd == null ? null : 2023,
});

const states = [
  state('KEN', 'Kenya', 'Africa', 55_000_000, 100e9),
  state('VAT', 'Vatican City', 'Europe', null, null),
  state('IND', 'India', 'Asia', 1_400_000_000, 3.5e12),
  state('CIV', "Côte d'Ivoire", 'Africa', 30_000_000, 70e9),
];

describe('sortStates', () => {
  it('sorts numbers largest first and keeps missing values last', () => {
    expect(sortStates(states, { key: 'population', direction: 'descending' }).map((s) => s.iso3)).toEqual(['IND', 'KEN', 'CIV', 'VAT']);
    expect(sortStates(states, { key: 'population', direction: 'ascending' }).map((s) => s.iso3)).toEqual(['CIV', 'KEN', 'IND', 'VAT']);
  });

  it('sorts text with accents in dictionary order, ties by name', () => {
    expect(sortStates(states, { key: 'name', direction: 'ascending' }).map((s) => s.iso3)).toEqual(['CIV', 'IND', 'KEN', 'VAT']);
    expect(sortStates(states, { key: 'region', direction: 'ascending' }).map((s) => s.iso3)).toEqual(['CIV', 'KEN', 'IND', 'VAT']);
  });

  it('sorts regions by the names the reader sees, in the reader’s language', () => {
    const russian: Record<string, string> = { Africa: 'Африка', Asia: 'Азия', Europe: 'Европа' };
    const sorted = sortStates(states, { key: 'region', direction: 'ascending' }, (r) => russian[r] ?? r, 'ru');
    // Азия < Африка < Европа in Russian order; in English order Africa would come first.
    expect(sorted.map((s) => s.iso3)).toEqual(['IND', 'CIV', 'KEN', 'VAT']);
  });
});

describe('nextSort', () => {
  it('starts numeric columns descending and flips on a second click', () => {
    const first = nextSort({ key: 'name', direction: 'ascending' }, 'population');
    expect(first).toEqual({ key: 'population', direction: 'descending' });
    expect(nextSort(first, 'population')).toEqual({ key: 'population', direction: 'ascending' });
    expect(nextSort(first, 'iso3')).toEqual({ key: 'iso3', direction: 'ascending' });
  });
});

describe('filterStates', () => {
  it('matches name, code or region, ignoring case and accents', () => {
    expect(filterStates(states, 'cote').map((s) => s.iso3)).toEqual(['CIV']);
    expect(filterStates(states, 'afr').map((s) => s.iso3)).toEqual(['KEN', 'CIV']);
    expect(filterStates(states, 'ind').map((s) => s.iso3)).toEqual(['IND']);
    expect(filterStates(states, '  ')).toHaveLength(4);
  });

  it('matches a region by the name the reader sees', () => {
    const french = (r: string) => ({ Africa: 'Afrique', Asia: 'Asie', Europe: 'Europe' })[r] ?? r;
    expect(filterStates(states, 'afriq', french).map((s) => s.iso3)).toEqual(['KEN', 'CIV']);
    expect(filterStates(states, 'afriq').map((s) => s.iso3)).toEqual([]);
  });
});
