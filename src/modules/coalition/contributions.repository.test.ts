/**
 * The contributions queries on a bare migrated database (PGlite, and
 * PostgreSQL when TEST_DATABASE_URL is set): chunked inserts keep their order,
 * a reversal is found from either side and allowed once, and the funding sums
 * group by person and currency as numbers.
 */
import { assert, expect, it } from 'vitest';
import type { Db } from '../../core/db/client.ts';
import { isUniqueViolation } from '../../core/db/errors.ts';
import { describeEachDatabase } from '../../../test/fixtures/databases.ts';
import { withFreshDatabase } from './coalition.fixture.ts';
import * as repo from './contributions.repository.ts';
import { insertPerson, listPersonNames, personExists } from './members.repository.ts';

let db: Db;

const row = (
  personId: number,
  contributedOn: string,
  hundredthHours: number,
  money?: { amountMinor: number; currency: string },
  description = '',
) => ({
  personId,
  contributedOn,
  hundredthHours,
  amountMinor: money?.amountMinor ?? 0,
  currency: money?.currency ?? null,
  description,
});

describeEachDatabase('contributions repository: inserting and listing', (database) => {
  withFreshDatabase(database, (fresh) => {
    db = fresh;
  });

  it('inserts past one chunk in the order given, and counts per person', async () => {
    const personId = await insertPerson(db, { name: 'Bulk', roles: [], visibility: 'public' });
    const values = Array.from({ length: 2_001 }, (_, i) => row(personId, '2025-01-01', 100, undefined, `row ${i}`));
    const stored = await repo.insertContributions(db, values);
    expect(stored).toHaveLength(2_001);
    expect(stored.map((s) => s.description)).toEqual(values.map((v) => v.description));
    expect(
      stored.every((s, i, all) => {
        const previous = all[i - 1];
        return previous === undefined || s.id > previous.id;
      }),
    ).toBe(true);
    expect(await repo.countContributions(db, personId)).toBe(2_001);
    expect(await repo.countContributions(db)).toBeGreaterThanOrEqual(2_001);
    expect(await repo.insertContributions(db, [])).toEqual([]);
  });

  it('lists newest first with the person’s name and the id of the entry that reverses each', async () => {
    const personId = await insertPerson(db, { name: 'Listed Person', roles: [], visibility: 'public' });
    const [older, newer] = await repo.insertContributions(db, [row(personId, '2025-01-01', 100), row(personId, '2025-02-01', 200)]);
    assert(older && newer, 'both contributions were inserted');
    const [reversal] = await repo.insertContributions(db, [{ ...row(personId, '2025-01-01', -100), reversesId: older.id }]);
    assert(reversal, 'the reversal was inserted');
    const listed = await repo.listContributions(db, { personId }, 10);
    expect(listed.map((c) => [c.id, c.personName, c.reversedById])).toEqual([
      [newer.id, 'Listed Person', null],
      [reversal.id, 'Listed Person', null],
      [older.id, 'Listed Person', reversal.id],
    ]);
    expect(await repo.findReversalOf(db, older.id)).toBe(reversal.id);
    expect(await repo.findReversalOf(db, newer.id)).toBeUndefined();
    expect((await repo.listContributions(db, { id: older.id })).map((c) => c.id)).toEqual([older.id]);
    expect(await repo.listContributions(db, { personId }, 1, 2)).toHaveLength(1);
  });
});

describeEachDatabase('contributions repository: reversals and sums', (database) => {
  withFreshDatabase(database, (fresh) => {
    db = fresh;
  });

  it('refuses a second reversal of the same entry at the database', async () => {
    const personId = await insertPerson(db, { name: 'Twice Reversed', roles: [], visibility: 'public' });
    const [entry] = await repo.insertContributions(db, [row(personId, '2025-01-01', 100)]);
    assert(entry, 'the contribution was inserted');
    await repo.insertContributions(db, [{ ...row(personId, '2025-01-01', -100), reversesId: entry.id }]);
    const second = await repo.insertContributions(db, [{ ...row(personId, '2025-01-01', -100), reversesId: entry.id }]).then(
      () => null,
      (err: unknown) => err,
    );
    expect(isUniqueViolation(second)).toBe(true);
  });

  it('sums hours and money per person and currency, reversals included, as numbers', async () => {
    const a = await insertPerson(db, { name: 'Sum A', roles: [], visibility: 'public' });
    const b = await insertPerson(db, { name: 'Sum B', roles: [], visibility: 'undisclosed' });
    await repo.insertContributions(db, [
      row(a, '2025-01-01', 150, { amountMinor: 1_000, currency: 'EUR' }),
      row(a, '2025-01-02', 50, { amountMinor: 500, currency: 'EUR' }),
      row(a, '2025-01-03', 25),
      row(a, '2025-01-04', 0, { amountMinor: 300, currency: 'USD' }),
      row(b, '2025-01-01', 1_000),
      row(b, '2025-01-02', -1_000),
    ]);
    const sums = (await repo.sumContributionsByPersonAndCurrency(db)).filter((s) => s.personId === a || s.personId === b);
    const key = (s: repo.FundingSum) => `${s.name}/${s.currency ?? '-'}`;
    expect(Object.fromEntries(sums.map((s) => [key(s), [s.hundredths, s.minor, s.visibility]]))).toEqual({
      'Sum A/EUR': [200, 1_500, 'public'],
      'Sum A/-': [25, 0, 'public'],
      'Sum A/USD': [0, 300, 'public'],
      'Sum B/-': [0, 0, 'undisclosed'],
    });
    expect(sums.every((s) => typeof s.hundredths === 'number' && typeof s.minor === 'number')).toBe(true);
  });

  it('resolves people for an import by id and name', async () => {
    const id = await insertPerson(db, { name: 'Directory Entry', roles: ['team'], visibility: 'public' });
    expect(await personExists(db, id)).toBe(true);
    expect(await personExists(db, 2_000_000)).toBe(false);
    expect(await listPersonNames(db)).toContainEqual({ id, name: 'Directory Entry' });
  });
});
