/*
 * An amendment's page offers an action only to those the server lets take it: seconding to the
 * delegates of member participants (not of an invited state, not the proposer), the comment form
 * to delegates, staff and admins (not to an inspector or an anonymous visitor, who get a Log in link).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { sessionCookie } from '../fixtures/http.ts';
import { logIn } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';

const PASSWORD = 'amendment actions password';

let server: TestServer;
let browser: Browser;
let call: AdminCall;
let amendmentPath: string;

async function pageAs(email: string | null): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (email) {
    await logIn(page, server, email, PASSWORD);
  }
  await page.goto(`${server.url}${amendmentPath}`);
  await page.getByRole('heading', { name: /^Comments/ }).waitFor();
  return page;
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
  call = adminApi(server);
  const { participants } = await call<{ participants: { id: number; iso3: string }[] }>('GET', '/api/assembly/participants?kind=state');
  const idOf = (iso3: string) => participants.find((p) => p.iso3 === iso3)!.id;
  for (const iso3 of ['KEN', 'GHA']) await call('PATCH', `/api/assembly/participants/${idOf(iso3)}`, { status: 'member' });
  for (const iso3 of ['KEN', 'GHA', 'TCD'])
    await call('POST', '/api/users', {
      email: `${iso3}@test.local`,
      name: `Delegate of ${iso3}`,
      role: 'delegate',
      password: PASSWORD,
      participantId: idOf(iso3),
    });
  await call('POST', '/api/users', { email: 'inspector@test.local', name: 'An inspector', role: 'inspector', password: PASSWORD });
  const { id: treatyId } = await call<{ id: number }>('POST', '/api/treaties', {
    title: 'Seconding Treaty',
    articles: [{ heading: 'Scope', body: 'This treaty applies to frontier training.' }],
  });
  // Kenya's delegate proposes the amendment.
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: 'KEN@test.local', password: PASSWORD }),
  });
  const proposed = await fetch(`${server.url}/api/treaties/${treatyId}/amendments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, cookie: sessionCookie(login) },
    body: JSON.stringify({
      baseVersion: 1,
      op: 'edit',
      articleKey: 'art-1',
      heading: 'Scope',
      body: 'This treaty applies to all training.',
      rationale: 'Wider.',
    }),
  });
  if (proposed.status !== 201) throw new Error(`proposing: ${proposed.status} ${await proposed.text()}`);
  amendmentPath = `/assembly/treaties/${treatyId}/amendments/${((await proposed.json()) as { id: number }).id}`;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an amendment’s actions', () => {
  const second = (page: Page) => page.getByRole('button', { name: 'Second this amendment' });
  const commentForm = (page: Page) => page.getByLabel('Comment', { exact: true });

  it('lets a member’s delegate second and comment', async () => {
    const ghana = await pageAs('GHA@test.local');
    await second(ghana).waitFor();
    expect(await commentForm(ghana).count()).toBe(1);
    await ghana.close();
  });

  it('does not offer seconding to the proposer nor to the delegate of an invited state, who may still comment', async () => {
    for (const email of ['KEN@test.local', 'TCD@test.local']) {
      const page = await pageAs(email);
      await commentForm(page).waitFor();
      expect(await second(page).count()).toBe(0);
      await page.close();
    }
  });

  it('offers neither to an inspector, and a Log in link to an anonymous visitor', async () => {
    const inspector = await pageAs('inspector@test.local');
    expect(await commentForm(inspector).count()).toBe(0);
    expect(await second(inspector).count()).toBe(0);
    await inspector.close();
    const anonymous = await pageAs(null);
    expect(await commentForm(anonymous).count()).toBe(0);
    expect(await anonymous.getByRole('main').getByRole('link', { name: 'Log in' }).count()).toBeGreaterThan(0);
    await anonymous.close();
  });
});
