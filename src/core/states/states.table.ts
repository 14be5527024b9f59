import { bigint, boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** Reference data: the 195 states of data/states.csv. */
export const states = pgTable('states', {
  iso3: text('iso3').primaryKey(),
  name: text('name').notNull(),
  unMember: boolean('un_member').notNull(),
  region: text('region').notNull(),
  population: bigint('population', { mode: 'number' }),
  populationYear: integer('population_year'),
  gdpUsd: bigint('gdp_usd', { mode: 'number' }),
  gdpYear: integer('gdp_year'),
});
