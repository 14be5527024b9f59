import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors.ts';
import { parseCsv } from './csv.ts';
import * as repo from './states.repository.ts';

export type State = repo.StateRow;

export const STATES_CSV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/states.csv');

const intOrNull = (v: string) => (v === '' ? null : Number.parseInt(v, 10));

/** Reads data/states.csv into rows of the states table. */
export function readStatesCsv(file = STATES_CSV): State[] {
  return parseCsv(fs.readFileSync(file, 'utf8')).map((r) => {
    /** The row's value in `column`, which the file's header must name. */
    const cell = (column: string): string => {
      const value = r[column];
      if (value === undefined) throw new Error(`${file} has no column ${column}`);
      return value;
    };
    return {
      iso3: cell('iso3'),
      name: cell('name'),
      unMember: cell('un_member') === 'true',
      region: cell('region'),
      population: intOrNull(cell('population')),
      populationYear: intOrNull(cell('population_year')),
      gdpUsd: intOrNull(cell('gdp_usd')),
      gdpYear: intOrNull(cell('gdp_year')),
    };
  });
}

/**
 * Reference data changes only when it is reloaded, and every map and weight
 * reads it, so the list is kept in memory per database until then.
 */
const cache = new WeakMap<Db, Promise<State[]>>();

/** True once the reference states are loaded (the marker of a database's first start). */
export async function statesLoaded(db: Db): Promise<boolean> {
  return (await repo.countStates(db)) > 0;
}

/** Loads (or refreshes) the reference states; safe to run on every start. */
export async function loadStates(db: Db, rows = readStatesCsv()): Promise<number> {
  cache.delete(db);
  await repo.upsertStates(db, rows);
  return rows.length;
}

/** All states by ISO code. */
export function listStates(db: Db): Promise<State[]> {
  let list = cache.get(db);
  if (!list) {
    // Keep the query's one promise, so concurrent readers share one round trip.
    list = repo.listStates(db);
    cache.set(db, list);
    list.catch(() => cache.delete(db));
  }
  return list;
}

export async function getState(db: Db, iso3: string): Promise<State> {
  const row = await repo.findState(db, iso3.toUpperCase());
  if (!row) throw notFound('state', { iso3 });
  return row;
}
