import { describe, expect, it } from 'vitest';
import { testApp } from '../fixtures/app.ts';
import { testDatabases } from '../fixtures/databases.ts';

// The same server, migrations and first start on every database the tests
// have: PGlite always, PostgreSQL when TEST_DATABASE_URL is set (as in CI).
describe.each(testDatabases)('the server on $kind', ({ kind, open }) => {
  it('migrates, loads the states, creates the admin and serves', async () => {
    const t = await testApp(await open());
    try {
      expect(await (await t.request('GET', '/api/health')).json()).toMatchObject({ status: 'ok', database: kind });
      const { states } = (await (await t.request('GET', '/api/states')).json()) as { states: unknown[] };
      expect(states).toHaveLength(195);
      const cookie = await t.login();
      const me = (await (await t.request('GET', '/api/auth/me', { cookie })).json()) as { user: { role: string } };
      expect(me.user.role).toBe('admin');
      const checkpoint = await (await t.request('GET', '/api/log/checkpoint')).text();
      expect(checkpoint.split('\n')[1]).toBe('2');
    } finally {
      await t.close();
    }
  });

  it('re-running migrations and boot on an existing database changes nothing', async () => {
    const database = await open();
    const first = await testApp(database);
    const again = await testApp(database);
    expect(again.firstAdmin).toBeUndefined();
    const size = (await (await again.request('GET', '/api/log/checkpoint')).text()).split('\n')[1];
    expect(size).toBe('2');
    await first.close();
  });
});
