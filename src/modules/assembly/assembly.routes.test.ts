import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode, expectJson } from '../../../test/fixtures/http.ts';
import { DEFAULT_RULES, type AssemblyRules } from './assembly-types.ts';
import { assemblyTestClock, modulesWithAssembly, setUpAssembly, type AssemblyFixture } from './assembly.fixture.ts';

let t: TestApp;
let f: AssemblyFixture<(typeof MEMBERS)[number] | 'FRA'>;
const clock = assemblyTestClock();
const MEMBERS = ['USA', 'CHN', 'IND', 'DEU', 'BRA', 'NGA'] as const;

beforeAll(async () => {
  t = await testApp(undefined, {}, { modules: modulesWithAssembly({ now: clock.now }) });
  f = await setUpAssembly(t, MEMBERS, ['FRA']);
});
afterAll(() => t.close());
afterEach(clock.reset);

const logEntries = async () =>
  (
    await expectJson<{ entries: { entry: { kind: string; subject: string; body: any } }[] }>(
      t.request('GET', '/api/log/entries?start=0&end=1000'),
    )
  ).entries.map((e) => e.entry);

describe('/api/assembly/participants', () => {
  it('lists every reference state, invited by default, publicly', async () => {
    const { participants } = await expectJson(t.request('GET', '/api/assembly/participants?kind=state&status=invited'));
    expect(participants).toHaveLength(195 - MEMBERS.length);
    expect(participants.find((p: any) => p.iso3 === 'KEN')).toMatchObject({
      kind: 'state',
      name: 'Kenya',
      status: 'invited',
      region: 'Africa',
    });
  });

  it('creates missing state participants lazily and idempotently', async () => {
    await t.database.db.execute("delete from assembly_participants where iso3 = 'TUV'");
    const { participants } = await expectJson(t.request('GET', '/api/assembly/participants?kind=state'));
    expect(participants).toHaveLength(195);
    expect(participants.find((p: any) => p.iso3 === 'TUV').status).toBe('invited');
  });

  it('lets the admin add an organization and change its status, and logs both', async () => {
    const org = await expectJson(
      t.request('POST', '/api/assembly/participants', { cookie: f.admin, body: { name: 'Citizens for AI Safety', category: 'citizens' } }),
      201,
    );
    expect(org).toMatchObject({ kind: 'organization', status: 'invited', category: 'citizens', iso3: null });
    const changed = await expectJson(
      t.request('PATCH', `/api/assembly/participants/${org.id}`, { cookie: f.admin, body: { status: 'observer' } }),
    );
    expect(changed.status).toBe('observer');
    const kinds = (await logEntries()).filter((e) => e.subject === `participant:${org.id}`).map((e) => e.kind);
    expect(kinds).toEqual(['participant.added', 'participant.status-changed']);
  });

  it('refuses a duplicate organization, a renamed state, non-admins, and changes nothing', async () => {
    const before = (await expectJson(t.request('GET', '/api/assembly/participants'))).participants;
    await expectJson(t.request('POST', '/api/assembly/participants', { cookie: f.admin, body: { name: 'Dup NGO' } }), 201);
    const dup = await t.request('POST', '/api/assembly/participants', { cookie: f.admin, body: { name: 'Dup NGO' } });
    expect(dup.status).toBe(409);
    expect(await errorCode(dup)).toBe('already_exists');
    const rename = await t.request('PATCH', `/api/assembly/participants/${f.idOf('KEN')}`, { cookie: f.admin, body: { name: 'Kenia' } });
    expect(await errorCode(rename)).toBe('state_reference_data');
    const byDelegate = await t.request('POST', '/api/assembly/participants', { cookie: f.delegate.USA, body: { name: 'Sneaky' } });
    expect(byDelegate.status).toBe(403);
    expect((await t.request('POST', '/api/assembly/participants', { body: { name: 'Anon' } })).status).toBe(401);
    const unknown = await t.request('POST', '/api/assembly/participants', { cookie: f.admin, body: { name: 'X', iso3: 'KEN' } });
    expect(await errorCode(unknown)).toBe('unknown_field');
    const after = (await expectJson(t.request('GET', '/api/assembly/participants'))).participants;
    expect(after.length).toBe(before.length + 1);
    expect(after.find((p: any) => p.iso3 === 'KEN').name).toBe('Kenya');
  });
});

describe('/api/assembly/rules', () => {
  it('starts with the default rules, readable by anyone', async () => {
    const view = await expectJson(t.request('GET', '/api/assembly/rules'));
    expect(view.rules).toEqual(DEFAULT_RULES);
  });

  it('refuses weights that do not sum to 1, bad shares, and non-admins, changing nothing', async () => {
    const before = await expectJson(t.request('GET', '/api/assembly/rules'));
    const bad: [unknown, number, string][] = [
      [{ ...DEFAULT_RULES, weighting: { equal: 0.5, population: 0.4, gdp: 0, sqrtPopulation: 0 } }, 400, 'weights_not_normalized'],
      [{ ...DEFAULT_RULES, weighting: { equal: 1.5, population: -0.5, gdp: 0, sqrtPopulation: 0 } }, 400, 'validation_failed'],
      [{ ...DEFAULT_RULES, quorum: 1.2 }, 400, 'validation_failed'],
      [{ ...DEFAULT_RULES, orgChamber: { mode: 'weighted', share: 1 } }, 400, 'validation_failed'],
      [{ ...DEFAULT_RULES, secondsRequired: 1.5 }, 400, 'validation_failed'],
      [{ ...DEFAULT_RULES, veto: true }, 400, 'unknown_field'],
    ];
    for (const [body, status, code] of bad) {
      const res = await t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body });
      expect(res.status, code).toBe(status);
      expect(await errorCode(res)).toBe(code);
    }
    const byDelegate = await t.request('PUT', '/api/assembly/rules', { cookie: f.delegate.USA, body: DEFAULT_RULES });
    expect(byDelegate.status).toBe(403);
    expect(await expectJson(t.request('GET', '/api/assembly/rules'))).toEqual(before);
  });

  it('lets the admin change the rules, versioned and logged', async () => {
    const rules: AssemblyRules = { ...DEFAULT_RULES, weighting: { equal: 0.25, population: 0.25, gdp: 0.25, sqrtPopulation: 0.25 } };
    const view = await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: rules }));
    expect(view.rules).toEqual(rules);
    const logged = (await logEntries()).filter((e) => e.kind === 'rules.changed').at(-1);
    expect(logged?.body).toEqual({ version: view.version, rules });
    await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: DEFAULT_RULES }));
  });

  it('refuses to change the rules while a ballot is open (409 ballot_open)', async () => {
    const motion = await expectJson(
      t.request('POST', '/api/motions', {
        cookie: f.admin,
        body: {
          kind: 'procedural',
          title: 'Adjourn?',
          opensAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + 3600_000).toISOString(),
        },
      }),
      201,
    );
    expect(motion.status).toBe('open');
    const res = await t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: { ...DEFAULT_RULES, quorum: 0.1 } });
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('ballot_open');
    expect((await expectJson(t.request('GET', '/api/assembly/rules'))).rules.quorum).toBe(DEFAULT_RULES.quorum);
    // Once it has closed (lazily, by the next request after its closing time), the rules may change.
    clock.set(2 * 3600_000);
    await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: { ...DEFAULT_RULES, quorum: 0.1 } }));
    const closed = await expectJson(t.request('GET', `/api/motions/${motion.id}`));
    expect(closed.status).toBe('closed');
    expect(closed.rules.quorum).toBe(DEFAULT_RULES.quorum);
    await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: DEFAULT_RULES }));
  });
});

describe('GET /api/assembly/weights', () => {
  it("gives each member's share, summing to 1, by the weighting mix", async () => {
    const w = await expectJson(t.request('GET', '/api/assembly/weights'));
    expect(w.members.map((m: any) => m.iso3).sort()).toEqual([...MEMBERS].sort());
    expect(w.members.reduce((a: number, m: any) => a + m.weight, 0)).toBeCloseTo(1, 12);
    const ind = w.members.find((m: any) => m.iso3 === 'IND');
    const deu = w.members.find((m: any) => m.iso3 === 'DEU');
    // Half equal, half population: India outweighs Germany, but both keep at least half an equal share.
    expect(ind.weight).toBeGreaterThan(deu.weight);
    expect(deu.weight).toBeGreaterThan(0.5 / MEMBERS.length);
    expect(ind.components.equal).toBeCloseTo(1 / MEMBERS.length, 12);
    expect(ind.weight).toBeCloseTo(0.5 * ind.components.equal + 0.5 * ind.components.population, 12);
  });

  it('gives a weighted organizations’ chamber its fixed share, split equally', async () => {
    const org = await expectJson(
      t.request('POST', '/api/assembly/participants', { cookie: f.admin, body: { name: 'Weighted NGO', status: 'member' } }),
      201,
    );
    await expectJson(
      t.request('PUT', '/api/assembly/rules', {
        cookie: f.admin,
        body: { ...DEFAULT_RULES, orgChamber: { mode: 'weighted', share: 0.2 } },
      }),
    );
    const w = await expectJson(t.request('GET', '/api/assembly/weights'));
    expect(w.chambers).toEqual({ states: 0.8, organizations: 0.2 });
    expect(w.members.find((m: any) => m.participantId === org.id)).toMatchObject({ kind: 'organization', weight: 0.2, chamberShare: 1 });
    expect(w.members.reduce((a: number, m: any) => a + m.weight, 0)).toBeCloseTo(1, 12);
    await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: DEFAULT_RULES }));
    await expectJson(t.request('PATCH', `/api/assembly/participants/${org.id}`, { cookie: f.admin, body: { status: 'withdrawn' } }));
  });
});

describe('POST /api/power', () => {
  it('gives the EEC Council of 1958: Luxembourg a dummy, nobody a veto', async () => {
    const r = await expectJson(
      t.request('POST', '/api/power', {
        body: { names: ['FRA', 'DEU', 'ITA', 'BEL', 'NLD', 'LUX'], weights: [4, 4, 4, 2, 2, 1], quota: 12 },
      }),
    );
    expect(r.totalWeight).toBe(17);
    const by = Object.fromEntries(r.players.map((p: any) => [p.name, p]));
    expect(by.FRA.banzhaf).toBeCloseTo(5 / 21, 12);
    expect(by.BEL.banzhaf).toBeCloseTo(3 / 21, 12);
    expect(by.LUX.banzhaf).toBe(0);
    expect(by.FRA.shapleyShubik).toBeCloseTo(14 / 60, 12);
    expect(by.BEL.shapleyShubik).toBeCloseTo(9 / 60, 12);
    expect(by.LUX.shapleyShubik).toBe(0);
    expect(r.vetoPlayers).toEqual([]);
  });

  it('names the veto players', async () => {
    const r = await expectJson(t.request('POST', '/api/power', { body: { weights: [7, 7, 1], quota: 14 } }));
    expect(r.vetoPlayers).toEqual(['P1', 'P2']);
    expect(r.players[2].banzhaf).toBe(0);
  });

  it('refuses a quota above the total, non-integer or negative weights, mismatched names', async () => {
    const cases: [unknown, string][] = [
      [{ weights: [7, 7, 1], quota: 16 }, 'quota_invalid'],
      [{ weights: [7, 7.5, 1], quota: 8 }, 'validation_failed'],
      [{ weights: [7, -7, 1], quota: 8 }, 'validation_failed'],
      [{ weights: [7, 7, 1], quota: 0 }, 'validation_failed'],
      [{ weights: [], quota: 1 }, 'validation_failed'],
      [{ weights: [1, 2], quota: 2, names: ['a'] }, 'names_mismatch'],
      [{ weights: Array(200).fill(10_000_000), quota: 1_000_000_000 }, 'game_too_large'],
    ];
    for (const [body, code] of cases) {
      const res = await t.request('POST', '/api/power', { body });
      expect(res.status, code).toBe(400);
      expect(await errorCode(res)).toBe(code);
    }
  });
});

describe('GET /api/assembly/power', () => {
  it('computes the members’ power for a kind of motion at a stated resolution', async () => {
    const r = await expectJson(t.request('GET', '/api/assembly/power?kind=adoption'));
    expect(r).toMatchObject({ kind: 'adoption', resolution: 10_000, threshold: DEFAULT_RULES.thresholds.adoption.threshold });
    expect(r.players).toHaveLength(MEMBERS.length);
    expect(r.players.reduce((a: number, p: any) => a + p.banzhaf, 0)).toBeCloseTo(1, 12);
    expect(r.players.reduce((a: number, p: any) => a + p.shapleyShubik, 0)).toBeCloseTo(1, 9);
    expect(r.quota / r.totalWeight).toBeGreaterThanOrEqual(2 / 3);
    expect(r.notes.join(' ')).toMatch(/double majority/);
    const fine = await expectJson(t.request('GET', '/api/assembly/power?kind=procedural&resolution=1000000'));
    expect(fine.resolution).toBe(1_000_000);
    const bad = await t.request('GET', '/api/assembly/power?kind=adoption&resolution=0');
    expect(bad.status).toBe(400);
    expect((await t.request('GET', '/api/assembly/power?kind=veto')).status).toBe(400);
  });
});

describe('GET /api/assembly/standing', () => {
  it('gives each state its standing', async () => {
    const s = await expectJson(t.request('GET', '/api/assembly/standing'));
    expect(s.states).toHaveLength(195);
    expect(s.states.find((x: any) => x.iso3 === 'USA').standing).toBe('member');
    expect(s.states.find((x: any) => x.iso3 === 'KEN').standing).toBe('invited');
  });
});

describe('GET /api/openapi.json', () => {
  it('documents the assembly’s routes', async () => {
    const doc = await expectJson(t.request('GET', '/api/openapi.json'));
    for (const path of [
      '/api/assembly/rules',
      '/api/assembly/power',
      '/api/treaties/{id}/diff',
      '/api/treaties/{id}/export.akn.xml',
      '/api/motions/{id}/ballots',
      '/api/motions/{id}/log',
      '/api/power',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});
