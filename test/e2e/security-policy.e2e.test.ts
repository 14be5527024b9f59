import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PAGE_PATHS } from '../../web/src/page-paths.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';

/**
 * The Content-Security-Policy allows this origin only and no inline script:
 * every page (and the API docs) must still work under it, with no violation
 * reported by the browser.
 */
describe('every page under the Content-Security-Policy, in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pages = [...PAGE_PATHS.filter((p) => !p.includes(':')), '/no/such/page', '/api/docs'];

  it.each(pages)('%s renders with no policy violation', async (path) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    try {
      const res = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
      expect(res?.status()).toBe(path === '/no/such/page' ? 404 : 200);
      if (path === '/api/docs') await page.locator('.swagger-ui .info').waitFor();
      else await page.locator('h1').first().waitFor();
      expect(violations).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
