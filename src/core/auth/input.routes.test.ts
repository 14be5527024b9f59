/**
 * Issue 9, items 2 and 3 for accounts and tokens: names PostgreSQL cannot store are refused with
 * 400 validation_failed naming the field, changing nothing; a PATCH that changes nothing answers
 * 200 with the account and neither writes nor logs.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { firstRow } from '../db/client.ts';
import { logSize } from '../ledger/log-reader.ts';
import { apiTokens, users } from './auth.table.ts';

let t: TestApp;
let admin: string;
let userId: number;
const size = () => logSize(t.database.db);
const BAD = { nul: 'a\u0000b', surrogate: 'a\ud800b', lowSurrogate: 'x\udc00' };

beforeAll(async () => {
  t = await testApp();
  admin = await t.login();
  const res = await t.request('POST', '/api/users', {
    cookie: admin,
    body: { email: 'staff@input.test', name: 'Staff Member', role: 'staff', password: 'a long enough password' },
  });
  userId = ((await res.json()) as { id: number }).id;
});
afterAll(() => t.close());

async function expectRefused(res: Response, field: string) {
  const body = (await res.json()) as { error: { code: string; message: string; details: { path: string }[] } };
  expect(res.status, JSON.stringify(body)).toBe(400);
  expect(body.error.code).toBe('validation_failed');
  expect(body.error.message).toContain(`${field}:`);
  expect(body.error.details.map((d) => d.path)).toContain(field);
}

describe('names PostgreSQL cannot store', () => {
  it('POST /api/users refuses them in name, creating nothing and logging nothing', async () => {
    const before = await size();
    const count = (await t.database.db.select().from(users)).length;
    for (const bad of Object.values(BAD)) {
      await expectRefused(
        await t.request('POST', '/api/users', {
          cookie: admin,
          body: { email: `n${count}@input.test`, name: bad, role: 'staff', password: 'a long enough password' },
        }),
        'name',
      );
    }
    expect((await t.database.db.select().from(users)).length).toBe(count);
    expect(await size()).toBe(before);
  });

  it('PATCH /api/users/{id} refuses them in name, changing nothing', async () => {
    const before = await size();
    for (const bad of Object.values(BAD))
      await expectRefused(await t.request('PATCH', `/api/users/${userId}`, { cookie: admin, body: { name: bad } }), 'name');
    const [row] = await t.database.db.select().from(users).where(eq(users.id, userId));
    expect(row?.name).toBe('Staff Member');
    expect(await size()).toBe(before);
  });

  it('POST /api/tokens refuses them in name, creating no token', async () => {
    const before = await size();
    for (const bad of [...Object.values(BAD), 'line\nbreak'])
      await expectRefused(await t.request('POST', '/api/tokens', { cookie: admin, body: { name: bad } }), 'name');
    expect(await t.database.db.select().from(apiTokens)).toHaveLength(0);
    expect(await size()).toBe(before);
  });
});

describe('PATCH /api/users/{id} that changes nothing', () => {
  it('answers 200 with the account for {}, no body and the stored values, writing and logging nothing', async () => {
    const stored = firstRow(await t.database.db.select().from(users).where(eq(users.id, userId)), 'the staff account');
    const before = await size();
    const bodies: (Record<string, unknown> | undefined)[] = [
      {},
      undefined,
      { name: stored.name, role: stored.role, participantId: null, disabled: false },
    ];
    let first: unknown;
    for (const body of bodies) {
      const res = await t.request('PATCH', `/api/users/${userId}`, { cookie: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(200);
      const json = await res.json();
      expect(json).toMatchObject({ id: userId, name: 'Staff Member', role: 'staff', disabled: false });
      first ??= json;
      expect(json).toEqual(first);
    }
    expect(await size()).toBe(before);
  });

  it('a real change still writes, and a role change logs exactly one entry', async () => {
    const before = await size();
    const renamed = await t.request('PATCH', `/api/users/${userId}`, { cookie: admin, body: { name: 'Renamed' } });
    expect(await renamed.json()).toMatchObject({ name: 'Renamed' });
    expect(await size()).toBe(before); // a name is not logged (personal data)
    const promoted = await t.request('PATCH', `/api/users/${userId}`, { cookie: admin, body: { role: 'inspector' } });
    expect(await promoted.json()).toMatchObject({ role: 'inspector' });
    expect(await size()).toBe(before + 1);
  });
});
