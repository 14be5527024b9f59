/**
 * The contributions ledger (hours and money per person, append-only, logged
 * by figures and never by name), its CSV import, and the public "funding so
 * far" page.
 */
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import { type Db, firstRow } from '../../core/db/client.ts';
import { AppError, conflict, invalid, notFound } from '../../core/errors.ts';
import { appendManyToLog, appendToLog, type LogInput } from '../../core/ledger/log-writer.ts';
import { isUniqueViolation } from '../../core/db/errors.ts';
import { latestDateOnEarth, type CoalitionEnv } from './coalition-env.ts';
import { readContributionsCsv, type ContributionInput, type RejectedRow } from './contributions-csv.ts';
import type {
  Contribution,
  Funding,
  ImportPreview,
  ImportRejectedDetails,
  ImportReport,
  Money,
  NewContribution,
} from './contributions.dto.ts';
import * as repo from './contributions.repository.ts';
import { personExists, listPersonNames } from './members.repository.ts';
import { fromHundredths, isCurrency, toHundredths } from './money.ts';

export type { Contribution, Funding, FundingContributor, ImportReport, Money, NewContribution } from './contributions.dto.ts';

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
const logEntry = (row: repo.ContributionRow, actor: Actor | null): LogInput => ({
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

const toContribution = (c: repo.ContributionWithNames): Contribution => ({
  id: c.id,
  personId: c.personId,
  personName: c.personName,
  contributedOn: c.contributedOn,
  hours: fromHundredths(c.hundredthHours),
  amountMinor: c.amountMinor,
  currency: c.currency,
  description: c.description,
  reversesId: c.reversesId,
  reversedById: c.reversedById,
  createdAt: c.createdAt.toISOString(),
});

async function readContribution(db: Db, id: number): Promise<Contribution | undefined> {
  const [row] = await repo.listContributions(db, { id });
  return row && toContribution(row);
}

async function checkPerson(db: Db, personId: number) {
  if (!(await personExists(db, personId))) throw invalid('unknown_person', `no person with id ${personId}`, { personId });
}

/**
 * Records contributions without an access check (first start, demo, CLI),
 * all in one transaction with their log entries.
 */
export async function addContributionsUnchecked(
  db: Db,
  by: Actor | null,
  inputs: NewContribution[],
  env: Pick<CoalitionEnv, 'now'>,
): Promise<Contribution[]> {
  const today = latestDateOnEarth(env.now());
  const valid = inputs.map((i) => validate(i, today));
  return db.transaction(async (tx) => {
    for (const personId of new Set(valid.map((v) => v.personId))) await checkPerson(tx, personId);
    const rows = await repo.insertContributions(
      tx,
      valid.map((v) => ({ ...v, createdBy: by?.id ?? null })),
    );
    await appendManyToLog(
      tx,
      rows.map((r) => logEntry(r, by)),
    );
    const out: Contribution[] = [];
    for (const r of rows) out.push((await readContribution(tx, r.id))!);
    return out;
  });
}

export async function createContribution(db: Db, actor: Actor | null, input: NewContribution, env: CoalitionEnv): Promise<Contribution> {
  const admin = requireRole(actor, 'admin');
  return firstRow(await addContributionsUnchecked(db, admin, [input], env), 'contribution just added');
}

export async function listContributions(
  db: Db,
  actor: Actor | null,
  query: { personId?: number; limit: number; offset: number },
): Promise<{ contributions: Contribution[]; total: number }> {
  requireRole(actor, 'admin');
  const total = await repo.countContributions(db, query.personId);
  const rows = await repo.listContributions(db, { personId: query.personId }, query.limit, query.offset);
  return { contributions: rows.map(toContribution), total };
}

export async function getContribution(db: Db, actor: Actor | null, id: number): Promise<Contribution> {
  requireRole(actor, 'admin');
  const row = await readContribution(db, id);
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
      const original = await repo.findContribution(tx, id, true);
      if (!original) throw notFound('contribution', { id });
      if (original.reversesId !== null) {
        throw conflict('cannot_reverse_reversal', `contribution ${id} is itself a reversal; record a new entry instead`, {
          reverses: original.reversesId,
        });
      }
      const already = await repo.findReversalOf(tx, id);
      if (already !== undefined)
        throw conflict('already_reversed', `contribution ${id} was already reversed by ${already}`, { reversedById: already });
      const rows = await repo.insertContributions(tx, [
        {
          personId: original.personId,
          contributedOn: original.contributedOn,
          hundredthHours: -original.hundredthHours,
          amountMinor: -original.amountMinor,
          currency: original.currency,
          description: `Reversal of #${id}: ${reason}`,
          reversesId: id,
          createdBy: admin.id,
        },
      ]);
      const row = firstRow(rows, 'inserted reversal');
      await appendToLog(tx, logEntry(row, admin));
      return (await readContribution(tx, row.id))!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('already_reversed', `contribution ${id} was already reversed`);
    throw err;
  }
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
  const rows = await repo.sumContributionsByPersonAndCurrency(db);
  const byPerson = new Map<number, { name: string; disclosed: boolean; hundredths: number; money: Map<string, number> }>();
  const totalMoney = new Map<string, number>();
  let totalHundredths = 0;
  for (const r of rows) {
    const entry = byPerson.get(r.personId) ?? { name: r.name, disclosed: r.visibility === 'public', hundredths: 0, money: new Map() };
    byPerson.set(r.personId, entry);
    const h = r.hundredths;
    const m = r.minor;
    entry.hundredths += h;
    totalHundredths += h;
    if (r.currency && m !== 0) {
      entry.money.set(r.currency, (entry.money.get(r.currency) ?? 0) + m);
      totalMoney.set(r.currency, (totalMoney.get(r.currency) ?? 0) + m);
    }
  }
  const asList = (money: Map<string, number>): Money[] =>
    [...money]
      .filter(([, v]) => v !== 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amountMinor]) => ({ currency, amountMinor }));
  const moneyWeight = (m: Money[]) => m.reduce((s, x) => s + x.amountMinor, 0);
  const contributors = [...byPerson.values()]
    .map((p) => ({
      name: p.disclosed ? p.name : 'undisclosed',
      disclosed: p.disclosed,
      hours: fromHundredths(p.hundredths),
      money: asList(p.money),
    }))
    .filter((p) => p.hours !== 0 || p.money.length > 0)
    .sort(
      (a, b) =>
        b.hours - a.hours ||
        moneyWeight(b.money) - moneyWeight(a.money) ||
        Number(a.disclosed === false) - Number(b.disclosed === false) ||
        a.name.localeCompare(b.name),
    );
  return { contributors, totals: { hours: fromHundredths(totalHundredths), money: asList(totalMoney), contributors: contributors.length } };
}

/**
 * Reads and checks a contributions CSV against the people stored now: the one reading that both
 * the import and its dry run ({@link previewContributionsImport}) use, so they accept and refuse
 * exactly the same rows.
 */
async function readImport(db: Db, csv: string, env: Pick<CoalitionEnv, 'now'>) {
  const directory = await listPersonNames(db);
  return { ...readContributionsCsv(csv, directory, latestDateOnEarth(env.now())), directory };
}

/**
 * The dry run of an import: the same answer as {@link importContributions} would give, read by the
 * same code, without storing or logging anything: the rows it would store, or the same
 * `import_rejected` error listing every bad row with its reasons.
 */
export async function previewContributionsImport(
  db: Db,
  actor: Actor | null,
  csv: string,
  env: Pick<CoalitionEnv, 'now'>,
): Promise<ImportPreview> {
  requireRole(actor, 'admin');
  const { accepted, rejected, directory } = await readImport(db, csv, env);
  if (rejected.length) throw importRejected(rejected, accepted.length);
  const names = new Map(directory.map((p) => [p.id, p.name]));
  return {
    rows: accepted.map(({ row, input }) => ({
      row,
      personId: input.personId,
      personName: names.get(input.personId) ?? '',
      contributedOn: input.contributedOn,
      hours: fromHundredths(input.hundredthHours),
      amountMinor: input.amountMinor,
      currency: input.currency,
      description: input.description,
    })),
  };
}

/**
 * Imports a contributions CSV (see contributions-csv.ts for its columns)
 * without an access check (the CLI runs with the machine owner's authority).
 * All or nothing: every row is checked inside the transaction; if any is
 * bad, nothing is stored and `import_rejected` lists every bad row.
 */
export async function importContributionsUnchecked(
  db: Db,
  by: Actor | null,
  csv: string,
  env: Pick<CoalitionEnv, 'now'>,
): Promise<ImportReport> {
  return db.transaction(async (tx) => {
    const { accepted, rejected } = await readImport(tx, csv, env);
    if (rejected.length) throw importRejected(rejected, accepted.length);
    const stored = await repo.insertContributions(
      tx,
      accepted.map((a) => ({ ...a.input, createdBy: by?.id ?? null })),
    );
    await appendManyToLog(
      tx,
      stored.map((r) => logEntry(r, by)),
    );
    // The insert returns its rows in the order of its values, so stored[i] is accepted[i].
    const rows = accepted.map((a, i) => {
      const row = stored[i];
      if (row === undefined) throw new Error(`the insert returned ${stored.length} row(s) for ${accepted.length} contribution(s)`);
      return { row: a.row, contributionId: row.id };
    });
    return { imported: stored.length, rows };
  });
}

const importRejected = (rejected: RejectedRow[], good: number) =>
  new AppError('import_rejected', `${rejected.length} row(s) rejected; nothing was imported`, {
    status: 422,
    details: { rejected, acceptableRows: good } satisfies ImportRejectedDetails,
  });

export async function importContributions(db: Db, actor: Actor | null, csv: string, env: CoalitionEnv): Promise<ImportReport> {
  const admin = requireRole(actor, 'admin');
  return importContributionsUnchecked(db, admin, csv, env);
}

/** How many contributions are stored (for reports and tests). */
export async function countContributions(db: Db): Promise<number> {
  return repo.countContributions(db);
}
