import http from 'node:http';
import net from 'node:net';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorOf } from '../../../test/fixtures/http.ts';
import { loadConfig } from '../config.ts';
import { queryRows } from '../db/client.ts';
import { createLogger } from '../logger.ts';
import { listen } from './server.ts';

/** Every line the app's logger writes, kept for the test to read. */
function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, text: () => lines.join('\n'), logger: createLogger('info', stream) };
}

let t: TestApp;
let log: ReturnType<typeof captureLog>;
beforeAll(async () => {
  log = captureLog();
  t = await testApp(undefined, {}, { logger: log.logger });
});
afterAll(() => t.close());

const logSize = async () => Number((await (await t.request('GET', '/api/log/checkpoint')).text()).split('\n')[1]);

describe('the server log', () => {
  it('writes one JSON access line per request: route pattern, status, duration, request id; no query string', async () => {
    const before = log.lines.length;
    const res = await t.request('GET', '/api/log/entries?start=0&end=1');
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = log.lines.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request',
      reqId: id,
      method: 'GET',
      route: '/api/log/entries',
      status: 200,
      ms: expect.any(Number),
    });
    expect(log.lines.slice(before).join('\n')).not.toContain('start=0');
  });

  it('keeps the SQL and its parameters (a password hash, an e-mail) out of a failed write, and gives the request id', async () => {
    const cookie = await t.login();
    // A trigger makes the next account insert fail inside the database, as a broken disk or a bug would.
    await t.database.db.execute(
      `create function concord_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused by test'; end $$`,
    );
    await t.database.db.execute(
      `create trigger concord_test_refuse before insert on users for each row execute function concord_test_refuse()`,
    );
    const before = log.lines.length;
    const size = await logSize();
    try {
      const email = 'secret.person@example.org';
      const res = await t.request('POST', '/api/users', {
        cookie,
        body: { email, name: 'Secret Person', role: 'staff', password: 'a very long secret password' },
      });
      expect(res.status).toBe(500);
      const error = await errorOf(res);
      expect(error.code).toBe('internal');
      const requestId = res.headers.get('x-request-id');
      expect((error.details as { requestId?: string } | undefined)?.requestId).toBe(requestId);
      expect(error.message).toContain(requestId);
      const written = log.lines.slice(before).join('\n');
      expect(written).toContain(requestId);
      expect(written).toContain('refused by test');
      expect(written).not.toContain(email);
      expect(written).not.toContain('scrypt');
      expect(written).not.toContain('a very long secret password');
      expect(written).not.toMatch(/insert into/i);
      // Nothing half-written: no account, no log entry.
      expect(await queryRows(t.database.db, `select 1 from users where email = '${email}'` as never)).toHaveLength(0);
      expect(await logSize()).toBe(size);
    } finally {
      await t.database.db.execute('drop trigger concord_test_refuse on users');
      await t.database.db.execute('drop function concord_test_refuse');
    }
  });

  it('keeps a new API token hash out of a failed token write', async () => {
    const cookie = await t.login();
    await t.database.db.execute(
      `create function concord_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused by test'; end $$`,
    );
    await t.database.db.execute(
      `create trigger concord_test_refuse before insert on api_tokens for each row execute function concord_test_refuse()`,
    );
    const before = log.lines.length;
    try {
      const res = await t.request('POST', '/api/tokens', { cookie, body: { name: 'ci' } });
      expect(res.status).toBe(500);
      const written = log.lines.slice(before).join('\n');
      expect(written).not.toMatch(/[0-9a-f]{64}/);
      expect(written).not.toMatch(/[A-Za-z0-9_-]{40,}/);
    } finally {
      await t.database.db.execute('drop trigger concord_test_refuse on api_tokens');
      await t.database.db.execute('drop function concord_test_refuse');
    }
  });
});

describe('security headers', () => {
  it.each(['/api/health', '/api/docs', '/', '/coalition/funding', '/no/such/page', '/robots.txt', '/api/nowhere', '/api/log/tile/64/000'])(
    'are on %s',
    async (path) => {
      const res = await t.request('GET', path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    },
  );
  it('add HSTS when the server runs behind TLS (SECURE_COOKIES=true)', async () => {
    const secure = await testApp(undefined, { secureCookies: 'true' });
    try {
      expect((await secure.request('GET', '/api/health')).headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    } finally {
      await secure.close();
    }
  });
});

describe('HTTP hygiene', () => {
  it('serves robots.txt and favicon.ico as real files', async () => {
    const robots = await t.request('GET', '/robots.txt');
    expect(robots.status).toBe(200);
    expect(await robots.text()).toMatch(/^User-agent: \*/);
    const icon = await t.request('GET', '/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/icon/);
    expect(Buffer.from(await icon.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });
  it('answers a missing asset with 404, not the app page', async () => {
    const res = await t.request('GET', '/assets/nowhere-0123abcd.js');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<div id="root">');
  });
  it('renders the app for an unknown page, with HTTP 404; a page with 200 and no-cache', async () => {
    const missing = await t.request('GET', '/nowhere/at-all');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<div id="root">');
    const page = await t.request('GET', '/assembly/treaties/1');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });
  it('caches fingerprinted assets for a year', async () => {
    const html = await (await t.request('GET', '/')).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const res = await t.request('GET', asset!);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
  it('compresses what the client accepts', async () => {
    const res = await t.request('GET', '/api/states', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const plain = await t.request('GET', '/api/states');
    expect(plain.headers.get('content-encoding')).toBeNull();
  });
  it('answers every other method on a non-API path with the JSON error shape', async () => {
    const res = await t.request('PATCH', '/etc/passwd', { body: {} });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('route_not_found');
  });
  it('refuses a JSON body that is not valid UTF-8, and stores nothing', async () => {
    const cookie = await t.login();
    const size = await logSize();
    const body = Buffer.concat([Buffer.from('{"name":"Org '), Buffer.from([0xff, 0xfe]), Buffer.from('","kind":"partner"}')]);
    const res = await t.app.request('http://localhost/api/coalition/organizations', {
      method: 'POST',
      headers: { origin: 'http://localhost', cookie, 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('malformed_json');
    expect(await logSize()).toBe(size);
  });
});

describe('a real server', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    const config = loadConfig({ port: 0, host: '127.0.0.1', headersTimeoutSeconds: 1, requestTimeoutSeconds: 2, logLevel: 'silent' }, {});
    server = await new Promise<http.Server>((resolve) => {
      const s = listen(t.app, config, () => resolve(s));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a path sent as-is under /api (dot segments and all) with the JSON error shape', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'PATCH', path: '/api/users/../../etc/passwd' }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(404);
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'route_not_found' } });
  });

  it('cuts off a client that dribbles its headers', async () => {
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n');
    // One header line every 300 ms, never the blank line that ends them.
    const dribble = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 300);
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString('utf8')));
      socket.once('close', () => resolve(text));
    });
    clearInterval(dribble);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});
