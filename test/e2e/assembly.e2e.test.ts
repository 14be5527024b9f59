import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_RULES } from '../../src/modules/assembly/assembly-types.ts';
import { assemblyTestClock, modulesWithAssembly } from '../../src/modules/assembly/assembly.fixture.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { sessionCookie } from '../fixtures/http.ts';

const SCREENSHOT = '/tmp/concord-assembly.png';
const PASSWORD = 'delegate password 123';
const NEW_TEXT = 'A training run above 10^25 FLOP requires a licence from the Agency.';

/*
 * One amendment from proposal to adoption: the secretariat sets up through the API (members,
 * rules, a draft, two delegate accounts, the motion); the delegates of Kenya and Ghana propose,
 * second and vote in the browser. One server and one browser serve the whole file: each block
 * goes on from where the one before left off.
 */
let server: TestServer;
let browser: Browser;
let kenya: Page;
let ghana: Page;
let admin: string;
let treatyId: number;
let amendmentId: number;
let motionId: number;
/** The assembly's clock: real time until the test moves it past the motion's closing time. */
const clock = assemblyTestClock();

/** The secretariat's API calls (same-origin, session cookie). */
async function call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { origin: server.url, 'content-type': 'application/json', ...(admin ? { cookie: admin } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  if (path === '/api/auth/login') admin = sessionCookie(res);
  return (await res.json()) as T;
}

async function logIn(page: Page, email: string) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Log in' }).click();
  await page.locator('.user-menu').getByRole('button', { name: 'Log out' }).waitFor();
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer({ modules: modulesWithAssembly({ now: clock.now }) });
  browser = await launchBrowser();
  await call('POST', '/api/auth/login', { email: server.admin.email, password: server.admin.password });
  const { participants } = await call<{ participants: { id: number; iso3: string }[] }>('GET', '/api/assembly/participants?kind=state');
  const idOf = (iso3: string) => {
    const state = participants.find((p) => p.iso3 === iso3);
    if (!state) throw new Error(`no state ${iso3} among the participants`);
    return state.id;
  };
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
  await call('PUT', '/api/assembly/rules', { ...DEFAULT_RULES, secondsRequired: 1 });
  const treaty = await call('POST', '/api/treaties', {
    title: 'Framework Treaty on Frontier AI',
    articles: [
      { heading: 'Definitions', body: '"Compute" means floating-point operations.' },
      { heading: 'Thresholds', body: 'A training run above 10^26 FLOP requires a licence.' },
    ],
  });
  treatyId = treaty.id;
  kenya = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  ghana = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});

afterAll(async () => {
  clock.reset();
  await browser?.close();
  await server?.close();
});

describe('Assembly in Chromium: an amendment is proposed and seconded', () => {
  it("Kenya's delegate proposes an edit of article 2 in the treaty reader", async () => {
    await logIn(kenya, 'ken@test.local');
    await kenya.goto(`${server.url}/assembly/treaties/${treatyId}`);
    await kenya.getByRole('heading', { name: 'Propose an amendment' }).waitFor();
    await kenya.getByLabel('Change').selectOption('edit');
    await kenya.getByLabel('Article', { exact: true }).selectOption({ label: 'Article 2 — Thresholds' });
    await kenya.getByLabel('New text').fill(NEW_TEXT);
    await kenya.getByLabel('Rationale').fill('Frontier risks begin an order of magnitude lower.');
    await kenya.getByRole('button', { name: 'Propose amendment' }).click();
    await kenya.waitForURL(/\/amendments\/\d+$/);
    amendmentId = Number(kenya.url().split('/').pop());
    expect(await kenya.getByTestId('amendment-status').textContent()).toBe('proposed');
    expect(await kenya.getByTestId('proposed-text').textContent()).toContain(NEW_TEXT);
    // A delegation cannot second its own amendment: no button for Kenya.
    expect(await kenya.getByRole('button', { name: 'Second this amendment' }).count()).toBe(0);
  });

  it("Ghana's delegate seconds it, and it reaches the floor", async () => {
    await logIn(ghana, 'gha@test.local');
    await ghana.goto(`${server.url}/assembly/treaties/${treatyId}/amendments/${amendmentId}`);
    await ghana.getByRole('button', { name: 'Second this amendment' }).click();
    await ghana.getByTestId('amendment-status').filter({ hasText: 'on the floor' }).waitFor();
    expect(await ghana.getByTestId('seconds').textContent()).toBe('1');
    await ghana.getByRole('textbox', { name: 'Comment' }).fill('Ghana supports a lower threshold.');
    await ghana.getByRole('button', { name: 'Add comment' }).click();
    await ghana.getByText('Ghana supports a lower threshold.').waitFor();
  });
});

describe('Assembly in Chromium: the amendment is voted on and adopted', () => {
  it('both delegates vote yes on the motion in the ballot page; only turnout shows before the close', async () => {
    const now = Date.now();
    const motion = await call('POST', '/api/motions', {
      kind: 'amendment',
      title: 'Lower the licensing threshold',
      amendmentId,
      opensAt: new Date(now).toISOString(),
      closesAt: new Date(now + 3600_000).toISOString(),
    });
    motionId = motion.id;
    for (const page of [kenya, ghana]) {
      await page.goto(`${server.url}/assembly/motions/${motionId}`);
      await page.getByLabel('Yes').check();
      await page.getByRole('button', { name: 'Cast ballot' }).click();
      await page.getByRole('status').filter({ hasText: 'Ballot cast: yes' }).waitFor();
    }
    await kenya.reload();
    await kenya.getByTestId('turnout').waitFor();
    expect(await kenya.getByTestId('turnout').textContent()).toContain('2 of 2 member states');
    expect(await kenya.getByTestId('my-ballot').textContent()).toContain('yes');
    expect(await kenya.locator('.ballots-table').count()).toBe(0);
  });

  it('after the closing time the result page shows the adoption, by weight and by head, and every ballot', async () => {
    clock.runAhead(2 * 3600_000);
    await kenya.goto(`${server.url}/assembly/motions/${motionId}`);
    await kenya.getByTestId('motion-status').filter({ hasText: 'passed' }).waitFor();
    expect(await kenya.getByText('The amendment is applied: version 2.').count()).toBe(1);
    expect(await kenya.locator('[data-chart="By weight (counted)"] rect[data-choice="yes"]').getAttribute('width')).toBe('720');
    expect(await kenya.locator('[data-chart="States by head"] figcaption').textContent()).toContain('yes 2');
    expect(await kenya.locator('.ballots-table tbody tr').count()).toBe(2);
    await kenya.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('the treaty reader shows version 2 and the word diff from version 1', async () => {
    await kenya.goto(`${server.url}/assembly/treaties/${treatyId}`);
    await kenya.getByTestId('current-version').filter({ hasText: '2' }).waitFor();
    expect(await kenya.locator('[data-article="art-2"]').textContent()).toContain(NEW_TEXT);
    await kenya.getByLabel('Compare with').selectOption('1');
    await kenya.locator('.diff-view [data-article="art-2"] ins').first().waitFor();
    expect(await kenya.locator('.diff-view [data-article="art-2"] del').first().textContent()).toBe('26');
    expect(await kenya.locator('.diff-view [data-article="art-1"]').getAttribute('data-status')).toBe('unchanged');
    await kenya.screenshot({ path: '/tmp/concord-assembly-diff.png', fullPage: true });
    const amendment = await call('GET', `/api/treaties/${treatyId}/amendments/${amendmentId}`);
    expect(amendment).toMatchObject({ status: 'adopted', appliedVersion: 2 });
  });
});

describe('Assembly in Chromium: voting power', () => {
  it('the power page flags the veto each of two members holds, and the map colours the members', async () => {
    await kenya.goto(`${server.url}/assembly/power`);
    await kenya.getByTestId('veto-verdict').waitFor();
    expect(await kenya.getByTestId('veto-verdict').textContent()).toMatch(/Veto in effect: (Kenya|Ghana), (Kenya|Ghana)/);
    expect(await kenya.locator('tr[data-veto="yes"]').count()).toBe(2);
    await kenya.goto(`${server.url}/assembly/participants`);
    await kenya.locator('.world-map path[data-iso3="KEN"]').waitFor();
    const fills = await kenya
      .locator('.world-map path.country')
      .evaluateAll((paths) => Object.fromEntries(paths.map((p) => [p.getAttribute('data-iso3'), p.getAttribute('fill')])));
    expect(fills.KEN).toBe(fills.GHA);
    expect(fills.KEN).not.toBe(fills.NGA);
    expect(await kenya.locator('.weights-table tbody tr').count()).toBe(2);
    await kenya.screenshot({ path: '/tmp/concord-assembly-map.png' });
  });
});
