import { useMemo, useState } from 'react';
import type { State } from '../api/client.ts';
import { formatInteger, formatUsd } from './format.ts';
import { filterStates, nextSort, sortStates, type StateSort, type StateSortKey } from './sort-states.ts';

const COLUMNS: { key: StateSortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'iso3', label: 'ISO 3166-1' },
  { key: 'region', label: 'Region' },
  { key: 'population', label: 'Population', numeric: true },
  { key: 'gdpUsd', label: 'GDP (US$)', numeric: true },
];

/** The states as a table sortable by any column (header buttons, aria-sort) with a filter box. */
export function StatesTable({ states }: { states: State[] }) {
  const [sort, setSort] = useState<StateSort>({ key: 'name', direction: 'ascending' });
  const [query, setQuery] = useState('');
  const rows = useMemo(() => sortStates(filterStates(states, query), sort), [states, query, sort]);
  const count = rows.length === states.length ? `${states.length} states` : `${rows.length} of ${states.length} states`;

  return (
    <section className="states-table" aria-labelledby="states-table-heading">
      <div className="table-toolbar">
        <h2 id="states-table-heading">
          <span className="count" aria-live="polite">
            {count}
          </span>
        </h2>
        <label className="filter">
          <span>Filter</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, code or region" />
        </label>
      </div>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={active ? sort.direction : 'none'} className={c.numeric ? 'numeric' : undefined}>
                    <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, c.key))}>
                      {c.label}
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
                <th scope="row">{s.name}</th>
                <td>
                  <code>{s.iso3}</code>
                </td>
                <td>{s.region}</td>
                <td className="numeric" title={s.populationYear ? `${s.populationYear}` : undefined}>
                  {formatInteger(s.population)}
                </td>
                <td className="numeric" title={s.gdpYear ? `${s.gdpYear}` : undefined}>
                  {formatUsd(s.gdpUsd)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
