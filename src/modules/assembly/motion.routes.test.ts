import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode, expectJson } from '../../../test/fixtures/http.ts';
import type { LedgerEntry } from '../../core/ledger/hasher.ts';
import { DEFAULT_RULES } from './assembly-types.ts';
import { assemblyTestClock, DRAFT, modulesWithAssembly, setUpAssembly, translateAll, type AssemblyFixture } from './assembly.fixture.ts';
import { addDays } from './entry-into-force.ts';
import { retally } from './motion-log.ts';

let t: TestApp;
type Delegate = 'USA' | 'CHN' | 'IND' | 'DEU' | 'BRA' | 'FRA';
let f: AssemblyFixture<Delegate>;
const clock = assemblyTestClock();
let treatyId: number;
let orgDelegate: string;
const HOUR = 3600_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

beforeAll(async () => {
  t = await testApp(undefined, {}, { modules: modulesWithAssembly({ now: clock.now }) });
  f = await setUpAssembly(t, ['USA', 'CHN', 'IND', 'DEU', 'BRA'], ['FRA']);
  const org = await expectJson(
    t.request('POST', '/api/assembly/participants', { cookie: f.admin, body: { name: 'AI Safety NGO', status: 'member' } }),
    201,
  );
  orgDelegate = await f.addDelegate('ngo', org.id);
  await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: { ...DEFAULT_RULES, secondsRequired: 1 } }));
  treatyId = (await expectJson(t.request('POST', '/api/treaties', { cookie: f.admin, body: DRAFT }), 201)).id;
});
afterAll(() => t.close());
afterEach(clock.reset);

const propose = (who: Delegate, body: object) =>
  expectJson(
    t.request('POST', `/api/treaties/${treatyId}/amendments`, {
      cookie: f.delegate[who],
      body: { baseVersion: 1, rationale: 'Because.', ...body },
    }),
    201,
  );
const second = (who: Delegate, id: number) =>
  expectJson(t.request('POST', `/api/treaties/${treatyId}/amendments/${id}/seconds`, { cookie: f.delegate[who], body: {} }), 201);
const vote = (cookie: string, motionId: number, choice: string, extra: object = {}) =>
  t.request('POST', `/api/motions/${motionId}/ballots`, { cookie, body: { choice, ...extra } });
const amendment = (id: number) => expectJson(t.request('GET', `/api/treaties/${treatyId}/amendments/${id}`));
type TreatyAct = 'signatures' | 'ratifications' | 'withdrawals';
/** A signature, ratification or withdrawal of the treaty, recorded by `cookie`. */
const treatyAct = (cookie: string, act: TreatyAct, body: object) => t.request('POST', `/api/treaties/${treatyId}/${act}`, { cookie, body });

/** The motion's log entries as the public API gives them, decoded from their exact bytes. */
async function motionEntries(id: number): Promise<LedgerEntry[]> {
  const { entries } = await expectJson(t.request('GET', `/api/motions/${id}/log`));
  return entries.map((e: { canonical: string }) => JSON.parse(Buffer.from(e.canonical, 'base64').toString('utf8')) as LedgerEntry);
}

// One amendment's way from the floor to a new version, told in two parts that share its state.
let usaEdit: any;
let braEdit: any;
let indInsert: any;
let motionId: number;

describe('an amendment from the floor to a new version: the motion', () => {
  it('puts only an amendment on the floor to the vote, and refuses bad motions', async () => {
    usaEdit = await propose('USA', { op: 'edit', articleKey: 'art-2', body: 'A training run above 10^25 FLOP requires a licence.' });
    braEdit = await propose('BRA', { op: 'edit', articleKey: 'art-2', heading: 'Licensing thresholds' });
    indInsert = await propose('IND', {
      op: 'insert',
      afterKey: 'art-3',
      heading: 'Review',
      body: 'The Parties shall review this Treaty every five years.',
    });
    await second('CHN', usaEdit.id);
    await second('DEU', braEdit.id);
    expect((await amendment(usaEdit.id)).status).toBe('on_floor');

    const base = { kind: 'amendment', title: 'Lower the threshold', amendmentId: usaEdit.id, opensAt: at(HOUR), closesAt: at(2 * HOUR) };
    const cases: [string | undefined, object, number, string][] = [
      [f.delegate.USA, base, 403, 'forbidden'],
      [f.admin, { ...base, amendmentId: indInsert.id }, 409, 'amendment_not_on_floor'],
      [f.admin, { ...base, closesAt: at(HOUR / 2) }, 400, 'dates_out_of_order'],
      [f.admin, { ...base, opensAt: at(-3 * HOUR), closesAt: at(-2 * HOUR) }, 400, 'dates_out_of_order'],
      [f.admin, { ...base, amendmentId: 999 }, 404, 'not_found'],
      [f.admin, { ...base, kind: 'procedural' }, 400, 'validation_failed'],
      [f.admin, { ...base, opensAt: 'tomorrow' }, 400, 'validation_failed'],
    ];
    for (const [cookie, body, status, code] of cases) {
      const res = await t.request('POST', '/api/motions', { cookie, body });
      expect(res.status, code).toBe(status);
      expect(await errorCode(res)).toBe(code);
    }
    expect((await expectJson(t.request('GET', '/api/motions'))).motions).toHaveLength(0);

    const motion = await expectJson(t.request('POST', '/api/motions', { cookie: f.admin, body: base }), 201);
    expect(motion).toMatchObject({ status: 'scheduled', rules: null, result: null });
    motionId = motion.id;
    const again = await t.request('POST', '/api/motions', { cookie: f.admin, body: base });
    expect(await errorCode(again)).toBe('motion_pending');
  });

  it('refuses ballots before the opening', async () => {
    const res = await vote(f.delegate.USA, motionId, 'yes');
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('motion_not_open');
  });
});

describe('an amendment from the floor to a new version: the ballots', () => {
  it('takes one changeable ballot per member, only from its own delegate', async () => {
    clock.set(1.5 * HOUR);
    expect(await expectJson(vote(f.delegate.USA, motionId, 'yes'), 201)).toMatchObject({
      choice: 'yes',
      changed: false,
      participantId: f.idOf('USA'),
    });
    await expectJson(vote(f.delegate.CHN, motionId, 'no'), 201);
    expect(await expectJson(vote(f.delegate.CHN, motionId, 'yes'), 201)).toMatchObject({ changed: true });
    await expectJson(vote(f.delegate.DEU, motionId, 'yes'), 201);
    await expectJson(vote(f.delegate.IND, motionId, 'no'), 201);
    await expectJson(vote(f.delegate.BRA, motionId, 'abstain'), 201);
    await expectJson(vote(orgDelegate, motionId, 'no'), 201);

    const refusals: [string | undefined, object, number, string][] = [
      [f.delegate.USA, { choice: 'no', participantId: f.idOf('CHN') }, 403, 'not_your_participant'],
      [f.delegate.FRA, { choice: 'yes' }, 403, 'not_in_electorate'],
      [f.admin, { choice: 'yes' }, 403, 'forbidden'],
      [undefined, { choice: 'yes' }, 401, 'unauthenticated'],
      [f.delegate.USA, { choice: 'maybe' }, 400, 'validation_failed'],
    ];
    for (const [cookie, body, status, code] of refusals) {
      const res = await t.request('POST', `/api/motions/${motionId}/ballots`, { cookie, body });
      expect(res.status, code).toBe(status);
      expect(await errorCode(res)).toBe(code);
    }
  });

  it('shows only turnout before the close, and logs commitments, not choices', async () => {
    clock.set(1.5 * HOUR);
    const m = await expectJson(t.request('GET', `/api/motions/${motionId}`, { cookie: f.delegate.USA }));
    expect(m).toMatchObject({
      status: 'open',
      result: null,
      ballots: null,
      turnout: { states: 5, stateMembers: 5, organizations: 1, organizationMembers: 1 },
    });
    expect(m.myBallot).toEqual({ participantId: f.idOf('USA'), choice: 'yes', eligible: true });
    expect(m.rules).toMatchObject({ threshold: 0.6, quorum: 0.5, orgChamber: { mode: 'advisory' } });
    const entries = await motionEntries(motionId);
    expect(entries.map((e) => e.kind)).toEqual(['motion.created', 'motion.opened', ...Array(7).fill('ballot.cast')]);
    for (const e of entries.filter((x) => x.kind === 'ballot.cast')) {
      expect(Object.keys(e.body as object).sort()).toEqual(['commitment', 'motionId', 'participantId']);
    }
    const closeEarly = await t.request('POST', `/api/motions/${motionId}/close`, { cookie: f.admin });
    expect(closeEarly.status).toBe(409);
    expect(await errorCode(closeEarly)).toBe('motion_not_due');
  });

  it('refuses ballots after the closing time and changes nothing', async () => {
    clock.set(2.5 * HOUR);
    const res = await vote(f.delegate.IND, motionId, 'yes');
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('motion_closed');
    const again = await vote(f.delegate.IND, motionId, 'yes');
    expect(await errorCode(again)).toBe('motion_closed');
    const m = await expectJson(t.request('GET', `/api/motions/${motionId}`));
    expect(m.ballots.find((b: any) => b.participantId === f.idOf('IND')).choice).toBe('no');
  });
});

describe('an amendment from the floor to a new version: the result', () => {
  it('closes lazily, publishes every ballot and the tally, and applies the amendment as version 2', async () => {
    const m = await expectJson(t.request('GET', `/api/motions/${motionId}`));
    expect(m.status).toBe('closed');
    const tally = m.result.tally;
    expect(tally.passed).toBe(true);
    expect(tally.states.heads).toEqual({ yes: 3, no: 1, abstain: 1, absent: 0, members: 5 });
    expect(tally.organizations.heads).toMatchObject({ no: 1, members: 1 });
    expect(tally.organizations.counts).toBe(0);
    expect(tally.quorum.present).toBeCloseTo(1, 12);
    expect(m.result.appliedVersion).toBe(2);
    expect(m.ballots.map((b: any) => [b.name, b.choice])).toEqual(
      expect.arrayContaining([
        ['United States', 'yes'],
        ['China', 'yes'],
        ['India', 'no'],
        ['Brazil', 'abstain'],
        ['AI Safety NGO', 'no'],
      ]),
    );
    const weights = m.ballots.filter((b: any) => b.kind === 'state').reduce((a: number, b: any) => a + b.weight, 0);
    expect(weights).toBeCloseTo(1, 12);

    const treaty = await expectJson(t.request('GET', `/api/treaties/${treatyId}`));
    expect(treaty.currentVersion).toBe(2);
    expect(treaty.text.articles[1]).toMatchObject({ key: 'art-2', heading: 'Thresholds', body: usaEdit.body });
    expect((await amendment(usaEdit.id)).status).toBe('adopted');
    expect((await amendment(usaEdit.id)).appliedVersion).toBe(2);
  });

  it('marks the conflicting amendment needs-rebase, leaves the others, and refuses it a motion', async () => {
    expect((await amendment(braEdit.id)).status).toBe('needs_rebase');
    expect((await amendment(indInsert.id)).status).toBe('proposed');
    const res = await t.request('POST', '/api/motions', {
      cookie: f.admin,
      body: { kind: 'amendment', title: 'x', amendmentId: braEdit.id, opensAt: at(3 * HOUR), closesAt: at(4 * HOUR) },
    });
    expect(await errorCode(res)).toBe('amendment_not_on_floor');
  });

  it('refuses an amendment against a stale version whose article changed, but takes one whose article did not', async () => {
    const before = (await expectJson(t.request('GET', `/api/treaties/${treatyId}/amendments`))).amendments.length;
    const stale = await t.request('POST', `/api/treaties/${treatyId}/amendments`, {
      cookie: f.delegate.CHN,
      body: { baseVersion: 1, op: 'delete', articleKey: 'art-2', rationale: 'Drop it.' },
    });
    expect(stale.status).toBe(409);
    expect(await errorCode(stale)).toBe('stale_base_version');
    expect((await expectJson(t.request('GET', `/api/treaties/${treatyId}/amendments`))).amendments.length).toBe(before);
    const fine = await propose('CHN', { op: 'edit', articleKey: 'art-1', body: '"Compute" means operations.' });
    expect(fine.baseVersion).toBe(1);
  });

  it('diffs version 1 and 2 word by word', async () => {
    const d = await expectJson(t.request('GET', `/api/treaties/${treatyId}/diff?from=1&to=2`));
    const art2 = d.articles.find((a: any) => a.key === 'art-2');
    expect(art2.status).toBe('changed');
    expect(art2.body).toEqual([
      { op: 'equal', text: 'A training run above 10^' },
      { op: 'delete', text: '26' },
      { op: 'insert', text: '25' },
      { op: 'equal', text: ' FLOP requires a licence.' },
    ]);
    expect(d.articles.filter((a: any) => a.status === 'unchanged')).toHaveLength(2);
  });

  it('can be retallied from its log entries alone', async () => {
    const entries = await motionEntries(motionId);
    expect(entries.map((e) => e.kind).at(-1)).toBe('motion.closed');
    const verdict = retally(entries);
    expect(verdict.ok, verdict.message).toBe(true);
    expect(verdict.message).toMatch(/^motion \d+: retally agrees — passed/);
    // A tampered reveal (India's "no" turned into "yes") no longer opens its commitment.
    const tampered = structuredClone(entries);
    const closed = tampered.at(-1)!.body as { reveals: { participantId: string; choice: string }[] };
    closed.reveals.find((r) => r.participantId === String(f.idOf('IND')))!.choice = 'yes';
    expect(retally(tampered).ok).toBe(false);
  });
});

describe('a failed amendment motion and a procedural motion', () => {
  it('rejects the amendment when the threshold is missed', async () => {
    const a = await propose('DEU', { baseVersion: 2, op: 'delete', articleKey: 'art-3' });
    await second('USA', a.id);
    const m = await expectJson(
      t.request('POST', '/api/motions', {
        cookie: f.admin,
        body: { kind: 'amendment', title: 'Delete art. 3', amendmentId: a.id, opensAt: at(0), closesAt: at(HOUR) },
      }),
      201,
    );
    expect(m.status).toBe('open');
    await expectJson(vote(f.delegate.DEU, m.id, 'yes'), 201);
    await expectJson(vote(f.delegate.IND, m.id, 'no'), 201);
    await expectJson(vote(f.delegate.CHN, m.id, 'no'), 201);
    clock.set(HOUR + 1000);
    const closed = await expectJson(t.request('POST', `/api/motions/${m.id}/close`, { cookie: f.admin }));
    expect(closed.result.tally.passed).toBe(false);
    expect(closed.result.tally.reasons.map((r: any) => r.code)).toContain('threshold_not_reached');
    expect((await amendment(a.id)).status).toBe('rejected');
    expect((await expectJson(t.request('GET', `/api/treaties/${treatyId}`))).currentVersion).toBe(2);
    expect(retally(await motionEntries(m.id)).ok).toBe(true);
    // Closing again returns the closed motion; the log gains no second close.
    await expectJson(t.request('POST', `/api/motions/${m.id}/close`, { cookie: f.admin }));
    expect((await motionEntries(m.id)).filter((e) => e.kind === 'motion.closed')).toHaveLength(1);
  });

  it('records a procedural result without effect; a quorum missed fails it', async () => {
    const m = await expectJson(
      t.request('POST', '/api/motions', {
        cookie: f.admin,
        body: { kind: 'procedural', title: 'Meet in Geneva?', opensAt: at(0), closesAt: at(HOUR) },
      }),
      201,
    );
    await expectJson(vote(f.delegate.BRA, m.id, 'yes'), 201);
    clock.set(2 * HOUR);
    const closed = await expectJson(t.request('GET', `/api/motions/${m.id}`));
    expect(closed.result.tally.quorum.reached).toBe(false);
    expect(closed.result.tally.passed).toBe(false);
    const { motions } = await expectJson(t.request('GET', '/api/motions?status=closed'));
    expect(motions.map((x: any) => x.id)).toContain(m.id);
  });
});

describe('adoption of the draft', () => {
  let adoptionId: number;

  it('keeps an adoption motion apart from pending amendment motions', async () => {
    const a = await propose('CHN', { baseVersion: 2, op: 'insert', afterKey: null, heading: 'Preamble', body: 'Recognising the risks…' });
    await second('USA', a.id);
    const am = await expectJson(
      t.request('POST', '/api/motions', {
        cookie: f.admin,
        body: { kind: 'amendment', title: 'Preamble', amendmentId: a.id, opensAt: at(HOUR), closesAt: at(2 * HOUR) },
      }),
      201,
    );
    const res = await t.request('POST', '/api/motions', {
      cookie: f.admin,
      body: { kind: 'adoption', title: 'Adopt', treatyId, opensAt: at(0), closesAt: at(HOUR) },
    });
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('motion_pending');
    clock.set(3 * HOUR);
    expect((await expectJson(t.request('GET', `/api/motions/${am.id}`))).status).toBe('closed');
  });

  it('adopts the draft by a double majority and opens it for signature', async () => {
    // Left open through the adoption: it may not be seconded afterwards.
    const open = await expectJson(
      t.request('POST', `/api/treaties/${treatyId}/amendments`, {
        cookie: f.delegate.USA,
        body: { baseVersion: 2, op: 'delete', articleKey: 'art-1', rationale: 'Left open.' },
      }),
      201,
    );
    // The default rules require every article current in all six languages.
    await translateAll(t, f.admin, treatyId);
    clock.set(3 * HOUR);
    const m = await expectJson(
      t.request('POST', '/api/motions', {
        cookie: f.admin,
        body: { kind: 'adoption', title: 'Adopt the Treaty', treatyId, opensAt: at(3 * HOUR), closesAt: at(4 * HOUR) },
      }),
      201,
    );
    adoptionId = m.id;
    expect(m.treatyVersion).toBe(2);
    expect(m.rules).toMatchObject({ doubleMajority: 0.5 });
    for (const iso3 of ['USA', 'CHN', 'IND', 'DEU'] as const) await expectJson(vote(f.delegate[iso3], m.id, 'yes'), 201);
    clock.set(5 * HOUR);
    const closed = await expectJson(t.request('POST', `/api/motions/${m.id}/close`, { cookie: f.admin }));
    expect(closed.result.tally).toMatchObject({ passed: true, doubleMajority: { reached: true, yesShare: 0.8 } });
    const treaty = await expectJson(t.request('GET', `/api/treaties/${treatyId}`));
    expect(treaty).toMatchObject({ status: 'adopted', adoptedVersion: 2 });
    const late = await t.request('POST', `/api/treaties/${treatyId}/amendments`, {
      cookie: f.delegate.USA,
      body: { baseVersion: 2, op: 'delete', articleKey: 'art-1', rationale: 'x' },
    });
    expect(await errorCode(late)).toBe('treaty_not_draft');
    const second = await t.request('POST', `/api/treaties/${treatyId}/amendments/${open.id}/seconds`, { cookie: f.delegate.CHN, body: {} });
    expect([second.status, await errorCode(second)]).toEqual([409, 'treaty_not_draft']);
    expect(retally(await motionEntries(adoptionId)).ok).toBe(true);
  });
});

describe('signature, ratification and entry into force of the adopted draft', () => {
  it('refuses out-of-order acts, acts for another state and by organizations, changing nothing', async () => {
    clock.set(5 * HOUR);
    const { adoptedOn } = await expectJson(t.request('GET', `/api/treaties/${treatyId}`));
    const statusBefore = await expectJson(t.request('GET', `/api/treaties/${treatyId}/status`));
    const cases: [string, TreatyAct, object, number, string][] = [
      [f.delegate.CHN, 'ratifications', { date: adoptedOn }, 409, 'ratification_before_signature'],
      [f.delegate.CHN, 'withdrawals', { date: adoptedOn }, 409, 'not_signed'],
      [f.delegate.CHN, 'signatures', { date: addDays(adoptedOn, -1) }, 400, 'dates_out_of_order'],
      [f.delegate.CHN, 'signatures', { date: addDays(adoptedOn, 400) }, 400, 'date_in_future'],
      [f.delegate.CHN, 'signatures', { date: '2026-02-30' }, 400, 'validation_failed'],
      [f.delegate.USA, 'signatures', { date: adoptedOn, participantId: f.idOf('CHN') }, 403, 'not_your_participant'],
      [orgDelegate, 'signatures', { date: adoptedOn }, 403, 'not_a_state'],
      [f.admin, 'signatures', { date: adoptedOn }, 400, 'participant_required'],
    ];
    for (const [cookie, path, body, status, code] of cases) {
      const res = await treatyAct(cookie, path, body);
      expect(res.status, code).toBe(status);
      expect(await errorCode(res)).toBe(code);
    }
    expect(await expectJson(t.request('GET', `/api/treaties/${treatyId}/status`))).toEqual(statusBefore);
  });

  it('counts ratifications and shares, and says when the treaty enters into force', async () => {
    clock.set(5 * HOUR);
    const { adoptedOn } = await expectJson(t.request('GET', `/api/treaties/${treatyId}`));
    const d1 = adoptedOn;
    await expectJson(treatyAct(f.delegate.USA, 'signatures', { date: d1 }), 201);
    const dup = await treatyAct(f.delegate.USA, 'signatures', { date: d1 });
    expect(await errorCode(dup)).toBe('already_signed');
    await expectJson(treatyAct(f.delegate.USA, 'ratifications', { date: d1 }), 201);
    // The admin records China's deposit as depositary.
    await expectJson(treatyAct(f.admin, 'signatures', { date: d1, participantId: f.idOf('CHN') }), 201);

    clock.set(5 * HOUR + 10 * 24 * HOUR);
    const d2 = addDays(d1, 10);
    const early = await treatyAct(f.delegate.CHN, 'ratifications', { date: addDays(d1, -1) });
    expect(await errorCode(early)).toBe('dates_out_of_order');
    await expectJson(treatyAct(f.delegate.CHN, 'ratifications', { date: d2 }), 201);
    let s = await expectJson(t.request('GET', `/api/treaties/${treatyId}/status`));
    expect(s).toMatchObject({ stage: 'open_for_signature', signatures: 2, ratifications: 2, conditionsMet: false, entryIntoForce: null });
    expect(s.populationShare).toBeGreaterThan(0.2);
    expect(s.populationShare).toBeLessThan(0.3);

    await expectJson(treatyAct(f.delegate.IND, 'signatures', { date: d2 }), 201);
    await expectJson(treatyAct(f.delegate.IND, 'ratifications', { date: d2 }), 201);
    s = await expectJson(t.request('GET', `/api/treaties/${treatyId}/status`));
    expect(s).toMatchObject({ ratifications: 3, conditionsMet: true, metOn: d2, entryIntoForce: addDays(d2, 30), inForce: false });
    expect(s.populationShare).toBeGreaterThan(0.3);

    clock.set(5 * HOUR + 41 * 24 * HOUR);
    await expectJson(treatyAct(f.delegate.USA, 'withdrawals', { date: addDays(d1, 41) }), 201);
    s = await expectJson(t.request('GET', `/api/treaties/${treatyId}/status`));
    expect(s).toMatchObject({ stage: 'in_force', inForce: true, ratifications: 2, withdrawals: 1, metOn: d2 });
    const standing = await expectJson(t.request('GET', '/api/assembly/standing'));
    const of = (iso3: string) => standing.states.find((x: any) => x.iso3 === iso3).standing;
    expect([of('CHN'), of('IND'), of('USA'), of('FRA')]).toEqual(['ratified', 'ratified', 'member', 'invited']);

    const { entries } = await expectJson(t.request('GET', '/api/log/entries?start=0&end=1000'));
    const kinds = entries.filter((e: any) => e.entry.subject === `treaty:${treatyId}`).map((e: any) => e.entry.kind);
    expect(kinds.filter((k: string) => k.startsWith('treaty.')).slice(-8)).toEqual([
      'treaty.adopted',
      'treaty.signed',
      'treaty.ratified',
      'treaty.signed',
      'treaty.ratified',
      'treaty.signed',
      'treaty.ratified',
      'treaty.withdrawn',
    ]);
  });
});
