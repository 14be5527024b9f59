/**
 * Coalition benchmark: the public "funding so far" page over 100,000
 * contributions (goal: < 100 ms). Seeds an in-memory PGlite through the
 * normal boot (migrations, first-start data), adds 500 people (one in ten
 * undisclosed) and 100,000 contributions in four currencies, then times
 * GET /api/coalition/funding through the in-process app: the median of 20
 * requests after warm-up requests. `npm run bench coalition` runs it alone.
 */
import { sql } from 'drizzle-orm';
import { boot } from '../src/core/boot.ts';
import { loadConfig } from '../src/core/config.ts';
import { openDatabase } from '../src/core/db/client.ts';
import { modules } from '../src/modules/index.ts';
import type { Figure } from './index.ts';
import { medianMs } from './median.ts';

const CONTRIBUTIONS = 100_000;
const PEOPLE = 500;
const REQUESTS = 20;

export async function run(): Promise<Figure[]> {
  const { app, database } = await boot(
    loadConfig({ dataDir: '/nonexistent', adminEmail: 'bench@test.local', logLevel: 'silent' }, {}),
    modules,
    await openDatabase({}),
  );
  try {
    const db = database.db;
    await db.execute(sql`
      insert into coalition_people (name, roles, visibility)
      select 'Bench person ' || g, '{volunteer}', case when g % 10 = 0 then 'undisclosed' else 'public' end
      from generate_series(1, ${PEOPLE}) g`);
    await db.execute(sql`
      insert into coalition_contributions (person_id, contributed_on, hundredth_hours, amount_minor, currency, description)
      select p.ids[1 + (g % array_length(p.ids, 1))],
             date '2024-01-01' + (g % 500),
             (g % 13) * 25,
             case when g % 3 = 0 then (g % 97) * 100 else 0 end,
             case when g % 3 = 0 then (array['USD', 'EUR', 'CHF', 'GBP'])[1 + (g % 4)] else null end,
             'benchmark contribution ' || g
      from generate_series(1, ${CONTRIBUTIONS}) g,
           (select array_agg(id order by id) as ids from coalition_people) p`);

    const fetchFunding = async () => {
      const res = await app.request('http://localhost/api/coalition/funding');
      const body = (await res.json()) as { contributors: unknown[] };
      if (res.status !== 200 || body.contributors.length < PEOPLE) throw new Error(`unexpected answer ${res.status}`);
    };
    await fetchFunding();
    const ms = await medianMs(REQUESTS, fetchFunding);
    return [
      {
        name: `GET /api/coalition/funding, ${CONTRIBUTIONS.toLocaleString('en-US')} contributions (median of ${REQUESTS})`,
        value: ms,
        unit: 'ms',
        goal: '< 100 ms',
        met: ms < 100,
      },
    ];
  } finally {
    await database.close();
  }
}
