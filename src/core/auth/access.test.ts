/**
 * Authentication before validation, over every operation of /api/openapi.json: a request without
 * the right credentials gets 401/403 before its params, query or body are looked at, so the
 * schema's details never reach a caller who may not use the route.
 *
 * ACCESS below is the explicit list of who may call each operation. A new route fails this test
 * until it is listed here, so nothing becomes public by accident.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode, errorOf } from '../../../test/fixtures/http.ts';
import { tileResources } from '../ledger/tile.routes.ts';
import { SIGNED_IN_SECURITY } from './access.ts';
import type { Role } from '../actor.ts';

type Access = 'public' | 'signed-in' | Role[];

const ADMIN: Role[] = ['admin'];
const STAFF: Role[] = ['staff'];
const DELEGATE: Role[] = ['delegate'];
const OPERATOR: Role[] = ['operator'];
const INSPECTOR: Role[] = ['inspector'];
const INSPECT: Role[] = ['inspector', 'operator'];

/** `METHOD path` → who may call it (admin may always call a role-restricted one). */
const ACCESS: Record<string, Access> = {
  // system, auth, states, log
  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/me': 'public',
  'GET /api/users': ADMIN,
  'POST /api/users': ADMIN,
  'GET /api/users/{id}': ADMIN,
  'PATCH /api/users/{id}': ADMIN,
  'GET /api/tokens': 'signed-in',
  'POST /api/tokens': 'signed-in',
  'DELETE /api/tokens/{id}': 'signed-in',
  'GET /api/states': 'public',
  'GET /api/states/{iso3}': 'public',
  'GET /api/log/checkpoint': 'public',
  'GET /api/log/key': 'public',
  'GET /api/log/entries': 'public',
  'GET /api/log/proof/inclusion': 'public',
  'GET /api/log/proof/consistency': 'public',
  'GET /api/log/checkpoint/latest': 'public',
  'GET /api/log/witnesses': 'public',
  'PATCH /api/log/witnesses/{id}': ADMIN,
  // Every hash tile and entry bundle template (one per depth of the tile index, full and partial).
  ...Object.fromEntries(tileResources.map((r) => [`GET ${r.template}`, 'public' as const])),
  // coalition: members
  'GET /api/coalition/partners': 'public',
  'GET /api/coalition/organizations': ADMIN,
  'POST /api/coalition/organizations': ADMIN,
  'GET /api/coalition/organizations/{id}': ADMIN,
  'PATCH /api/coalition/organizations/{id}': ADMIN,
  'DELETE /api/coalition/organizations/{id}': ADMIN,
  'GET /api/coalition/people': ADMIN,
  'POST /api/coalition/people': ADMIN,
  'GET /api/coalition/people/{id}': ADMIN,
  'PATCH /api/coalition/people/{id}': ADMIN,
  'DELETE /api/coalition/people/{id}': ADMIN,
  // coalition: contributions
  'GET /api/coalition/funding': 'public',
  'GET /api/coalition/contributions': ADMIN,
  'POST /api/coalition/contributions': ADMIN,
  'GET /api/coalition/contributions/{id}': ADMIN,
  'POST /api/coalition/contributions/{id}/reversal': ADMIN,
  'POST /api/coalition/contributions/import': ADMIN,
  'POST /api/coalition/contributions/import/preview': ADMIN,
  // coalition: campaigns
  'GET /api/coalition/campaigns': 'public',
  'GET /api/coalition/campaigns/{id}': 'public',
  'POST /api/coalition/campaigns': ADMIN,
  'POST /api/coalition/campaigns/{id}/pledges': 'public',
  'GET /api/coalition/campaigns/{id}/pledges': ADMIN,
  'POST /api/coalition/campaigns/{id}/settle': ADMIN,
  // coalition: events
  'GET /api/coalition/events': 'public',
  'GET /api/coalition/events.ics': 'public',
  'GET /api/coalition/events/{id}': 'public',
  'POST /api/coalition/events': ADMIN,
  'PATCH /api/coalition/events/{id}': ADMIN,
  'DELETE /api/coalition/events/{id}': ADMIN,
  'POST /api/coalition/events/{id}/registrations': 'public',
  'GET /api/coalition/events/{id}/registrations': ADMIN,
  'GET /api/coalition/events/{id}/members': ADMIN,
  'POST /api/coalition/registrations/{id}/cancel': 'public',
  'POST /api/coalition/events/{id}/members': ADMIN,
  'DELETE /api/coalition/events/{id}/members/{personId}': ADMIN,
  'POST /api/coalition/events/{id}/outputs': ADMIN,
  'DELETE /api/coalition/events/{id}/outputs/{outputId}': ADMIN,
  // coalition: outreach
  'GET /api/coalition/outreach/targets': STAFF,
  'POST /api/coalition/outreach/targets': STAFF,
  'GET /api/coalition/outreach/targets/{id}': STAFF,
  'PATCH /api/coalition/outreach/targets/{id}': STAFF,
  'DELETE /api/coalition/outreach/targets/{id}': STAFF,
  'POST /api/coalition/outreach/targets/{id}/interactions': STAFF,
  'POST /api/coalition/outreach/targets/{id}/stage': STAFF,
  'GET /api/coalition/outreach/overdue': STAFF,
  'GET /api/coalition/outreach/summary': STAFF,
  // coalition: roadmap
  'GET /api/coalition/roadmap': 'public',
  'POST /api/coalition/milestones': ADMIN,
  'PATCH /api/coalition/milestones/{id}': ADMIN,
  'DELETE /api/coalition/milestones/{id}': ADMIN,
  // assembly
  'GET /api/assembly/participants': 'public',
  'POST /api/assembly/participants': ADMIN,
  'GET /api/assembly/participants/{id}': 'public',
  'PATCH /api/assembly/participants/{id}': ADMIN,
  'PATCH /api/assembly/participants': ADMIN,
  'PUT /api/assembly/participants/{id}/witness': DELEGATE,
  'DELETE /api/assembly/participants/{id}/witness': DELEGATE,
  'GET /api/assembly/rules': 'public',
  'PUT /api/assembly/rules': ADMIN,
  'POST /api/assembly/rules/preview': ADMIN,
  'GET /api/assembly/weights': 'public',
  'GET /api/assembly/power': 'public',
  'GET /api/assembly/standing': 'public',
  'POST /api/power': 'public',
  // treaties, amendments, ratification
  'GET /api/treaties': 'public',
  'POST /api/treaties': ADMIN,
  'GET /api/treaties/{id}': 'public',
  'GET /api/treaties/{id}/versions': 'public',
  'GET /api/treaties/{id}/versions/{n}': 'public',
  'GET /api/treaties/{id}/translations': 'public',
  'PUT /api/treaties/{id}/translations/{lang}/{key}': ['translator', 'staff'],
  'GET /api/treaties/{id}/diff': 'public',
  'GET /api/treaties/{id}/export.md': 'public',
  'GET /api/treaties/{id}/export.akn.xml': 'public',
  'GET /api/treaties/{id}/amendments': 'public',
  'POST /api/treaties/{id}/amendments': DELEGATE,
  'GET /api/treaties/{id}/amendments/{aid}': 'public',
  'POST /api/treaties/{id}/amendments/{aid}/seconds': DELEGATE,
  'POST /api/treaties/{id}/amendments/{aid}/comments': ['delegate', 'staff'],
  'POST /api/treaties/{id}/signatures': DELEGATE,
  'POST /api/treaties/{id}/ratifications': DELEGATE,
  'POST /api/treaties/{id}/withdrawals': DELEGATE,
  'GET /api/treaties/{id}/status': 'public',
  // motions
  'GET /api/motions': 'public',
  'POST /api/motions': ADMIN,
  'GET /api/motions/{id}': 'public',
  'POST /api/motions/{id}/ballots': DELEGATE,
  'POST /api/motions/{id}/close': ADMIN,
  'GET /api/motions/{id}/log': 'public',
  // verification
  'GET /api/facilities': 'public',
  'POST /api/facilities': OPERATOR,
  'GET /api/facilities/{id}': 'public',
  'POST /api/facilities/{id}/keys': OPERATOR,
  'POST /api/facilities/{id}/operators': ADMIN,
  'GET /api/runs': 'public',
  'POST /api/runs': OPERATOR,
  'GET /api/runs/{id}': 'public',
  'POST /api/reports': OPERATOR,
  'POST /api/reports/batch': OPERATOR,
  'GET /api/facilities/{id}/reports/{sequence}': INSPECT,
  'GET /api/accounting/runs': 'public',
  'GET /api/accounting/facilities/{id}': INSPECT,
  'GET /api/flags': INSPECTOR,
  'GET /api/verification/settings': 'public',
  'PUT /api/verification/settings': ADMIN,
  'GET /api/challenges': INSPECT,
  'POST /api/challenges': INSPECTOR,
  'GET /api/challenges/{id}': INSPECT,
  'POST /api/challenges/{id}/responses': OPERATOR,
};

interface Parameter {
  name: string;
  in: string;
}
interface Operation {
  key: string;
  method: string;
  path: string;
  query: string[];
  hasBody: boolean;
  security?: unknown;
}

let t: TestApp;
let operations: Operation[];
const sessions = {} as Record<Exclude<Role, 'admin'>, string>;
const PASSWORD = 'a long password for access tests';

beforeAll(async () => {
  t = await testApp();
  const admin = await t.login();
  const doc = (await (await t.request('GET', '/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown; security?: unknown }>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      hasBody: op.requestBody !== undefined,
      security: op.security,
    })),
  );
  for (const role of ['staff', 'delegate', 'operator', 'inspector'] as const) {
    const email = `${role}@access.test`;
    const res = await t.request('POST', '/api/users', {
      cookie: admin,
      body: { email, name: role, role, password: PASSWORD, ...(role === 'delegate' ? { participantId: 1 } : {}) },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    sessions[role] = await t.login(email, PASSWORD);
  }
});
afterAll(() => t.close());

/** Every path parameter `abc`, every query parameter `abc`, plus an unknown one. */
const malformedUrl = (op: Operation) => {
  const query = new URLSearchParams([...op.query.map((name) => [name, 'abc']), ['__bogus', '1']]);
  return `${op.path.replace(/\{[^}]+\}/g, 'abc')}?${query}`;
};

/** The malformed bodies tried on an operation: an unknown field, then bytes that are not JSON. */
const malformedBodies = (op: Operation): (string | undefined)[] =>
  op.hasBody || op.method !== 'GET' ? ['{"__bogus":1}', '{not json'] : [undefined];

async function send(op: Operation, body: string | undefined, cookie?: string) {
  const res = await t.request(op.method, malformedUrl(op), {
    cookie,
    body,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
  const text = await res.text();
  let error: { code?: string; message?: string } = {};
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error ?? {};
  } catch {
    // not JSON: a public text or binary answer
  }
  return { status: res.status, code: error.code, message: error.message, text };
}

/** Who may call the operation `key` (the first test below checks that ACCESS lists every one). */
const accessOf = (key: string): Access => {
  const access = ACCESS[key];
  if (access === undefined) throw new Error(`${key} is missing from ACCESS`);
  return access;
};
const allows = (access: Access, role: Exclude<Role, 'admin'>) => access === 'signed-in' || (access !== 'public' && access.includes(role));

describe('authentication before validation', () => {
  it('lists every operation of the OpenAPI document, and nothing else', () => {
    const inDoc = operations.map((o) => o.key).sort();
    expect(
      inDoc.filter((key) => !(key in ACCESS)),
      'operations missing from ACCESS: decide who may call them',
    ).toEqual([]);
    expect(
      Object.keys(ACCESS).filter((key) => !inDoc.includes(key)),
      'ACCESS entries with no operation',
    ).toEqual([]);
  });

  it('documents the requirement: protected operations need a session or token, public ones inherit the optional default', () => {
    for (const op of operations) {
      if (ACCESS[op.key] === 'public') expect(op.security, op.key).toBeUndefined();
      else expect(op.security, op.key).toEqual(SIGNED_IN_SECURITY);
    }
  });

  it('answers an anonymous malformed request on a protected operation 401 unauthenticated, never 400', async () => {
    const wrong: string[] = [];
    let protectedCount = 0;
    let publicCount = 0;
    for (const op of operations) {
      const isPublic = ACCESS[op.key] === 'public';
      if (isPublic) publicCount++;
      else protectedCount++;
      for (const body of malformedBodies(op)) {
        const res = await send(op, body);
        const ok = isPublic
          ? res.status !== 401 && res.status !== 403 && res.status < 500
          : res.status === 401 && res.code === 'unauthenticated';
        if (!ok)
          wrong.push(`${op.key} (${isPublic ? 'public' : 'protected'}, body ${body ?? 'none'}): ${res.status} ${res.text.slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(protectedCount).toBeGreaterThan(0);
    expect(publicCount).toBeGreaterThan(0);
  });

  for (const role of ['staff', 'delegate', 'operator', 'inspector'] as const) {
    it(`answers a ${role}'s malformed request on an operation not for ${role}s 403 forbidden, never 400`, async () => {
      const wrong: string[] = [];
      for (const op of operations) {
        const access = accessOf(op.key);
        if (access === 'public') continue;
        for (const body of malformedBodies(op)) {
          const res = await send(op, body, sessions[role]);
          if (allows(access, role)) {
            // Let through by the route: whatever the service answers, it is not the coarse refusal.
            if (res.status === 401 || (res.code === 'forbidden' && res.message?.startsWith('this needs the role'))) {
              wrong.push(`${op.key} (allowed for ${role}): ${res.status} ${res.text.slice(0, 160)}`);
            }
          } else if (res.status !== 403 || res.code !== 'forbidden') {
            wrong.push(`${op.key} (not for ${role}): ${res.status} ${res.text.slice(0, 160)}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('refuses an anonymous POST /api/users with an incomplete body 401, without the schema details', async () => {
    const res = await t.request('POST', '/api/users', { body: { email: 'x@test.local' } });
    expect(res.status).toBe(401);
    const error = await errorOf(res);
    expect(error.code).toBe('unauthenticated');
    expect(error.details).toBeUndefined();
  });

  it('refuses an anonymous request with an invalid path id 401, and a delegate on an admin route 403', async () => {
    const anonymous = await t.request('GET', '/api/users/abc');
    expect(anonymous.status).toBe(401);
    const delegate = await t.request('PATCH', '/api/users/abc', { cookie: sessions.delegate, body: { role: 42 } });
    expect(delegate.status).toBe(403);
    expect(await errorCode(delegate)).toBe('forbidden');
  });
});
