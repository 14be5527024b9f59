import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coalitionTestApp, errorCode, logEntries, type CoalitionTestApp } from './coalition.fixture.ts';

let t: CoalitionTestApp;
let admin: string;
const person = async (name: string, visibility: 'public' | 'undisclosed' = 'public') =>
  (await t.json('POST', '/api/coalition/people', { cookie: admin, body: { name, visibility } })).id as number;

beforeAll(async () => {
  t = await coalitionTestApp();
  admin = await t.login();
});
afterAll(() => t.close());

describe('GET /api/coalition/funding', () => {
  it('shows the published funding so far: most hours first, undisclosed rows without names', async () => {
    const funding = await t.json('GET', '/api/coalition/funding');
    expect(funding.contributors[0]).toEqual({
      name: 'Rufo Guerreschi',
      disclosed: true,
      hours: 750,
      money: [{ currency: 'USD', amountMinor: 300000 }],
    });
    expect(funding.contributors[1]).toEqual({ name: 'undisclosed', disclosed: false, hours: 300, money: [] });
    expect(funding.contributors[2]).toMatchObject({ name: 'Felix De Simone', hours: 220 });
    const hours = funding.contributors.map((c: { hours: number }) => c.hours);
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
    expect(funding.totals).toEqual({ hours: 1815, money: [{ currency: 'USD', amountMinor: 420000 }], contributors: 13 });
    expect(funding.contributors.filter((c: { name: string }) => c.name === 'undisclosed')).toHaveLength(2);
  });
  it('never shows an undisclosed person’s name or id', async () => {
    const id = await person('Secret Benefactor', 'undisclosed');
    await t.json('POST', '/api/coalition/contributions', {
      cookie: admin,
      body: { personId: id, contributedOn: '2025-01-05', hours: 7.25, amountMinor: 5000, currency: 'EUR' },
    });
    const res = await t.request('GET', '/api/coalition/funding');
    const text = await res.text();
    expect(text).not.toContain('Secret Benefactor');
    const row = JSON.parse(text).contributors.find((c: { hours: number }) => c.hours === 7.25);
    expect(row).toEqual({ name: 'undisclosed', disclosed: false, hours: 7.25, money: [{ currency: 'EUR', amountMinor: 5000 }] });
    expect(Object.keys(row)).not.toContain('id');
    expect(Object.keys(row)).not.toContain('personId');
    expect(JSON.parse(text).totals.money).toEqual([
      { currency: 'EUR', amountMinor: 5000 },
      { currency: 'USD', amountMinor: 420000 },
    ]);
    // The public log records the contribution's figures, never who made it.
    const entry = (await logEntries(t)).filter((e) => e.kind === 'coalition.contribution').at(-1)!;
    expect(entry.body).toEqual({
      contributionId: expect.any(Number),
      contributedOn: '2025-01-05',
      hours: 7.25,
      amountMinor: 5000,
      currency: 'EUR',
    });
    expect(JSON.stringify(entry)).not.toContain(`person`);
  });
});

describe('POST /api/coalition/contributions', () => {
  it('accepts a date that is already today somewhere on earth, and refuses one that is tomorrow everywhere', async () => {
    const id = await person('Night Owl');
    const start = t.clock.now();
    try {
      // 20:00 UTC on 1 March: already 2 March in Auckland (UTC+13) and Kiribati (UTC+14).
      t.clock.set('2025-03-01T20:00:00Z');
      await t.json('POST', '/api/coalition/contributions', {
        cookie: admin,
        body: { personId: id, contributedOn: '2025-03-02', hours: 1 },
      });
      const res = await t.request('POST', '/api/coalition/contributions', {
        cookie: admin,
        body: { personId: id, contributedOn: '2025-03-03', hours: 1 },
      });
      expect(await errorCode(res)).toBe('date_in_future');
      const csv = 'person,date,hours,amount,currency,description\nNight Owl,2025-03-02,2,,,late shift\n';
      const imported = await t.request('POST', '/api/coalition/contributions/import', {
        cookie: admin,
        body: csv,
        headers: { 'content-type': 'text/csv' },
      });
      expect(imported.status).toBe(201);
    } finally {
      t.clock.set(start);
    }
  });
  it('refuses bad contributions with stable codes and stores nothing', async () => {
    const id = await person('Careful Counter');
    const before = (await t.json('GET', '/api/coalition/contributions', { cookie: admin })).total;
    const cases: [Record<string, unknown>, string][] = [
      [{ personId: id, contributedOn: '2025-01-01' }, 'nothing_contributed'],
      [{ personId: id, contributedOn: '2025-01-01', hours: -1 }, 'validation_failed'],
      [{ personId: id, contributedOn: '2025-01-01', hours: 1.234 }, 'invalid_hours'],
      [{ personId: id, contributedOn: '2025-01-01', amountMinor: -5, currency: 'USD' }, 'validation_failed'],
      [{ personId: id, contributedOn: '2025-01-01', amountMinor: 1.5, currency: 'USD' }, 'validation_failed'],
      [{ personId: id, contributedOn: '2025-01-01', amountMinor: 100 }, 'currency_required'],
      [{ personId: id, contributedOn: '2025-01-01', amountMinor: 100, currency: 'XYZ' }, 'unknown_currency'],
      [{ personId: id, contributedOn: '2030-01-01', hours: 1 }, 'date_in_future'],
      [{ personId: 999999, contributedOn: '2025-01-01', hours: 1 }, 'unknown_person'],
      [{ personId: id, contributedOn: '2025-01-01', hours: 1, note: 'x' }, 'unknown_field'],
    ];
    for (const [body, code] of cases) {
      const res = await t.request('POST', '/api/coalition/contributions', { cookie: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorCode(res), JSON.stringify(body)).toBe(code);
    }
    expect((await t.json('GET', '/api/coalition/contributions', { cookie: admin })).total).toBe(before);
  });
  it('is for admins only', async () => {
    const staff = await t.loginAs('staff');
    const res = await t.request('POST', '/api/coalition/contributions', {
      cookie: staff.cookie,
      body: { personId: 1, contributedOn: '2025-01-01', hours: 1 },
    });
    expect(res.status).toBe(403);
    expect((await t.request('GET', '/api/coalition/contributions')).status).toBe(401);
  });
});

describe('POST /api/coalition/contributions/{id}/reversal', () => {
  it('corrects by a reversing entry, and refuses a double reversal or reversing a reversal', async () => {
    const id = await person('Typo Victim');
    const wrong = await t.json('POST', '/api/coalition/contributions', {
      cookie: admin,
      body: { personId: id, contributedOn: '2025-02-01', hours: 40, amountMinor: 10000, currency: 'USD', description: 'should be 4 hours' },
    });
    const reversal = await t.json('POST', `/api/coalition/contributions/${wrong.id}/reversal`, {
      cookie: admin,
      body: { reason: 'entered 40 for 4' },
    });
    expect(reversal).toMatchObject({ reversesId: wrong.id, hours: -40, amountMinor: -10000, currency: 'USD', personId: id });
    await t.json('POST', '/api/coalition/contributions', { cookie: admin, body: { personId: id, contributedOn: '2025-02-01', hours: 4 } });

    const again = await t.request('POST', `/api/coalition/contributions/${wrong.id}/reversal`, {
      cookie: admin,
      body: { reason: 'again' },
    });
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('already_reversed');
    const ofReversal = await t.request('POST', `/api/coalition/contributions/${reversal.id}/reversal`, {
      cookie: admin,
      body: { reason: 'undo' },
    });
    expect(ofReversal.status).toBe(409);
    expect(await errorCode(ofReversal)).toBe('cannot_reverse_reversal');
    expect((await t.request('POST', '/api/coalition/contributions/999999/reversal', { cookie: admin, body: { reason: 'x' } })).status).toBe(
      404,
    );
    expect(await errorCode(await t.request('POST', `/api/coalition/contributions/${wrong.id}/reversal`, { cookie: admin, body: {} }))).toBe(
      'validation_failed',
    );

    const original = await t.json('GET', `/api/coalition/contributions/${wrong.id}`, { cookie: admin });
    expect(original).toMatchObject({ hours: 40, reversedById: reversal.id });
    const funding = await t.json('GET', '/api/coalition/funding');
    expect(funding.contributors.find((c: { name: string }) => c.name === 'Typo Victim')).toEqual({
      name: 'Typo Victim',
      disclosed: true,
      hours: 4,
      money: [],
    });
    const kinds = (await logEntries(t)).filter((e) => e.kind === 'coalition.contribution-reversed');
    expect(kinds.at(-1)!.body).toMatchObject({ reverses: wrong.id, hours: -40, amountMinor: -10000 });
  });
  it('drops a fully reversed contributor from the funding page', async () => {
    const id = await person('Never Was');
    const c = await t.json('POST', '/api/coalition/contributions', {
      cookie: admin,
      body: { personId: id, contributedOn: '2025-02-01', hours: 2 },
    });
    await t.json('POST', `/api/coalition/contributions/${c.id}/reversal`, { cookie: admin, body: { reason: 'wrong person' } });
    const funding = await t.json('GET', '/api/coalition/funding');
    expect(funding.contributors.some((x: { name: string }) => x.name === 'Never Was')).toBe(false);
  });
});

describe('POST /api/coalition/contributions/import', () => {
  const post = (csv: string, cookie = admin, type = 'text/csv') =>
    t.request('POST', '/api/coalition/contributions/import', { cookie, body: csv, headers: { 'content-type': type } });

  it('imports every row in one go and logs each', async () => {
    await person('Importee One');
    const logBefore = (await logEntries(t)).length;
    const res = await post(
      'person,date,hours,amount,currency,description\nImportee One,2025-01-10,3.5,,,call prep\nimportee one,2025-01-11,,25.00,USD,servers\n',
    );
    expect(res.status).toBe(201);
    const report = (await res.json()) as { imported: number; rows: { row: number; contributionId: number }[] };
    expect(report.imported).toBe(2);
    expect(report.rows.map((r) => r.row)).toEqual([2, 3]);
    expect((await logEntries(t)).length).toBe(logBefore + 2);
    const funding = await t.json('GET', '/api/coalition/funding');
    expect(funding.contributors.find((c: { name: string }) => c.name === 'Importee One')).toMatchObject({
      hours: 3.5,
      money: [{ currency: 'USD', amountMinor: 2500 }],
    });
  });
  it('imports nothing when any row is bad, and reports every bad row', async () => {
    const before = (await t.json('GET', '/api/coalition/contributions', { cookie: admin })).total;
    const logBefore = (await logEntries(t)).length;
    const res = await post(
      'person,date,hours,amount,currency\nImportee One,2025-01-10,1,,\nNobody Here,2025-01-10,1,,\nImportee One,2025-01-10,,5,\nImportee One,2025-01-12,2,,\n',
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: { rejected: { row: number; errors: string[] }[] } } };
    expect(body.error.code).toBe('import_rejected');
    expect(body.error.details.rejected.map((r) => r.row)).toEqual([3, 4]);
    expect(body.error.details.rejected[0]?.errors[0]).toMatch(/no person named "Nobody Here"/);
    expect(body.error.details.rejected[1]?.errors[0]).toMatch(/currency: required/);
    expect((await t.json('GET', '/api/coalition/contributions', { cookie: admin })).total).toBe(before);
    expect((await logEntries(t)).length).toBe(logBefore);
  });
  it('wants text/csv from an admin', async () => {
    expect(await errorCode(await post('person,date,hours\n1,2025-01-01,1\n', admin, 'application/json'))).toBe('unsupported_media_type');
    expect(await errorCode(await post('person,date,hours\n1,2025-01-01,1\n', admin, 'text/plain'))).toBe('unsupported_media_type');
    expect((await post('person,date,hours\n1,2025-01-01,1\n', '')).status).toBe(401);
  });
});

describe('POST /api/coalition/contributions/import/preview', () => {
  const send = (path: string, csv: string, cookie = admin, type = 'text/csv') =>
    t.request('POST', `/api/coalition/contributions/${path}`, { cookie, body: csv, headers: { 'content-type': type } });
  type Preview = { rows: { row: number; personName: string; hours: number; amountMinor: number; currency: string | null }[] };
  const stored = async () => (await t.json('GET', '/api/coalition/contributions', { cookie: admin })).total as number;

  it('refuses the same rows for the same reasons as the import, and stores and logs nothing', async () => {
    await person('Preview Person');
    const bad =
      'person,date,hours,amount,currency,description\nPreview Person,2025-01-10,1,,,ok\nNobody There,2025-01-10,1,,,\n' +
      'Preview Person,2025-13-01,1.234,5,,\nPreview Person,2025-01-12,,7.50,EUR,fine\n';
    const before = await stored();
    const logBefore = (await logEntries(t)).length;
    const preview = await send('import/preview', bad);
    expect(preview.status).toBe(422);
    const previewed = (await preview.json()) as {
      error: { code: string; details: { rejected: { row: number }[]; acceptableRows: number } };
    };
    const imported = await send('import', bad);
    expect(imported.status).toBe(422);
    expect(previewed).toEqual(await imported.json());
    expect(previewed.error.code).toBe('import_rejected');
    expect(previewed.error.details.rejected.map((r) => r.row)).toEqual([3, 4]);
    expect(previewed.error.details.acceptableRows).toBe(2);
    expect(await stored()).toBe(before);
    expect((await logEntries(t)).length).toBe(logBefore);
  });
  it('previews a good file without storing it, then the import stores exactly those rows', async () => {
    await person('Preview Good');
    const good =
      'person,date,hours,amount,currency,description\nPreview Good,2025-02-01,2.5,,,drafting\npreview good,2025-02-02,,12.34,usd,hosting\n';
    const before = await stored();
    const logBefore = (await logEntries(t)).length;
    const preview = await send('import/preview', good);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('Concord-Log-Entries')).toBeNull();
    const body = (await preview.json()) as Preview;
    expect(body.rows).toMatchObject([
      { row: 2, personName: 'Preview Good', hours: 2.5, amountMinor: 0, currency: null },
      { row: 3, personName: 'Preview Good', hours: 0, amountMinor: 1234, currency: 'USD' },
    ]);
    expect(await stored()).toBe(before);
    expect((await logEntries(t)).length).toBe(logBefore);

    const imported = await send('import', good);
    expect(imported.status).toBe(201);
    const report = (await imported.json()) as { imported: number; rows: { row: number }[] };
    expect(report.rows.map((r) => r.row)).toEqual(body.rows.map((r) => r.row));
    expect(await stored()).toBe(before + 2);
    expect((await logEntries(t)).length).toBe(logBefore + 2);
  });
  it('wants text/csv from an admin', async () => {
    const csv = 'person,date,hours\n1,2025-01-01,1\n';
    expect(await errorCode(await send('import/preview', csv, admin, 'application/json'))).toBe('unsupported_media_type');
    expect((await send('import/preview', csv, '')).status).toBe(401);
    const staff = (await t.loginAs('staff')).cookie;
    expect(await errorCode(await send('import/preview', csv, staff))).toBe('forbidden');
  });
});
