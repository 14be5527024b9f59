/**
 * A delegation's witness through the API: who may register, replace and withdraw it, that each
 * change is logged in its own transaction, that refusals change nothing, and the admin's choice of
 * which registered witnesses the log asks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode, expectJson } from '../../../test/fixtures/http.ts';
import { generateCosignerKey } from '../../core/ledger/cosignature.ts';
import { getVerifierKey, logSize, readEntries } from '../../core/ledger/log-reader.ts';
import { setUpAssembly, type AssemblyFixture } from './assembly.fixture.ts';

let t: TestApp;
let f: AssemblyFixture<'FRA' | 'KEN' | 'BRA'>;
const fra = generateCosignerKey('witness.fra.example/w1').vkey;
const ken = generateCosignerKey('witness.ken.example/w1').vkey;
const path = (iso3: string) => `/api/assembly/participants/${f.idOf(iso3)}/witness`;
const put = (iso3: string, cookie: string | undefined, body: unknown) => t.request('PUT', path(iso3), { cookie, body });

/** The entries a response's Concord-Log-Entries header names. */
async function loggedBy(res: Response) {
  const header = res.headers.get('concord-log-entries');
  if (header === null) return [];
  const [first, last = first] = header.split('-').map(Number) as [number, number?];
  return (await readEntries(t.database.db, first, last + 1)).map((e) => JSON.parse(e.canonical) as { kind: string; body: unknown });
}

/** Runs `refused`, expects its status and code, and that the log and the witnesses did not change. */
async function refusedWithoutChange(refused: () => Promise<Response>, status: number, code: string) {
  const size = await logSize(t.database.db);
  const before = await (await t.request('GET', '/api/log/witnesses')).text();
  const res = await refused();
  expect(res.status).toBe(status);
  expect(await errorCode(res)).toBe(code);
  expect(res.headers.get('concord-log-entries')).toBeNull();
  expect(await logSize(t.database.db)).toBe(size);
  expect(await (await t.request('GET', '/api/log/witnesses')).text()).toBe(before);
}

beforeAll(async () => {
  t = await testApp();
  f = await setUpAssembly(t, ['FRA', 'KEN'], ['BRA']);
});
afterAll(() => t.close());

describe('PUT /api/assembly/participants/{id}/witness', () => {
  it("registers a member's witness by its delegate, logged, not asked until the admin says so", async () => {
    const res = await put('FRA', f.delegate.FRA, { vkey: fra, url: 'https://witness.fra.example/' });
    const witness = await expectJson(res, 201);
    expect(witness).toMatchObject({ name: 'witness.fra.example/w1', vkey: fra, url: 'https://witness.fra.example', asked: false });
    expect(witness).toMatchObject({ source: 'registered', participantId: f.idOf('FRA'), lastSize: null });
    expect(await loggedBy(res)).toEqual([
      {
        kind: 'witness.registered',
        at: expect.any(String),
        actor: expect.stringMatching(/^user:/),
        subject: `participant:${f.idOf('FRA')}`,
        body: { participantId: f.idOf('FRA'), name: 'witness.fra.example/w1', vkey: fra, url: 'https://witness.fra.example' },
      },
    ]);
    const list = await expectJson(t.request('GET', '/api/log/witnesses'));
    expect(list).toEqual({ quorum: 0, witnesses: [witness] });
    // The same again changes nothing and logs nothing.
    const again = await put('FRA', f.delegate.FRA, { vkey: fra, url: 'https://witness.fra.example' });
    expect(again.status).toBe(200);
    expect(again.headers.get('concord-log-entries')).toBeNull();
  });

  it('lets the admin register for a member', async () => {
    const res = await put('KEN', f.admin, { vkey: ken, url: 'http://127.0.0.1:7011' });
    expect(res.status).toBe(201);
    expect((await loggedBy(res)).map((e) => e.kind)).toEqual(['witness.registered']);
  });

  it('refuses, changing nothing: anonymous, another delegation, a non-member, a bad key or URL, a key already registered', async () => {
    const other = generateCosignerKey('witness.other.example/w').vkey;
    await refusedWithoutChange(() => put('FRA', undefined, { vkey: other, url: 'https://w.example' }), 401, 'unauthenticated');
    await refusedWithoutChange(() => put('FRA', f.delegate.KEN, { vkey: other, url: 'https://w.example' }), 403, 'not_your_participant');
    await refusedWithoutChange(() => put('BRA', f.delegate.BRA, { vkey: other, url: 'https://w.example' }), 403, 'not_a_member');
    await refusedWithoutChange(() => put('BRA', f.admin, { vkey: other, url: 'https://w.example' }), 403, 'not_a_member');
    const logKey = await getVerifierKey(t.database.db); // an Ed25519 note key (type 0x01), not a witness key
    await refusedWithoutChange(() => put('FRA', f.delegate.FRA, { vkey: logKey, url: 'https://w.example' }), 400, 'malformed_key');
    await refusedWithoutChange(() => put('FRA', f.delegate.FRA, { vkey: 'nonsense', url: 'https://w.example' }), 400, 'malformed_key');
    for (const url of ['ftp://w.example', 'https://w.example/?q=1', 'w.example'])
      await refusedWithoutChange(() => put('FRA', f.delegate.FRA, { vkey: other, url }), 400, 'validation_failed');
    await refusedWithoutChange(
      () => put('FRA', f.delegate.FRA, { vkey: ken, url: 'https://w.example' }),
      409,
      'witness_already_registered',
    );
  });
});

describe('PATCH /api/log/witnesses/{id}', () => {
  it('asks a registered witness (admin only), logged; a new key replacing it is not asked', async () => {
    const { witnesses } = await expectJson(t.request('GET', '/api/log/witnesses'));
    const id = witnesses.find((w: { vkey: string }) => w.vkey === fra).id as number;
    await refusedWithoutChange(
      () => t.request('PATCH', `/api/log/witnesses/${id}`, { cookie: f.delegate.FRA, body: { asked: true } }),
      403,
      'forbidden',
    );
    await refusedWithoutChange(
      () => t.request('PATCH', '/api/log/witnesses/9999', { cookie: f.admin, body: { asked: true } }),
      404,
      'not_found',
    );
    const res = await t.request('PATCH', `/api/log/witnesses/${id}`, { cookie: f.admin, body: { asked: true } });
    expect(await expectJson(res)).toMatchObject({ id, asked: true });
    expect((await loggedBy(res)).map((e) => [e.kind, e.body])).toEqual([['log.witness-asked', { vkey: fra, asked: true }]]);
    expect((await expectJson(t.request('GET', '/api/log/witnesses'))).quorum).toBe(1);

    // Its URL moves: still asked. Its key changes: asked no longer, until the admin says so.
    expect(await expectJson(put('FRA', f.delegate.FRA, { vkey: fra, url: 'https://w2.fra.example' }))).toMatchObject({ asked: true });
    const next = generateCosignerKey('witness.fra.example/w2').vkey;
    expect(await expectJson(put('FRA', f.delegate.FRA, { vkey: next, url: 'https://w2.fra.example' }))).toMatchObject({ id, asked: false });
  });
});

describe('DELETE /api/assembly/participants/{id}/witness', () => {
  it('withdraws the witness, logged; another delegation may not; a second time is 404', async () => {
    await refusedWithoutChange(() => t.request('DELETE', path('KEN'), { cookie: f.delegate.FRA }), 403, 'not_your_participant');
    const res = await t.request('DELETE', path('KEN'), { cookie: f.delegate.KEN });
    expect(res.status).toBe(204);
    expect((await loggedBy(res)).map((e) => [e.kind, e.body])).toEqual([
      ['witness.withdrawn', { participantId: f.idOf('KEN'), name: 'witness.ken.example/w1', vkey: ken, url: 'http://127.0.0.1:7011' }],
    ]);
    await refusedWithoutChange(() => t.request('DELETE', path('KEN'), { cookie: f.admin }), 404, 'not_found');
    const { witnesses } = await expectJson(t.request('GET', '/api/log/witnesses'));
    expect(witnesses.map((w: { participantId: number }) => w.participantId)).toEqual([f.idOf('FRA')]);
  });
});
