import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/fixtures/app.ts';
import { errorOf } from '../../test/fixtures/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp(undefined, { bodyLimit: 4096 });
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('reports the database kind and version', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'pglite', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});

describe('OpenAPI', () => {
  it('documents every API route', async () => {
    const doc = (await (await t.request('GET', '/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/health', '/api/auth/login', '/api/users', '/api/users/{id}', '/api/tokens', '/api/states/{iso3}']) {
      expect(doc.paths).toHaveProperty([path]);
    }
  });
  it('renders the docs page from local assets', async () => {
    const page = await (await t.request('GET', '/api/docs')).text();
    expect(page).toContain('/api/docs/swagger-ui-bundle.js');
    expect(page).not.toMatch(/https?:\/\//);
    const bundle = await t.request('GET', '/api/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });
});

describe('error handling', () => {
  it('answers unknown API routes with route_not_found', async () => {
    const res = await t.request('GET', '/api/nowhere');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('route_not_found');
  });
  it('refuses malformed JSON', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: '{"email":' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('malformed_json');
  });
  it('refuses wrong types with the field named', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { email: 'a@b.org', password: 5 } });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('password');
  });
  it('refuses unknown fields', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { email: 'a@b.org', password: 'x', admin: true } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('unknown_field');
  });
  it('refuses oversized bodies', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { email: 'a@b.org', password: 'x'.repeat(5000) } });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });
  it('refuses a body that is not JSON', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: 'email=a', headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await errorOf(res)).code).toMatch(/unsupported_media_type|bad_request/);
  });
});
