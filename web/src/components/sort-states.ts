import type { State } from '../api/client.ts';

/** The sortable columns of the states table. */
export type StateSortKey = 'name' | 'iso3' | 'region' | 'population' | 'gdpUsd';
export type SortDirection = 'ascending' | 'descending';
export interface StateSort {
  key: StateSortKey;
  direction: SortDirection;
}

/** Numbers are most useful largest-first; text A to Z. */
export function defaultDirection(key: StateSortKey): SortDirection {
  return key === 'population' || key === 'gdpUsd' ? 'descending' : 'ascending';
}

/** The next sort after a click on `key`: the same column flips, another column starts at its default. */
export function nextSort(current: StateSort, key: StateSortKey): StateSort {
  if (current.key !== key) return { key, direction: defaultDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** How the page names a region (in its language); the region's code by default. */
export type RegionName = (region: string) => string;
const asIs: RegionName = (region) => region;

/**
 * A sorted copy of `states`. Missing values go last in either direction;
 * ties fall back to the name so the order is stable and predictable. Regions
 * sort by the name the reader sees, in the order of `language`.
 */
export function sortStates(states: readonly State[], { key, direction }: StateSort, regionName = asIs, language = 'en'): State[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const value = (s: State) => (key === 'region' ? regionName(s.region) : s[key]);
  return [...states].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x == null || y == null) {
      if (x == null && y == null) return collator.compare(a.name, b.name);
      return x == null ? 1 : -1;
    }
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order !== 0 ? sign * order : collator.compare(a.name, b.name);
  });
}

/**
 * States whose name, code or region contains `query` (case- and accent-insensitive); the region
 * matches by its code and by the name the reader sees ("Afrique" as well as "Africa").
 */
export function filterStates(states: readonly State[], query: string, regionName = asIs): State[] {
  const q = fold(query.trim());
  if (!q) return [...states];
  return states.filter((s) => fold(`${s.name} ${s.iso3} ${s.region} ${regionName(s.region)}`).includes(q));
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
