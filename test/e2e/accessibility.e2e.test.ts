/*
 * axe-core over every page of the web app, in English and in Arabic (right to left), on a desktop
 * and on a 390 px phone: no serious or critical violation of WCAG 2 A/AA. Of the pages with an id,
 * a treaty's and a motion's are opened on records made in the setup; a campaign's, an amendment's,
 * a facility's and a challenge's are not checked here yet.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PAGE_PATHS } from '../../web/src/page-paths.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, treatyAndMotion } from './setup.ts';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** A value for each `:param` of PAGE_PATHS, made in the setup. */
const ids: Record<string, string> = {};

/** The page's serious and critical axe violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: any[] }> } }).axe;
    return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return results.violations
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
  const { treatyId, motionId } = await treatyAndMotion(
    adminApi(server),
    { title: 'Accessibility Treaty', articles: [{ heading: 'Article 1', body: 'Text of **article 1**.' }] },
    'Accessibility motion',
  );
  ids[':id@/assembly/treaties/:id'] = String(treatyId);
  ids[':id@/assembly/motions/:id'] = String(motionId);
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The URL of a page pattern, or undefined when the setup made no record for it. */
function urlOf(pattern: string): string | undefined {
  let missing = false;
  const url = pattern.replace(/:[a-z]+/gi, (param) => {
    const value = ids[`${param}@${pattern}`] ?? ids[param];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : url;
}

const VIEWS = [
  { locale: 'en', viewport: { width: 1280, height: 900 } },
  { locale: 'ar', viewport: { width: 1280, height: 900 } },
  { locale: 'ar', viewport: { width: 390, height: 844 } },
];

describe('axe-core finds no serious violation', () => {
  for (const view of VIEWS) {
    it(`on every page, ${view.locale} at ${view.viewport.width} px`, async () => {
      // axe is injected as an inline script, which the app's CSP (rightly) forbids.
      const context = await browser.newContext({ locale: view.locale, viewport: view.viewport, bypassCSP: true });
      contexts.push(context);
      const page = await context.newPage();
      const problems: string[] = [];
      let checked = 0;
      for (const pattern of PAGE_PATHS) {
        const url = urlOf(pattern);
        if (url === undefined) continue;
        await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
        await page.locator('main h1').first().waitFor();
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        for (const problem of await seriousViolations(page)) problems.push(`${url}: ${problem}`);
        checked++;
      }
      // Every page without an id, plus the treaty and the motion made in the setup.
      expect(checked).toBeGreaterThanOrEqual(PAGE_PATHS.filter((p) => !p.includes(':')).length + 2);
      expect(problems).toEqual([]);
    });
  }
});
