/**
 * The assembly's figures: exact voting power for all 195 states, and closing a large ballot.
 */
import { sql } from 'drizzle-orm';
import { createAccount } from '../src/core/auth/auth.service.ts';
import type { Actor } from '../src/core/auth/permissions.ts';
import { openDatabase, queryRows, type Db } from '../src/core/db/client.ts';
import type { LedgerEntry } from '../src/core/ledger/hasher.ts';
import { appendManyToLog, ensureLogKey } from '../src/core/ledger/log-writer.ts';
import { entriesAbout } from '../src/core/ledger/log-reader.ts';
import { loadStates, readStatesCsv } from '../src/core/states/states.service.ts';
import { DEFAULT_RULES } from '../src/modules/assembly/assembly-types.ts';
import type { AssemblyEnv } from '../src/modules/assembly/assembly-env.ts';
import { ensureStateParticipants, updateRules } from '../src/modules/assembly/assembly.service.ts';
import { ballots } from '../src/modules/assembly/assembly.table.ts';
import { ballotCommitment, chunks, newSalt, retally, REVEALS_PER_ENTRY } from '../src/modules/assembly/motion-log.ts';
import { closeMotion, createMotion } from '../src/modules/assembly/motion.service.ts';
import { readElectorate } from '../src/modules/assembly/motions.repository.ts';
import { banzhafIndex, integerWeights, powerIndices, quotaFor } from '../src/modules/assembly/power.ts';
import { tallyMotion, type Choice, type TallyBallot, type TallyRules } from '../src/modules/assembly/tally.ts';
import type { Figure } from './index.ts';
import { median } from './median.ts';
import { compared } from './ratio.ts';

/** Population shares of the 195 reference states (the Holy See, without a figure, weighs 0). */
function populationShares(): number[] {
  const states = readStatesCsv();
  const total = states.reduce((a, s) => a + (s.population ?? 0), 0);
  return states.map((s) => (s.population ?? 0) / total);
}

function powerFigures(): Figure[] {
  const shares = populationShares();
  const coarse = integerWeights(shares, 10_000);
  const coarseTotal = coarse.reduce((a, b) => a + b, 0);
  const coarseGame = { weights: coarse, quota: quotaFor(coarseTotal, 0.5, { strict: true }) };
  const fine = integerWeights(shares, 1_000_000);
  const fineTotal = fine.reduce((a, b) => a + b, 0);
  const fineGame = { weights: fine, quota: quotaFor(fineTotal, 0.5, { strict: true }) };
  const both = medianMsSync(5, () => powerIndices(coarseGame, { shapleyShubik: true }));
  const banzhaf = medianMsSync(5, () => banzhafIndex(fineGame));
  const tally = medianMsSync(5, tallyLargeBallot());
  return [
    { name: 'tally alone (pure), 195 states + 10,000 organizations', value: tally, unit: 'ms', goal: '< 50 ms', met: tally < 50 },
    {
      name: 'Banzhaf + Shapley–Shubik, 195 states by population, resolution 1/10,000',
      value: both,
      unit: 'ms',
      goal: '< 2,000 ms',
      met: both < 2000,
    },
    {
      name: 'Banzhaf alone, 195 states by population, resolution 1/1,000,000',
      value: banzhaf,
      unit: 'ms',
      goal: '< 1,000 ms',
      met: banzhaf < 1000,
    },
  ];
}

/** The pure tally of 195 states and 10,000 organizations (moved here from a timed unit test). */
function tallyLargeBallot(): () => unknown {
  const states = Array.from({ length: 195 }, (_, i) => ({ id: `S${i}`, weight: (1 + (i % 17)) / 1755 }));
  const orgs = Array.from({ length: 10_000 }, (_, i) => ({ id: `O${i}` }));
  const choices: Choice[] = ['yes', 'no', 'abstain'];
  const ballots: TallyBallot[] = [
    // `% choices.length` keeps every index within the array.
    ...states.map((s, i) => ({ participantId: s.id, choice: choices[i % choices.length]! })),
    ...orgs.map((o, i) => ({ participantId: o.id, choice: choices[(i * 7) % choices.length]! })),
  ];
  const rules: TallyRules = { threshold: 2 / 3, quorum: 0.5, doubleMajority: 0.5, orgChamber: { mode: 'weighted', share: 0.1 } };
  return () => tallyMotion(rules, states, orgs, ballots);
}

function medianMsSync(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const ORGANIZATIONS = 10_000;

/**
 * An in-memory PGlite assembly: 195 member states, 10,000 member organizations in a weighted
 * chamber, an open procedural motion and a ballot from every member, written as castBallot writes
 * them (ballot rows with commitments, one ballot.cast log entry each) but in bulk.
 */
async function bigBallot() {
  const database = await openDatabase({});
  await database.migrate();
  const db = database.db;
  await ensureLogKey(db, 'bench.example/log');
  await loadStates(db);
  await ensureStateParticipants(db);
  const user = await createAccount(db, null, { email: 'admin@bench.local', name: 'Admin', role: 'admin', password: 'bench password 123' });
  const admin: Actor = { ...user };
  await db.execute(sql`update assembly_participants set status = 'member' where kind = 'state'`);
  await db.execute(sql`insert into assembly_participants (kind, name, category, status)
    select 'organization', 'NGO ' || g, 'ngo', 'member' from generate_series(1, ${ORGANIZATIONS}) g`);
  // The real clock, moved ahead only to close a motion (closeNow).
  let ahead = 0;
  const env: AssemblyEnv = { now: () => new Date(Date.now() + ahead) };
  await updateRules(db, admin, { ...DEFAULT_RULES, orgChamber: { mode: 'weighted', share: 0.2 } }, env);

  let run = 0;
  return {
    async close() {
      await database.close();
    },
    /** Creates and fills one motion; returns its id. */
    async prepare(): Promise<number> {
      ahead = 0;
      const now = Date.now();
      const motion = await createMotion(
        db,
        admin,
        {
          kind: 'procedural',
          title: `Big ballot ${++run}`,
          opensAt: new Date(now).toISOString(),
          closesAt: new Date(now + 3600_000).toISOString(),
        },
        env,
      );
      const members = await readElectorate(db, motion.id);
      const choices = ['yes', 'no', 'abstain', 'yes'] as const;
      const rows = members.map((m, i) => {
        const choice = choices[i % choices.length]!; // the index is within the array
        const salt = newSalt();
        return {
          motionId: motion.id,
          participantId: m.participantId,
          choice,
          salt,
          commitment: ballotCommitment(motion.id, String(m.participantId), choice, salt),
          userId: admin.id,
        };
      });
      await db.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += 5000) await tx.insert(ballots).values(rows.slice(i, i + 5000));
        await appendManyToLog(
          tx,
          rows.map((r) => ({
            kind: 'ballot.cast',
            actor: `user:${admin.id}`,
            subject: `motion:${motion.id}`,
            body: { motionId: motion.id, participantId: String(r.participantId), commitment: r.commitment },
          })),
        );
      });
      return motion.id;
    },
    /** The floor under closing the motion (see {@link bareClose}). */
    bareClose: (id: number) => bareClose(db, `user:${admin.id}`, id),
    /** Closes the motion through the service, as POST /api/motions/:id/close does. */
    async closeNow(id: number) {
      ahead = 2 * 3600_000;
      const view = await closeMotion(db, admin, id, env);
      ahead = 0;
      return view;
    },
    async retallies(id: number): Promise<boolean> {
      const entries = (await entriesAbout(db, `motion:${id}`)).map((e) => JSON.parse(e.canonical) as LedgerEntry);
      return retally(entries).ok;
    },
  };
}

/**
 * The floor under closing a motion: one read of its ballots (one JSON array, the fastest read of
 * many rows on PGlite) and one log append of its reveals in entries of at most 500, as the
 * closing writes them (under another subject), in one transaction.
 */
async function bareClose(db: Db, actor: string, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [result] = await queryRows<{ rows: unknown }>(
      tx,
      sql`select coalesce(json_agg(json_build_array(participant_id, choice, salt) order by participant_id), '[]') as rows
        from assembly_ballots where motion_id = ${id}`,
    );
    const value = result?.rows ?? [];
    const rows = (typeof value === 'string' ? JSON.parse(value) : value) as [number, string, string][];
    if (rows.length !== 195 + ORGANIZATIONS) throw new Error('the bare close did not read every ballot');
    const reveals = rows.map(([participantId, choice, salt]) => ({ participantId: String(participantId), choice, salt }));
    await appendManyToLog(
      tx,
      chunks(reveals, REVEALS_PER_ENTRY).map((part, k) => ({
        kind: k === 0 ? 'motion.closed' : 'motion.revealed',
        actor: k === 0 ? actor : null,
        // Another subject than the motion's own, so the motion's log still retallies.
        subject: `bench:${id}`,
        body: k === 0 ? { motionId: id, reveals: part, revealCount: reveals.length } : { motionId: id, reveals: part },
      })),
    );
  });
}

/**
 * Closing a ballot of 195 states and 10,000 organizations through the service (read, tally, close,
 * log the reveals, and the closed motion's view), beside its floor measured on the same motion
 * just before or after (order alternating): one read of its ballots plus one log append.
 */
async function closingFigure(): Promise<Figure> {
  const assembly = await bigBallot();
  try {
    const times: number[] = [];
    const bareTimes: number[] = [];
    let agrees = true;
    const time = async (fn: () => Promise<unknown>) => {
      const start = performance.now();
      await fn();
      return performance.now() - start;
    };
    for (let i = 0; i < 7; i++) {
      const id = await assembly.prepare();
      let elapsed = 0;
      let bare = 0;
      const close = async () => {
        elapsed = await time(async () => {
          const view = await assembly.closeNow(id);
          if (view.ballots?.length !== 195 + ORGANIZATIONS) throw new Error('the bench ballot did not close with every ballot');
        });
      };
      const floor = async () => {
        bare = await time(() => assembly.bareClose(id));
      };
      for (const step of i % 2 === 0 ? [floor, close] : [close, floor]) await step();
      if (i > 0) {
        // the first run warms up
        times.push(elapsed);
        bareTimes.push(bare);
      }
      agrees &&= await assembly.retallies(id);
    }
    if (!agrees) throw new Error('a bench ballot did not retally');
    return compared({
      name: `close a ballot: 195 states + ${ORGANIZATIONS.toLocaleString('en-US')} organizations, PGlite in memory (median)`,
      value: median(times),
      unit: 'ms',
      baseline: { name: 'one read of its ballots + one log append of its reveals (median)', value: median(bareTimes) },
      goal: { atMost: 2 },
    });
  } finally {
    await assembly.close();
  }
}

export async function run(): Promise<Figure[]> {
  return [...powerFigures(), await closingFigure()];
}
