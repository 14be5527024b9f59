import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './client.ts';
import { settingsRow } from './settings-row.ts';

let database: Database;
beforeAll(async () => {
  database = await openDatabase({});
  await database.db.execute(
    'create table test_settings (id smallint primary key, version integer not null, knobs jsonb not null, updated_at timestamptz not null default now())',
  );
});
afterAll(() => database.close());

describe('settingsRow', () => {
  const row = settingsRow('test_settings', 'knobs', { level: 3, names: ['a'] });
  it('creates the row with the defaults on first read, once', async () => {
    expect(await row.read(database.db)).toEqual({ version: 1, value: { level: 3, names: ['a'] } });
    expect(await row.read(database.db, true)).toEqual({ version: 1, value: { level: 3, names: ['a'] } });
    expect(await database.db.execute('select count(*)::int as n from test_settings')).toMatchObject({ rows: [{ n: 1 }] });
  });
  it('writes a new version', async () => {
    await database.db.transaction(async (tx) => {
      const { version } = await row.read(tx, true);
      await row.write(tx, version + 1, { level: 5, names: [] });
    });
    expect(await row.read(database.db)).toEqual({ version: 2, value: { level: 5, names: [] } });
  });
});
