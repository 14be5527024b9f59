/**
 * The console's two assembly routes: PATCH /api/assembly/participants (many statuses at once, all
 * or nothing) and POST /api/assembly/rules/preview (weights and power of rules not yet saved).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode, errorOf, expectJson } from '../../../test/fixtures/http.ts';
import { DEFAULT_RULES, type AssemblyRules } from './assembly-types.ts';
import { assemblyTestClock, modulesWithAssembly, setUpAssembly, type AssemblyFixture } from './assembly.fixture.ts';

let t: TestApp;
let f: AssemblyFixture<'USA' | 'CHN'>;
const clock = assemblyTestClock();
const TEN = ['KEN', 'GHA', 'PER', 'CHL', 'NOR', 'SWE', 'FIN', 'JPN', 'KOR', 'MEX'] as const;

beforeAll(async () => {
  t = await testApp(undefined, {}, { modules: modulesWithAssembly({ now: clock.now }) });
  f = await setUpAssembly(t, ['USA', 'CHN']);
});
afterAll(() => t.close());

const logEntries = async () =>
  (
    await expectJson<{ entries: { entry: { kind: string; subject: string; body: any } }[] }>(
      t.request('GET', '/api/log/entries?start=0&end=1000'),
    )
  ).entries.map((e) => e.entry);
const participants = async () =>
  (
    await expectJson<{ participants: { id: number; iso3: string | null; status: string }[] }>(
      t.request('GET', '/api/assembly/participants'),
    )
  ).participants;
const bulk = (body: unknown, cookie = f.admin) => t.request('PATCH', '/api/assembly/participants', { cookie, body });

describe('PATCH /api/assembly/participants', () => {
  it('makes ten states members at once, logging each change as the single PATCH does, with a receipt for the range', async () => {
    const before = (await logEntries()).length;
    const ids = TEN.map(f.idOf);
    const res = await bulk({ ids, status: 'member' });
    const { participants: changed } = await expectJson(res);
    expect(changed.map((p: any) => p.status)).toEqual(TEN.map(() => 'member'));
    expect(res.headers.get('Concord-Log-Entries')).toBe(`${before}-${before + 9}`);
    const added = (await logEntries()).slice(before);
    expect(added.map((e) => e.kind)).toEqual(TEN.map(() => 'participant.status-changed'));
    expect(added.map((e) => e.subject).sort()).toEqual(ids.map((id) => `participant:${id}`).sort());
    expect(added.find((e) => e.subject === `participant:${f.idOf('KEN')}`)!.body).toEqual({
      status: 'member',
      previousStatus: 'invited',
      name: 'Kenya',
      category: null,
    });
    // The single PATCH logs the same body.
    await expectJson(t.request('PATCH', `/api/assembly/participants/${f.idOf('KEN')}`, { cookie: f.admin, body: { status: 'observer' } }));
    const single = (await logEntries()).at(-1)!;
    expect(Object.keys(single.body).sort()).toEqual(Object.keys(added[0]!.body).sort());
    expect(single.kind).toBe('participant.status-changed');
  });

  it('leaves alone (and logs nothing for) a participant already in that status', async () => {
    const before = (await logEntries()).length;
    const res = await bulk({ ids: [f.idOf('GHA'), f.idOf('ITA')], status: 'member' });
    await expectJson(res);
    expect(res.headers.get('Concord-Log-Entries')).toBe(String(before));
    expect((await logEntries()).slice(before).map((e) => e.subject)).toEqual([`participant:${f.idOf('ITA')}`]);
  });
});

describe('PATCH /api/assembly/participants refusals', () => {
  it('changes nothing when one id is unknown, and names it', async () => {
    const before = await participants();
    const logged = (await logEntries()).length;
    const res = await bulk({ ids: [f.idOf('ARG'), 999_999, f.idOf('BOL')], status: 'observer' });
    expect(res.status).toBe(404);
    const error = await errorOf(res);
    expect(error.code).toBe('not_found');
    expect(error.details).toEqual({ ids: [999_999] });
    expect(await participants()).toEqual(before);
    expect((await logEntries()).length).toBe(logged);
  });

  it('refuses, changing nothing, to let the last state members all leave while a motion is pending', async () => {
    const members = (await participants()).filter((p) => p.iso3 !== null && p.status === 'member');
    await expectJson(
      t.request('POST', '/api/motions', {
        cookie: f.admin,
        body: {
          kind: 'procedural',
          title: 'Adjourn?',
          opensAt: new Date(Date.now() + 3600_000).toISOString(),
          closesAt: new Date(Date.now() + 7200_000).toISOString(),
        },
      }),
      201,
    );
    const logged = (await logEntries()).length;
    const ids = [...members.map((m) => m.id), f.idOf('ARG')];
    const res = await bulk({ ids, status: 'observer' });
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.code).toBe('motion_pending');
    expect((error.details as { ids: number[] }).ids.sort()).toEqual(members.map((m) => m.id).sort());
    const after = await participants();
    expect(after.filter((p) => p.iso3 !== null && p.status === 'member').length).toBe(members.length);
    expect(after.find((p) => p.iso3 === 'ARG')!.status).toBe('invited');
    expect((await logEntries()).length).toBe(logged);
    // All but one may leave.
    await expectJson(bulk({ ids: ids.slice(1), status: 'observer' }));
    await expectJson(bulk({ ids: members.slice(1).map((m) => m.id), status: 'member' }));
  });

  it('refuses non-admins, repeated ids, an empty list and an unknown status', async () => {
    expect((await bulk({ ids: [f.idOf('URY')], status: 'member' }, f.delegate.USA)).status).toBe(403);
    expect((await t.request('PATCH', '/api/assembly/participants', { body: { ids: [1], status: 'member' } })).status).toBe(401);
    for (const body of [
      { ids: [f.idOf('URY'), f.idOf('URY')], status: 'member' },
      { ids: [], status: 'member' },
      { ids: [f.idOf('URY')], status: 'king' },
    ]) {
      const res = await bulk(body);
      expect(res.status).toBe(400);
      expect(await errorCode(res)).toBe('validation_failed');
    }
    expect((await participants()).find((p) => p.iso3 === 'URY')!.status).toBe('invited');
  });
});

describe('POST /api/assembly/rules/preview', () => {
  const proposed: AssemblyRules = {
    ...DEFAULT_RULES,
    weighting: { equal: 0.2, population: 0.1, gdp: 0.3, sqrtPopulation: 0.4 },
    thresholds: { ...DEFAULT_RULES.thresholds, amendment: { threshold: 0.75, doubleMajority: 0.5 } },
  };

  it('stores and logs nothing, and equals what GET /weights and /power give once the rules are saved', async () => {
    const rulesBefore = await expectJson(t.request('GET', '/api/assembly/rules'));
    const logged = (await logEntries()).length;
    const res = await t.request('POST', '/api/assembly/rules/preview', {
      cookie: f.admin,
      body: { rules: proposed, kind: 'amendment' },
    });
    const preview = await expectJson(res);
    expect(res.headers.get('Concord-Log-Entries')).toBeNull();
    expect(await expectJson(t.request('GET', '/api/assembly/rules'))).toEqual(rulesBefore);
    expect((await logEntries()).length).toBe(logged);
    expect(preview.weights.rulesVersion).toBe(rulesBefore.version + 1);
    const currentPower = await expectJson(t.request('GET', '/api/assembly/power?kind=amendment'));
    expect(preview.power.players).not.toEqual(currentPower.players);

    await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: proposed }));
    expect(await expectJson(t.request('GET', '/api/assembly/weights'))).toEqual(preview.weights);
    expect(await expectJson(t.request('GET', '/api/assembly/power?kind=amendment'))).toEqual(preview.power);
    await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: DEFAULT_RULES }));
  });

  it('refuses non-admins, weights that do not sum to 1, and an unknown kind', async () => {
    const path = '/api/assembly/rules/preview';
    expect((await t.request('POST', path, { cookie: f.delegate.USA, body: { rules: proposed, kind: 'adoption' } })).status).toBe(403);
    expect((await t.request('POST', path, { body: { rules: proposed } })).status).toBe(401);
    const skewed = await t.request('POST', path, {
      cookie: f.admin,
      body: { rules: { ...proposed, weighting: { equal: 0.5, population: 0.6, gdp: 0, sqrtPopulation: 0 } } },
    });
    expect(skewed.status).toBe(400);
    expect(await errorCode(skewed)).toBe('weights_not_normalized');
    const badKind = await t.request('POST', path, { cookie: f.admin, body: { rules: proposed, kind: 'coronation' } });
    expect(await errorCode(badKind)).toBe('validation_failed');
  });
});
