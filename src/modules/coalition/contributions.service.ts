import { count, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import { appendManyToLog, appendToLog, type LogInput } from '../../core/ledger/log-writer.ts';
import { latestDateOnEarth, type CoalitionEnv } from './coalition-env.ts';
import { contributions, people } from './coalition.table.ts';
import { readContributionsCsv, type ContributionInput, type RejectedRow } from './contributions-csv.ts';
import { isUniqueViolation } from '../../core/db/errors.ts';
import { fromHundredths, isCurrency, toHundredths } from './money.ts';

export interface NewContribution {
  personId: number;
  contributedOn: string;
  hours?: number;
  amountMinor?: number;
  currency?: string;
  description?: string;
}

export interface Contribution {
  id: number;
  personId: number;
  personName: string;
  contributedOn: string;
  hours: number;
  amountMinor: number;
  currency: string | null;
  description: string;
  reversesId: number | null;
  reversedById: number | null;
  createdAt: string;
}

export interface Money {
  currency: string;
  amountMinor: number;
}

/** Checks one contribution's figures and turns them into a row to store. */
function validate(input: NewContribution, today: string): ContributionInput {
  const hundredthHours = toHundredths(input.hours ?? 0);
  if (hundredthHours === null || hundredthHours < 0) throw invalid('invalid_hours', 'hours must be ≥ 0 with at most two decimals');
  const amountMinor = input.amountMinor ?? 0;
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) throw invalid('invalid_amount', 'amountMinor must be an integer ≥ 0');
  if (amountMinor > 0 && !input.currency) throw invalid('currency_required', 'an amount needs its ISO 4217 currency');
  if (input.currency && !isCurrency(input.currency)) throw invalid('unknown_currency', `${input.currency} is not an ISO 4217 currency`);
  if (hundredthHours === 0 && amountMinor === 0) throw invalid('nothing_contributed', 'give hours, an amount, or both');
  if (input.contributedOn > today) throw invalid('date_in_future', `${input.contributedOn} is in the future`);
  return {
    personId: input.personId,
    contributedOn: input.contributedOn,
    hundredthHours,
    amountMinor,
    currency: amountMinor > 0 ? input.currency! : null,
    description: input.description ?? '',
  };
}

/** What a contribution's log entry records: figures, never the person. */
const logEntry = (row: typeof contributions.$inferSelect, actor: Actor | null): LogInput => ({
  kind: row.reversesId ? 'coalition.contribution-reversed' : 'coalition.contribution',
  actor: actorLabel(actor),
  subject: `contribution:${row.id}`,
  body: {
    contributionId: row.id,
    contributedOn: row.contributedOn,
    hours: fromHundredths(row.hundredthHours),
    amountMinor: row.amountMinor,
    currency: row.currency,
    ...(row.reversesId ? { reverses: row.reversesId } : {}),
  },
});

const reversal = alias(contributions, 'reversal');

async function readContributions(db: Db, where: { id?: number; personId?: number }, limit = 1, offset = 0): Promise<Contribution[]> {
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
  return rows.map((c) => ({
    id: c.id,
    personId: c.personId,
    personName: c.personName,
    contributedOn: c.contributedOn,
    hours: fromHundredths(c.hundredthHours),
    amountMinor: c.amountMinor,
    currency: c.currency,
    description: c.description,
    reversesId: c.reversesId,
    reversedById: c.reversedById ?? null,
    createdAt: c.createdAt.toISOString(),
  }));
}

async function checkPerson(db: Db, personId: number) {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.id, personId));
  if (!row) throw invalid('unknown_person', `no person with id ${personId}`, { personId });
}

/**
 * Records contributions without an access check (first start, demo, CLI),
 * all in one transaction with their log entries.
 */
export async function addContributions(db: Db, by: Actor | null, inputs: NewContribution[], env: Pick<CoalitionEnv, 'now'>): Promise<Contribution[]> {
  const today = latestDateOnEarth(env.now());
  const valid = inputs.map((i) => validate(i, today));
  return db.transaction(async (tx) => {
    for (const personId of new Set(valid.map((v) => v.personId))) await checkPerson(tx, personId);
    const rows = await tx.insert(contributions).values(valid.map((v) => ({ ...v, createdBy: by?.id ?? null }))).returning();
    await appendManyToLog(tx, rows.map((r) => logEntry(r, by)));
    const out: Contribution[] = [];
    for (const r of rows) out.push(...(await readContributions(tx, { id: r.id })));
    return out;
  });
}

export async function createContribution(db: Db, actor: Actor | null, input: NewContribution, env: CoalitionEnv): Promise<Contribution> {
  const admin = requireRole(actor, 'admin');
  const [created] = await addContributions(db, admin, [input], env);
  return created;
}

export async function listContributions(
  db: Db,
  actor: Actor | null,
  query: { personId?: number; limit: number; offset: number },
): Promise<{ contributions: Contribution[]; total: number }> {
  requireRole(actor, 'admin');
  const [{ n }] = await db
    .select({ n: count() })
    .from(contributions)
    .where(query.personId !== undefined ? eq(contributions.personId, query.personId) : undefined);
  return { contributions: await readContributions(db, { personId: query.personId }, query.limit, query.offset), total: n };
}

export async function getContribution(db: Db, actor: Actor | null, id: number): Promise<Contribution> {
  requireRole(actor, 'admin');
  const [row] = await readContributions(db, { id });
  if (!row) throw notFound('contribution', { id });
  return row;
}

/**
 * Corrects a contribution the only way the ledger allows: a new entry with
 * the negated figures that references it. A reversal cannot be reversed, and
 * an entry can be reversed once (a unique index enforces it under races).
 */
export async function reverseContribution(db: Db, actor: Actor | null, id: number, reason: string): Promise<Contribution> {
  const admin = requireRole(actor, 'admin');
  try {
    return await db.transaction(async (tx) => {
      const [original] = await tx.select().from(contributions).where(eq(contributions.id, id)).for('update');
      if (!original) throw notFound('contribution', { id });
      if (original.reversesId !== null) {
        throw conflict('cannot_reverse_reversal', `contribution ${id} is itself a reversal; record a new entry instead`, { reverses: original.reversesId });
      }
      const [already] = await tx.select({ id: contributions.id }).from(contributions).where(eq(contributions.reversesId, id));
      if (already) throw conflict('already_reversed', `contribution ${id} was already reversed by ${already.id}`, { reversedById: already.id });
      const [row] = await tx
        .insert(contributions)
        .values({
          personId: original.personId,
          contributedOn: original.contributedOn,
          hundredthHours: -original.hundredthHours,
          amountMinor: -original.amountMinor,
          currency: original.currency,
          description: `Reversal of #${id}: ${reason}`,
          reversesId: id,
          createdBy: admin.id,
        })
        .returning();
      await appendToLog(tx, logEntry(row, admin));
      return (await readContributions(tx, { id: row.id }))[0];
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('already_reversed', `contribution ${id} was already reversed`);
    throw err;
  }
}

export interface FundingContributor {
  name: string;
  disclosed: boolean;
  hours: number;
  money: Money[];
}

export interface Funding {
  contributors: FundingContributor[];
  totals: { hours: number; money: Money[]; contributors: number };
}

/**
 * The public "funding so far" page: totals per contributor, most hours
 * first, and the coalition's totals. Undisclosed people appear as
 * "undisclosed" and nothing else: no id, and no order that depends on it.
 *
 * One GROUP BY over (person, currency) runs in SQL; the covering index
 * coalition_contributions_funding_idx lets it read only the index. The few
 * hundred resulting rows are folded per person here.
 */
export async function fundingSoFar(db: Db): Promise<Funding> {
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
    .select({ personId: sums.personId, name: people.name, visibility: people.visibility, currency: sums.currency, hundredths: sums.hundredths, minor: sums.minor })
    .from(sums)
    .innerJoin(people, eq(people.id, sums.personId));

  const byPerson = new Map<number, { name: string; disclosed: boolean; hundredths: number; money: Map<string, number> }>();
  const totalMoney = new Map<string, number>();
  let totalHundredths = 0;
  for (const r of rows) {
    const entry = byPerson.get(r.personId) ?? { name: r.name, disclosed: r.visibility === 'public', hundredths: 0, money: new Map() };
    byPerson.set(r.personId, entry);
    const h = Number(r.hundredths);
    const m = Number(r.minor);
    entry.hundredths += h;
    totalHundredths += h;
    if (r.currency && m !== 0) {
      entry.money.set(r.currency, (entry.money.get(r.currency) ?? 0) + m);
      totalMoney.set(r.currency, (totalMoney.get(r.currency) ?? 0) + m);
    }
  }
  const asList = (money: Map<string, number>): Money[] =>
    [...money].filter(([, v]) => v !== 0).sort(([a], [b]) => a.localeCompare(b)).map(([currency, amountMinor]) => ({ currency, amountMinor }));
  const moneyWeight = (m: Money[]) => m.reduce((s, x) => s + x.amountMinor, 0);
  const contributors = [...byPerson.values()]
    .map((p) => ({ name: p.disclosed ? p.name : 'undisclosed', disclosed: p.disclosed, hours: fromHundredths(p.hundredths), money: asList(p.money) }))
    .filter((p) => p.hours !== 0 || p.money.length > 0)
    .sort((a, b) => b.hours - a.hours || moneyWeight(b.money) - moneyWeight(a.money) || Number(a.disclosed === false) - Number(b.disclosed === false) || a.name.localeCompare(b.name));
  return { contributors, totals: { hours: fromHundredths(totalHundredths), money: asList(totalMoney), contributors: contributors.length } };
}

export interface ImportReport {
  imported: number;
  rows: { row: number; contributionId: number }[];
}

/**
 * Imports a contributions CSV (see contributions-csv.ts for its columns)
 * without an access check (the CLI runs with the machine owner's authority).
 * All or nothing: every row is checked inside the transaction; if any is
 * bad, nothing is stored and `import_rejected` lists every bad row.
 */
export async function importContributionsCsv(db: Db, by: Actor | null, csv: string, env: Pick<CoalitionEnv, 'now'>): Promise<ImportReport> {
  const today = latestDateOnEarth(env.now());
  return db.transaction(async (tx) => {
    const directory = await tx.select({ id: people.id, name: people.name }).from(people);
    const { accepted, rejected } = readContributionsCsv(csv, directory, today);
    if (rejected.length) throw importRejected(rejected, accepted.length);
    const stored: (typeof contributions.$inferSelect)[] = [];
    // 1,000 rows × 8 parameters stays well below Postgres's 65,535-parameter limit.
    for (let i = 0; i < accepted.length; i += 1000) {
      const chunk = accepted.slice(i, i + 1000).map((a) => ({ ...a.input, createdBy: by?.id ?? null }));
      stored.push(...(await tx.insert(contributions).values(chunk).returning()));
    }
    await appendManyToLog(tx, stored.map((r) => logEntry(r, by)));
    return { imported: stored.length, rows: accepted.map((a, i) => ({ row: a.row, contributionId: stored[i].id })) };
  });
}

const importRejected = (rejected: RejectedRow[], good: number) =>
  new AppError('import_rejected', `${rejected.length} row(s) rejected; nothing was imported`, {
    status: 422,
    details: { rejected, acceptableRows: good },
  });

export async function importContributions(db: Db, actor: Actor | null, csv: string, env: CoalitionEnv): Promise<ImportReport> {
  const admin = requireRole(actor, 'admin');
  return importContributionsCsv(db, admin, csv, env);
}

/** How many contributions are stored (for reports and tests). */
export async function countContributions(db: Db): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(contributions);
  return n;
}

