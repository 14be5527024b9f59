import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { expectJson } from '../../../test/fixtures/http.ts';
import {
  dayIso,
  facilityBody,
  keyPair,
  logEntries,
  report,
  modulesWithVerification,
  setUpVerification,
  sign,
  storedCounts,
  verificationTestClock,
  workload,
  type VerificationFixture,
} from './verification.fixture.ts';

let t: TestApp;
let f: VerificationFixture;
const clock = verificationTestClock();

beforeAll(async () => {
  t = await testApp(undefined, {}, { modules: modulesWithVerification(clock) });
  f = await setUpVerification(t);
});
afterAll(() => t.close());
afterEach(() => clock.reset());

async function refused(method: string, path: string, body: unknown, status: number, code: string, token = f.operator.token) {
  const before = await storedCounts(t);
  const res = await t.request(method, path, { token, body });
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(JSON.parse(text).error.code, text).toBe(code);
  expect(await storedCounts(t)).toEqual(before);
}

describe('POST /api/facilities', () => {
  it('registers a facility, binds the operator, logs it, and shows it publicly', async () => {
    const key = keyPair(10);
    const created = await expectJson(
      t.request('POST', '/api/facilities', { token: f.operator.token, body: facilityBody('fac-reg', key) }),
      201,
    );
    expect(created).toMatchObject({
      id: 'fac-reg',
      jurisdiction: 'FRA',
      accelerators: 1200,
      peakFlops: 1000 * 989e12 + 200 * 2.25e15,
      reportCount: 0,
      keys: [{ keyId: key.keyId, validFrom: dayIso(0), retiredAt: null }],
      viewerMayInspect: true,
      operators: [{ userId: f.operator.actor.id }],
    });
    const entry = (await logEntries(t)).at(-1)!;
    expect(entry).toMatchObject({
      kind: 'verification.facility.registered',
      subject: 'facility:fac-reg',
      body: { operatorUserId: f.operator.actor.id, jurisdiction: 'FRA' },
    });
    expect(entry.body.keys[0]).toMatchObject({ keyId: key.keyId, publicKeyPem: key.publicKeyPem });
    const { facilities } = await expectJson(t.request('GET', '/api/facilities'));
    expect(facilities.map((x: { id: string }) => x.id)).toContain('fac-reg');
    const publicView = await expectJson(t.request('GET', '/api/facilities/fac-reg'));
    expect(publicView.viewerMayInspect).toBe(false);
    expect(publicView).not.toHaveProperty('operators');
    expect((await t.request('GET', '/api/facilities/fac-none')).status).toBe(404);
  });

  it('generates an id when none is given, and lets an admin register', async () => {
    const created = await expectJson(
      t.request('POST', '/api/facilities', { token: f.admin.token, body: { ...facilityBody('x', keyPair(11)), id: undefined } }),
      201,
    );
    expect(created.id).toMatch(/^fac-[0-9a-f]{8}$/);
    expect(created.operators).toEqual([]);
  });

  it('refuses bad registrations and stores nothing', async () => {
    const key = keyPair(12);
    const body = facilityBody('fac-bad', key);
    await refused('POST', '/api/facilities', { ...body, jurisdiction: 'XXX' }, 400, 'unknown_jurisdiction');
    await refused('POST', '/api/facilities', { ...body, jurisdiction: 'fra' }, 400, 'validation_failed');
    await refused('POST', '/api/facilities', { ...body, keys: [{ publicKeyPem: 'not a key' }] }, 400, 'invalid_key');
    const rsa =
      '-----BEGIN PUBLIC KEY-----\nMFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMbhxh4yiiQ0hzYD1nEUXtrJ4cIDeEivY1lnkTG4h+V1KHOqOqKa7AqWxQ3FJ/yzLpqXqk4RG0kMZrgzPO4x7Z8CAwEAAQ==\n-----END PUBLIC KEY-----\n';
    await refused('POST', '/api/facilities', { ...body, keys: [{ publicKeyPem: rsa }] }, 400, 'invalid_key');
    await refused('POST', '/api/facilities', { ...body, keys: [{ publicKeyPem: keyPair(10).publicKeyPem }] }, 409, 'key_in_use');
    await refused('POST', '/api/facilities', { ...body, keys: [body.keys[0], body.keys[0]] }, 400, 'duplicate_key');
    await refused('POST', '/api/facilities', { ...body, id: 'fac-reg' }, 409, 'already_exists');
    await refused('POST', '/api/facilities', { ...body, id: 'has space' }, 400, 'validation_failed');
    await refused('POST', '/api/facilities', { ...body, inventory: [] }, 400, 'validation_failed');
    await refused('POST', '/api/facilities', { ...body, inventory: [body.inventory[0], body.inventory[0]] }, 400, 'validation_failed');
    await refused(
      'POST',
      '/api/facilities',
      { ...body, keys: [{ publicKeyPem: key.publicKeyPem, validFrom: '2999-01-01T00:00:00.000Z' }] },
      400,
      'key_not_yet_valid',
    );
    await refused('POST', '/api/facilities', { ...body, secret: true }, 400, 'unknown_field');
    await refused('POST', '/api/facilities', body, 403, 'forbidden', f.inspector.token);
    await refused('POST', '/api/facilities', body, 403, 'forbidden', f.staff.token);
    const before = await storedCounts(t);
    expect((await t.request('POST', '/api/facilities', { body })).status).toBe(401);
    expect(await storedCounts(t)).toEqual(before);
  });
});

describe('POST /api/facilities/:id/operators', () => {
  it('lets an admin bind another operator, who may then submit', async () => {
    const key = keyPair(13);
    await expectJson(t.request('POST', '/api/facilities', { token: f.operator.token, body: facilityBody('fac-shared', key) }), 201);
    const w = workload('shared-1').workload;
    const signed = sign(report('fac-shared', 1, [w]), key);
    expect((await t.request('POST', '/api/reports', { token: f.otherOperator.token, body: signed })).status).toBe(403);
    const bound = await expectJson(
      t.request('POST', '/api/facilities/fac-shared/operators', { token: f.admin.token, body: { userId: f.otherOperator.actor.id } }),
      201,
    );
    expect(bound.operators.map((o: { userId: number }) => o.userId)).toEqual([f.operator.actor.id, f.otherOperator.actor.id]);
    expect((await logEntries(t)).at(-1)).toMatchObject({
      kind: 'verification.facility.operator-added',
      body: { userId: f.otherOperator.actor.id },
    });
    expect((await t.request('POST', '/api/reports', { token: f.otherOperator.token, body: signed })).status).toBe(201);
  });

  it('refuses non-admins, non-operator accounts and repeats', async () => {
    await refused('POST', '/api/facilities/fac-shared/operators', { userId: f.otherOperator.actor.id }, 403, 'forbidden');
    await refused('POST', '/api/facilities/fac-shared/operators', { userId: f.inspector.actor.id }, 400, 'not_an_operator', f.admin.token);
    await refused(
      'POST',
      '/api/facilities/fac-shared/operators',
      { userId: f.otherOperator.actor.id },
      409,
      'already_exists',
      f.admin.token,
    );
    await refused('POST', '/api/facilities/fac-shared/operators', { userId: 9999 }, 404, 'not_found', f.admin.token);
    await refused('POST', '/api/facilities/fac-shared/operators', { userId: 2 ** 40 }, 400, 'validation_failed', f.admin.token);
    await refused('POST', '/api/facilities/fac-none/operators', { userId: f.otherOperator.actor.id }, 404, 'not_found', f.admin.token);
  });
});

describe('POST /api/facilities/:id/keys', () => {
  it('retires the active key from now and activates the new one, logged', async () => {
    const key = keyPair(14);
    const next = keyPair(15);
    await expectJson(t.request('POST', '/api/facilities', { token: f.operator.token, body: facilityBody('fac-rot', key) }), 201);
    clock.set('2026-06-01T12:00:00.000Z');
    const rotated = await expectJson(
      t.request('POST', '/api/facilities/fac-rot/keys', { token: f.operator.token, body: { publicKeyPem: next.publicKeyPem } }),
      201,
    );
    expect(rotated.keys).toEqual([
      { keyId: key.keyId, publicKeyPem: key.publicKeyPem, validFrom: dayIso(0), retiredAt: '2026-06-01T12:00:00.000Z' },
      { keyId: next.keyId, publicKeyPem: next.publicKeyPem, validFrom: '2026-06-01T12:00:00.000Z', retiredAt: null },
    ]);
    expect((await logEntries(t)).at(-1)).toMatchObject({
      kind: 'verification.facility.key-rotated',
      body: { keyId: next.keyId, retired: [{ keyId: key.keyId, retiredAt: '2026-06-01T12:00:00.000Z' }] },
    });
  });

  it('refuses a rotation in the future, before the last report ended, by a stranger, or with a used key', async () => {
    clock.set('2026-06-02T00:00:00.000Z');
    const key = keyPair(16);
    await expectJson(t.request('POST', '/api/facilities', { token: f.operator.token, body: facilityBody('fac-rot2', key) }), 201);
    await expectJson(
      t.request('POST', '/api/reports', { token: f.operator.token, body: sign(report('fac-rot2', 1, [workload('rot2-1').workload]), key) }),
      201,
    );
    const fresh = keyPair(17).publicKeyPem;
    await refused(
      'POST',
      '/api/facilities/fac-rot2/keys',
      { publicKeyPem: fresh, at: '2026-06-03T00:00:00.000Z' },
      400,
      'rotation_in_future',
    );
    await refused('POST', '/api/facilities/fac-rot2/keys', { publicKeyPem: fresh, at: dayIso(0.5) }, 409, 'rotation_before_last_report');
    await refused('POST', '/api/facilities/fac-rot2/keys', { publicKeyPem: fresh }, 403, 'forbidden', f.otherOperator.token);
    await refused('POST', '/api/facilities/fac-rot2/keys', { publicKeyPem: fresh }, 403, 'forbidden', f.inspector.token);
    await refused('POST', '/api/facilities/fac-rot2/keys', { publicKeyPem: key.publicKeyPem }, 409, 'key_in_use');
    await refused('POST', '/api/facilities/fac-none/keys', { publicKeyPem: fresh }, 404, 'not_found');
  });
});

describe('/api/runs', () => {
  it('declares runs (operator), logs them and lists them publicly', async () => {
    const run = await expectJson(
      t.request('POST', '/api/runs', {
        token: f.operator.token,
        body: {
          id: 'run-alpha',
          developer: 'Aleph Labs',
          name: 'Alpha',
          purpose: 'general model',
          expectedFlop: 3e25,
          licenceRef: 'LIC-1',
        },
      }),
      201,
    );
    expect(run).toMatchObject({ id: 'run-alpha', licenceRef: 'LIC-1' });
    expect((await logEntries(t)).at(-1)).toMatchObject({
      kind: 'verification.run.declared',
      subject: 'run:run-alpha',
      body: { expectedFlop: 3e25 },
    });
    const generated = await expectJson(
      t.request('POST', '/api/runs', { token: f.admin.token, body: { developer: 'D', name: 'N', purpose: 'P', expectedFlop: 1e20 } }),
      201,
    );
    expect(generated.id).toMatch(/^run-[0-9a-f]{8}$/);
    expect(generated.licenceRef).toBeNull();
    const { runs } = await expectJson(t.request('GET', '/api/runs'));
    expect(runs.map((r: { id: string }) => r.id)).toEqual(['run-alpha', generated.id]);
    expect(await expectJson(t.request('GET', '/api/runs/run-alpha'))).toMatchObject({ name: 'Alpha' });
    expect((await t.request('GET', '/api/runs/run-none')).status).toBe(404);
  });

  it('refuses duplicates, bad figures and other roles, storing nothing', async () => {
    const body = { id: 'run-beta', developer: 'D', name: 'N', purpose: 'P', expectedFlop: 1e24 };
    await refused('POST', '/api/runs', { ...body, id: 'run-alpha' }, 409, 'already_exists');
    await refused('POST', '/api/runs', { ...body, expectedFlop: 0 }, 400, 'validation_failed');
    await refused('POST', '/api/runs', { ...body, expectedFlop: 'lots' }, 400, 'validation_failed');
    await refused('POST', '/api/runs', body, 403, 'forbidden', f.inspector.token);
    await refused('POST', '/api/runs', { ...body, licence: 'x' }, 400, 'unknown_field');
  });
});

describe('OpenAPI', () => {
  it('documents every verification route', async () => {
    const doc = await expectJson(t.request('GET', '/api/openapi.json'));
    for (const path of [
      '/api/facilities',
      '/api/facilities/{id}',
      '/api/facilities/{id}/keys',
      '/api/facilities/{id}/operators',
      '/api/facilities/{id}/reports/{sequence}',
      '/api/runs',
      '/api/reports',
      '/api/reports/batch',
      '/api/accounting/runs',
      '/api/accounting/facilities/{id}',
      '/api/flags',
      '/api/verification/settings',
      '/api/challenges',
      '/api/challenges/{id}',
      '/api/challenges/{id}/responses',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(doc.components.schemas).toHaveProperty('SignedReport');
  });
});
