import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { computeFlags } from '../../src/modules/verification/flags.ts';
import { httpTarget, submitSimulation } from '../../src/modules/verification/simulation/simulation-submit.ts';
import { simulate, type Simulation } from '../../src/modules/verification/simulation/simulator.ts';
import { logIn } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { readCatalogue } from '../fixtures/catalogues.ts';
import { sessionCookie } from '../fixtures/http.ts';

const SCREENSHOT = '/tmp/concord-verification-flags.png';
const PASSWORD = 'verification e2e password';

/** Creates an account (as the admin) and returns an API token for it. */
async function account(server: TestServer, adminCookie: string, role: string, email: string): Promise<string> {
  const post = (path: string, body: unknown, cookie: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, cookie },
      body: JSON.stringify(body),
    });
  const created = await post('/api/users', { email, name: `An ${role}`, role, password: PASSWORD }, adminCookie);
  if (created.status !== 201) throw new Error(`creating ${role}: ${await created.text()}`);
  const login = await post('/api/auth/login', { email, password: PASSWORD }, '');
  const cookie = sessionCookie(login);
  return ((await (await post('/api/tokens', { name: 'e2e' }, cookie)).json()) as { token: string }).token;
}

// One server and one page for the whole file: each block goes on from where the one before left the page.
let server: TestServer;
let browser: Browser;
let page: Page;
let sim: Simulation;
let inspectorCookie: string;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify(server.admin),
  });
  const adminCookie = sessionCookie(login);
  const operatorToken = await account(server, adminCookie, 'operator', 'operator@e2e.test');
  await account(server, adminCookie, 'inspector', 'inspector@e2e.test');
  inspectorCookie = sessionCookie(
    await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: 'inspector@e2e.test', password: PASSWORD }),
    }),
  );
  // A small world with one kind of cheat, submitted as its operator would: through the batch route.
  sim = simulate({ facilities: 4, accelerators: 2000, days: 30, seed: 7, cheat: 'undeclared-training' });
  await submitSimulation(httpTarget(server.url, operatorToken), sim);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Verification in Chromium, publicly', () => {
  it('lists the facilities and shows one with its keys, reports and metered-vs-declared chart, publicly', async () => {
    await page.goto(`${server.url}/verification`);
    await page.getByRole('main').getByRole('link', { name: 'Facilities' }).click();
    await page.waitForURL(`${server.url}/verification/facilities`);
    await page.waitForFunction(() => document.querySelectorAll('.facilities-table tbody tr').length === 4);
    await page.locator('tr[data-facility="fac-02"] a').click();
    await page.waitForURL(`${server.url}/verification/facilities/fac-02`);
    await page.locator('.verification-chart svg').first().waitFor();
    expect(await page.locator('.keys-table tbody tr').count()).toBe(2);
    expect(await page.locator('.reports-table tbody tr').count()).toBe(30);
    expect(await page.locator('.verification-chart').first().getAttribute('aria-label')).toMatch(
      /^Metered and declared accelerator-hours of 30 report periods/,
    );
    await page.screenshot({ path: '/tmp/concord-verification-facility.png' });
    // The public sees no flags board in the section's navigation, and the API refuses it.
    expect(await page.getByRole('navigation', { name: 'Verification' }).getByRole('link', { name: 'Flags' }).count()).toBe(0);
    expect(await page.evaluate(() => fetch('/api/flags').then((r) => r.status))).toBe(401);
  });
});

describe('Verification in Chromium, as an inspector', () => {
  it('lets an inspector see the flag the simulated cheat raised and open a challenge from it', async () => {
    await logIn(page, server, 'inspector@e2e.test', PASSWORD);

    await page.goto(`${server.url}/verification/flags`);
    const cheat = sim.truth.cheatingFacilityIds[0];
    const [expected] = computeFlags(sim).filter((f) => f.kind === 'training-like-undeclared' && f.facilityId === cheat);
    assert.isDefined(expected, 'the simulated cheat raises a flag');
    const card = page.locator(`.flag-card[data-kind="training-like-undeclared"][data-facility="${cheat}"]`).first();
    await card.waitFor();
    expect(await card.textContent()).toContain(expected.message);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await card.getByRole('button', { name: 'Open challenge' }).click();
    await page.waitForURL(/\/verification\/challenges\/\d+$/);
    await page.getByTestId('challenge-status').waitFor();
    expect(await page.getByTestId('challenge-status').textContent()).toBe('open');
    const rows = page.locator('.challenge-workloads tbody tr');
    const workloadIds = expected.workloadIds;
    assert.isDefined(workloadIds, 'the flag names its workloads');
    expect(await rows.count()).toBe(workloadIds.length <= 10 ? workloadIds.length : 5);
    for (const id of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-workload')))) expect(workloadIds).toContain(id);

    await page.getByRole('link', { name: 'Challenges' }).click();
    await page.waitForURL(`${server.url}/verification/challenges`);
    await page.locator('.challenges-table tbody tr').first().waitFor();
    expect(await page.locator('.challenges-table tbody tr').count()).toBe(1);

    // Back on the board, the flag shows the challenge that covers it; another one is asked for twice.
    await page.goto(`${server.url}/verification/flags`);
    await card.getByTestId('covered-by').waitFor();
    expect(await card.getByTestId('covered-by').textContent()).toMatch(
      /^Challenge #\d+ \(open; deadline .+\) already covers this evidence\.$/,
    );
    await card.getByRole('button', { name: 'Open another challenge' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('1 challenge already covers this evidence. Open another one?');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(page.url()).toBe(`${server.url}/verification/flags`);
    const { challenges } = await page.evaluate(() => fetch('/api/challenges').then((r) => r.json() as Promise<{ challenges: unknown[] }>));
    expect(challenges).toHaveLength(1);
  });

  it('shows the inspector every run’s cumulative FLOP on a log scale against the threshold lines', async () => {
    await page.goto(`${server.url}/verification/runs`);
    await page.locator('.verification-chart svg').first().waitFor();
    expect(
      await page.locator('.verification-chart .threshold-line line, .verification-chart g.threshold-line > *').count(),
    ).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.verification-chart').getAttribute('aria-label')).toMatch(/logarithmic scale/);
    expect(await page.locator('.runs-table tbody tr').count()).toBe(sim.runs.length);
    await page.screenshot({ path: '/tmp/concord-verification-runs.png' });
  });
});

const catalogue = (language: string) => readCatalogue('verification', language);

/**
 * The English words of the verification catalogue that must not show on a Chinese page: each
 * English text split at its {{placeholders}} and <tags>, the pieces with more than 3 letters that
 * the Chinese text does not contain too (FLOP, SHA-256 and the like are the same in both).
 */
function englishPieces(): string[] {
  const english = catalogue('en');
  const chinese = catalogue('zh');
  const pieces = new Set<string>();
  for (const [key, text] of Object.entries(english)) {
    const zh = chinese[key] ?? chinese[key.replace(/_(one|other)$/, '_other')] ?? '';
    if (zh === text) continue;
    for (const piece of text.split(/\{\{[^}]*\}\}|<[^>]*>/)) {
      const trimmed = piece.replace(/^[\s,.:;()–—-]+|[\s,.:;()–—-]+$/g, '');
      if ((trimmed.match(/\p{L}/gu) ?? []).length > 3 && !zh.includes(trimmed)) pieces.add(trimmed);
    }
  }
  return [...pieces];
}

/** The page's text, with what its charts draw and what its aria-labels say. */
async function visibleText(page: Page): Promise<string> {
  const main = page.locator('main');
  const drawn = await main.evaluate((m) =>
    [...m.querySelectorAll('svg text'), ...m.querySelectorAll('[aria-label]')]
      .map((e) => e.getAttribute('aria-label') ?? e.textContent)
      .join('\n'),
  );
  return `${await main.innerText()}\n${drawn}`;
}

/** `word` in `text` as a whole word (not "open" inside "OpenAI"). */
function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
}

/** A browser context whose Accept-Language is `locale`, logged in as the inspector. */
async function inspectorContext(locale: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 1000 } });
  const at = inspectorCookie.indexOf('=');
  const [name, value] = [inspectorCookie.slice(0, at), inspectorCookie.slice(at + 1)];
  await context.addCookies([{ name, value, url: server.url }]);
  return context;
}

describe('Verification in Chromium, in Chinese and Arabic', () => {
  it('shows the verification pages in Chinese to a browser that asks for zh-CN, with no English left', async () => {
    const pieces = englishPieces();
    expect(pieces).toContain('Metered and declared compute'); // the check has English to look for
    const context = await inspectorContext('zh-CN');
    const zh = await context.newPage();
    const pages = [
      { path: '/verification', ready: 'main .feature-list', title: '核查' },
      { path: '/verification/facilities', ready: '.facilities-table tbody tr', title: '设施' },
      { path: '/verification/facilities/fac-02', ready: '.verification-chart svg', title: '设施 fac-02' },
      { path: '/verification/runs', ready: '.verification-chart svg', title: '训练运行' },
      { path: '/verification/flags', ready: '.flag-card', title: '警示' },
      { path: '/verification/challenges', ready: '.challenges-table tbody tr', title: '质询' },
    ];
    try {
      for (const { path, ready, title } of pages) {
        await zh.goto(`${server.url}${path}`);
        await zh.locator(ready).first().waitFor();
        expect(await zh.evaluate(() => document.documentElement.lang)).toBe('zh');
        expect(await zh.title(), path).toBe(`${title} · Concord`);
        const shown = await visibleText(zh);
        expect(shown, path).toMatch(/\p{Script=Han}{2}/u);
        expect(
          pieces.filter((piece) => containsWord(shown, piece)),
          `English on ${path}`,
        ).toEqual([]);
      }
      await zh.goto(`${server.url}/verification/flags`);
      await zh.locator('.flag-card').first().waitFor();
      await zh.screenshot({ path: '/tmp/concord-verification-flags-zh.png', fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('lays the verification pages out right to left in Arabic, the charts still left to right', async () => {
    const context = await inspectorContext('ar');
    const ar = await context.newPage();
    try {
      await ar.goto(`${server.url}/verification/flags`);
      const card = ar.locator('.flag-card').first();
      await card.waitFor();
      expect(await ar.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      expect(await ar.locator('main h1').innerText()).toBe('التنبيهات');
      // The card's accent border is on the inline start: the right in Arabic.
      expect(await card.evaluate((e) => [getComputedStyle(e).borderRightWidth, getComputedStyle(e).borderLeftWidth])).toEqual([
        '4px',
        '1px',
      ]);
      await ar.screenshot({ path: '/tmp/concord-verification-flags-ar.png', fullPage: true });

      await ar.goto(`${server.url}/verification/runs`);
      const chart = ar.locator('.verification-chart svg').first();
      await chart.waitFor();
      expect(await chart.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
      expect(await ar.locator('.verification-chart').getAttribute('aria-label')).toMatch(/مقياس لوغاريتمي/);
      await ar.screenshot({ path: '/tmp/concord-verification-runs-ar.png' });
    } finally {
      await context.close();
    }
  });
});
