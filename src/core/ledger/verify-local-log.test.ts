import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstRow, openDatabase, queryRows, type Database } from '../db/client.ts';
import { localLogSource } from './local-log-source.ts';
import { appendManyToLog, ensureLogKey } from './log-writer.ts';
import { verifyLog } from './client/verify-log.ts';

let database: Database;
let dir: string;
const stateFile = () => path.join(dir, `state-${Math.random()}.json`);
const append = (n: number) =>
  database.db.transaction((tx) =>
    appendManyToLog(
      tx,
      Array.from({ length: n }, (_, i) => ({ kind: 'test.entry', actor: null, subject: `s:${i}`, body: { i } })),
    ),
  );

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-verify-'));
  database = await openDatabase({});
  await database.migrate();
  await ensureLogKey(database.db, 'verify.test/log');
  await append(1500);
});
afterAll(async () => {
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('verifyLog', () => {
  it('accepts an intact log, pins its key, and accepts it again after growth', async () => {
    const state = stateFile();
    const first = await verifyLog(localLogSource(database.db, 'local'), state);
    expect(first).toMatchObject({ ok: true, size: 1501 });
    expect(first.message).toMatch(/^log verified: 1501 entries/);
    await append(10);
    const second = await verifyLog(localLogSource(database.db, 'local'), state);
    expect(second.ok).toBe(true);
    expect(second.message).toContain('consistent with the checkpoint of 1501 entries');
  });

  it('refuses a key other than the pinned one', async () => {
    const verdict = await verifyLog(localLogSource(database.db, 'local'), stateFile(), 'other+01020304+AQ' + 'A'.repeat(42) + '=');
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/FAILED: checkpoint/);
  });

  it('fails when a stored entry is edited in the database', async () => {
    const state = stateFile();
    expect((await verifyLog(localLogSource(database.db, 'local'), state)).ok).toBe(true);
    const row = firstRow(
      await queryRows<{ canonical: string }>(database.db, sql`select canonical from log_entries where idx = 700`),
      'entry 700',
    );
    const forged = row.canonical.replace('"i":699', '"i":6990');
    expect(forged).not.toBe(row.canonical);
    await database.db.execute(sql`update log_entries set canonical = ${forged} where idx = 700`);
    try {
      const verdict = await verifyLog(localLogSource(database.db, 'local'), state);
      expect(verdict.ok).toBe(false);
      expect(verdict.message).toMatch(/FAILED: the entries hash to/);
    } finally {
      await database.db.execute(sql`update log_entries set canonical = ${row.canonical} where idx = 700`);
    }
  });

  it('fails when history seen earlier was rewritten, even with a fresh checkpoint', async () => {
    const state = stateFile();
    expect((await verifyLog(localLogSource(database.db, 'local'), state)).ok).toBe(true);
    const seen = JSON.parse(fs.readFileSync(state, 'utf8'));
    seen.local.rootHash = 'ab'.repeat(32);
    fs.writeFileSync(state, JSON.stringify(seen));
    const verdict = await verifyLog(localLogSource(database.db, 'local'), state);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/no longer hash to the root seen/);
  });

  it('fails when entries are missing', async () => {
    const source = localLogSource(database.db, 'local');
    const verdict = await verifyLog(
      { ...source, entries: async (s, e) => (await source.entries(s, e)).filter((x) => x.index !== 5) },
      stateFile(),
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/entry 5 is missing/);
  });
});
