/**
 * The contributions use cases called directly: the figures a contribution may
 * carry, reversals (once, never of a reversal, netting to zero on the funding
 * page), the funding page's privacy and order, paging, and the CSV import's
 * all-or-nothing report.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.ts';
import type { Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { adminActor, codeOf, coalitionTestApp, logEntries, newActor, type CoalitionTestApp } from './coalition.fixture.ts';
import {
  addContributionsUnchecked,
  countContributions,
  createContribution,
  fundingSoFar,
  getContribution,
  importContributions,
  listContributions,
  reverseContribution,
  type NewContribution,
} from './contributions.service.ts';
import { addPersonUnchecked, updatePerson } from './members.service.ts';

let t: CoalitionTestApp;
let db: Db;
let admin: Actor;
let staff: Actor;
const NOW = new Date('2025-03-01T12:00:00Z');

beforeAll(async () => {
  // First start loads the published contributors (at most 750 hours each) beside what these tests add.
  t = await coalitionTestApp();
  db = t.database.db;
  admin = await adminActor(t);
  staff = await newActor(t, 'staff');
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(NOW));

const person = (name: string, visibility: 'public' | 'undisclosed' = 'public') => addPersonUnchecked(db, { name, visibility });
const contribute = (input: NewContribution) => createContribution(db, admin, input, t.env);

describe('createContribution', () => {
  it('is for admins', async () => {
    const p = await person('Access Check');
    expect(await codeOf(createContribution(db, null, { personId: p.id, contributedOn: '2025-01-01', hours: 1 }, t.env))).toBe(
      'unauthenticated',
    );
    expect(await codeOf(createContribution(db, staff, { personId: p.id, contributedOn: '2025-01-01', hours: 1 }, t.env))).toBe('forbidden');
  });

  it('refuses figures the ledger cannot hold, naming the rule', async () => {
    const p = await person('Figures');
    const on = '2025-01-01';
    expect(await codeOf(contribute({ personId: p.id, contributedOn: on, hours: 1.234 }))).toBe('invalid_hours');
    expect(await codeOf(contribute({ personId: p.id, contributedOn: on, hours: -1 }))).toBe('invalid_hours');
    expect(await codeOf(contribute({ personId: p.id, contributedOn: on, amountMinor: 1.5, currency: 'EUR' }))).toBe('invalid_amount');
    expect(await codeOf(contribute({ personId: p.id, contributedOn: on, amountMinor: 500 }))).toBe('currency_required');
    expect(await codeOf(contribute({ personId: p.id, contributedOn: on, amountMinor: 500, currency: 'ABC' }))).toBe('unknown_currency');
    expect(await codeOf(contribute({ personId: p.id, contributedOn: on }))).toBe('nothing_contributed');
    expect(await codeOf(contribute({ personId: p.id, contributedOn: on, hours: 0, amountMinor: 0 }))).toBe('nothing_contributed');
    expect(await codeOf(contribute({ personId: 2_000_000, contributedOn: on, hours: 1 }))).toBe('unknown_person');
    expect((await listContributions(db, admin, { personId: p.id, limit: 10, offset: 0 })).total).toBe(0);
  });

  it('judges "the future" by the latest date on earth: already today in Kiribati is accepted, the day after is not', async () => {
    const p = await person('Date Line');
    t.clock.set('2025-03-01T10:00:00Z'); // 2025-03-02 00:00 at UTC+14
    const kiribati = await contribute({ personId: p.id, contributedOn: '2025-03-02', hours: 1 });
    expect(kiribati.contributedOn).toBe('2025-03-02');
    expect(await codeOf(contribute({ personId: p.id, contributedOn: '2025-03-03', hours: 1 }))).toBe('date_in_future');
    t.clock.set('2025-03-01T09:59:59Z'); // still 2025-03-01 everywhere
    expect(await codeOf(contribute({ personId: p.id, contributedOn: '2025-03-02', hours: 1 }))).toBe('date_in_future');
  });

  it('keeps a currency only with an amount, and logs figures without the person', async () => {
    const p = await person('Hours Only');
    const hoursOnly = await contribute({ personId: p.id, contributedOn: '2025-01-02', hours: 2.5, currency: 'EUR' });
    expect(hoursOnly).toMatchObject({
      hours: 2.5,
      amountMinor: 0,
      currency: null,
      description: '',
      personName: 'Hours Only',
      reversesId: null,
      reversedById: null,
    });
    const entry = (await logEntries(t)).find((e) => e.subject === `contribution:${hoursOnly.id}`);
    expect(entry).toMatchObject({ kind: 'coalition.contribution', actor: `user:${admin.id}` });
    expect(entry?.body).toEqual({ contributionId: hoursOnly.id, contributedOn: '2025-01-02', hours: 2.5, amountMinor: 0, currency: null });
  });
});

describe('reverseContribution', () => {
  it('records the negated figures against the original, which then names its reversal', async () => {
    const p = await person('Reversed Once');
    const original = await contribute({ personId: p.id, contributedOn: '2025-01-03', hours: 4.25, amountMinor: 1_000, currency: 'USD' });
    const reversal = await reverseContribution(db, admin, original.id, 'entered twice');
    expect(reversal).toMatchObject({
      personId: p.id,
      contributedOn: '2025-01-03',
      hours: -4.25,
      amountMinor: -1_000,
      currency: 'USD',
      description: `Reversal of #${original.id}: entered twice`,
      reversesId: original.id,
      reversedById: null,
    });
    expect((await getContribution(db, admin, original.id)).reversedById).toBe(reversal.id);
    const entry = (await logEntries(t)).find((e) => e.subject === `contribution:${reversal.id}`);
    expect(entry).toMatchObject({
      kind: 'coalition.contribution-reversed',
      body: { reverses: original.id, hours: -4.25, amountMinor: -1_000 },
    });
  });

  it('refuses to reverse a reversal, an entry twice, an unknown entry, or for a non-admin', async () => {
    const p = await person('Reversed Twice');
    const original = await contribute({ personId: p.id, contributedOn: '2025-01-04', hours: 1 });
    expect(await codeOf(reverseContribution(db, staff, original.id, 'no'))).toBe('forbidden');
    const reversal = await reverseContribution(db, admin, original.id, 'mistake');
    expect(await codeOf(reverseContribution(db, admin, original.id, 'again'))).toBe('already_reversed');
    expect(await codeOf(reverseContribution(db, admin, reversal.id, 'undo the undo'))).toBe('cannot_reverse_reversal');
    expect(await codeOf(reverseContribution(db, admin, 2_000_000, 'ghost'))).toBe('not_found');
    expect((await listContributions(db, admin, { personId: p.id, limit: 10, offset: 0 })).total).toBe(2);
  });

  it('nets to nothing on the funding page: a fully reversed contributor disappears', async () => {
    const p = await person('Net Zero Contributor');
    const entry = await contribute({ personId: p.id, contributedOn: '2025-01-05', hours: 7, amountMinor: 700, currency: 'CHF' });
    expect((await fundingSoFar(db)).contributors.map((c) => c.name)).toContain('Net Zero Contributor');
    await reverseContribution(db, admin, entry.id, 'not ours');
    const funding = await fundingSoFar(db);
    expect(funding.contributors.map((c) => c.name)).not.toContain('Net Zero Contributor');
    expect(funding.totals.money.find((m) => m.currency === 'CHF')).toBeUndefined();
  });
});

describe('fundingSoFar', () => {
  it('sums per person and currency, hides the undisclosed, and orders by hours, then money, the disclosed first', async () => {
    const before = await fundingSoFar(db);
    const a = await person('Funding Ava');
    const b = await person('Funding Ben', 'undisclosed');
    const c = await person('Funding Cy');
    const d = await person('Zoe Funding');
    await addContributionsUnchecked(
      db,
      null,
      [
        { personId: a.id, contributedOn: '2025-01-01', hours: 1000, amountMinor: 500, currency: 'EUR' },
        { personId: a.id, contributedOn: '2025-01-02', hours: 0.5, amountMinor: 250, currency: 'EUR' },
        { personId: a.id, contributedOn: '2025-01-02', amountMinor: 99, currency: 'JPY' },
        { personId: b.id, contributedOn: '2025-01-01', hours: 1000.5 },
        { personId: c.id, contributedOn: '2025-01-01', hours: 1000.5, amountMinor: 1, currency: 'EUR' },
        { personId: d.id, contributedOn: '2025-01-01', hours: 1000.5 },
      ],
      t.env,
    );
    const funding = await fundingSoFar(db);
    const top = funding.contributors.slice(0, 4);
    // All four have 1000.5 hours (more than anyone on the published list); then the larger sum of
    // money comes first, then the disclosed before the undisclosed.
    expect(top).toEqual([
      {
        name: 'Funding Ava',
        disclosed: true,
        hours: 1000.5,
        money: [
          { currency: 'EUR', amountMinor: 750 },
          { currency: 'JPY', amountMinor: 99 },
        ],
      },
      { name: 'Funding Cy', disclosed: true, hours: 1000.5, money: [{ currency: 'EUR', amountMinor: 1 }] },
      { name: 'Zoe Funding', disclosed: true, hours: 1000.5, money: [] },
      { name: 'undisclosed', disclosed: false, hours: 1000.5, money: [] },
    ]);
    expect(JSON.stringify(funding)).not.toContain('Funding Ben');
    expect(funding.totals.contributors).toBe(before.totals.contributors + 4);
    expect(funding.totals.hours).toBeCloseTo(before.totals.hours + 4002, 6);
    const eur = (f: typeof funding) => f.totals.money.find((m) => m.currency === 'EUR')?.amountMinor ?? 0;
    expect(eur(funding) - eur(before)).toBe(751);
  });

  it('shows a person as undisclosed from the moment they ask, without their id', async () => {
    const p = await person('Changes Their Mind');
    await contribute({ personId: p.id, contributedOn: '2025-01-01', hours: 3 });
    await updatePerson(db, admin, p.id, { visibility: 'undisclosed' });
    const funding = await fundingSoFar(db);
    expect(funding.contributors.map((c) => c.name)).not.toContain('Changes Their Mind');
    for (const c of funding.contributors) expect(Object.keys(c).sort()).toEqual(['disclosed', 'hours', 'money', 'name']);
  });
});

describe('listContributions', () => {
  it('pages a person’s entries newest first, with the total of all of them', async () => {
    const p = await person('Paged Person');
    const days = ['2025-01-10', '2025-01-12', '2025-01-11', '2025-01-12'];
    const made = await addContributionsUnchecked(
      db,
      null,
      days.map((contributedOn) => ({ personId: p.id, contributedOn, hours: 1 })),
      t.env,
    );
    const page1 = await listContributions(db, admin, { personId: p.id, limit: 3, offset: 0 });
    const page2 = await listContributions(db, admin, { personId: p.id, limit: 3, offset: 3 });
    expect(page1.total).toBe(4);
    expect(page2.total).toBe(4);
    // Newest date first; on the same date, the later entry first.
    expect([...page1.contributions, ...page2.contributions].map((c) => c.id)).toEqual([made[3]?.id, made[1]?.id, made[2]?.id, made[0]?.id]);
    expect(await codeOf(listContributions(db, staff, { limit: 1, offset: 0 }))).toBe('forbidden');
    expect(await codeOf(getContribution(db, admin, 2_000_000))).toBe('not_found');
  });
});

describe('importContributions', () => {
  it('stores every row with its log entry and reports each row’s contribution', async () => {
    const p = await person('Imported Ida');
    const before = await countContributions(db);
    const csv = `\uFEFFperson,date,hours,amount,currency,description\r\nImported Ida,2025-01-01,2,,,"first,\r\nrow"\r\n${p.id},2025-01-02,,12.34,eur,second\r\n`;
    const report = await importContributions(db, admin, csv, t.env);
    expect(report.imported).toBe(2);
    expect(report.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(await countContributions(db)).toBe(before + 2);
    const [first, second] = await Promise.all(report.rows.map((r) => getContribution(db, admin, r.contributionId)));
    expect(first).toMatchObject({ personId: p.id, hours: 2, description: 'first,\nrow' });
    expect(second).toMatchObject({ personId: p.id, amountMinor: 1234, currency: 'EUR' });
    const logged = (await logEntries(t)).filter((e) => report.rows.some((r) => e.subject === `contribution:${r.contributionId}`));
    expect(logged).toHaveLength(2);
  });

  it('rejects the whole file when one row is bad, listing every bad row and storing nothing', async () => {
    await person('Twin Name');
    await person('Twin Name');
    const before = await countContributions(db);
    const logBefore = (await logEntries(t)).length;
    const csv = 'person,date,hours\nTwin Name,2025-01-01,1\nNobody Here,2025-01-01,1\n';
    const err = await importContributions(db, admin, csv, t.env).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    const error = err as AppError;
    expect(error.code).toBe('import_rejected');
    expect(error.status).toBe(422);
    expect(error.details).toMatchObject({ acceptableRows: 0, rejected: [{ row: 2 }, { row: 3 }] });
    expect(await countContributions(db)).toBe(before);
    expect((await logEntries(t)).length).toBe(logBefore);
  });

  it('is for admins', async () => {
    expect(await codeOf(importContributions(db, staff, 'person,date,hours\n1,2025-01-01,1\n', t.env))).toBe('forbidden');
  });
});
