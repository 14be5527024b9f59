import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { expectJson } from '../../../test/fixtures/http.ts';
import { rootAt } from '../../core/ledger/log-reader.ts';
import { sampleWorkloads } from './challenge-sampling.ts';
import { serviceTarget, submitSimulation } from './simulation/simulation-submit.ts';
import { simulate, type Simulation } from './simulation/simulator.ts';
import {
  logEntries,
  modulesWithVerification,
  setUpVerification,
  storedCounts,
  verificationTestClock,
  type VerificationFixture,
} from './verification.fixture.ts';

let t: TestApp;
let f: VerificationFixture;
const clock = verificationTestClock();
let sim: Simulation;
let facilityId: string;
/** The workloads of a training-like flag; the tests below challenge seven of them. */
let flagged: [string, string, string, string, string, string, string, ...string[]];

beforeAll(async () => {
  t = await testApp(undefined, {}, { modules: modulesWithVerification(clock) });
  f = await setUpVerification(t);
  sim = simulate({ facilities: 4, accelerators: 2000, days: 30, seed: 7, cheat: 'undeclared-training' });
  await submitSimulation(serviceTarget(t.database.db, f.operator.actor, clock), sim, { maxBatch: 60 });
  const { flags } = await expectJson(t.request('GET', '/api/flags', { token: f.inspector.token }));
  const flag = flags.find((x: { kind: string }) => x.kind === 'training-like-undeclared');
  facilityId = flag.facilityId;
  const ids: string[] = flag.workloadIds;
  if (ids.length < 7) throw new Error(`the flag names ${ids.length} workloads; these tests need 7`);
  flagged = ids as typeof flagged;
});
afterAll(() => t.close());
afterEach(() => clock.reset());

const reveal = (workloadId: string) => ({ workloadId, ...sim.privateRecords.get(workloadId)! });
const open = (body: unknown, token = f.inspector.token) => t.request('POST', '/api/challenges', { token, body });
const answer = (id: number, body: unknown, token = f.operator.token) =>
  t.request('POST', `/api/challenges/${id}/responses`, { token, body });

async function refused(res: Promise<Response>, status: number, code: string) {
  const before = await storedCounts(t);
  const r = await res;
  const text = await r.text();
  expect(r.status, text).toBe(status);
  expect(JSON.parse(text).error.code, text).toBe(code);
  expect(await storedCounts(t)).toEqual(before);
}

/** The challenge the first test opens and the next ones answer. */
let id: number;

describe('challenges on named workloads', () => {
  it('opens a challenge (inspector), logs it, and shows it to the facility’s operators only', async () => {
    const created = await expectJson(open({ facilityId, workloadIds: flagged.slice(0, 2) }), 201);
    id = created.id;
    expect(created).toMatchObject({ facilityId, status: 'open', sample: null });
    expect(created.workloads.map((w: { workloadId: string; status: string }) => [w.workloadId, w.status]).sort()).toEqual(
      flagged
        .slice(0, 2)
        .map((w) => [w, 'pending'])
        .sort(),
    );
    const hours = (Date.parse(created.deadline) - Date.parse(created.issuedAt)) / 3_600_000;
    expect(hours).toBe(72);
    expect((await logEntries(t)).at(-1)).toMatchObject({
      kind: 'verification.challenge.opened',
      subject: `challenge:${id}`,
      body: { facilityId, sample: null },
    });
    const mine = await expectJson(t.request('GET', '/api/challenges', { token: f.operator.token }));
    expect(mine.challenges.map((c: { id: number }) => c.id)).toContain(id);
    const theirs = await expectJson(t.request('GET', '/api/challenges', { token: f.otherOperator.token }));
    expect(theirs.challenges).toEqual([]);
    expect((await t.request('GET', `/api/challenges/${id}`, { token: f.otherOperator.token })).status).toBe(403);
    expect((await t.request('GET', `/api/challenges/${id}`)).status).toBe(401);
    expect((await t.request('GET', `/api/challenges/${id}`, { token: f.staff.token })).status).toBe(403);
  });

  it('checks each revealed record against its commitment; the challenge passes when all do', async () => {
    const first = await expectJson(answer(id, reveal(flagged[0])), 201);
    expect(first.status).toBe('open');
    expect(first.workloads.find((w: { workloadId: string }) => w.workloadId === flagged[0])).toMatchObject({
      status: 'passed',
      problems: [],
    });
    const second = await expectJson(answer(id, reveal(flagged[1])), 201);
    expect(second.status).toBe('passed');
    const entries = (await logEntries(t)).filter((e) => e.subject === `challenge:${id}`);
    expect(entries.map((e) => [e.kind, e.body.result ?? e.body.status])).toEqual([
      ['verification.challenge.opened', undefined],
      ['verification.challenge.answered', 'passed'],
      ['verification.challenge.answered', 'passed'],
      ['verification.challenge.decided', 'passed'],
    ]);
  });

  it('shows revealed records to inspectors and the facility’s operators, and never logs them', async () => {
    for (const token of [f.inspector.token, f.operator.token, f.admin.token]) {
      const view = await expectJson(t.request('GET', `/api/challenges/${id}`, { token }));
      const w = view.workloads.find((x: { workloadId: string }) => x.workloadId === flagged[0]);
      expect(w.record).toEqual(sim.privateRecords.get(flagged[0])!.record);
      expect(w.salt).toBe(sim.privateRecords.get(flagged[0])!.salt);
    }
    const all = JSON.stringify(await logEntries(t));
    expect(all).not.toContain(sim.privateRecords.get(flagged[0])!.salt);
    expect(all).not.toContain(String(sim.privateRecords.get(flagged[0])!.record.customer));
  });
});

describe('answers to challenges on named workloads', () => {
  it('refuses answers for workloads not challenged, a second answer, strangers and bad input, storing nothing', async () => {
    const other = await expectJson(open({ facilityId, workloadIds: [flagged[2]] }), 201);
    await refused(answer(id, reveal(flagged[0])), 409, 'already_answered');
    await refused(answer(other.id, reveal(flagged[3])), 404, 'not_challenged');
    await refused(answer(other.id, reveal(flagged[2]), f.otherOperator.token), 403, 'forbidden');
    await refused(answer(other.id, reveal(flagged[2]), f.inspector.token), 403, 'forbidden');
    await refused(answer(other.id, { ...reveal(flagged[2]), salt: 'xyz' }), 400, 'validation_failed');
    await refused(answer(other.id, { ...reveal(flagged[2]), record: 'text' }), 400, 'validation_failed');
    await refused(answer(other.id, { ...reveal(flagged[2]), extra: 1 }), 400, 'unknown_field');
    await refused(answer(9999, reveal(flagged[2])), 404, 'not_found');
  });

  it('fails a challenge whose record does not open the commitment, and flags it', async () => {
    const c = await expectJson(open({ facilityId, workloadIds: [flagged[4]] }), 201);
    const forged = { ...sim.privateRecords.get(flagged[4])!.record, class: 'inference' };
    const res = await expectJson(
      answer(c.id, { workloadId: flagged[4], record: forged, salt: sim.privateRecords.get(flagged[4])!.salt }),
      201,
    );
    expect(res.status).toBe('failed');
    expect(res.workloads[0].problems).toEqual(['commitment-mismatch', 'class-mismatch']);
    expect((await logEntries(t)).at(-1)).toMatchObject({ kind: 'verification.challenge.decided', body: { status: 'failed' } });
    const { flags } = await expectJson(t.request('GET', '/api/flags', { token: f.inspector.token }));
    expect(
      flags.find((x: { kind: string; challengeId: string }) => x.kind === 'challenge-failed' && x.challengeId === String(c.id)),
    ).toMatchObject({
      facilityId,
      workloadIds: [flagged[4]],
    });
  });
});

describe('sampled challenges', () => {
  it('draws k workloads weighted by accelerator-hours, seeded by the ledger root it records, reproducibly', async () => {
    const c = await expectJson(open({ facilityId, sample: 3, sequenceFrom: 5, sequenceTo: 20 }), 201);
    expect(c.sample).toMatchObject({ size: 3, sequenceFrom: 5, sequenceTo: 20, candidates: null });
    const root = await rootAt(t.database.db, c.sample.treeSize);
    expect(c.sample.seedHex).toBe(root.toString('hex'));
    const candidates = sim.reports
      .filter((r) => r.facilityId === facilityId && r.sequence >= 5 && r.sequence <= 20)
      .flatMap((r) => r.workloads.map((w) => ({ id: w.id, acceleratorHours: w.acceleratorHours })));
    const expected = sampleWorkloads(candidates, 3, c.sample.seedHex).map((w) => w.id);
    expect(c.workloads.map((w: { workloadId: string }) => w.workloadId).sort()).toEqual(expected.sort());
    expect((await logEntries(t)).at(-1)).toMatchObject({ kind: 'verification.challenge.opened', body: { sample: c.sample } });
  });

  it('draws from named candidates, e.g. a flag’s evidence, and records them', async () => {
    const c = await expectJson(open({ facilityId, workloadIds: flagged, sample: 2 }), 201);
    expect(c.sample).toMatchObject({ size: 2, sequenceFrom: null, sequenceTo: null, candidates: flagged });
    const hours = new Map(sim.reports.flatMap((r) => r.workloads).map((w) => [w.id, w.acceleratorHours]));
    const expected = sampleWorkloads(
      flagged.map((id) => ({ id, acceleratorHours: hours.get(id)! })),
      2,
      c.sample.seedHex,
    ).map((w) => w.id);
    expect(c.workloads.map((w: { workloadId: string }) => w.workloadId).sort()).toEqual(expected.sort());
    expect((await logEntries(t)).at(-1)).toMatchObject({ body: { sample: { candidates: flagged } } });
  });

  it('defaults to every report of the facility', async () => {
    const c = await expectJson(open({ facilityId, sample: 2 }), 201);
    expect(c.sample).toMatchObject({ sequenceFrom: 1, sequenceTo: 30 });
  });

  it('refuses bad challenges and other roles, storing nothing', async () => {
    await refused(open({ facilityId, sample: 2 }, f.operator.token), 403, 'forbidden');
    await refused(open({ facilityId: 'fac-none', sample: 2 }), 404, 'unknown_facility');
    await refused(open({ facilityId, workloadIds: ['w-nothing'] }), 404, 'unknown_workload');
    await refused(open({ facilityId, workloadIds: [flagged[0], flagged[0]] }), 400, 'duplicate_workload');
    await refused(open({ facilityId, workloadIds: [flagged[0]], sequenceFrom: 2 }), 400, 'validation_failed');
    await refused(open({ facilityId, workloadIds: Array.from({ length: 101 }, (_, i) => `w-${i}`) }), 400, 'too_many_workloads');
    await refused(open({ facilityId }), 400, 'validation_failed');
    await refused(open({ facilityId, sample: 2, sequenceFrom: 40 }), 409, 'nothing_to_sample');
    await refused(open({ facilityId, sample: 2, deadline: '2020-01-01T00:00:00.000Z' }), 400, 'deadline_in_past');
    // beyond a 32-bit integer column: a clear 400, not a database error
    await refused(open({ facilityId, sample: 2, sequenceFrom: 1, sequenceTo: 2 ** 32 }), 400, 'validation_failed');
    for (const id of [2 ** 31, 2 ** 40]) {
      const res = await t.request('GET', `/api/challenges/${id}`, { token: f.inspector.token });
      expect(res.status, await res.text()).toBe(400);
    }
    const before = await storedCounts(t);
    expect((await t.request('POST', '/api/challenges', { body: { facilityId, sample: 2 } })).status).toBe(401);
    expect(await storedCounts(t)).toEqual(before);
  });
});

describe('overdue challenges', () => {
  it('are decided overdue, not passed, when the deadline passes while the last answer is under way', async () => {
    const now = Date.now();
    const deadline = new Date(now + 3_600_000).toISOString();
    const c = await expectJson(open({ facilityId, workloadIds: [flagged[1]], deadline }), 201);
    // the answer's first reading of the clock (settling overdue challenges) is before the deadline, the rest after it
    let reads = 0;
    clock.follow(() => new Date(reads++ === 0 ? now + 1_800_000 : now + 2 * 3_600_000));
    const late = await expectJson(answer(c.id, reveal(flagged[1])), 201);
    expect(late.status).toBe('overdue');
    const decided = (await logEntries(t)).filter((e) => e.subject === `challenge:${c.id}` && e.kind === 'verification.challenge.decided');
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatchObject({ actor: null, body: { status: 'overdue', unanswered: [flagged[1]] } });
  });

  it('are marked overdue when read after the deadline, logged once, flagged; a late answer is still checked', async () => {
    const now = Date.now();
    const deadline = new Date(now + 3_600_000).toISOString();
    const c = await expectJson(open({ facilityId, workloadIds: [flagged[5], flagged[6]], deadline }), 201);
    await expectJson(answer(c.id, reveal(flagged[5])), 201);
    clock.set(new Date(now + 2 * 3_600_000));
    const read1 = await expectJson(t.request('GET', `/api/challenges/${c.id}`, { token: f.inspector.token }));
    const read2 = await expectJson(t.request('GET', `/api/challenges/${c.id}`, { token: f.operator.token }));
    expect([read1.status, read2.status]).toEqual(['overdue', 'overdue']);
    const decided = (await logEntries(t)).filter((e) => e.subject === `challenge:${c.id}` && e.kind === 'verification.challenge.decided');
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatchObject({ actor: null, body: { status: 'overdue', unanswered: [flagged[6]] } });
    const { flags } = await expectJson(t.request('GET', '/api/flags', { token: f.inspector.token }));
    expect(
      flags.find((x: { kind: string; challengeId: string }) => x.kind === 'challenge-overdue' && x.challengeId === String(c.id)),
    ).toMatchObject({
      figures: { answeredAt: 'unanswered', deadline },
    });
    const late = await expectJson(answer(c.id, reveal(flagged[6])), 201);
    expect(late.status).toBe('overdue');
    expect((await logEntries(t)).at(-1)).toMatchObject({ kind: 'verification.challenge.answered', body: { result: 'passed', late: true } });
    const after = await expectJson(t.request('GET', '/api/flags', { token: f.inspector.token }));
    expect(
      after.flags.find((x: { kind: string; challengeId: string }) => x.kind === 'challenge-overdue' && x.challengeId === String(c.id))
        .figures.answeredAt,
    ).not.toBe('unanswered');
  });
});
