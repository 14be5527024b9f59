import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { describeEachDatabase } from '../../../test/fixtures/databases.ts';
import { createAccount } from '../../core/auth/auth.service.ts';
import type { Actor } from '../../core/auth/permissions.ts';
import { queryRows, type Database } from '../../core/db/client.ts';
import type { LedgerEntry } from '../../core/ledger/hasher.ts';
import { entriesAbout } from '../../core/ledger/log-reader.ts';
import { DEFAULT_RULES } from './assembly-types.ts';
import type { AssemblyEnv } from './assembly-env.ts';
import { assemblyTestClock } from './assembly.fixture.ts';
import { updateRules } from './assembly.service.ts';
import { castBallot, closeMotion, createMotion, getMotion } from './motion.service.ts';
import { retally, type MotionOpenedBody } from './motion-log.ts';
import { readElectorate } from './motions.repository.ts';
import { insertOrganization } from './participants.repository.ts';

/**
 * An app on `database` with every state a member, 40 member organizations, and a delegate of
 * participant 1; the admin and the delegate as actors.
 */
async function assemblyWithMembers(database: Database): Promise<{ t: TestApp; admin: Actor; delegate: Actor }> {
  const t = await testApp(database);
  const db = t.database.db;
  const [row] = await queryRows<{ id: number }>(db, sql`select id from users where role = 'admin'`);
  if (row === undefined) throw new Error('the test app has no admin account');
  const admin: Actor = { id: row.id, email: t.admin.email, name: 'Administrator', role: 'admin', participantId: null };
  await db.execute("update assembly_participants set status = 'member' where kind = 'state'");
  for (let i = 0; i < 40; i++) await insertOrganization(db, { name: `NGO ${i}`, category: 'ngo', status: 'member' });
  const user = await createAccount(db, admin, {
    email: 'd@test.local',
    name: 'D',
    role: 'delegate',
    password: 'a long password 1',
    participantId: 1,
  });
  return { t, admin, delegate: { ...user } };
}

// The data layer where it matters: weights stored as double precision and read back for the
// close must give exactly the logged weights, and the close must agree with a retally, on
// PGlite and on PostgreSQL.
describeEachDatabase('closing a motion', (kind) => {
  let t: TestApp;
  let admin: Actor;
  let delegate: Actor;
  const clock = assemblyTestClock();
  const env: AssemblyEnv = { now: clock.now };

  beforeAll(async () => {
    ({ t, admin, delegate } = await assemblyWithMembers(await kind.open()));
  });
  afterAll(() => t.close());
  afterEach(clock.reset);

  it('tallies 235 ballots under a four-part weighting and a weighted organizations’ chamber, and the log agrees', async () => {
    const db = t.database.db;
    await updateRules(
      db,
      admin,
      {
        ...DEFAULT_RULES,
        weighting: { equal: 0.25, population: 0.25, gdp: 0.25, sqrtPopulation: 0.25 },
        orgChamber: { mode: 'weighted', share: 0.1 },
      },
      env,
    );
    const now = Date.now();
    const motion = await createMotion(
      db,
      admin,
      {
        kind: 'procedural',
        title: 'Adopt the agenda',
        opensAt: new Date(now).toISOString(),
        closesAt: new Date(now + 3600_000).toISOString(),
      },
      env,
    );
    const members = await readElectorate(db, motion.id);
    expect(members).toHaveLength(235);
    const choices = ['yes', 'yes', 'no', 'abstain', 'yes'] as const;
    let k = 0;
    for (const m of members) {
      if (m.participantId % 11 === 0) continue; // some stay away
      const actor = { ...delegate, participantId: m.participantId };
      await castBallot(db, actor, motion.id, { choice: choices[k++ % choices.length]! }, env); // the modulo keeps k in range
      if (m.participantId % 7 === 0) await castBallot(db, actor, motion.id, { choice: 'no' }, env);
    }
    clock.set(2 * 3600_000);
    const closed = await closeMotion(db, admin, motion.id, env);
    expect(closed.status).toBe('closed');

    const entries = (await entriesAbout(db, `motion:${motion.id}`)).map((e) => JSON.parse(e.canonical) as LedgerEntry);
    const verdict = retally(entries);
    expect(verdict.ok, verdict.message).toBe(true);
    expect(verdict.recomputed).toEqual(closed.result!.tally);

    // Weights read back from the database are the logged ones, bit for bit.
    const opened = entries.find((e) => e.kind === 'motion.opened')!.body as MotionOpenedBody;
    const stored = new Map(members.map((m) => [String(m.participantId), m.weight]));
    for (const s of opened.states) expect(stored.get(s.id)).toBe(s.weight);
    expect(opened.states.reduce((a, s) => a + s.weight, 0)).toBeCloseTo(1, 12);
    expect(closed.result!.tally.organizations.counts).toBeCloseTo(0.1, 15);

    const view = await getMotion(db, null, motion.id, env);
    expect(view.ballots!.length).toBe(members.filter((m) => m.participantId % 11 !== 0).length);
  });
});
