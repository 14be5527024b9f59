import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode } from '../../../test/fixtures/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const PASSWORD = 'correct horse battery staple';

describe('POST /api/auth/login', () => {
  it('sets an httpOnly SameSite=Lax session cookie and /me shows the user', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { email: t.admin.email, password: t.admin.password } });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/concord_session=ccs_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await t.request('GET', '/api/auth/me', { cookie: cookie.split(';')[0] });
    expect(((await me.json()) as { user: { role: string } }).user.role).toBe('admin');
  });
  it('refuses a wrong password without telling which part was wrong', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { email: t.admin.email, password: 'wrong' } });
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe('invalid_credentials');
    const unknown = await t.request('POST', '/api/auth/login', { body: { email: 'nobody@test.local', password: 'wrong' } });
    expect(await errorCode(unknown)).toBe('invalid_credentials');
  });
  it('refuses a cross-site login attempt', async () => {
    const res = await t.request('POST', '/api/auth/login', {
      body: { email: t.admin.email, password: t.admin.password },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('csrf_rejected');
  });
});

describe('login rate limit', () => {
  it('refuses an account after repeated failures, even with the right password', async () => {
    const limited = await testApp(undefined, { loginAttempts: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await limited.request('POST', '/api/auth/login', { body: { email: limited.admin.email, password: 'guess' + i } });
        expect(res.status).toBe(401);
      }
      const res = await limited.request('POST', '/api/auth/login', {
        body: { email: limited.admin.email, password: limited.admin.password },
      });
      expect(res.status).toBe(429);
      expect(await errorCode(res)).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
  it('refuses an address that fails across many accounts', async () => {
    const limited = await testApp(undefined, { loginAttempts: 3 });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await limited.request('POST', '/api/auth/login', { body: { email: `user${i}@test.local`, password: 'guess' } });
        expect(res.status).toBe(401);
      }
      const res = await limited.request('POST', '/api/auth/login', { body: { email: 'fresh@test.local', password: 'guess' } });
      expect(res.status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session', async () => {
    const cookie = await t.login();
    expect((await t.request('POST', '/api/auth/logout', { cookie })).status).toBe(204);
    const me = await t.request('GET', '/api/auth/me', { cookie });
    expect(await me.json()).toEqual({ user: null });
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated change without a same-origin Origin', async () => {
    const cookie = await t.login();
    for (const headers of [{ origin: 'https://evil.example' }, { origin: '' }]) {
      const res = await t.request('POST', '/api/tokens', { cookie, body: { name: 'x' }, headers });
      expect(res.status).toBe(403);
      expect(await errorCode(res)).toBe('csrf_rejected');
    }
    const list = await t.request('GET', '/api/tokens', { cookie });
    expect(((await list.json()) as { tokens: unknown[] }).tokens).toHaveLength(0);
  });
  it('accepts Sec-Fetch-Site: same-origin when the Origin header is absent', async () => {
    const cookie = await t.login();
    const res = await t.request('POST', '/api/tokens', {
      cookie,
      body: { name: 'y' },
      headers: { origin: '', 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(201);
    const cross = await t.request('POST', '/api/tokens', {
      cookie,
      body: { name: 'z' },
      headers: { origin: '', 'sec-fetch-site': 'cross-site' },
    });
    expect(cross.status).toBe(403);
  });
});

describe('/api/users', () => {
  it('lets an admin create, read and change accounts, and logs creation and role changes', async () => {
    const cookie = await t.login();
    const created = await t.request('POST', '/api/users', {
      cookie,
      body: { email: 'Inspector@Test.local', name: 'Ines', role: 'inspector', password: PASSWORD },
    });
    expect(created.status).toBe(201);
    const user = (await created.json()) as { id: number; email: string; role: string };
    expect(user.email).toBe('inspector@test.local');
    expect(user).not.toHaveProperty('passwordHash');
    const patched = await t.request('PATCH', `/api/users/${user.id}`, { cookie, body: { role: 'staff' } });
    expect(((await patched.json()) as { role: string }).role).toBe('staff');
    const log = await t.request('GET', '/api/log/entries?start=0&end=100');
    const entries = ((await log.json()) as { entries: { entry: { kind: string; subject: string; body: unknown } }[] }).entries;
    const mine = entries.filter((e) => e.entry.subject === `user:${user.id}`).map((e) => e.entry.kind);
    expect(mine).toEqual(['account.created', 'account.changed']);
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
    expect(JSON.stringify(entries)).not.toContain('scrypt');
  });
  it('refuses a duplicate e-mail, a short password and a delegate without participant', async () => {
    const cookie = await t.login();
    const before = ((await (await t.request('GET', '/api/users', { cookie })).json()) as { users: unknown[] }).users.length;
    const cases: [unknown, string][] = [
      [{ email: t.admin.email, name: 'x', role: 'admin', password: PASSWORD }, 'already_exists'],
      [{ email: 'short@test.local', name: 'x', role: 'staff', password: 'short' }, 'validation_failed'],
      [{ email: 'd@test.local', name: 'x', role: 'delegate', password: PASSWORD }, 'participant_required'],
      [{ email: 'o@test.local', name: 'x', role: 'operator', password: PASSWORD, participantId: 3 }, 'participant_not_allowed'],
      [{ email: 'r@test.local', name: 'x', role: 'king', password: PASSWORD }, 'validation_failed'],
    ];
    for (const [body, code] of cases) {
      const res = await t.request('POST', '/api/users', { cookie, body });
      expect(res.status, code).toBeGreaterThanOrEqual(400);
      expect(await errorCode(res)).toBe(code);
    }
    const after = ((await (await t.request('GET', '/api/users', { cookie })).json()) as { users: unknown[] }).users.length;
    expect(after).toBe(before);
  });
  it('is closed to anonymous users and to other roles', async () => {
    expect((await t.request('GET', '/api/users')).status).toBe(401);
    const cookie = await t.login();
    await t.request('POST', '/api/users', { cookie, body: { email: 'staff@test.local', name: 'S', role: 'staff', password: PASSWORD } });
    const staff = await t.login('staff@test.local', PASSWORD);
    const res = await t.request('GET', '/api/users', { cookie: staff });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('forbidden');
  });
  it('refuses an id beyond a database integer with 400, not a database error', async () => {
    const cookie = await t.login();
    for (const path of [
      '/api/users/3000000000',
      '/api/treaties/3000000000',
      '/api/coalition/events/3000000000',
      '/api/challenges/3000000000',
    ]) {
      const res = await t.request('GET', path, { cookie });
      expect(res.status, path).toBe(400);
      expect(await errorCode(res)).toBe('validation_failed');
    }
  });
  it('does not let an admin demote themself', async () => {
    const cookie = await t.login();
    const me = ((await (await t.request('GET', '/api/auth/me', { cookie })).json()) as { user: { id: number } }).user;
    const res = await t.request('PATCH', `/api/users/${me.id}`, { cookie, body: { role: 'staff' } });
    expect(await errorCode(res)).toBe('cannot_demote_self');
  });
  it('ends the sessions of a disabled account', async () => {
    const cookie = await t.login();
    const created = await t.request('POST', '/api/users', {
      cookie,
      body: { email: 'leaver@test.local', name: 'L', role: 'inspector', password: PASSWORD },
    });
    const { id } = (await created.json()) as { id: number };
    const leaver = await t.login('leaver@test.local', PASSWORD);
    await t.request('PATCH', `/api/users/${id}`, { cookie, body: { disabled: true } });
    expect(await (await t.request('GET', '/api/auth/me', { cookie: leaver })).json()).toEqual({ user: null });
    const relogin = await t.request('POST', '/api/auth/login', { body: { email: 'leaver@test.local', password: PASSWORD } });
    expect(relogin.status).toBe(401);
  });
});

describe('/api/tokens', () => {
  it('creates a bearer token shown once, stored hashed, usable until revoked', async () => {
    const cookie = await t.login();
    const res = await t.request('POST', '/api/tokens', { cookie, body: { name: 'ci' } });
    expect(res.status).toBe(201);
    const { id, token } = (await res.json()) as { id: number; token: string };
    expect(token).toMatch(/^cct_/);
    const list = (await (await t.request('GET', '/api/tokens', { cookie })).json()) as { tokens: object[] };
    expect(JSON.stringify(list)).not.toContain(token);
    const me = await t.request('GET', '/api/auth/me', { token });
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(t.admin.email);
    // Bearer requests carry no ambient credential, so no Origin is needed.
    const viaToken = await t.request('POST', '/api/tokens', {
      token,
      body: { name: 'second' },
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(viaToken.status).toBe(201);
    expect((await t.request('DELETE', `/api/tokens/${id}`, { cookie })).status).toBe(200);
    const after = await t.request('GET', '/api/auth/me', { token });
    expect(after.status).toBe(401);
    expect(await errorCode(after)).toBe('unauthenticated');
  });
  it('refuses to create a token anonymously', async () => {
    const res = await t.request('POST', '/api/tokens', { body: { name: 'x' } });
    expect(res.status).toBe(401);
  });
  it(`rejects a forged Origin header on ${ORIGIN}`, async () => {
    const cookie = await t.login();
    const res = await t.request('DELETE', '/api/tokens/1', { cookie, headers: { origin: 'http://localhost:9999' } });
    expect(res.status).toBe(403);
  });
});

describe('/api/tokens revoked by a change to their account', () => {
  it('revokes every token of a disabled account, for good: re-enabling does not bring them back', async () => {
    const cookie = await t.login();
    const created = await t.request('POST', '/api/users', {
      cookie,
      body: { email: 'bot-owner@test.local', name: 'B', role: 'operator', password: PASSWORD },
    });
    const { id } = (await created.json()) as { id: number };
    const owner = await t.login('bot-owner@test.local', PASSWORD);
    const { token } = (await (await t.request('POST', '/api/tokens', { cookie: owner, body: { name: 'bot' } })).json()) as {
      token: string;
    };
    expect((await t.request('GET', '/api/tokens', { token })).status).toBe(200);
    expect((await t.request('PATCH', `/api/users/${id}`, { cookie, body: { disabled: true } })).status).toBe(200);
    expect((await t.request('GET', '/api/tokens', { token })).status).toBe(401);
    expect((await t.request('PATCH', `/api/users/${id}`, { cookie, body: { disabled: false } })).status).toBe(200);
    const after = await t.request('GET', '/api/tokens', { token });
    expect(after.status).toBe(401);
    expect(await errorCode(after)).toBe('unauthenticated');
    const again = await t.login('bot-owner@test.local', PASSWORD);
    const listed = (await (await t.request('GET', '/api/tokens', { cookie: again })).json()) as { tokens: { revokedAt: string | null }[] };
    expect(listed.tokens).toHaveLength(1);
    expect(listed.tokens[0]?.revokedAt).toEqual(expect.any(String));
  });
  it('revokes tokens on a password reset with revokeTokens: true, and keeps them without it', async () => {
    const cookie = await t.login();
    const created = await t.request('POST', '/api/users', {
      cookie,
      body: { email: 'resetme@test.local', name: 'R', role: 'inspector', password: PASSWORD },
    });
    const { id } = (await created.json()) as { id: number };
    const newToken = async (password: string) => {
      const session = await t.login('resetme@test.local', password);
      return ((await (await t.request('POST', '/api/tokens', { cookie: session, body: { name: 'cli' } })).json()) as { token: string })
        .token;
    };
    const kept = await newToken(PASSWORD);
    const logSize = async () => (await (await t.request('GET', '/api/log/checkpoint')).text()).split('\n')[1];
    const sizeBefore = await logSize();
    const reset = await t.request('PATCH', `/api/users/${id}`, { cookie, body: { password: 'a brand new password' } });
    expect(reset.status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { token: kept })).status).toBe(200);
    const killed = await newToken('a brand new password');
    const resetAgain = await t.request('PATCH', `/api/users/${id}`, {
      cookie,
      body: { password: 'another new password', revokeTokens: true },
    });
    expect(resetAgain.status).toBe(200);
    for (const token of [kept, killed]) expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(401);
    // A password reset is not a public act: neither reset appended to the log.
    expect(await logSize()).toBe(sizeBefore);
    const bad = await t.request('PATCH', `/api/users/${id}`, { cookie, body: { revokeTokens: 'yes' } });
    expect(await errorCode(bad)).toBe('validation_failed');
  });
});
