import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { formatIndexRanges, LOG_ENTRIES_HEADER } from './log-receipt.ts';

describe('formatIndexRanges', () => {
  it('writes single indices and runs as ranges, sorted, without repeats', () => {
    expect(formatIndexRanges([42])).toBe('42');
    expect(formatIndexRanges([9, 3, 8, 7, 7])).toBe('3,7-9');
    expect(formatIndexRanges([0, 1, 2, 3])).toBe('0-3');
  });
});

describe('the Concord-Log-Entries header', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await testApp();
    cookie = await t.login();
  });
  afterAll(() => t.close());

  const entryAt = async (index: number) => {
    const { entries } = (await (await t.request('GET', `/api/log/entries?start=${index}&end=${index + 1}`)).json()) as {
      entries: { entry: { kind: string; subject: string | null } }[];
    };
    return entries[0]?.entry;
  };

  it('names the entry a write appended, which the log then shows', async () => {
    const body = { email: 'receipt@test.local', name: 'Receipt', role: 'staff', password: 'correct horse battery' };
    const res = await t.request('POST', '/api/users', { cookie, body });
    expect(res.status).toBe(201);
    const header = res.headers.get(LOG_ENTRIES_HEADER);
    expect(header).toMatch(/^\d+$/);
    const { id } = (await res.json()) as { id: number };
    expect(await entryAt(Number(header))).toMatchObject({ kind: 'account.created', subject: `user:${id}` });
  });

  it('is absent on a refused write and on a read', async () => {
    const refused = await t.request('POST', '/api/users', {
      cookie,
      body: { email: 'x@test.local', name: 'X', role: 'staff', password: 'short' },
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get(LOG_ENTRIES_HEADER)).toBeNull();
    const read = await t.request('GET', '/api/users', { cookie });
    expect(read.status).toBe(200);
    expect(read.headers.get(LOG_ENTRIES_HEADER)).toBeNull();
  });
});
