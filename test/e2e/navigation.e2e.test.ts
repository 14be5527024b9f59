/*
 * Moving between pages with the keyboard: after a route change focus is on the new page's heading
 * (not left on <body>), and the page's title is announced to screen readers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { logIn } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';

describe('route changes in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent }));

  it('leaves the first load to the browser, then focuses each new page’s heading and announces its title', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('main h1').waitFor();
    expect((await focused()).tag).toBe('BODY');

    // Keyboard only: Tab to the header's "Log" link and follow it.
    const log = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log' });
    await log.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focused()).toEqual({ tag: 'H1', text: 'Transparency log' });
    await expect.poll(() => page.getByTestId('route-announcer').textContent()).toBe(await page.title());

    // A lazily loaded page: its heading arrives after its code.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assembly' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect((await focused()).text).toBe(await page.locator('main h1').textContent());
  });

  it('puts the focus on a form’s outcome, not on <body>, when its submit button is disabled by the request', async () => {
    await logIn(page, server, server.admin.email, server.admin.password);
    await page.goto(`${server.url}/account/tokens`);
    await page.getByLabel('Name', { exact: true }).fill('navigation test');
    // From the submit button, which the request disables (Enter in the text field keeps the focus there).
    await page.getByRole('button', { name: 'Create the token' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
    expect((await focused()).text).toContain('Token “navigation test” created.');
  });
});
