/*
 * The secretariat's treaties and motions console in Chromium, driven as a person would: the admin
 * logs in, writes a treaty of three articles in the editor (with its Markdown preview), schedules
 * its adoption, a delegate votes on the public motion page, the admin closes the due motion and
 * sees the result, then records two states' signatures and ratifications as depositary, and the
 * public treaty page shows them. The API is used only to set up what is outside this section
 * (members, a delegate account, the rules) and to read back. axe-core runs on every console page;
 * screenshots go to test-results/screenshots/admin-*.png (desktop, a 390 px phone, Arabic).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_RULES } from '../../src/modules/assembly/assembly-types.ts';
import { confirmWith, logIn, receiptIndex, screenshot, seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';
import { sessionCookie } from '../fixtures/http.ts';

const PASSWORD = 'delegate password 123';
const TITLE = 'Treaty on the Verification of Frontier Compute';
/** The browser's zone: not UTC, so the console's two renderings of a time differ. */
const TIME_ZONE = 'Europe/Paris';

let server: TestServer;
let browser: Browser;
let admin: Page;
let call: AdminCall;
const contexts: BrowserContext[] = [];
const ids: Record<string, number> = {};
let treatyId: number;
let motionId: number;

/** A page made in a fresh context (own cookies), closed after the file. */
async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  // axe is injected as an inline script, which the app's CSP (rightly) forbids.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: TIME_ZONE, bypassCSP: true, ...options });
  contexts.push(context);
  return context.newPage();
}

/** A page signed in as the admin with a session from the API (the login form itself is tested in English above). */
async function signedInPage(options: Parameters<Browser['newContext']>[0]): Promise<Page> {
  const page = await newPage(options);
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify(server.admin),
  });
  const [name = '', value = ''] = sessionCookie(login).split('=');
  await page.context().addCookies([{ name, value, url: server.url }]);
  return page;
}

/** The console's pages, each with the name of its screenshots. */
const consolePages = () =>
  [
    [`/admin/treaties/${treatyId}`, 'depositary'],
    ['/admin/treaties/new', 'treaty-new'],
    ['/admin/motions', 'motions'],
    ['/admin/treaties', 'treaties'],
  ] as const;

/** Opens a console page and waits for what it loads. */
async function open(page: Page, url: string) {
  await page.goto(`${server.url}${url}`);
  // Other browser tests may rebuild the shared web/dist meanwhile, removing a lazy chunk this page asked for: load it once more.
  await page
    .locator('main h1')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => page.reload());
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/** The kind of the log entry at `index`, read back from the log. */
async function logKind(index: number): Promise<string> {
  const { entries } = await call<{ entries: { entry: { kind: string } }[] }>('GET', `/api/log/entries?start=${index}&end=${index + 1}`);
  return entries[0]?.entry.kind ?? '';
}

/** A time as a datetime-local input holds it, in the page's zone, to the second. */
function localInput(page: Page, ms: number): Promise<string> {
  return page.evaluate((at) => {
    const d = new Date(at);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, ms);
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  call = adminApi(server);
  const { participants } = await call<{ participants: { id: number; iso3: string }[] }>('GET', '/api/assembly/participants?kind=state');
  for (const iso3 of ['KEN', 'GHA', 'NGA']) {
    const state = participants.find((p) => p.iso3 === iso3);
    if (!state) throw new Error(`no state ${iso3}`);
    ids[iso3] = state.id;
    await call('PATCH', `/api/assembly/participants/${state.id}`, { status: 'member' });
  }
  await call('POST', '/api/users', {
    email: 'ken@test.local',
    name: 'Delegate of Kenya',
    role: 'delegate',
    password: PASSWORD,
    participantId: ids.KEN,
  });
  // Equal weights; Kenya alone (a third of the weight) makes the quorum and carries the vote; no translation needed.
  await call('PUT', '/api/assembly/rules', {
    ...DEFAULT_RULES,
    weighting: { equal: 1, population: 0, gdp: 0, sqrtPopulation: 0 },
    quorum: 0.3,
    thresholds: { ...DEFAULT_RULES.thresholds, adoption: { threshold: 0.5, doubleMajority: null } },
    requiredLanguages: [],
  });
  browser = await launchBrowser();
  admin = await newPage({ locale: 'en-US' });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

describe('The treaties console in Chromium', () => {
  it('the admin logs in and writes a treaty of three articles with the editor', async () => {
    await logIn(admin, server, server.admin.email, server.admin.password);
    await admin.goto(`${server.url}/admin/treaties`);
    await admin.getByRole('heading', { level: 1, name: 'Treaties' }).waitFor();
    await admin.getByText('No treaty has been drafted yet.').waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.getByRole('link', { name: 'New treaty' }).click();
    await admin.getByRole('heading', { level: 1, name: 'New treaty' }).waitFor();

    await admin.getByLabel('Heading of article 1').fill('Purpose');
    await admin.getByLabel('Text of article 1 (Markdown)').fill('The Parties **shall** verify compute.\n\n<script>alert(1)</script>');
    const preview1 = admin.getByRole('region', { name: 'Preview of article 1' });
    expect(await preview1.locator('strong').textContent()).toBe('shall');
    expect(await preview1.locator('script').count()).toBe(0);
    expect(await preview1.textContent()).toContain('<script>alert(1)</script>');
    await admin.getByRole('button', { name: 'Add an article' }).click();
    // The new article's heading has the focus.
    expect(await admin.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Heading of article 2');
    await admin.keyboard.type('Thresholds');
    await admin.getByLabel('Text of article 2 (Markdown)').fill('A run above 10^26 FLOP is *declared*.');
    await admin.getByRole('button', { name: 'Add an article' }).click();
    await admin.getByLabel('Heading of article 3').fill('Definitions');
    await admin.getByLabel('Text of article 3 (Markdown)').fill('"Compute" means floating-point operations.');
    // Definitions go first: moved up twice, the keyboard staying on the button.
    await admin.getByRole('button', { name: 'Move up article 3' }).click();
    await admin.keyboard.press('Enter');
    await admin.getByText('Article 2 is now article 1.').waitFor();
    expect(await admin.getByLabel('Heading of article 1').inputValue()).toBe('Definitions');
    expect(await admin.getByLabel('Heading of article 3').inputValue()).toBe('Thresholds');

    await admin.getByLabel('Ratifications needed').fill('2');
    await admin.getByLabel('Share of world population (%)').fill('');
    await admin.getByLabel('Days after the conditions are met').fill('0');
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-treaty-new');

    // Without a title, and with a control character in article 3, the server refuses: its words show beside each field.
    const body3 = admin.getByLabel('Text of article 3 (Markdown)');
    await body3.fill('A run above 10^26 FLOP is *declared*.\u0007');
    await admin.getByRole('button', { name: 'Create the draft' }).click();
    await confirmWith(admin, 'Create the draft');
    const title = admin.getByLabel('Title', { exact: true });
    for (const field of [title, body3]) {
      await admin.locator(`[aria-invalid="true"]#${await field.getAttribute('id')}`).waitFor();
      const error = admin.locator(`#${await field.getAttribute('aria-describedby')}`);
      expect(await error.getAttribute('class')).toBe('field-error');
      expect(await error.textContent()).toBeTruthy();
    }
    expect(await admin.getByLabel('Text of article 2 (Markdown)').getAttribute('aria-invalid')).toBeNull();
    await body3.fill('A run above 10^26 FLOP is *declared*.');

    await title.fill(TITLE);
    await admin.getByRole('button', { name: 'Create the draft' }).click();
    await admin.getByRole('dialog').getByText(`Create the draft “${TITLE}” with 3 articles?`).waitFor();
    await confirmWith(admin, 'Create the draft');
    await admin.getByText(`Draft “${TITLE}” created (version 1).`).waitFor();
    const index = await receiptIndex(admin);
    const { treaties } = await call<{ treaties: { id: number; title: string }[] }>('GET', '/api/treaties');
    treatyId = treaties.find((t) => t.title === TITLE)!.id;
    const treaty = await call<any>('GET', `/api/treaties/${treatyId}`);
    expect(treaty.text.articles.map((a: { heading: string }) => a.heading)).toEqual(['Definitions', 'Purpose', 'Thresholds']);
    expect(treaty.entryIntoForce).toEqual({ ratifications: 2, populationShare: null, gdpShare: null, combine: 'and', delayDays: 0 });
    expect(await logKind(index)).toBe('treaty.created');
  });

  it('on a phone the preview is behind a toggle, and the editor fits 390 px', async () => {
    const phone = await newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    await logIn(phone, server, server.admin.email, server.admin.password);
    await phone.goto(`${server.url}/admin/treaties/new`);
    await phone.getByLabel('Text of article 1 (Markdown)').fill('Some **bold** words.');
    const preview = phone.getByTestId('article-preview');
    expect(await preview.isVisible()).toBe(false);
    await phone.getByRole('button', { name: 'Show the preview' }).click();
    expect(await preview.locator('strong').textContent()).toBe('bold');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'admin-treaty-new-phone');
  });
});

describe('The motions console in Chromium', () => {
  it('the admin schedules the adoption with times entered in the browser’s zone', async () => {
    await admin.goto(`${server.url}/admin/motions`);
    await admin.getByRole('heading', { level: 1, name: 'Motions' }).waitFor();
    await admin.getByLabel('Adoption of a draft').check();
    await admin.getByLabel('Draft treaty').selectOption({ label: `${TITLE} (version 1)` });
    await admin.getByLabel('Title of the motion').fill('Adoption of the verification treaty');
    const now = Date.now();
    const closesAt = now + 30_000;
    await admin.getByLabel('Opens at (your time)').fill(await localInput(admin, now - 1000));
    await admin.getByLabel('Closes at (your time)').fill(await localInput(admin, closesAt));
    const shown = (await admin.getByTestId('closesAt-shown').textContent()) ?? '';
    expect(shown).toContain(`in your time zone (${TIME_ZONE})`);
    expect(shown).toContain('UTC');
    await admin.getByRole('button', { name: 'Schedule the motion' }).click();
    await confirmWith(admin, 'Schedule the motion');
    await admin.getByText('“Adoption of the verification treaty” is scheduled.').waitFor();
    expect(await logKind(await receiptIndex(admin))).toBe('motion.created');
    const { motions } = await call<{ motions: { id: number; title: string; status: string; closesAt: string }[] }>('GET', '/api/motions');
    const motion = motions.find((m) => m.title === 'Adoption of the verification treaty')!;
    motionId = motion.id;
    expect(motion.status).toBe('open');
    expect(Math.abs(Date.parse(motion.closesAt) - Math.floor(closesAt / 1000) * 1000)).toBeLessThan(1000);
    await admin.locator(`tr[data-motion="${motionId}"][data-status="open"]`).waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-motions');
  });

  it("Kenya's delegate votes yes on the motion's public page", async () => {
    const kenya = await newPage({ locale: 'en-US' });
    await logIn(kenya, server, 'ken@test.local', PASSWORD);
    await kenya.goto(`${server.url}/assembly/motions/${motionId}`);
    await kenya.getByLabel('Yes').check();
    await kenya.getByRole('button', { name: 'Cast ballot' }).click();
    await kenya.getByText(/^Ballot cast: Yes\./).waitFor();
  });

  it('the admin closes the due motion from the console and sees it adopted', async () => {
    // The page was loaded before the closing time; it notices the time passing (no reload, which would close the motion itself).
    const row = admin.locator(`tr[data-motion="${motionId}"]`);
    await row.and(admin.locator('[data-status="due"]')).waitFor({ timeout: 60_000 });
    await row.getByRole('button', { name: 'Close the vote on “Adoption of the verification treaty”' }).click();
    await confirmWith(admin, 'Close');
    const result = admin.getByTestId('close-result');
    await result.getByText('The vote on “Adoption of the verification treaty” is closed.').waitFor();
    expect(await result.getByTestId('tally-outcome').textContent()).toBe('adopted');
    expect(await result.getByTestId('tally-heads').textContent()).toBe('States: 1 yes, 0 no, 0 abstaining, 2 absent');
    await result.getByText('The treaty is adopted in version 1 and open for signature.').waitFor();
    // The close's entries: the adoption and the motion's closing entry with its reveals.
    expect(['treaty.adopted', 'motion.closed']).toContain(await logKind(await receiptIndex(admin)));
    await admin.locator(`tr[data-motion="${motionId}"][data-status="closed"]`).waitFor();
    expect((await call<{ status: string }>('GET', `/api/treaties/${treatyId}`)).status).toBe('adopted');
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-motions-closed');
  });
});

/** Records one act of a state through the form, confirming it. */
async function record(kind: 'Signature' | 'Deposit of ratification', state: string, button: string) {
  await admin.getByLabel(kind, { exact: true }).check();
  await admin.getByLabel('Find a state (name or ISO code)').fill(state);
  expect(await admin.getByLabel('State', { exact: true }).inputValue()).toBe(String(ids[state]));
  await admin.getByRole('button', { name: button }).click();
  await confirmWith(admin, button);
}

describe('The depositary in Chromium', () => {
  it('records two signatures and two ratifications, each confirmed and logged; a ratification before signature is refused', async () => {
    await admin.goto(`${server.url}/admin/treaties`);
    await admin.locator(`tr[data-treaty="${treatyId}"]`).getByText('adopted').waitFor();
    await screenshot(admin, 'admin-treaties');
    await admin.getByRole('link', { name: TITLE }).click();
    await admin.getByRole('heading', { level: 1, name: `Depositary: ${TITLE}` }).waitFor();
    expect(await admin.getByTestId('treaty-stage').textContent()).toBe('open for signature');

    await record('Deposit of ratification', 'NGA', 'Record the ratification');
    await admin.getByRole('alert').waitFor();
    const state = admin.getByLabel('State', { exact: true });
    expect(await state.getAttribute('aria-invalid')).toBe('true');
    expect(await admin.locator(`#${await state.getAttribute('aria-describedby')}`).textContent()).toContain('has not signed');

    const seen = new Set<number>();
    for (const [kind, iso3, button, done, logged] of [
      ['Signature', 'GHA', 'Record the signature', 'Signature by Ghana on', 'treaty.signed'],
      ['Signature', 'KEN', 'Record the signature', 'Signature by Kenya on', 'treaty.signed'],
      ['Deposit of ratification', 'KEN', 'Record the ratification', 'Ratification by Kenya on', 'treaty.ratified'],
      ['Deposit of ratification', 'GHA', 'Record the ratification', 'Ratification by Ghana on', 'treaty.ratified'],
    ] as const) {
      await record(kind, iso3, button);
      await admin.getByRole('status').filter({ hasText: done }).waitFor();
      const index = await receiptIndex(admin);
      expect(seen.has(index)).toBe(false);
      seen.add(index);
      expect(await logKind(index)).toBe(logged);
    }
    await admin
      .getByTestId('entry-into-force')
      .getByText(/^In force since/)
      .waitFor();
    const rows = admin.getByTestId('signatories').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const status = await call<any>('GET', `/api/treaties/${treatyId}/status`);
    expect([status.signatures, status.ratifications, status.stage]).toEqual([2, 2, 'in_force']);
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-depositary');
  });

  it('the public treaty page shows the ratifications', async () => {
    const reader = await newPage({ locale: 'en-US' });
    await reader.goto(`${server.url}/assembly/treaties/${treatyId}`);
    // The public page lists each state's signature and ratification, and the treaty in force.
    const rows = reader.getByTestId('signatories').locator('tbody tr');
    await rows.nth(1).waitFor();
    const texts = await rows.allTextContents();
    expect(texts).toHaveLength(2);
    for (const name of ['Ghana', 'Kenya']) expect(texts.find((row) => row.includes(name))).toMatch(/\d{4}.*\d{4}/);
    expect(await reader.getByTestId('entry-into-force').textContent()).toContain('In force since');
  });

  it('the console pages in Arabic, right to left, with no serious axe violation', async () => {
    const arabic = await signedInPage({ locale: 'ar' });
    const problems: string[] = [];
    for (const [url, name] of consolePages()) {
      await open(arabic, url);
      expect(await arabic.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      for (const problem of await seriousViolations(arabic)) problems.push(`${url}: ${problem}`);
      await screenshot(arabic, `admin-${name}-ar`);
    }
    expect(problems).toEqual([]);
  });

  it('the console pages fit a 390 px phone, with no serious axe violation', async () => {
    const phone = await signedInPage({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    for (const [url, name] of consolePages()) {
      await open(phone, url);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) problems.push(`${url}: ${width} px wide`);
      for (const problem of await seriousViolations(phone)) problems.push(`${url}: ${problem}`);
      if (name !== 'treaty-new') await screenshot(phone, `admin-${name}-phone`);
    }
    expect(problems).toEqual([]);
  });
});
