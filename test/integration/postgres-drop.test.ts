import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { firstRow, openDatabase, queryRows } from '../../src/core/db/client.ts';
import { POSTGRES_SKIPPED, POSTGRES_URL } from '../fixtures/databases.ts';

// Only where a PostgreSQL server is available (TEST_DATABASE_URL, as in CI); elsewhere reported as skipped.
describe.skipIf(!POSTGRES_URL)(`a dropped PostgreSQL connection${POSTGRES_SKIPPED ? ` (${POSTGRES_SKIPPED})` : ''}`, () => {
  it('does not crash the process; the next query reconnects', async () => {
    const database = await openDatabase({ databaseUrl: POSTGRES_URL });
    try {
      const { pid } = firstRow(await queryRows<{ pid: number }>(database.db, sql`select pg_backend_pid() as pid`), 'the backend pid');
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 200));
      expect(await queryRows<{ one: number }>(database.db, sql`select 1 as one`)).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });
});
