/*
 * A state's delegate at work on an adopted treaty, in Chromium. The secretariat sets up through the
 * API: Kenya and Ghana members, a delegate each, a treaty put to an adoption motion that both vote
 * for and that closes when the assembly's clock runs past it. Then, in the browser: an anonymous
 * visitor sees a Log in link and no act; Kenya's delegate logs in on the login page, signs and then
 * ratifies from the treaty page through the plain confirmation, sees each receipt, and the page then
 * lists Kenya as ratified and colours it so on the treaty's standing map, with its key. axe-core runs
 * on the treaty, power and assembly overview pages; screenshots go to
 * test-results/screenshots/delegate-*.png (desktop, a 390 px phone, Arabic).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_RULES } from '../../src/modules/assembly/assembly-types.ts';
import { assemblyTestClock, modulesWithAssembly } from '../../src/modules/assembly/assembly.fixture.ts';
import { logIn, screenshot as pageScreenshot, SCREENSHOTS, seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';
import { sessionCookie } from '../fixtures/http.ts';

const PASSWORD = 'delegate password 123';
const TITLE = 'Treaty on Frontier Compute Limits';
/** The standing map's colours of a ratifying state and of a member (web/src/routes/assembly/standing.ts). */
const RATIFIED_COLOR = '#0072b2';
const MEMBER_COLOR = '#56b4e9';

let server: TestServer;
let browser: Browser;
let call: AdminCall;
let treatyId: number;
/** A second treaty, still a draft, with an amendment Kenya proposed to its article 2. */
let draftId: number;
let amendmentId: number;
const contexts: BrowserContext[] = [];
/** The assembly's clock: run a few minutes ahead so the adoption motion closes. */
const clock = assemblyTestClock();

/**
 * delegate-<name>.png, up to 3000 px tall; a phone's long page also in screen-high parts
 * (delegate-<name>-1.png …), legible at their own size: that splitting is this test's own.
 */
async function screenshot(page: Page, name: string) {
  await pageScreenshot(page, `delegate-${name}`, { maxHeight: 3000 });
  const width = page.viewportSize()?.width ?? 1280;
  if (width < 600) {
    const height = Math.min(3000, await page.evaluate(() => document.documentElement.scrollHeight));
    for (let part = 0; part * 1000 < height && part < 3; part++) {
      const clip = { x: 0, y: part * 1000, width, height: Math.min(1000, height - part * 1000) };
      await page.screenshot({ path: path.join(SCREENSHOTS, `delegate-${name}-${part + 1}.png`), fullPage: true, clip });
    }
  }
}

/** A page in a fresh context (own cookies); axe is injected inline, which the app's CSP forbids. */
async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en', bypassCSP: true, ...options });
  contexts.push(context);
  return context.newPage();
}

/** Opens a page and waits until nothing on it is loading. */
async function open(page: Page, url: string) {
  await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/** Logs a delegate in through the API (for the votes of the setup); returns the session cookie. */
async function delegateCookie(email: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return sessionCookie(res);
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer({ modules: modulesWithAssembly({ now: clock.now }) });
  browser = await launchBrowser();
  call = adminApi(server);
  const { participants } = await call<{ participants: { id: number; iso3: string }[] }>('GET', '/api/assembly/participants?kind=state');
  const idOf = (iso3: string) => participants.find((p) => p.iso3 === iso3)?.id ?? Number.NaN;
  for (const iso3 of ['KEN', 'GHA']) {
    await call('PATCH', `/api/assembly/participants/${idOf(iso3)}`, { status: 'member' });
    await call('POST', '/api/users', {
      email: `${iso3.toLowerCase()}@test.local`,
      name: `Delegate of ${iso3}`,
      role: 'delegate',
      password: PASSWORD,
      participantId: idOf(iso3),
    });
  }
  // No translation is required before the adoption vote in this test.
  await call('PUT', '/api/assembly/rules', { ...DEFAULT_RULES, requiredLanguages: [] });
  ({ id: treatyId } = await call<{ id: number }>('POST', '/api/treaties', {
    title: TITLE,
    articles: [
      { heading: 'Definitions', body: '"Compute" means floating-point operations.' },
      { heading: 'Thresholds', body: 'A training run above 10^26 FLOP requires a licence.' },
    ],
    entryIntoForce: { ratifications: 2, populationShare: 0.001, gdpShare: null, combine: 'and', delayDays: 30 },
  }));
  // The adoption: a motion of one minute, both members vote yes, the clock runs past its close.
  const now = Date.now();
  const motion = await call<{ id: number }>('POST', '/api/motions', {
    kind: 'adoption',
    title: 'Adopt the compute limits treaty',
    treatyId,
    opensAt: new Date(now).toISOString(),
    closesAt: new Date(now + 60_000).toISOString(),
  });
  for (const email of ['ken@test.local', 'gha@test.local']) {
    const res = await fetch(`${server.url}/api/motions/${motion.id}/ballots`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json', cookie: await delegateCookie(email) },
      body: JSON.stringify({ choice: 'yes' }),
    });
    if (!res.ok) throw new Error(`ballot of ${email}: ${res.status} ${await res.text()}`);
  }
  clock.runAhead(120_000);
  await call('GET', `/api/motions/${motion.id}`);
  const treaty = await call<{ status: string }>('GET', `/api/treaties/${treatyId}`);
  expect(treaty.status).toBe('adopted');
  // A draft with an amendment, to see it titled by its article.
  ({ id: draftId } = await call<{ id: number }>('POST', '/api/treaties', {
    title: 'Draft Protocol on Reporting',
    articles: [
      { heading: 'Scope', body: 'This protocol applies to every facility.' },
      { heading: 'Reports', body: 'Each facility reports monthly.' },
    ],
  }));
  const proposed = await fetch(`${server.url}/api/treaties/${draftId}/amendments`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json', cookie: await delegateCookie('ken@test.local') },
    body: JSON.stringify({ baseVersion: 1, op: 'edit', articleKey: 'art-2', body: 'Each facility reports weekly.', rationale: 'Faster.' }),
  });
  if (!proposed.ok) throw new Error(`amendment: ${proposed.status} ${await proposed.text()}`);
  amendmentId = ((await proposed.json()) as { id: number }).id;
  // An open procedural motion, so the overview has a closing time to show.
  await call('POST', '/api/motions', {
    kind: 'procedural',
    title: 'Set the date of the next session',
    opensAt: new Date(clock.now().getTime()).toISOString(),
    closesAt: new Date(clock.now().getTime() + 86_400_000).toISOString(),
  });
});

afterAll(async () => {
  clock.reset();
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

describe('The treaty page for an anonymous visitor', () => {
  it('shows the conditions, no signatory yet, the standing map with its key, a Log in link and no act', async () => {
    const page = await newPage();
    await open(page, `/assembly/treaties/${treatyId}`);
    expect(await page.getByTestId('acts-login').getByRole('link', { name: 'Log in' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^(Sign|Ratify|Withdraw)/ }).count()).toBe(0);
    expect(await page.getByTestId('conditions').textContent()).toContain('Ratifications: 0 (needed: 2)');
    expect(await page.getByTestId('conditions').textContent()).toContain('(2 more needed)');
    expect(await page.getByText('No state has signed this treaty yet.').count()).toBe(1);
    const legend = page.getByTestId('standing-legend');
    for (const standing of ['invited', 'member', 'signed', 'ratified']) expect(await legend.textContent()).toContain(standing);
    expect(await page.locator('path[data-iso3="KEN"]').getAttribute('fill')).toBe(MEMBER_COLOR);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("Kenya's delegate signs and ratifies in the browser", () => {
  let kenya: Page;

  it('logs in on the login page and is offered to sign only, dated today', async () => {
    kenya = await newPage();
    await logIn(kenya, server, 'ken@test.local', PASSWORD);
    await open(kenya, `/assembly/treaties/${treatyId}`);
    await kenya.getByRole('heading', { name: 'Kenya: signature and ratification' }).waitFor();
    expect(await kenya.getByTestId('own-acts').textContent()).toBe('Kenya has not signed this treaty.');
    expect(await kenya.getByRole('button', { name: 'Sign for Kenya' }).count()).toBe(1);
    expect(await kenya.getByRole('button', { name: 'Ratify for Kenya' }).count()).toBe(0);
    expect(await kenya.getByRole('button', { name: /^Withdraw/ }).count()).toBe(0);
    const today = await kenya.evaluate(() => new Date().toISOString().slice(0, 10));
    expect(await kenya.getByLabel('Date of the act').inputValue()).toBe(today);
    expect(await seriousViolations(kenya)).toEqual([]);
  });

  it('signs through a plain confirmation, and sees the receipt', async () => {
    await kenya.getByRole('button', { name: 'Sign for Kenya' }).click();
    const dialog = kenya.getByRole('dialog');
    await dialog.waitFor();
    const question = (await dialog.textContent()) ?? '';
    expect(question).toContain(`Sign “${TITLE}” for Kenya`);
    expect(question).toContain('does not yet bind it');
    expect(question).toContain('permanent and public');
    await screenshot(kenya, 'confirm-desktop');
    await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
    await kenya.getByRole('status').filter({ hasText: 'Signature recorded: Kenya signed on' }).waitFor();
    expect(await kenya.getByTestId('log-receipt').getAttribute('href')).toMatch(/^\/log\?entry=\d+$/);
    await kenya.getByRole('button', { name: 'Ratify for Kenya' }).waitFor();
    expect(await kenya.getByRole('button', { name: 'Sign for Kenya' }).count()).toBe(0);
    expect(await kenya.getByTestId('own-acts').textContent()).toContain('Kenya signed this treaty on');
  });

  it('cancelling the confirmation records nothing', async () => {
    await kenya.getByRole('button', { name: 'Ratify for Kenya' }).click();
    await kenya.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    const status = await call<{ ratifications: number }>('GET', `/api/treaties/${treatyId}/status`);
    expect(status.ratifications).toBe(0);
  });

  it('ratifies, sees the receipt, and the page lists Kenya as ratified on the table and the map', async () => {
    await kenya.getByRole('button', { name: 'Ratify for Kenya' }).click();
    const dialog = kenya.getByRole('dialog');
    expect(await dialog.textContent()).toContain('consent to be bound');
    await dialog.getByRole('button', { name: 'Ratify', exact: true }).click();
    await kenya.getByRole('status').filter({ hasText: 'Ratification recorded: Kenya ratified on' }).waitFor();
    expect(await kenya.getByTestId('log-receipt').getAttribute('href')).toMatch(/^\/log\?entry=\d+$/);
    // Only the withdrawal is left (it was offered beside the ratification before): the page reloads the status.
    await kenya.getByRole('button', { name: 'Ratify for Kenya' }).waitFor({ state: 'detached' });
    expect(await kenya.getByRole('button', { name: 'Withdraw Kenya from the treaty' }).getAttribute('class')).toContain('danger');
    await kenya.locator('tr[data-iso3="KEN"]').waitFor();
    const row = await kenya.locator('tr[data-iso3="KEN"] td').allTextContents();
    expect(row[0]).not.toBe('–');
    expect(row[1]).not.toBe('–');
    expect(row[2]).toBe('–');
    expect(await kenya.getByTestId('conditions').textContent()).toContain('Ratifications: 1 (needed: 2)');
    await kenya.waitForFunction((color) => document.querySelector('path[data-iso3="KEN"]')?.getAttribute('fill') === color, RATIFIED_COLOR);
    expect(await kenya.locator('path[data-iso3="KEN"]').getAttribute('data-category')).toBe('ratified');
    expect(await kenya.getByTestId('standing-legend').locator('li[data-standing="ratified"]').textContent()).toContain('ratified (1)');
    const fill = await kenya
      .getByTestId('standing-legend')
      .locator('li[data-standing="ratified"] .swatch')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(fill).toBe('rgb(0, 114, 178)');
    await screenshot(kenya, 'treaty-desktop');
    expect(await seriousViolations(kenya)).toEqual([]);
  });
});

describe('Amendments are titled by their article', () => {
  it('in the treaty’s list and on the amendment’s page', async () => {
    const page = await newPage();
    await open(page, `/assembly/treaties/${draftId}`);
    expect(await page.getByText('This draft opens for signature once the assembly adopts it.').count()).toBe(1);
    const link = page.locator(`tr[data-amendment="${amendmentId}"] a`);
    await link.filter({ hasText: 'Amend Article 2 — Reports' }).waitFor();
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Amend Article 2 — Reports' }).waitFor();
  });
});

describe('The public pages in English, on a phone and in Arabic', () => {
  it('the overview shows live figures that link onward', async () => {
    const page = await newPage();
    await open(page, '/assembly');
    await page.getByTestId('members-card').waitFor();
    expect(await page.getByTestId('members-card').textContent()).toContain('2 member states');
    const motions = (await page.getByTestId('motions-card').textContent()) ?? '';
    expect(motions).toContain('1 motion open');
    expect(motions).toContain('Set the date of the next session');
    expect(motions).toMatch(/closes .*(UTC|GMT)/);
    const treaty = page.getByTestId('treaties-card').locator(`li[data-treaty="${treatyId}"]`);
    expect(await treaty.textContent()).toContain('Ratifications: 1 of 2');
    await treaty.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(new RegExp(`/assembly/treaties/${treatyId}$`));
    await open(page, '/assembly');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'overview-desktop');
  });

  it('the power page puts each chart title above its chart and shows no raw fraction', async () => {
    const page = await newPage();
    await open(page, '/assembly/power');
    await page.locator('.bar-chart').first().waitFor();
    const titlesFirst = await page.$$eval('.bar-chart', (figures) =>
      figures.map((f) => f.firstElementChild?.tagName.toLowerCase() === 'figcaption' && !!f.querySelector('figcaption + svg')),
    );
    expect(titlesFirst.length).toBeGreaterThan(0);
    expect(titlesFirst.every(Boolean)).toBe(true);
    const text = await page.evaluate(
      () => document.body.innerText + [...document.querySelectorAll('svg text')].map((t) => t.textContent).join(' '),
    );
    expect(text).not.toMatch(/\d[.,]\d{4,}/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'power-desktop');
  });

  for (const view of [
    { name: 'phone', locale: 'en', viewport: { width: 390, height: 844 } },
    { name: 'arabic', locale: 'ar', viewport: { width: 1280, height: 900 } },
    { name: 'arabic-phone', locale: 'ar', viewport: { width: 390, height: 844 } },
  ]) {
    it(`the treaty, power and overview pages fit and pass axe-core: ${view.name}`, async () => {
      const page = await newPage({ locale: view.locale, viewport: view.viewport });
      const problems: string[] = [];
      for (const [name, url] of [
        ['treaty', `/assembly/treaties/${treatyId}`],
        ['power', '/assembly/power'],
        ['overview', '/assembly'],
      ] as const) {
        await open(page, url);
        if (view.locale === 'ar') expect(await page.getAttribute('html', 'dir')).toBe('rtl');
        for (const problem of await seriousViolations(page)) problems.push(`${url}: ${problem}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${url} is wider than the screen`).toBeLessThanOrEqual(0);
        await screenshot(page, `${name}-${view.name}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
