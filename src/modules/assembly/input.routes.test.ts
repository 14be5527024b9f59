/**
 * Issue 9, items 2 and 3 for the assembly: text PostgreSQL cannot store (U+0000, lone surrogates)
 * is refused with 400 validation_failed naming the field and changes nothing; a participant PATCH
 * that changes nothing answers 200 with the participant and logs nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { expectJson } from '../../../test/fixtures/http.ts';
import { logSize } from '../../core/ledger/log-reader.ts';
import { DRAFT, setUpAssembly, type AssemblyFixture } from './assembly.fixture.ts';

let t: TestApp;
let f: AssemblyFixture<'USA' | 'CHN'>;
let treatyId: number;
let amendmentId: number;
let orgId: number;
const size = () => logSize(t.database.db);
const BAD = { nul: 'a\u0000b', surrogate: 'a\ud800b', lowSurrogate: '\udfffz' };

beforeAll(async () => {
  t = await testApp();
  f = await setUpAssembly(t, ['USA', 'CHN'], []);
  treatyId = (await expectJson(t.request('POST', '/api/treaties', { cookie: f.admin, body: DRAFT }), 201)).id;
  const amendment = {
    baseVersion: 1,
    op: 'edit',
    articleKey: 'art-2',
    body: 'A run above 10^25 FLOP requires a licence.',
    rationale: 'Lower it.',
  };
  amendmentId = (
    await expectJson(t.request('POST', `/api/treaties/${treatyId}/amendments`, { cookie: f.delegate.USA, body: amendment }), 201)
  ).id;
  orgId = (
    await expectJson(
      t.request('POST', '/api/assembly/participants', { cookie: f.admin, body: { name: 'Input NGO', category: 'ngo' } }),
      201,
    )
  ).id;
});
afterAll(() => t.close());

const soon = () => new Date(Date.now() + 3600_000).toISOString();
const later = () => new Date(Date.now() + 7200_000).toISOString();
/** Every free-text field of the assembly's bodies, with a request that puts `bad` in it. */
const operations: {
  name: string;
  method: string;
  path: () => string;
  cookie: () => string;
  body: (bad: string) => unknown;
  field: string;
}[] = [
  {
    name: 'treaty title',
    method: 'POST',
    path: () => '/api/treaties',
    cookie: () => f.admin,
    body: (v) => ({ ...DRAFT, title: v }),
    field: 'title',
  },
  {
    name: 'article heading',
    method: 'POST',
    path: () => '/api/treaties',
    cookie: () => f.admin,
    body: (v) => ({ ...DRAFT, articles: [DRAFT.articles[0], { heading: v, body: 'text' }] }),
    field: 'articles.1.heading',
  },
  {
    name: 'article body',
    method: 'POST',
    path: () => '/api/treaties',
    cookie: () => f.admin,
    body: (v) => ({ ...DRAFT, articles: [{ heading: 'H', body: v }] }),
    field: 'articles.0.body',
  },
  {
    name: 'amendment body',
    method: 'POST',
    path: () => `/api/treaties/${treatyId}/amendments`,
    cookie: () => f.delegate.CHN,
    body: (v) => ({ baseVersion: 1, op: 'edit', articleKey: 'art-1', body: v, rationale: 'r' }),
    field: 'body',
  },
  {
    name: 'amendment rationale',
    method: 'POST',
    path: () => `/api/treaties/${treatyId}/amendments`,
    cookie: () => f.delegate.CHN,
    body: (v) => ({ baseVersion: 1, op: 'edit', articleKey: 'art-1', body: 'x', rationale: v }),
    field: 'rationale',
  },
  {
    name: 'amendment article key',
    method: 'POST',
    path: () => `/api/treaties/${treatyId}/amendments`,
    cookie: () => f.delegate.CHN,
    body: (v) => ({ baseVersion: 1, op: 'edit', articleKey: v, body: 'x', rationale: 'r' }),
    field: 'articleKey',
  },
  {
    name: 'amendment comment (delegate)',
    method: 'POST',
    path: () => `/api/treaties/${treatyId}/amendments/${amendmentId}/comments`,
    cookie: () => f.delegate.CHN,
    body: (v) => ({ body: v }),
    field: 'body',
  },
  {
    name: 'amendment comment (secretariat)',
    method: 'POST',
    path: () => `/api/treaties/${treatyId}/amendments/${amendmentId}/comments`,
    cookie: () => f.admin,
    body: (v) => ({ body: v }),
    field: 'body',
  },
  {
    name: 'motion title',
    method: 'POST',
    path: () => '/api/motions',
    cookie: () => f.admin,
    body: (v) => ({ kind: 'procedural', title: v, opensAt: soon(), closesAt: later() }),
    field: 'title',
  },
  {
    name: 'organization participant name',
    method: 'POST',
    path: () => '/api/assembly/participants',
    cookie: () => f.admin,
    body: (v) => ({ name: v }),
    field: 'name',
  },
  {
    name: 'participant PATCH name',
    method: 'PATCH',
    path: () => `/api/assembly/participants/${orgId}`,
    cookie: () => f.admin,
    body: (v) => ({ name: v }),
    field: 'name',
  },
  {
    name: 'power query names',
    method: 'POST',
    path: () => '/api/power',
    cookie: () => f.admin,
    body: (v) => ({ weights: [1, 2], quota: 2, names: ['ok', v] }),
    field: 'names.1',
  },
];

describe('text PostgreSQL cannot store', () => {
  for (const op of operations) {
    it(`${op.name}: U+0000 and lone surrogates get 400 validation_failed naming ${op.field}, and change nothing`, async () => {
      const before = await size();
      const treaties = await (await t.request('GET', '/api/treaties')).text();
      const amendment = await (await t.request('GET', `/api/treaties/${treatyId}/amendments/${amendmentId}`)).text();
      for (const [what, bad] of Object.entries(BAD)) {
        const res = await t.request(op.method, op.path(), { cookie: op.cookie(), body: op.body(bad) });
        const body = (await res.json()) as { error: { code: string; message: string; details: { path: string }[] } };
        expect(res.status, `${what}: ${JSON.stringify(body)}`).toBe(400);
        expect(body.error.code).toBe('validation_failed');
        expect(body.error.message).toContain(`${op.field}:`);
        expect(body.error.details.map((d) => d.path)).toContain(op.field);
      }
      expect(await size()).toBe(before);
      expect(await (await t.request('GET', '/api/treaties')).text()).toBe(treaties);
      expect(await (await t.request('GET', `/api/treaties/${treatyId}/amendments/${amendmentId}`)).text()).toBe(amendment);
    });
  }

  it('keeps an article body as sent, but with LF line ends', async () => {
    const res = await expectJson(
      t.request('POST', '/api/treaties', {
        cookie: f.admin,
        body: { ...DRAFT, title: 'Line ends', articles: [{ heading: 'One', body: '  First line.\r\n\r\n- a point\n' }] },
      }),
      201,
    );
    const treaty = await expectJson(t.request('GET', `/api/treaties/${res.id}`));
    expect(treaty.text.articles[0].body).toBe('  First line.\n\n- a point\n');
  });
});

describe('PATCH /api/assembly/participants/{id} that changes nothing', () => {
  it('answers 200 with the participant for {}, no body and the stored values, logging nothing; a change logs one entry', async () => {
    for (const id of [orgId, f.idOf('USA')]) {
      const before = await size();
      const stored = await expectJson(t.request('GET', `/api/assembly/participants/${id}`));
      const same =
        stored.kind === 'state'
          ? { status: stored.status, name: stored.name }
          : { status: stored.status, name: stored.name, category: stored.category };
      for (const body of [{}, undefined, same]) {
        const res = await t.request('PATCH', `/api/assembly/participants/${id}`, { cookie: f.admin, body });
        expect(res.status, JSON.stringify(body)).toBe(200);
        expect(await res.json()).toEqual(stored);
      }
      expect(await size()).toBe(before);
      const changed = await expectJson(
        t.request('PATCH', `/api/assembly/participants/${id}`, { cookie: f.admin, body: { status: 'observer' } }),
      );
      expect(changed.status).toBe('observer');
      expect(await size()).toBe(before + 1);
    }
  });

  it('still refuses a different name for a state (its name is reference data)', async () => {
    const res = await t.request('PATCH', `/api/assembly/participants/${f.idOf('CHN')}`, { cookie: f.admin, body: { name: 'Cathay' } });
    expect(res.status).toBe(400);
  });
});
