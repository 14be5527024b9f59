/*
 * Treaty articles are Markdown and are shown rendered (bold, lists), never as raw asterisks, and
 * what someone typed cannot run: raw HTML is text, a javascript: link is no link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi } from './setup.ts';

const BODY = [
  'The Conference establishes the **Global AI Safety Agency**, which:',
  '',
  '1. sets standards;',
  '2. verifies compute.',
  '',
  '<script>window.ran = true</script> [a link](javascript:window.ran=true) and [the plan](https://example.org/plan).',
].join('\n');

describe('Markdown on the treaty page', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let treatyId: number;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    ({ id: treatyId } = await adminApi(server)<{ id: number }>('POST', '/api/treaties', {
      title: 'Markdown Treaty',
      articles: [{ heading: 'The Agency', body: BODY }],
    }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders bold text and a numbered list, and nothing typed runs', async () => {
    await page.goto(`${server.url}/assembly/treaties/${treatyId}`);
    const article = page.locator('.markdown').first();
    await article.waitFor();
    expect(await article.locator('strong').textContent()).toBe('Global AI Safety Agency');
    expect(await article.locator('ol > li').allTextContents()).toEqual(['sets standards;', 'verifies compute.']);
    expect(await article.textContent()).not.toContain('**');
    // The script tag is shown as text and never runs; only the https link is a link.
    expect(await article.textContent()).toContain('<script>');
    expect(await article.locator('script').count()).toBe(0);
    expect(await article.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      'https://example.org/plan',
    ]);
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
  });
});
