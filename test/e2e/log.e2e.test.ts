import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';

describe('Log page in Chromium', () => {
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

  it('shows the signed checkpoint, verified in the browser, and the entries', async () => {
    await page.goto(`${server.url}/log`);
    await page.locator('.checkpoint').waitFor();
    expect(await page.locator('.checkpoint').textContent()).toMatch(/^concord\.example\/log\n\d+\n/);
    expect(await page.getByTestId('signature').textContent()).toMatch(/Signature verified/);
    // Newest first: the admin account is the last thing first start logs.
    const kinds = await page.locator('.log-entries tbody tr td:nth-child(3)').allTextContents();
    expect(kinds[0]).toBe('account.created');
  });

  it('verifies one entry’s inclusion proof with Web Crypto and shows the result in its row', async () => {
    const size = Number((await page.locator('.checkpoint').textContent())!.split('\n')[1]);
    await page.getByRole('button', { name: `Verify #${size - 1}` }).click();
    const status = page.locator('.log-entries tbody tr').first().getByRole('status');
    await status.filter({ hasText: '✓' }).waitFor();
    expect(await status.textContent()).toMatch(new RegExp(`^✓ Entry ${size - 1} is in the signed tree of ${size} entries`));
    await page.screenshot({ path: '/tmp/concord-log.png', fullPage: true });
  });

  it('reports a failure when the server serves a proof that does not fit', async () => {
    await page.route('**/api/log/proof/inclusion*', async (route) => {
      const response = await route.fetch();
      const proof = await response.json();
      proof.path = proof.path.map((h: string) => (h[0] === '0' ? '1' : '0') + h.slice(1));
      await route.fulfill({ response, json: proof });
    });
    const size = Number((await page.locator('.checkpoint').textContent())!.split('\n')[1]);
    await page.getByRole('button', { name: `Verify #${size - 2}` }).click();
    const status = page.locator('.log-entries tbody tr').nth(1).getByRole('status');
    await status.filter({ hasText: `Entry ${size - 2} ` }).waitFor();
    expect(await status.textContent()).toMatch(new RegExp(`^✗ Entry ${size - 2} does NOT verify`));
    await page.unroute('**/api/log/proof/inclusion*');
  });
});
