import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { State } from '../../web/src/api/types.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';

const SCREENSHOT = '/tmp/concord-states.png';

// One server and one page for the whole file: each block goes on from where the one before left the page.
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

describe('Logging in in Chromium', () => {
  it('shows the server’s message for a wrong password', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mail').fill(server.admin.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Log in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.length).toBeGreaterThan(0);
    expect(page.url()).toBe(`${server.url}/login`);
  });

  it('logs the admin in through the login page and returns to the page they came from', async () => {
    await page.goto(`${server.url}/states`);
    await page.getByRole('banner').getByRole('link', { name: 'Log in' }).click();
    await page.waitForURL(`${server.url}/login`);
    await page.getByLabel('E-mail').fill(server.admin.email);
    await page.getByLabel('Password').fill(server.admin.password);
    await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${server.url}/states`);
    const menu = page.locator('.user-menu');
    await menu.getByRole('button', { name: 'Log out' }).waitFor();
    expect(await menu.textContent()).toContain('admin');
  });
});

describe('States page in Chromium', () => {
  it('lists the 195 states', async () => {
    await page.waitForFunction(() => document.querySelectorAll('.states-table tbody tr').length === 195);
    expect(await page.locator('.states-table tbody tr').count()).toBe(195);
    expect(await page.locator('.states-table .count').textContent()).toBe('195 states');
  });

  it('sorts by population, most populous first', async () => {
    const { states } = (await (await fetch(`${server.url}/api/states`)).json()) as { states: State[] };
    const mostPopulous = states.reduce((a, b) => ((b.population ?? 0) > (a.population ?? 0) ? b : a));
    const header = page.locator('th', { has: page.getByRole('button', { name: /Population/ }) });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('.states-table tbody tr').first().getAttribute('data-iso3')).toBe(mostPopulous.iso3);
    expect(await page.locator('th[aria-sort="none"]').count()).toBe(4);
  });

  it('draws a population map with coloured country shapes', async () => {
    const shapes = await page.locator('.world-map svg path.country').evaluateAll((paths) =>
      paths.map((p) => ({
        iso3: p.getAttribute('data-iso3'),
        fill: p.getAttribute('fill'),
        title: p.querySelector('title')?.textContent,
      })),
    );
    expect(shapes.length).toBeGreaterThanOrEqual(170);
    for (const shape of shapes) {
      expect(shape.fill).toMatch(/^#[0-9a-f]{6}$/);
      expect(shape.title).toBeTruthy();
    }
    const states = shapes.filter((s) => s.iso3);
    expect(states.length).toBeGreaterThanOrEqual(160);
    expect(new Set(states.map((s) => s.fill)).size).toBeGreaterThan(20);
    const india = shapes.find((s) => s.iso3 === 'IND');
    expect(india?.title).toMatch(/^India: population [\d,]+/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT });
  });

  it('logs out from the user menu', async () => {
    await page.locator('.user-menu').getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Log in' }).waitFor();
    const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
    expect(me).toEqual({ user: null });
  });
});
