/*
 * The accounts console, the API tokens page and the Log page's receipt target in Chromium, driven
 * as a person would: the admin logs in with the first-start password, creates a delegate (its
 * state picked from the filterable list) and an operator (bound to a facility), follows a log
 * receipt to its row on the Log page, changes a role, resets a password that then logs in, and
 * disables an account that then cannot; the delegate creates an API token, uses it and revokes it.
 * The API is used only to set up what lies outside the section (a facility) and to read back.
 * axe-core runs on every page (English and Arabic, desktop and phone); screenshots go to
 * test-results/screenshots/admin-*.png.
 */
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { confirmWith, logIn, receiptIndex, seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';

const SHOTS = 'test-results/screenshots';

let server: TestServer;
let browser: Browser;
let admin: BrowserContext;
let page: Page;
let api: AdminCall;
const facility = { id: 'browser-hall', name: 'Browser Test Hall' };
const delegate = { email: 'delegate@example.org', name: 'Wanjiru Kamau', password: '' };
const operator = { email: 'operator@example.org', name: 'Olu Operator', password: 'operator-password-1234' };

async function checkPage(on: Page, shot: string) {
  expect(await seriousViolations(on)).toEqual([]);
  await on.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true });
}

async function loginStatus(email: string, password: string): Promise<number> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return res.status;
}

const userByEmail = async (email: string) =>
  (
    await api<{ users: { id: number; email: string; role: string; participantId: number | null; disabled: boolean }[] }>(
      'GET',
      '/api/users',
    )
  ).users.find((u) => u.email === email)!;

beforeAll(async () => {
  ensureWebBuilt();
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  api = adminApi(server);
  const { publicKey } = generateKeyPairSync('ed25519');
  await api('POST', '/api/facilities', {
    ...facility,
    operator: 'Helios Compute',
    jurisdiction: 'FRA',
    inventory: [{ model: 'NVIDIA H100 SXM', count: 64, peakFlops: 989e12 }],
    keys: [{ publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() }],
  });
  browser = await launchBrowser();
  admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', bypassCSP: true });
  page = await admin.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Creating accounts in Chromium', () => {
  it('logs the admin in with the first-start password and lists the accounts', async () => {
    await logIn(page, server, server.admin.email, server.admin.password);
    await page.goto(`${server.url}/admin/accounts`);
    await page.locator('.accounts-table tbody tr').first().waitFor();
    expect(await page.locator('.accounts-table tbody tr').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Accounts');
    await checkPage(page, 'admin-accounts');
  });

  it('creates a delegate bound to a state picked from the filterable list, and follows the log receipt to its row', async () => {
    await page.getByRole('link', { name: 'New account' }).click();
    await page.getByRole('heading', { level: 1, name: 'New account' }).waitFor();
    await page.getByLabel('E-mail').fill(delegate.email);
    await page.getByLabel('Name', { exact: true }).fill(delegate.name);
    await page.getByLabel('Role', { exact: true }).selectOption('delegate');
    await page.getByLabel('Search by name or ISO code').fill('keny');
    expect(await page.locator('.picker-option').count()).toBe(1);
    await page.getByRole('radio', { name: /Kenya/ }).check();
    expect(await page.getByTestId('chosen-participant').textContent()).toBe('Kenya');
    delegate.password = await page.getByLabel('Generated password').inputValue();
    expect(delegate.password).toMatch(/^[A-Za-z2-9]{20}$/);
    await page.getByRole('button', { name: 'Create the account' }).click();
    const receipt = page.getByTestId('log-receipt');
    await receipt.waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain(`Account of ${delegate.name} created.`);
    // The password is shown once more, to copy, after the account exists.
    expect(await page.getByLabel(`Password of ${delegate.name}`).inputValue()).toBe(delegate.password);
    await checkPage(page, 'admin-accounts-new');

    const created = await userByEmail(delegate.email);
    const { participants } = await api<{ participants: { id: number; iso3: string | null }[] }>('GET', '/api/assembly/participants');
    expect(created.role).toBe('delegate');
    expect(created.participantId).toBe(participants.find((p) => p.iso3 === 'KEN')!.id);
    expect(await loginStatus(delegate.email, delegate.password)).toBe(200);

    const index = await receiptIndex(page);
    await receipt.click();
    const row = page.getByTestId('current-entry');
    await row.waitFor();
    expect(page.url()).toBe(`${server.url}/log?entry=${index}`);
    expect(await row.getAttribute('aria-current')).toBe('true');
    expect(await row.getAttribute('class')).toContain('log-entry-current');
    expect(await row.locator('td').first().textContent()).toBe(String(index));
    expect(await row.textContent()).toContain('account.created');
    expect(await row.textContent()).toContain(`user:${created.id}`);
    expect(await row.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('[aria-current="true"]').count()).toBe(1);
    await checkPage(page, 'admin-log-entry');
  });
});

describe('The Log page’s entry link in Chromium', () => {
  it('opens the Log page on an older page when the entry asked for is not among the newest', async () => {
    const size = async () => Number((await (await fetch(`${server.url}/api/log/checkpoint`)).text()).split('\n')[1]);
    // More than a page (50) of entries after entry 0, so that it lies on an older page.
    for (let i = 0; (await size()) <= 60; i++)
      await api('POST', '/api/users', {
        email: `filler${i}@example.org`,
        name: `Filler ${i}`,
        role: 'staff',
        password: 'filler-password-123',
      });
    await page.goto(`${server.url}/log?entry=0`);
    const row = page.getByTestId('current-entry');
    await row.waitFor();
    expect(await row.locator('td').first().textContent()).toBe('0');
    expect(await row.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('button', { name: 'Newer' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Newer' }).click();
    await row.waitFor({ state: 'detached' });
    expect(await page.locator('.log-entries tbody tr').first().locator('td').first().textContent()).not.toBe('0');
  });
});

describe('Creating an operator in Chromium', () => {
  it('shows the server’s error beside the field it names, then creates an operator and binds it to a facility', async () => {
    await page.goto(`${server.url}/admin/accounts/new`);
    await page.getByLabel('E-mail').fill(delegate.email);
    await page.getByLabel('Name', { exact: true }).fill(operator.name);
    await page.getByLabel('Role', { exact: true }).selectOption('operator');
    await page.getByRole('radio', { name: 'Type a password' }).check();
    await page.locator('input[type=password]').fill(operator.password);
    await page.getByRole('button', { name: 'Create the account' }).click();
    const email = page.getByLabel('E-mail');
    await page.locator('[aria-invalid="true"]').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain(delegate.email);
    expect(await page.getByRole('alert').textContent()).toBeTruthy();

    await email.fill(operator.email);
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByTestId('log-receipt').waitFor();
    expect(await page.getByLabel(`Password of ${operator.name}`).count()).toBe(0); // typed: nothing to show
    await page.getByRole('link', { name: `Open the account of ${operator.name}` }).click();
    await page.getByRole('heading', { level: 1, name: operator.name }).waitFor();

    const facilities = page
      .getByRole('region', { name: 'Facilities operated' })
      .or(page.locator('section[aria-labelledby="account-facilities-title"]'));
    await facilities.getByText('This operator is not bound to any facility yet.').waitFor();
    await facilities.getByLabel('Facility', { exact: true }).selectOption(facility.id);
    await facilities.getByRole('button', { name: 'Bind to this facility' }).click();
    await confirmWith(page, 'Bind to this facility');
    await facilities.getByTestId('log-receipt').waitFor();
    await facilities.getByRole('link', { name: facility.name }).waitFor();
    const detail = await api<{ operators: { userId: number }[] }>('GET', `/api/facilities/${facility.id}`);
    expect(detail.operators.map((o) => o.userId)).toContain((await userByEmail(operator.email)).id);
    await checkPage(page, 'admin-account');
  });
});

describe('Changing accounts in Chromium', () => {
  it('changes a role, and shows the server’s error when a delegate has no participant', async () => {
    const section = page.locator('section[aria-labelledby="account-role-title"]');
    await section.getByLabel('Role', { exact: true }).selectOption('delegate');
    await section.getByRole('button', { name: 'Save' }).click();
    const search = section.getByLabel('Search by name or ISO code');
    await section.locator('.field-error').waitFor();
    expect(await search.getAttribute('aria-invalid')).toBe('true');
    expect(await section.getByRole('alert').textContent()).toBeTruthy();

    await section.getByLabel('Role', { exact: true }).selectOption('inspector');
    await section.getByRole('button', { name: 'Save' }).click();
    await section.getByTestId('log-receipt').waitFor();
    await page.getByTestId('account-status').waitFor();
    expect((await userByEmail(operator.email)).role).toBe('inspector');
    expect(await page.locator('.account-facts').textContent()).toContain('inspector');
  });

  it('disables an account after confirmation, and it can no longer log in', async () => {
    expect(await loginStatus(operator.email, operator.password)).toBe(200);
    await page.getByRole('button', { name: 'Disable the account' }).click();
    const dialog = page.locator('dialog.confirm-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('API tokens are revoked for good');
    await confirmWith(page, 'Disable the account');
    await page.getByRole('button', { name: 'Re-enable the account' }).waitFor();
    expect(await page.getByTestId('account-status').textContent()).toBe('Disabled');
    expect(await page.locator('section[aria-labelledby="account-access-title"]').getByTestId('log-receipt').count()).toBe(1);
    expect((await userByEmail(operator.email)).disabled).toBe(true);
    expect(await loginStatus(operator.email, operator.password)).toBe(401);
  });

  it('finds an account by the search box and resets its password; the new password logs in elsewhere', async () => {
    await page.goto(`${server.url}/admin/accounts`);
    await page.getByLabel('Search by name, e-mail or role').fill('KAMAU');
    await page.waitForFunction(() => document.querySelectorAll('.accounts-table tbody tr').length === 1);
    await page.getByLabel('Search by name, e-mail or role').fill('delegate');
    await page.waitForFunction(() => document.querySelectorAll('.accounts-table tbody tr').length === 1);
    await page.getByRole('link', { name: delegate.name }).click();
    await page.getByRole('heading', { level: 1, name: delegate.name }).waitFor();
    await page.getByRole('button', { name: 'Reset the password' }).click();
    await confirmWith(page, 'Reset the password');
    const fresh = await page.getByLabel(`New password of ${delegate.name}`).inputValue();
    expect(fresh).not.toBe(delegate.password);
    expect(await loginStatus(delegate.email, delegate.password)).toBe(401);
    delegate.password = fresh;

    const other = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const theirs = await other.newPage();
    await logIn(theirs, server, delegate.email, delegate.password);
    await other.close();
  });
});

describe('API tokens in Chromium', () => {
  it('lets the delegate create a token that works, then revoke it so it stops working', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const mine = await context.newPage();
    await logIn(mine, server, delegate.email, delegate.password);
    await mine.locator('.user-menu').getByRole('link', { name: 'API tokens' }).click();
    await mine.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor();
    await mine.getByText('You have no API tokens.').waitFor();
    await mine.getByLabel('Name').fill('nightly script');
    await mine.getByRole('button', { name: 'Create the token' }).click();
    const secret = mine.getByLabel('The token “nightly script”');
    await secret.waitFor();
    const token = await secret.inputValue();
    expect(token).toMatch(/^cct_/);
    expect(await mine.getByText('it will not be shown again').count()).toBe(1);
    await mine.getByRole('button', { name: 'Copy' }).click();
    await mine.getByText('Copied to the clipboard.').waitFor();
    expect(await mine.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await mine.locator('tr', { hasText: 'nightly script' }).waitFor();
    await checkPage(mine, 'admin-account-tokens');

    const me = async () => fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    const answer = await me();
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { user: { email: string } }).user.email).toBe(delegate.email);

    await mine.getByRole('button', { name: 'Revoke “nightly script”' }).click();
    await confirmWith(mine, 'Revoke');
    await mine.getByText('Token “nightly script” revoked.').waitFor();
    await mine.locator('tr', { hasText: 'Revoked on' }).waitFor();
    expect((await me()).status).toBe(401);
    await context.close();
  });
});

describe('The accounts pages in Arabic and on a phone', () => {
  for (const view of [
    { locale: 'ar', viewport: { width: 1280, height: 900 }, suffix: 'ar' },
    { locale: 'en-US', viewport: { width: 390, height: 844 }, suffix: '390' },
    { locale: 'ar', viewport: { width: 390, height: 844 }, suffix: 'ar-390' },
  ])
    it(`shows every page without serious violations, ${view.locale} at ${view.viewport.width} px`, async () => {
      const context = await browser.newContext({ locale: view.locale, viewport: view.viewport, bypassCSP: true });
      const on = await context.newPage();
      // Logged in through the page (logIn finds the fields by their type, whatever the language).
      await logIn(on, server, server.admin.email, server.admin.password);
      // The delegate made above (or, when this block runs alone, the admin).
      const { id } = (await userByEmail(delegate.email)) ?? (await userByEmail(server.admin.email));
      for (const [path, name] of [
        ['/admin/accounts', 'admin-accounts'],
        ['/admin/accounts/new', 'admin-accounts-new'],
        [`/admin/accounts/${id}`, 'admin-account'],
        ['/account/tokens', 'admin-account-tokens'],
      ] as const) {
        await on.goto(`${server.url}${path}`);
        await on.locator('main h1').waitFor();
        await on.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        expect(await on.evaluate(() => document.documentElement.dir)).toBe(view.locale === 'ar' ? 'rtl' : 'ltr');
        const overflow = await on.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
        expect(await seriousViolations(on), path).toEqual([]);
        await on.screenshot({ path: `${SHOTS}/${name}-${view.suffix}.png`, fullPage: true });
      }
      await context.close();
    });
});
