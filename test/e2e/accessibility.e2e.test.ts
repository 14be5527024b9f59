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
import { sessionCookie } from '../fixtures/http.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: TestServer;
let browser: Browser;
let admin = '';
const contexts: BrowserContext[] = [];
/** A value for each `:param` of PAGE_PATHS, made in the setup. */
const ids: Record<string, string> = {};

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: { origin: server.url, 'content-type': 'application/json', ...(admin ? { cookie: admin } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  if (url === '/api/auth/login') admin = sessionCookie(res);
  return (await res.json()) as T;
}

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
  await call('POST', '/api/auth/login', { email: server.admin.email, password: server.admin.password });
  const treaty = await call<{ id: number }>('POST', '/api/treaties', {
    title: 'Accessibility Treaty',
    articles: [{ heading: 'Article 1', body: 'Text of **article 1**.' }],
  });
  ids[':id@/assembly/treaties/:id'] = String(treaty.id);
  // A motion needs a member state that could vote on it.
  const { participants } = await call<{ participants: { id: number; iso3: string }[] }>('GET', '/api/assembly/participants?kind=state');
  const kenya = participants.find((p) => p.iso3 === 'KEN');
  if (!kenya) throw new Error('no Kenya among the participants');
  await call('PATCH', `/api/assembly/participants/${kenya.id}`, { status: 'member' });
  const now = Date.now();
  const motion = await call<{ id: number }>('POST', '/api/motions', {
    kind: 'procedural',
    title: 'Accessibility motion',
    opensAt: new Date(now).toISOString(),
    closesAt: new Date(now + 3600_000).toISOString(),
  });
  ids[':id@/assembly/motions/:id'] = String(motion.id);
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
