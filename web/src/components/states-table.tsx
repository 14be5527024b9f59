import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { State } from '../api/client.ts';
import { formatInteger, formatUsd } from '../i18n/format.ts';
import { filterStates, nextSort, sortStates, type StateSort, type StateSortKey } from './sort-states.ts';
import { ScrollRegion } from './scroll-region.tsx';

/** The columns; labels are `common` keys. */
const COLUMNS: { key: StateSortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'states.columns.name' },
  { key: 'iso3', label: 'states.columns.iso3' },
  { key: 'region', label: 'states.columns.region' },
  { key: 'population', label: 'states.columns.population', numeric: true },
  { key: 'gdpUsd', label: 'states.columns.gdp', numeric: true },
];

/** The states as a table sortable by any column (header buttons, aria-sort) with a filter box. */
export function StatesTable({ states }: { states: State[] }) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<StateSort>({ key: 'name', direction: 'ascending' });
  const [query, setQuery] = useState('');
  const language = i18n.resolvedLanguage ?? 'en';
  // The region as the reader sees it: filtered and sorted by that name, not by its English code.
  const regionName = useCallback((region: string) => t(`states.regions.${region}`, { defaultValue: region }), [t]);
  const rows = useMemo(
    () => sortStates(filterStates(states, query, regionName), sort, regionName, language),
    [states, query, sort, regionName, language],
  );
  // The plural form follows the total; both numbers are written the language's way.
  const total = { count: states.length, total: formatInteger(states.length) };
  const count =
    rows.length === states.length ? t('states.count', total) : t('states.countFiltered', { ...total, shown: formatInteger(rows.length) });

  return (
    <section className="states-table" aria-labelledby="states-table-heading">
      <div className="table-toolbar">
        <h2 id="states-table-heading">
          <span className="count" aria-live="polite">
            {count}
          </span>
        </h2>
        <label className="filter">
          <span>{t('states.filter')}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('states.filterPlaceholder')} />
        </label>
      </div>
      <ScrollRegion label={count}>
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={active ? sort.direction : 'none'} className={c.numeric ? 'numeric' : undefined}>
                    <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, c.key))}>
                      {t(c.label)}
                      <span className="sort-indicator" aria-hidden="true">
                        {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.iso3} data-iso3={s.iso3}>
                {/* The reference data names each state in English: marked so, for screen readers and the reader. */}
                <th scope="row">
                  <span lang="en" dir="ltr">
                    {s.name}
                  </span>
                </th>
                <td>
                  <code>{s.iso3}</code>
                </td>
                <td>{regionName(s.region)}</td>
                <td className="numeric" title={s.populationYear ? t('states.year', { year: s.populationYear }) : undefined}>
                  {formatInteger(s.population)}
                </td>
                <td className="numeric" title={s.gdpYear ? t('states.year', { year: s.gdpYear }) : undefined}>
                  {formatUsd(s.gdpUsd)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
