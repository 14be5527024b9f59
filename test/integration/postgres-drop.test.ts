import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/client.ts';
import { POSTGRES_SKIPPED, POSTGRES_URL } from '../fixtures/databases.ts';

// Only where a PostgreSQL server is available (TEST_DATABASE_URL, as in CI); elsewhere reported as skipped.
describe.skipIf(!POSTGRES_URL)(`a dropped PostgreSQL connection${POSTGRES_SKIPPED ? ` (${POSTGRES_SKIPPED})` : ''}`, () => {
  it('does not crash the process; the next query reconnects', async () => {
    const database = await openDatabase({ databaseUrl: POSTGRES_URL });
    try {
      const pid = ((await database.db.execute('select pg_backend_pid() as pid')) as unknown as { rows: { pid: number }[] }).rows[0].pid;
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await new Promise((r) => setTimeout(r, 200));
      const again = (await database.db.execute('select 1 as one')) as unknown as { rows: { one: number }[] };
      expect(again.rows[0].one).toBe(1);
    } finally {
      await database.close();
    }
  });
});
