import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode, expectJson } from '../../../test/fixtures/http.ts';
import { DEFAULT_RULES } from './assembly-types.ts';
import { DRAFT, setUpAssembly, type AssemblyFixture } from './assembly.fixture.ts';

let t: TestApp;
let f: AssemblyFixture<'USA' | 'CHN' | 'IND' | 'DEU' | 'FRA'>;
let treatyId: number;

beforeAll(async () => {
  t = await testApp();
  f = await setUpAssembly(t, ['USA', 'CHN', 'IND', 'DEU'], ['FRA']);
  await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: { ...DEFAULT_RULES, secondsRequired: 2 } }));
  treatyId = (await expectJson(t.request('POST', '/api/treaties', { cookie: f.admin, body: DRAFT }), 201)).id;
});
afterAll(() => t.close());

const amendmentsOf = async () => (await expectJson(t.request('GET', `/api/treaties/${treatyId}/amendments`))).amendments as any[];

describe('POST /api/treaties', () => {
  it('creates a draft at version 1 with stable article keys, and logs it', async () => {
    const treaty = await expectJson(t.request('GET', `/api/treaties/${treatyId}`));
    expect(treaty).toMatchObject({ title: DRAFT.title, status: 'draft', currentVersion: 1, entryIntoForce: DRAFT.entryIntoForce });
    expect(treaty.text.articles.map((a: any) => [a.key, a.num, a.heading])).toEqual([
      ['art-1', 1, 'Definitions'],
      ['art-2', 2, 'Thresholds'],
      ['art-3', 3, 'Verification'],
    ]);
    const { entries } = await expectJson(t.request('GET', '/api/log/entries?start=0&end=1000'));
    expect(entries.some((e: any) => e.entry.kind === 'treaty.created' && e.entry.subject === `treaty:${treatyId}`)).toBe(true);
  });

  it('refuses non-admins, empty drafts and unknown fields', async () => {
    const before = (await expectJson(t.request('GET', '/api/treaties'))).treaties.length;
    expect((await t.request('POST', '/api/treaties', { cookie: f.delegate.USA, body: DRAFT })).status).toBe(403);
    expect(await errorCode(await t.request('POST', '/api/treaties', { cookie: f.admin, body: { title: 'x', articles: [] } }))).toBe(
      'validation_failed',
    );
    expect(await errorCode(await t.request('POST', '/api/treaties', { cookie: f.admin, body: { ...DRAFT, veto: 'P5' } }))).toBe(
      'unknown_field',
    );
    const badConditions = { ...DRAFT, entryIntoForce: { ...DRAFT.entryIntoForce, populationShare: 1.5 } };
    expect(await errorCode(await t.request('POST', '/api/treaties', { cookie: f.admin, body: badConditions }))).toBe('validation_failed');
    expect((await expectJson(t.request('GET', '/api/treaties'))).treaties.length).toBe(before);
  });

  it('exports Markdown and Akoma Ntoso', async () => {
    const md = await t.request('GET', `/api/treaties/${treatyId}/export.md`);
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    const text = await md.text();
    expect(text).toContain(`# ${DRAFT.title}`);
    expect(text).toContain('## Article 2 — Thresholds');
    const akn = await t.request('GET', `/api/treaties/${treatyId}/export.akn.xml?version=1`);
    expect(akn.headers.get('content-type')).toMatch(/xml/);
    const xml = await akn.text();
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">');
    expect(xml).toContain('<article eId="art_3" xml:lang="en">');
    expect(xml).toContain(`/akn/un/act/treaty/`);
    expect((await t.request('GET', `/api/treaties/${treatyId}/export.md?version=9`)).status).toBe(404);
  });
});

// One amendment proposed, then seconded and commented on: two parts that share its id.
let editId: number;

describe('amendments: proposing', () => {
  it('lets a member’s delegate propose; refuses others, changing nothing', async () => {
    const body = {
      baseVersion: 1,
      op: 'edit',
      articleKey: 'art-2',
      body: 'A training run above 10^25 FLOP requires a licence.',
      rationale: 'Lower the threshold.',
    };
    const byInvited = await t.request('POST', `/api/treaties/${treatyId}/amendments`, { cookie: f.delegate.FRA, body });
    expect(byInvited.status).toBe(403);
    expect(await errorCode(byInvited)).toBe('not_a_member');
    const byAdmin = await t.request('POST', `/api/treaties/${treatyId}/amendments`, { cookie: f.admin, body });
    expect(byAdmin.status).toBe(403);
    const anon = await t.request('POST', `/api/treaties/${treatyId}/amendments`, { body });
    expect(anon.status).toBe(401);
    expect(await amendmentsOf()).toHaveLength(0);

    const a = await expectJson(t.request('POST', `/api/treaties/${treatyId}/amendments`, { cookie: f.delegate.USA, body }), 201);
    expect(a).toMatchObject({
      status: 'proposed',
      participantId: f.idOf('USA'),
      seconds: 0,
      secondsRequired: 2,
      original: { key: 'art-2', heading: 'Thresholds' },
    });
    editId = a.id;
  });

  it('refuses malformed amendments with a clear code', async () => {
    const cases: [unknown, number, string][] = [
      [{ baseVersion: 1, op: 'edit', articleKey: 'art-9', body: 'x', rationale: 'r' }, 404, 'article_not_found'],
      [{ baseVersion: 7, op: 'edit', articleKey: 'art-1', body: 'x', rationale: 'r' }, 404, 'version_not_found'],
      [{ baseVersion: 1, op: 'insert', heading: 'New', rationale: 'r' }, 400, 'amendment_invalid'],
      [{ baseVersion: 1, op: 'delete', articleKey: 'art-1', body: 'x', rationale: 'r' }, 400, 'amendment_invalid'],
      [{ baseVersion: 1, op: 'edit', articleKey: 'art-1', rationale: 'r' }, 400, 'amendment_invalid'],
      [{ baseVersion: 1, op: 'merge', articleKey: 'art-1', rationale: 'r' }, 400, 'validation_failed'],
      [{ baseVersion: 1, op: 'edit', articleKey: 'art-1', body: 'x', rationale: '' }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of cases) {
      const res = await t.request('POST', `/api/treaties/${treatyId}/amendments`, { cookie: f.delegate.CHN, body });
      expect(res.status, code).toBe(status);
      expect(await errorCode(res)).toBe(code);
    }
    expect(await amendmentsOf()).toHaveLength(1);
  });
});

describe('amendments: seconds, comments and the list', () => {
  it('takes seconds from other members, once each, and reaches the floor at the required number', async () => {
    const own = await t.request('POST', `/api/treaties/${treatyId}/amendments/${editId}/seconds`, { cookie: f.delegate.USA, body: {} });
    expect(own.status).toBe(403);
    expect(await errorCode(own)).toBe('cannot_second_own');
    const invited = await t.request('POST', `/api/treaties/${treatyId}/amendments/${editId}/seconds`, { cookie: f.delegate.FRA, body: {} });
    expect(await errorCode(invited)).toBe('not_a_member');
    const one = await expectJson(
      t.request('POST', `/api/treaties/${treatyId}/amendments/${editId}/seconds`, { cookie: f.delegate.CHN, body: {} }),
      201,
    );
    expect(one).toMatchObject({ status: 'proposed', seconds: 1 });
    const again = await t.request('POST', `/api/treaties/${treatyId}/amendments/${editId}/seconds`, { cookie: f.delegate.CHN, body: {} });
    expect(again.status).toBe(409);
    expect(await errorCode(again)).toBe('already_seconded');
    const two = await expectJson(
      t.request('POST', `/api/treaties/${treatyId}/amendments/${editId}/seconds`, { cookie: f.delegate.IND, body: {} }),
      201,
    );
    expect(two).toMatchObject({ status: 'on_floor', seconds: 2 });
    expect(two.secondedBy.map((s: any) => s.participantId)).toEqual([f.idOf('CHN'), f.idOf('IND')]);
    const { entries } = await expectJson(t.request('GET', '/api/log/entries?start=0&end=1000'));
    const kinds = entries.filter((e: any) => e.entry.subject === `amendment:${editId}`).map((e: any) => e.entry.kind);
    expect(kinds).toEqual(['amendment.proposed', 'amendment.seconded', 'amendment.seconded', 'amendment.on-floor']);
  });

  it('takes comments from delegates and the secretariat', async () => {
    await expectJson(
      t.request('POST', `/api/treaties/${treatyId}/amendments/${editId}/comments`, {
        cookie: f.delegate.FRA,
        body: { body: 'We support this.' },
      }),
      201,
    );
    const a = await expectJson(
      t.request('POST', `/api/treaties/${treatyId}/amendments/${editId}/comments`, { cookie: f.admin, body: { body: 'Noted.' } }),
      201,
    );
    expect(a.comments.map((c: any) => [c.participantName, c.body])).toEqual([
      ['France', 'We support this.'],
      [null, 'Noted.'],
    ]);
    expect((await t.request('POST', `/api/treaties/${treatyId}/amendments/${editId}/comments`, { body: { body: 'anon' } })).status).toBe(
      401,
    );
    expect(
      (await t.request('POST', `/api/treaties/${treatyId}/amendments/999/comments`, { cookie: f.admin, body: { body: 'x' } })).status,
    ).toBe(404);
  });

  it('lists amendments by status', async () => {
    const onFloor = (await expectJson(t.request('GET', `/api/treaties/${treatyId}/amendments?status=on_floor`))).amendments;
    expect(onFloor.map((a: any) => a.id)).toEqual([editId]);
    expect((await t.request('GET', `/api/treaties/${treatyId}/amendments?status=maybe`)).status).toBe(400);
  });
});

describe('versions and diff', () => {
  it('gives any version and a word-level diff per article', async () => {
    const v1 = await expectJson(t.request('GET', `/api/treaties/${treatyId}/versions/1`));
    expect(v1.version).toBe(1);
    expect((await t.request('GET', `/api/treaties/${treatyId}/versions/2`)).status).toBe(404);
    const same = await expectJson(t.request('GET', `/api/treaties/${treatyId}/diff?from=1&to=1`));
    expect(same.articles.every((a: any) => a.status === 'unchanged')).toBe(true);
    expect((await t.request('GET', `/api/treaties/${treatyId}/diff?from=1&to=x`)).status).toBe(400);
  });
});
