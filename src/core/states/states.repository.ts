/**
 * Every query of the reference states. Functions take a `Db`, which may be a transaction.
 */
import { asc, count, eq, sql } from 'drizzle-orm';
import { firstRow, type Db } from '../db/client.ts';
import { states } from './states.table.ts';

export type StateRow = typeof states.$inferSelect;

/** Inserts the states, overwriting the figures of those already stored. */
export async function upsertStates(db: Db, rows: StateRow[]): Promise<void> {
  await db
    .insert(states)
    .values(rows)
    .onConflictDoUpdate({
      target: states.iso3,
      set: {
        name: sql`excluded.name`,
        unMember: sql`excluded.un_member`,
        region: sql`excluded.region`,
        population: sql`excluded.population`,
        populationYear: sql`excluded.population_year`,
        gdpUsd: sql`excluded.gdp_usd`,
        gdpYear: sql`excluded.gdp_year`,
      },
    });
}

/** All states by ISO code. */
export async function listStates(db: Db): Promise<StateRow[]> {
  return db.select().from(states).orderBy(asc(states.iso3));
}

/** The state with this (upper-case) ISO 3166-1 alpha-3 code. */
export async function findState(db: Db, iso3: string): Promise<StateRow | undefined> {
  const [row] = await db.select().from(states).where(eq(states.iso3, iso3));
  return row;
}

/** How many states are stored; none before the first start has loaded them. */
export async function countStates(db: Db): Promise<number> {
  return firstRow(await db.select({ n: count() }).from(states), 'count of states').n;
}
