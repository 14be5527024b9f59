/**
 * Regressions found in review: a participant that leaves the assembly while a motion is open stops
 * voting, and an adopted amendment that can no longer be applied (deleting what became the only
 * article) is marked needs-rebase instead of leaving its motion unable to close.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode, expectJson } from '../../../test/fixtures/http.ts';
import { DEFAULT_RULES } from './assembly-types.ts';
import { assemblyTestClock, modulesWithAssembly, setUpAssembly, type AssemblyFixture } from './assembly.fixture.ts';

let t: TestApp;
type Delegate = 'USA' | 'CHN' | 'IND' | 'DEU';
let f: AssemblyFixture<Delegate>;
const clock = assemblyTestClock();
const HOUR = 3600_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

beforeAll(async () => {
  t = await testApp(undefined, {}, { modules: modulesWithAssembly({ now: clock.now }) });
  f = await setUpAssembly(t, ['USA', 'CHN', 'IND', 'DEU']);
  await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: { ...DEFAULT_RULES, secondsRequired: 0 } }));
});
afterAll(() => t.close());
afterEach(clock.reset);

const vote = (who: Delegate, motionId: number, choice: string) =>
  t.request('POST', `/api/motions/${motionId}/ballots`, { cookie: f.delegate[who], body: { choice } });

describe('a participant that leaves during an open motion', () => {
  it('no longer votes on it', async () => {
    const motion = await expectJson(
      t.request('POST', '/api/motions', {
        cookie: f.admin,
        body: { kind: 'procedural', title: 'Adjourn', opensAt: at(-60_000), closesAt: at(HOUR) },
      }),
      201,
    );
    expect(motion.status).toBe('open');
    await expectJson(vote('DEU', motion.id, 'yes'), 201);
    await expectJson(t.request('PATCH', `/api/assembly/participants/${f.idOf('DEU')}`, { cookie: f.admin, body: { status: 'withdrawn' } }));
    const res = await vote('DEU', motion.id, 'no');
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('not_a_member');
    await expectJson(t.request('PATCH', `/api/assembly/participants/${f.idOf('DEU')}`, { cookie: f.admin, body: { status: 'observer' } }));
    expect((await vote('DEU', motion.id, 'no')).status).toBe(403);
    await expectJson(vote('USA', motion.id, 'yes'), 201);
    clock.set(2 * HOUR);
    await expectJson(t.request('GET', `/api/motions/${motion.id}`));
  });
});

describe('a delegate account that is rebound or disabled', () => {
  it('no longer acts for its old participant', async () => {
    const motion = await expectJson(
      t.request('POST', '/api/motions', {
        cookie: f.admin,
        body: { kind: 'procedural', title: 'Recess', opensAt: at(-60_000), closesAt: at(HOUR) },
      }),
      201,
    );
    const cookie = await f.addDelegate('rebound', f.idOf('IND'));
    const { users } = await expectJson(t.request('GET', '/api/users', { cookie: f.admin }));
    const user = users.find((u: { email: string }) => u.email === 'delegate-rebound@test.local');
    await expectJson(t.request('PATCH', `/api/users/${user.id}`, { cookie: f.admin, body: { participantId: f.idOf('USA') } }));
    const asOld = await t.request('POST', `/api/motions/${motion.id}/ballots`, {
      cookie,
      body: { choice: 'no', participantId: f.idOf('IND') },
    });
    expect(asOld.status).toBe(403);
    expect(await errorCode(asOld)).toBe('not_your_participant');
    const receipt = await expectJson(t.request('POST', `/api/motions/${motion.id}/ballots`, { cookie, body: { choice: 'no' } }), 201);
    expect(receipt.participantId).toBe(f.idOf('USA'));
    await expectJson(t.request('PATCH', `/api/users/${user.id}`, { cookie: f.admin, body: { disabled: true } }));
    const disabled = await t.request('POST', `/api/motions/${motion.id}/ballots`, { cookie, body: { choice: 'yes' } });
    expect(disabled.status).toBe(401);
    clock.set(2 * HOUR);
    await expectJson(t.request('GET', `/api/motions/${motion.id}`));
  });
});

describe('two adopted deletions that would leave no article', () => {
  it('applies the first, marks the second needs-rebase, and closes both motions', async () => {
    const draft = {
      title: 'Two-article treaty',
      articles: [
        { heading: 'One', body: 'First.' },
        { heading: 'Two', body: 'Second.' },
      ],
    };
    const treatyId = (await expectJson(t.request('POST', '/api/treaties', { cookie: f.admin, body: draft }), 201)).id;
    const propose = (who: Delegate, articleKey: string) =>
      expectJson(
        t.request('POST', `/api/treaties/${treatyId}/amendments`, {
          cookie: f.delegate[who],
          body: { baseVersion: 1, op: 'delete', articleKey, rationale: 'Shorter.' },
        }),
        201,
      );
    const del1 = await propose('USA', 'art-1');
    const del2 = await propose('CHN', 'art-2');
    expect([del1.status, del2.status]).toEqual(['on_floor', 'on_floor']);
    const move = (amendmentId: number) =>
      expectJson(
        t.request('POST', '/api/motions', {
          cookie: f.admin,
          body: { kind: 'amendment', title: `Amendment ${amendmentId}`, amendmentId, opensAt: at(-60_000), closesAt: at(HOUR) },
        }),
        201,
      );
    const m1 = await move(del1.id);
    const m2 = await move(del2.id);
    for (const m of [m1, m2]) for (const who of ['USA', 'CHN', 'IND'] as const) await expectJson(vote(who, m.id, 'yes'), 201);
    clock.set(2 * HOUR);
    const closed1 = await expectJson(t.request('GET', `/api/motions/${m1.id}`));
    expect(closed1.result).toMatchObject({ appliedVersion: 2 });
    const closed2 = await expectJson(t.request('GET', `/api/motions/${m2.id}`));
    expect(closed2.status).toBe('closed');
    expect(closed2.result.appliedVersion).toBeNull();
    expect(closed2.result.notApplied).toBeTruthy();
    const a2 = await expectJson(t.request('GET', `/api/treaties/${treatyId}/amendments/${del2.id}`));
    expect(a2.status).toBe('needs_rebase');
    const treaty = await expectJson(t.request('GET', `/api/treaties/${treatyId}`));
    expect(treaty.currentVersion).toBe(2);
    expect(treaty.text.articles.map((a: { key: string }) => a.key)).toEqual(['art-2']);
    await expectJson(t.request('GET', '/api/motions'));

    // Proposing the same deletion again against the old base is refused: it cannot apply now.
    const again = await t.request('POST', `/api/treaties/${treatyId}/amendments`, {
      cookie: f.delegate.IND,
      body: { baseVersion: 1, op: 'delete', articleKey: 'art-2', rationale: 'Shorter.' },
    });
    expect(again.status).toBe(400);
    expect(await errorCode(again)).toBe('amendment_invalid');
  });
});
