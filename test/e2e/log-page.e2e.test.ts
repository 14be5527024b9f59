/*
 * The Log page and the Coalition and Verification overviews in Chromium: a row's proof verified and
 * its result shown in that row, subject links, bodies expanded in place, the filter by kind and by
 * subject, a 390 px phone (the Verify button on screen, nothing wider than the viewport, the
 * outreach board too), the overviews' live figures and links, and axe-core on each page on a
 * desktop, a phone and in Arabic, with screenshots in test-results/screenshots/.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { logIn, seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';

const SHOTS = 'test-results/screenshots';
const FACILITY = 'fac-dash';

let server: TestServer;
let browser: Browser;
let api: AdminCall;
let treatyId: number;
const contexts: BrowserContext[] = [];

async function newPage(options: { width: number; height: number; locale: string }): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    locale: options.locale,
    extraHTTPHeaders: { 'accept-language': options.locale },
    bypassCSP: true, // axe-core is injected as an inline script
  });
  contexts.push(context);
  return context.newPage();
}

/** Waits until nothing on the page is loading. */
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

/** How much wider than the viewport the page is (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const logSize = async () => Number((await (await fetch(`${server.url}/api/log/checkpoint`)).text()).split('\n')[1]);

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  api = adminApi(server);
  ({ id: treatyId } = await api<{ id: number }>('POST', '/api/treaties', {
    title: 'Log Page Treaty',
    articles: [{ heading: 'Article 1', body: 'Text.' }],
  }));
  const person = await api<{ id: number }>('POST', '/api/coalition/people', { name: 'Dana Donor', visibility: 'public' });
  await api('POST', '/api/coalition/contributions', {
    personId: person.id,
    contributedOn: '2026-01-15',
    hours: 12.5,
    amountMinor: 250000,
    currency: 'EUR',
  });
  await api('POST', '/api/facilities', {
    id: FACILITY,
    name: 'Dashboard Facility',
    operator: 'Helios Compute',
    jurisdiction: 'FRA',
    inventory: [{ model: 'NVIDIA H100 SXM', count: 64, peakFlops: 989e12 }],
    keys: [{ publicKeyPem: generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString() }],
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

describe('Log page in Chromium', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage({ width: 1280, height: 900, locale: 'en-US' });
  });

  it('verifies a row and shows the result in that row, announced and describing its button', async () => {
    const size = await logSize();
    await page.goto(`${server.url}/log`);
    const row = page.locator('.log-entries tbody tr').nth(2);
    await row.waitFor();
    const index = size - 3;
    expect(await row.locator('td').first().textContent()).toBe(String(index));
    const button = row.getByRole('button', { name: `Verify #${index}` });
    await button.click();
    const status = row.getByRole('status');
    await status.filter({ hasText: '✓' }).waitFor();
    expect(await status.textContent()).toMatch(new RegExp(`^✓ Entry ${index} is in the signed tree of ${size} entries`));
    expect(await page.locator(`#${await button.getAttribute('aria-describedby')}`.replace(/:/g, '\\:')).textContent()).toBe(
      await status.textContent(),
    );
    // No other row says anything.
    expect(await page.locator('.log-entries .verdict:not(:empty)').count()).toBe(1);
  });

  it('expands an entry’s body in place, as readable JSON', async () => {
    const row = page.locator('.log-entries tbody tr').first();
    const pre = row.locator('details.log-body pre');
    expect(await pre.isVisible()).toBe(false);
    await row.locator('details.log-body summary').click();
    await pre.waitFor({ state: 'visible' });
    const json = (await pre.textContent())!;
    expect(JSON.parse(json)).toBeTruthy();
    expect(json).toContain('\n  '); // indented, one field a line
  });

  it('filters by kind, by subject, and follows a subject link to its page', async () => {
    await page.getByLabel('Kind', { exact: true }).fill('treaty.created');
    await page.getByRole('search').getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/\?kind=treaty\.created$/);
    await settled(page);
    const kinds = await page.locator('.log-entries tbody tr td:nth-child(3)').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['treaty.created']));
    // Filtered rows verify as any other: the proof is the entry's own index.
    const first = page.locator('.log-entries tbody tr').first();
    await first.getByRole('button', { name: /^Verify #/ }).click();
    await first.getByRole('status').filter({ hasText: '✓' }).waitFor();

    await page.getByRole('button', { name: 'Show all entries' }).click();
    await page.waitForURL(`${server.url}/log`);
    await page.getByLabel('Subject', { exact: true }).fill(`facility:${FACILITY}`);
    await page.getByLabel('Subject', { exact: true }).press('Enter');
    await page.waitForURL(/\?subject=facility%3Afac-dash$/);
    await settled(page);
    const subjects = await page.locator('.log-entries tbody tr td:nth-child(6)').allTextContents();
    expect(subjects.length).toBeGreaterThan(0);
    expect(new Set(subjects)).toEqual(new Set([`facility:${FACILITY}`]));
    await page.screenshot({ path: `${SHOTS}/log-filtered.png`, fullPage: true });
    await page
      .locator('.log-entries tbody tr')
      .first()
      .getByRole('link', { name: `facility:${FACILITY}` })
      .click();
    await page.waitForURL(`${server.url}/verification/facilities/${FACILITY}`);

    await page.goto(`${server.url}/log?subject=treaty:${treatyId}`);
    await page
      .getByRole('link', { name: `treaty:${treatyId}` })
      .first()
      .click();
    await page.waitForURL(`${server.url}/assembly/treaties/${treatyId}`);
  });

  it('filters to nothing with a plain sentence', async () => {
    await page.goto(`${server.url}/log?kind=no.such-kind`);
    await page.getByText('No entry matches this filter.').waitFor();
  });
});

describe('On a 390 px phone', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage({ width: 390, height: 844, locale: 'en-US' });
  });

  it('shows the Verify button on screen; it works, and the page is no wider than the phone', async () => {
    await page.goto(`${server.url}/log`);
    const row = page.locator('.log-entries tbody tr').first();
    const button = row.getByRole('button', { name: /^Verify #/ });
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await button.click();
    const status = row.getByRole('status');
    await status.filter({ hasText: '✓' }).waitFor();
    const result = (await status.boundingBox())!;
    expect(result.x + result.width).toBeLessThanOrEqual(390);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/log-phone.png`, fullPage: true });
  });

  it('fits the overviews and the outreach board on the phone', async () => {
    for (const path of ['/coalition', '/verification']) {
      await page.goto(`${server.url}${path}`);
      await settled(page);
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
    }
    await logIn(page, server, server.admin.email, server.admin.password);
    await api('POST', '/api/coalition/outreach/targets', {
      name: 'A Ministry of Digital Affairs With a Rather Long Name',
      type: 'institution',
      category: 'security_agency',
      priority: 'high',
    });
    await page.goto(`${server.url}/coalition/outreach`);
    await page.locator('.board').waitFor();
    await settled(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/outreach-phone.png`, fullPage: true });
  });
});

describe('The overviews’ live figures', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage({ width: 1280, height: 900, locale: 'en-US' });
  });

  it('counts the contribution on the Coalition overview and links to the funding page', async () => {
    await page.goto(`${server.url}/coalition`);
    await settled(page);
    // The first start's own contributions are counted too: every currency is listed.
    expect(await page.getByTestId('dash-money').textContent()).toContain('€2,500.00');
    const { totals } = (await (await fetch(`${server.url}/api/coalition/funding`)).json()) as { totals: { hours: number } };
    expect(await page.getByTestId('dash-hours').textContent()).toBe(
      new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(totals.hours),
    );
    expect(await page.getByTestId('dash-members').textContent()).toMatch(/Public people\s*1/);
    await page.getByTestId('dash-funding').getByRole('link', { name: 'Funding so far' }).click();
    await page.waitForURL(`${server.url}/coalition/funding`);
  });

  it('counts the facility on the Verification overview, asks anonymous visitors to log in for flags', async () => {
    await page.goto(`${server.url}/verification`);
    await settled(page);
    expect(await page.getByTestId('dash-facility-count').textContent()).toBe('1');
    const flags = page.getByTestId('dash-flags');
    expect(await flags.getByTestId('dash-login').textContent()).toMatch(/Log in$/);
    await flags.getByRole('link', { name: 'Log in' }).waitFor();
    await page.getByTestId('dash-facilities').getByRole('link', { name: 'Facilities' }).click();
    await page.waitForURL(`${server.url}/verification/facilities`);
    await page.locator(`a[href="/verification/facilities/${FACILITY}"]`).waitFor();
  });

  it('shows the open flags and challenges to the admin', async () => {
    await logIn(page, server, server.admin.email, server.admin.password);
    await page.goto(`${server.url}/verification`);
    await settled(page);
    expect(await page.getByTestId('dash-flags').textContent()).toMatch(/\d+ open flags?/);
    expect(await page.getByTestId('dash-challenges').textContent()).toMatch(/\d+ open challenges?/);
  });
});

describe('axe-core on the Log page and both overviews', () => {
  const SETTINGS = [
    { name: 'desktop', width: 1280, height: 900, locale: 'en-US' },
    { name: 'phone', width: 390, height: 844, locale: 'en-US' },
    { name: 'ar', width: 1280, height: 900, locale: 'ar' },
    { name: 'ar-phone', width: 390, height: 844, locale: 'ar' },
  ];
  for (const setting of SETTINGS) {
    it(`finds no serious violation (${setting.name})`, async () => {
      const page = await newPage(setting);
      const problems: string[] = [];
      for (const [path, shot] of [
        ['/log', 'log'],
        ['/coalition', 'coalition-overview'],
        ['/verification', 'verification-overview'],
      ] as const) {
        await page.goto(`${server.url}${path}`);
        await page.locator('main h1').first().waitFor();
        await settled(page);
        if (path === '/log') {
          // With a result shown and a body open, as a reader leaves it.
          const row = page.locator('.log-entries tbody tr').first();
          await row.locator('.log-proof button').click();
          await row.locator('.verdict:not(:empty)').waitFor();
          await row.locator('details.log-body summary').click();
        }
        for (const problem of await seriousViolations(page)) problems.push(`${path}: ${problem}`);
        expect(await overflow(page), path).toBeLessThanOrEqual(0);
        await page.screenshot({ path: `${SHOTS}/${shot}-${setting.name}.png`, fullPage: true });
      }
      expect(problems).toEqual([]);
    });
  }
});
