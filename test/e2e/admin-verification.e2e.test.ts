/*
 * The console's verification section in Chromium, driven as the admin would: log in on the login
 * page, raise the notification threshold to 2e25 after reading its default and the reason for it,
 * save after the confirmation and follow the receipt; a negative threshold refused beside its
 * field, changing nothing; an operator account bound to a facility, and bound twice refused beside
 * the account. axe-core on both pages, on a desktop, on a 390 px phone and in Arabic, with
 * screenshots in test-results/screenshots/admin-verification-*.png. The operator account and the
 * facility come from the API (they belong to other sections).
 */
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { logIn, seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';
import { readCatalogue } from '../fixtures/catalogues.ts';

const SHOTS = 'test-results/screenshots';
/** A text of the section's catalogue in one language (a missing key fails the test). */
function catalogue(language: string): (key: string) => string {
  const texts = readCatalogue('admin/verification', language);
  return (key) => {
    const text = texts[key];
    if (text === undefined) throw new Error(`no ${key} in the ${language} catalogue`);
    return text;
  };
}
const en = catalogue('en');
const ar = catalogue('ar');

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let call: AdminCall;
let operatorId: number;
const FACILITY = 'fac-console';

interface SettingsView {
  version: number;
  settings: { thresholds: { notifyFlop: number; licenceFlop: number } };
}

/** Nothing on the page is wider than the viewport (no sideways scrolling of the whole page). */
const pageWidth = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth);

/** The input of a setting, found by its body path. */
const setting = (path: string) => page.locator(`[data-setting="${path}"]`);

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  call = adminApi(server);
  const operator = await call<{ id: number }>('POST', '/api/users', {
    email: 'operator@console.test',
    name: 'Olga Operator',
    role: 'operator',
    password: 'console operator password',
  });
  operatorId = operator.id;
  const publicKeyPem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
  await call('POST', '/api/facilities', {
    id: FACILITY,
    name: 'Console Compute Centre',
    operator: 'Helios Compute',
    jurisdiction: 'FRA',
    inventory: [{ model: 'NVIDIA H100 SXM', count: 1024, peakFlops: 989e12 }],
    keys: [{ publicKeyPem }],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
  // axe is injected as an inline script, which the app's CSP (rightly) forbids.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, locale: 'en' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Verification settings in the console', () => {
  it('lets the admin log in, read a threshold’s default and reason, raise it to 2e25 after confirming, and see the receipt', async () => {
    await logIn(page, server, server.admin.email, server.admin.password);

    await page.goto(`${server.url}/admin/verification`);
    await page.getByRole('heading', { level: 1, name: en('settings.title') }).waitFor();
    const notify = setting('thresholds.notifyFlop');
    const input = notify.getByLabel('Notification threshold (FLOP)');
    expect(await input.inputValue()).toBe('1e25');
    expect(await notify.textContent()).toContain('Default: 1\u00a0×\u00a010²⁵.');
    expect(await notify.textContent()).toContain(en('reasons.notifyFlop'));
    // The hint (default and reason) describes the input to a screen reader.
    expect(await input.getAttribute('aria-describedby')).toMatch(/-hint$/);

    await input.fill('2e25');
    expect(await notify.locator('output').textContent()).toBe('reads 2\u00a0×\u00a010²⁵');
    await page.getByRole('button', { name: en('settings.save') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('as version 2?');
    await dialog.getByRole('button', { name: en('settings.save') }).click();
    const receipt = page.getByTestId('log-receipt');
    await receipt.waitFor();
    expect(await page.locator('.form-done').textContent()).toContain(en('settings.saved'));

    const view = await call<SettingsView>('GET', '/api/verification/settings');
    expect(view.version).toBe(2);
    expect(view.settings.thresholds.notifyFlop).toBe(2e25);
    const index = Number(new URL((await receipt.getAttribute('href'))!, server.url).searchParams.get('entry'));
    const { entries } = await call<{ entries: { entry: { kind: string; body: { version: number } } }[] }>(
      'GET',
      `/api/log/entries?start=${index}&end=${index + 1}`,
    );
    expect(entries[0]?.entry).toMatchObject({ kind: 'verification.settings.changed', body: { version: 2 } });
    expect(await page.getByTestId('settings-version').textContent()).toContain('Version 2');
    expect(await input.inputValue()).toBe('2e25');
  });

  it('puts a field back to its default, and shows the server’s refusal of a negative threshold beside it, changing nothing', async () => {
    const notify = setting('thresholds.notifyFlop');
    const input = notify.getByLabel('Notification threshold (FLOP)');
    // By the keyboard: Tab from the input reaches its reset button; Enter in an input submits, and
    // the confirmation opens on Cancel, one Tab before the act.
    await input.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Reset to default: Notification threshold');
    await page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe('1e25');

    await input.fill('-1e25');
    await input.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.form-error[role="alert"]').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const error = notify.locator('.field-error');
    expect(await error.textContent()).toMatch(/>\s*0|greater than 0|positive/i);
    expect(await input.getAttribute('aria-describedby')).toContain((await error.getAttribute('id'))!);
    // No other field is marked.
    expect(await page.locator('.settings-form [aria-invalid="true"]').count()).toBe(1);

    const view = await call<SettingsView>('GET', '/api/verification/settings');
    expect(view.version).toBe(2);
    expect(view.settings.thresholds.notifyFlop).toBe(2e25);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/admin-verification-settings.png`, fullPage: true });
  });
});

describe('Facility operators in the console', () => {
  it('binds an operator account to a facility after confirming, shows it there, and refuses binding it twice beside the account', async () => {
    await page
      .getByRole('navigation', { name: en('nav.label') })
      .getByRole('link', { name: en('nav.operators') })
      .click();
    await page.getByRole('heading', { level: 1, name: en('operators.title') }).waitFor();
    const row = page.locator(`tr[data-facility="${FACILITY}"]`);
    await row.waitFor();
    expect(await row.locator('td.operator-accounts').textContent()).toBe(en('operators.none'));

    await page.getByLabel(en('operators.facility'), { exact: true }).selectOption(FACILITY);
    await page.getByLabel(en('operators.account'), { exact: true }).selectOption(String(operatorId));
    await page.getByRole('button', { name: en('operators.bind') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Bind Olga Operator (operator@console.test) to Console Compute Centre?');
    await dialog.getByRole('button', { name: en('operators.bind') }).click();
    await page.getByTestId('log-receipt').waitFor();
    await row.getByText('Olga Operator (operator@console.test)').waitFor();

    const facility = await call<{ operators: { userId: number }[] }>('GET', `/api/facilities/${FACILITY}`);
    expect(facility.operators.map((o) => o.userId)).toEqual([operatorId]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/admin-verification-operators.png`, fullPage: true });

    await page.getByRole('button', { name: en('operators.bind') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: en('operators.bind') })
      .click();
    const account = page.getByLabel(en('operators.account'), { exact: true });
    await page.locator('.bind-form .field-error').waitFor();
    expect(await account.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.bind-form .field-error').textContent()).toContain(`already operates ${FACILITY}`);
    expect((await call<{ operators: unknown[] }>('GET', `/api/facilities/${FACILITY}`)).operators).toHaveLength(1);

    // The facility's own page lists the operator too.
    await row.getByRole('link', { name: 'Console Compute Centre' }).click();
    await page.waitForURL(`${server.url}/verification/facilities/${FACILITY}`);
    await page.getByRole('main').getByText('Olga Operator', { exact: true }).waitFor();
  });
});

describe('The section on a phone and in Arabic', () => {
  it('fits a 390 px phone, with no serious axe violation', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, name] of [
      ['/admin/verification', 'settings'],
      ['/admin/verification/operators', 'operators'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      expect(await pageWidth(page), path).toBeLessThanOrEqual(390);
      // Every field stays inside its form's frame.
      const outside = await page.evaluate(
        () =>
          [...document.querySelectorAll('form input, form select')].filter((field) => {
            const frame = field.closest('form')!.getBoundingClientRect();
            const box = field.getBoundingClientRect();
            return box.left < frame.left || box.right > frame.right;
          }).length,
      );
      expect(outside, path).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/admin-verification-${name}-phone.png`, fullPage: true });
    }
  });

  it('reads right to left in Arabic, with no serious axe violation', async () => {
    const arabic = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
      locale: 'ar',
      storageState: await context.storageState(),
    });
    const arPage = await arabic.newPage();
    for (const [path, name, title] of [
      ['/admin/verification', 'settings', ar('settings.title')],
      ['/admin/verification/operators', 'operators', ar('operators.title')],
    ] as const) {
      await arPage.goto(`${server.url}${path}`);
      await arPage.getByRole('heading', { level: 1, name: title }).waitFor();
      await arPage.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      expect(await arPage.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await seriousViolations(arPage)).toEqual([]);
      await arPage.screenshot({ path: `${SHOTS}/admin-verification-${name}-ar.png`, fullPage: true });
    }
    expect(await arPage.locator('[data-setting]').count()).toBe(0); // on the operators page now
    await arabic.close();
  });
});
