/**
 * Every query on the contributions ledger. Functions take a `Db`, which may be
 * a transaction handed down by a service; none of them checks access or
 * writes to the log. The ledger is append-only: there is no update or delete.
 */
import { count, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Db, firstRow } from '../../core/db/client.ts';
import { contributions, people, type Visibility } from './coalition.table.ts';

export type ContributionRow = typeof contributions.$inferSelect;
export type NewContributionRow = typeof contributions.$inferInsert;

/** A contribution with its person's name and the id of the entry that reverses it, if any. */
export interface ContributionWithNames extends ContributionRow {
  personName: string;
  reversedById: number | null;
}

/**
 * Postgres allows 65,535 parameters per statement; 1,000 rows of a handful of
 * columns each stays well below it.
 */
const INSERT_CHUNK = 1000;

const reversal = alias(contributions, 'reversal');

/**
 * Contributions, newest first: one by `id`, a person's by `personId`, or all,
 * a page of `limit` from `offset`.
 */
export async function listContributions(
  db: Db,
  where: { id?: number; personId?: number },
  limit = 1,
  offset = 0,
): Promise<ContributionWithNames[]> {
  const rows = await db
    .select({
      id: contributions.id,
      personId: contributions.personId,
      contributedOn: contributions.contributedOn,
      hundredthHours: contributions.hundredthHours,
      amountMinor: contributions.amountMinor,
      currency: contributions.currency,
      description: contributions.description,
      reversesId: contributions.reversesId,
      createdBy: contributions.createdBy,
      createdAt: contributions.createdAt,
      personName: people.name,
      reversedById: reversal.id,
    })
    .from(contributions)
    .innerJoin(people, eq(people.id, contributions.personId))
    .leftJoin(reversal, eq(reversal.reversesId, contributions.id))
    .where(
      where.id !== undefined
        ? eq(contributions.id, where.id)
        : where.personId !== undefined
          ? eq(contributions.personId, where.personId)
          : undefined,
    )
    .orderBy(desc(contributions.contributedOn), desc(contributions.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({ ...r, reversedById: r.reversedById ?? null }));
}

/** How many contributions there are (a person's, or all). */
export async function countContributions(db: Db, personId?: number): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(contributions)
    .where(personId !== undefined ? eq(contributions.personId, personId) : undefined);
  return firstRow(rows, 'count of contributions').n;
}

export async function findContribution(db: Db, id: number, lock = false): Promise<ContributionRow | undefined> {
  const query = db.select().from(contributions).where(eq(contributions.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The id of the entry that reverses contribution `id`, if there is one. */
export async function findReversalOf(db: Db, id: number): Promise<number | undefined> {
  const [row] = await db.select({ id: contributions.id }).from(contributions).where(eq(contributions.reversesId, id));
  return row?.id;
}

/** Inserts contributions in chunks, in the order given; returns the stored rows in that order. */
export async function insertContributions(db: Db, values: NewContributionRow[]): Promise<ContributionRow[]> {
  const stored: ContributionRow[] = [];
  for (let i = 0; i < values.length; i += INSERT_CHUNK) {
    stored.push(
      ...(await db
        .insert(contributions)
        .values(values.slice(i, i + INSERT_CHUNK))
        .returning()),
    );
  }
  return stored;
}

/** One row per (person, currency) with the sums of hundredths of hours and of minor units. */
export interface FundingSum {
  personId: number;
  name: string;
  visibility: Visibility;
  currency: string | null;
  hundredths: number;
  minor: number;
}

/**
 * The sums behind the public funding page: one GROUP BY over (person,
 * currency) in SQL, which the covering index coalition_contributions_funding_idx
 * answers from the index alone.
 */
export async function sumContributionsByPersonAndCurrency(db: Db): Promise<FundingSum[]> {
  const sums = db
    .select({
      personId: contributions.personId,
      currency: contributions.currency,
      hundredths: sql<string>`sum(${contributions.hundredthHours})`.as('hundredths'),
      minor: sql<string>`sum(${contributions.amountMinor})`.as('minor'),
    })
    .from(contributions)
    .groupBy(contributions.personId, contributions.currency)
    .as('sums');
  const rows = await db
    .select({
      personId: sums.personId,
      name: people.name,
      visibility: people.visibility,
      currency: sums.currency,
      hundredths: sums.hundredths,
      minor: sums.minor,
    })
    .from(sums)
    .innerJoin(people, eq(people.id, sums.personId));
  return rows.map((r) => ({ ...r, hundredths: Number(r.hundredths), minor: Number(r.minor) }));
}
