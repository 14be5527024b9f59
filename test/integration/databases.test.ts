import { expect, it } from 'vitest';
import { testApp } from '../fixtures/app.ts';
import { describeEachDatabase } from '../fixtures/databases.ts';

// The same server, migrations and first start on every database the tests
// have: PGlite always, PostgreSQL when TEST_DATABASE_URL is set (as in CI).
describeEachDatabase('the server', ({ kind, open }) => {
  it('migrates, loads the states, creates the admin and serves', async () => {
    const t = await testApp(await open());
    try {
      expect(await (await t.request('GET', '/api/health')).json()).toMatchObject({ status: 'ok', database: kind });
      const { states } = (await (await t.request('GET', '/api/states')).json()) as { states: unknown[] };
      expect(states).toHaveLength(195);
      const cookie = await t.login();
      const me = (await (await t.request('GET', '/api/auth/me', { cookie })).json()) as { user: { role: string } };
      expect(me.user.role).toBe('admin');
      const { entries } = (await (await t.request('GET', '/api/log/entries?start=0&end=1000')).json()) as {
        entries: { entry: { kind: string } }[];
      };
      expect(entries[0]?.entry.kind).toBe('log.key-created');
      expect(entries.at(-1)?.entry.kind).toBe('account.created');
    } finally {
      await t.close();
    }
  });

  it('re-running migrations and boot on an existing database changes nothing', async () => {
    const database = await open();
    const first = await testApp(database);
    const size = (await (await first.request('GET', '/api/log/checkpoint')).text()).split('\n')[1];
    const again = await testApp(database);
    expect(again.firstAdmin).toBeUndefined();
    expect((await (await again.request('GET', '/api/log/checkpoint')).text()).split('\n')[1]).toBe(size);
    await first.close();
  });
});
