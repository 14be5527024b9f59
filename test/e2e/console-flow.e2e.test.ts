/*
 * The secretariat's console end to end in Chromium (issue 13), each flow on a fresh database and
 * driven through the pages only: every act is done by clicking and typing, and the API is called
 * only to read back what a page did. Each flow is one literal chain, in the order a secretariat
 * would go.
 *
 * 1. The assembly: the admin logs in with the first-start password, creates a delegate for Kenya
 *    (its generated password read from the page) and an operator, makes ten states members in one
 *    bulk action, moves the weighting sliders and sees the power preview change, sets the rules
 *    the adoption needs (no double majority, a low quorum, no required translations) and saves
 *    them, writes a treaty of three articles, schedules its adoption to close twenty seconds
 *    later; the delegate votes yes in a browser of their own; the admin closes the motion when the
 *    page shows it due, records two signatures and two ratifications as depositary, and the public
 *    treaty page shows both ratifications and the treaty in force.
 * 2. The coalition: the admin logs in, creates a staff account, imports a contributions CSV with
 *    one bad row (its reasons shown, nothing stored), fixes the row and imports, and the public
 *    funding page shows the new total; opens a campaign, found on the public campaigns page;
 *    creates an event in Tokyo's time zone from a browser in Berlin, shown in both on the public
 *    events page; the staff member logs in, adds an outreach target and logs an interaction.
 *
 * Screenshots go to test-results/screenshots/flow-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { confirmWith, logIn, receiptIndex, screenshot, seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';

/** The ten states made members, by the names the participants page shows. */
const TEN = ['China', 'India', 'United States', 'Brazil', 'Nigeria', 'Germany', 'Japan', 'Kenya', 'Chile', 'Norway'];
const TITLE = 'Treaty on the Verification of Frontier Compute';
const MOTION = 'Adoption of the verification treaty';
/** How long the adoption motion stays open: enough for the delegate to log in and vote. */
const VOTING_MS = 20_000;

let browser: Browser;
const contexts: BrowserContext[] = [];

/** A page in a fresh browser context (its own cookies), in `timezoneId`. */
async function newPage(timezoneId: string): Promise<Page> {
  // bypassCSP: axe-core is injected as an inline script, which the app's policy forbids.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId, bypassCSP: true });
  contexts.push(context);
  return context.newPage();
}

/** Opens a path and waits for its heading and for nothing to be loading. */
async function open(page: Page, server: TestServer, path: string) {
  await page.goto(`${server.url}${path}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

/** A time as a datetime-local input holds it, in the page's zone, to the second. */
function localInput(page: Page, ms: number): Promise<string> {
  return page.evaluate((at) => {
    const d = new Date(at);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, ms);
}

/**
 * Creates an account on /admin/accounts/new with the password the page generates, and returns
 * that password as the page shows it once the account exists. A delegate's state is picked by
 * searching the list.
 */
async function createAccount(
  page: Page,
  server: TestServer,
  account: { email: string; name: string; role: string; state?: string },
): Promise<string> {
  await open(page, server, '/admin/accounts/new');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Name', { exact: true }).fill(account.name);
  await page.getByLabel('Role', { exact: true }).selectOption(account.role);
  if (account.state) {
    await page.getByLabel('Search by name or ISO code').fill(account.state);
    await page.getByRole('radio', { name: account.state }).check();
    expect(await page.getByTestId('chosen-participant').textContent()).toBe(account.state);
  }
  const generated = await page.getByLabel('Generated password').inputValue();
  await page.getByRole('button', { name: 'Create the account' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Account of ${account.name} created.` })
    .waitFor();
  await receiptIndex(page);
  const shown = await page.getByLabel(`Password of ${account.name}`).inputValue();
  expect(shown).toBe(generated);
  return shown;
}

/** The kinds of the log entries from `index` on (read back). */
async function logKinds(call: AdminCall, index: number, count = 1): Promise<string[]> {
  const { entries } = await call<{ entries: { entry: { kind: string } }[] }>('GET', `/api/log/entries?start=${index}&end=${index + count}`);
  return entries.map((e) => e.entry.kind);
}

beforeAll(async () => {
  ensureWebBuilt();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** What a flow's steps share: its own server, the admin's page, and what one step leaves for the next. */
interface Flow {
  server: TestServer;
  call: AdminCall;
  admin: Page;
  started: number;
  /** Passwords the console generated, by e-mail, as the page showed them. */
  passwords: Record<string, string>;
  /** The adoption motion's id (from its row on the motions page) and when it closes. */
  motionId: number;
  closesAt: number;
}

/** A flow on a fresh server (a fresh database), its admin page in `timezoneId`; closed after the flow. */
function freshFlow(name: string, timezoneId: string): Flow {
  const flow = { passwords: {} } as Flow;
  beforeAll(async () => {
    flow.started = Date.now();
    flow.server = await startServer();
    flow.call = adminApi(flow.server);
    flow.admin = await newPage(timezoneId);
  });
  afterAll(async () => {
    console.log(`${name} took ${((Date.now() - flow.started) / 1000).toFixed(1)} s`);
    await flow.server?.close();
  });
  return flow;
}

const DELEGATE = { email: 'delegate@example.org', name: 'Wanjiru Kamau', role: 'delegate', state: 'Kenya' };
const OPERATOR = { email: 'operator@example.org', name: 'Olu Operator', role: 'operator' };
const STAFF = { email: 'sam.staff@example.org', name: 'Sam Staff', role: 'staff' };

/** The admin logs in with the first-start password and creates a delegate for Kenya and an operator. */
async function createDelegateAndOperator({ server, call, admin, passwords }: Flow) {
  await logIn(admin, server, server.admin.email, server.admin.password);
  for (const account of [DELEGATE, OPERATOR]) passwords[account.email] = await createAccount(admin, server, account);
  const { users } = await call<{ users: { email: string; role: string }[] }>('GET', '/api/users');
  expect(users.map((u) => `${u.email}:${u.role}`)).toEqual(
    expect.arrayContaining([`${DELEGATE.email}:delegate`, `${OPERATOR.email}:operator`]),
  );
}

/** Ten states made members in one bulk action, confirmed, logged as ten entries. */
async function makeTenMembers({ server, call, admin }: Flow) {
  await open(admin, server, '/admin/participants');
  await admin.locator('.participants-admin-table tbody tr').nth(100).waitFor();
  for (const name of TEN) await admin.getByLabel(`Select ${name}`, { exact: true }).check();
  await admin.getByText('10 participants selected.').waitFor();
  await admin.getByLabel('New status').selectOption('member');
  await admin.locator('.bulk-change').getByRole('button', { name: 'Apply' }).click();
  expect(await confirmWith(admin, 'Apply')).toContain('Make these 10 participants “Member”?');
  const bulk = admin.locator('.bulk-change');
  await bulk.getByText('10 participants are now “Member”.').waitFor();
  const first = await receiptIndex(bulk);
  expect(await logKinds(call, first, 10)).toEqual(TEN.map(() => 'participant.status-changed'));
  const { participants } = await call<{ participants: { name: string }[] }>('GET', '/api/assembly/participants?status=member');
  expect(participants.map((p) => p.name).sort()).toEqual([...TEN].sort());
}

/** Moves the weighting to an equal share with the keyboard, and waits for the preview to show China's new power. */
async function moveWeightingSliders(admin: Page) {
  await admin.locator('.preview-table tbody tr').nth(9).waitFor();
  await admin.getByText('Shown for the rules as they are in the form.').waitFor();
  const banzhaf = (name: string) =>
    admin
      .locator('.preview-table tbody tr')
      .filter({ has: admin.locator('th span', { hasText: name }) })
      .getByTestId('banzhaf')
      .textContent();
  const [chinaBefore, kenyaBefore] = [await banzhaf('China'), await banzhaf('Kenya')];
  const equal = admin.getByLabel('Equal share (one state, one share)');
  await equal.focus();
  await admin.keyboard.press('End');
  expect(await equal.getAttribute('aria-valuetext')).toBe('100%');
  expect(await admin.getByLabel('By population', { exact: true }).getAttribute('aria-valuetext')).toBe('0%');
  await admin.waitForFunction((old) => {
    const status = document.querySelector('[data-testid="preview-status"]')?.textContent;
    const row = [...document.querySelectorAll('.preview-table tbody tr')].find(
      (tr) => tr.querySelector('th span')?.textContent === 'China',
    );
    return status === 'Shown for the rules as they are in the form.' && row?.querySelector('[data-testid="banzhaf"]')?.textContent !== old;
  }, chinaBefore);
  // One state, one share: China's power falls, Kenya's rises, and the two are now the same.
  expect(await banzhaf('China')).not.toBe(chinaBefore);
  expect(await banzhaf('Kenya')).not.toBe(kenyaBefore);
  expect(await banzhaf('China')).toBe(await banzhaf('Kenya'));
}

/**
 * The rules page: the weighting sliders moved (the preview changes before anything is saved), then
 * what the adoption needs so that Kenya's delegate alone, a tenth of the weight, carries it: a
 * quorum of 5 %, no majority of states by head, and no translation required before the vote.
 */
async function setAndSaveRules({ server, call, admin }: Flow) {
  await open(admin, server, '/admin/rules');
  await moveWeightingSliders(admin);
  expect((await call<{ version: number }>('GET', '/api/assembly/rules')).version).toBe(1);
  const quorum = admin.getByLabel("Share of the members' weight that must take part");
  await quorum.focus();
  await admin.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await admin.keyboard.press('ArrowRight');
  expect(await quorum.getAttribute('aria-valuetext')).toBe('5%');
  const adoption = admin.getByRole('group', { name: 'Adoption of a treaty' });
  await adoption.getByLabel('Also require a majority of the member states by head').uncheck();
  const languages = admin.getByRole('group', { name: 'Languages in which the text must be translated before the adoption vote' });
  for (const box of await languages.getByRole('checkbox').all()) await box.uncheck();
  await admin.getByRole('button', { name: 'Save the rules' }).click();
  expect(await confirmWith(admin, 'Save the rules')).toContain('as version 2');
  await admin.getByText('Rules saved.').waitFor();
  expect(await logKinds(call, await receiptIndex(admin.locator('.rules-form')))).toEqual(['rules.changed']);
  const saved = await call<{ version: number; rules: { quorum: number } }>('GET', '/api/assembly/rules');
  expect(saved.version).toBe(2);
  expect(saved.rules).toMatchObject({
    weighting: { equal: 1, population: 0, gdp: 0, sqrtPopulation: 0 },
    thresholds: { adoption: { doubleMajority: null } },
    requiredLanguages: [],
  });
  expect(saved.rules.quorum).toBeCloseTo(0.05, 9);
  await screenshot(admin, 'flow-rules');
}

/** A draft of three articles, in force on the second ratification. */
async function writeTreaty({ server, call, admin }: Flow) {
  await open(admin, server, '/admin/treaties');
  await admin.getByRole('link', { name: 'New treaty' }).click();
  await admin.getByRole('heading', { level: 1, name: 'New treaty' }).waitFor();
  await admin.getByLabel('Title', { exact: true }).fill(TITLE);
  const articles = [
    ['Definitions', '"Compute" means floating-point operations.'],
    ['Purpose', 'The Parties **shall** verify compute.'],
    ['Thresholds', 'A run above 10^26 FLOP is *declared*.'],
  ] as const;
  for (const [i, [heading, body]] of articles.entries()) {
    if (i > 0) await admin.getByRole('button', { name: 'Add an article' }).click();
    await admin.getByLabel(`Heading of article ${i + 1}`).fill(heading);
    await admin.getByLabel(`Text of article ${i + 1} (Markdown)`).fill(body);
  }
  await admin.getByLabel('Ratifications needed').fill('2');
  await admin.getByLabel('Share of world population (%)').fill('');
  await admin.getByLabel('Days after the conditions are met').fill('0');
  await admin.getByRole('button', { name: 'Create the draft' }).click();
  expect(await confirmWith(admin, 'Create the draft')).toContain(`Create the draft “${TITLE}” with 3 articles?`);
  await admin.getByText(`Draft “${TITLE}” created (version 1).`).waitFor();
  expect(await logKinds(call, await receiptIndex(admin))).toEqual(['treaty.created']);
  const { treaties } = await call<{ treaties: { title: string; status: string }[] }>('GET', '/api/treaties');
  expect(treaties).toEqual([expect.objectContaining({ title: TITLE, status: 'draft' })]);
}

/** The adoption scheduled to open at once and close VOTING_MS later; its id read from its row. */
async function scheduleAdoption(flow: Flow) {
  const { server, call, admin } = flow;
  await open(admin, server, '/admin/motions');
  await admin.getByLabel('Adoption of a draft').check();
  await admin.getByLabel('Draft treaty').selectOption({ label: `${TITLE} (version 1)` });
  await admin.getByLabel('Title of the motion').fill(MOTION);
  const now = Date.now();
  flow.closesAt = now + VOTING_MS;
  await admin.getByLabel('Opens at (your time)').fill(await localInput(admin, now - 1000));
  await admin.getByLabel('Closes at (your time)').fill(await localInput(admin, flow.closesAt));
  await admin.getByRole('button', { name: 'Schedule the motion' }).click();
  await confirmWith(admin, 'Schedule the motion');
  await admin.getByText(`“${MOTION}” is scheduled.`).waitFor();
  expect(await logKinds(call, await receiptIndex(admin))).toEqual(['motion.created']);
  const row = admin.locator('tr[data-motion]', { hasText: MOTION });
  await row.and(admin.locator('[data-status="open"]')).waitFor();
  flow.motionId = Number(await row.getAttribute('data-motion'));
}

/** Kenya's delegate, in a browser of their own, logs in with the password the admin was shown and votes yes. */
async function delegateVotes({ server, passwords, motionId, closesAt }: Flow) {
  const kenya = await newPage('Africa/Nairobi');
  await logIn(kenya, server, DELEGATE.email, passwords[DELEGATE.email]!);
  await open(kenya, server, `/assembly/motions/${motionId}`);
  await kenya.getByLabel('Yes').check();
  await kenya.getByRole('button', { name: 'Cast ballot' }).click();
  await kenya.getByText(/^Ballot cast: Yes\./).waitFor();
  expect(Date.now(), 'the ballot was cast before the motion closed').toBeLessThan(closesAt);
}

/** The admin's motions page notices the closing time pass (it polls; no reload) and closes the motion: adopted. */
async function closeMotion({ call, admin, closesAt }: Flow) {
  const row = admin.locator('tr[data-motion]', { hasText: MOTION });
  await row.and(admin.locator('[data-status="due"]')).waitFor({ timeout: closesAt - Date.now() + 30_000 });
  await row.getByRole('button', { name: `Close the vote on “${MOTION}”` }).click();
  await confirmWith(admin, 'Close');
  const result = admin.getByTestId('close-result');
  await result.getByText(`The vote on “${MOTION}” is closed.`).waitFor();
  expect(await result.getByTestId('tally-outcome').textContent()).toBe('adopted');
  expect(await result.getByTestId('tally-heads').textContent()).toBe('States: 1 yes, 0 no, 0 abstaining, 9 absent');
  await result.getByText('The treaty is adopted in version 1 and open for signature.').waitFor();
  await row.and(admin.locator('[data-status="closed"]')).waitFor();
  const { treaties } = await call<{ treaties: { title: string; status: string }[] }>('GET', '/api/treaties');
  expect(treaties).toEqual([expect.objectContaining({ title: TITLE, status: 'adopted' })]);
  await screenshot(admin, 'flow-motion-closed');
}

/** The depositary page: Kenya and Norway sign, then ratify; each act confirmed and logged. */
async function recordRatifications({ server, call, admin }: Flow) {
  await open(admin, server, '/admin/treaties');
  await admin.getByRole('link', { name: TITLE }).click();
  await admin.getByRole('heading', { level: 1, name: `Depositary: ${TITLE}` }).waitFor();
  expect(await admin.getByTestId('treaty-stage').textContent()).toBe('open for signature');
  for (const [kind, iso3, name, button, done, logged] of [
    ['Signature', 'KEN', 'Kenya', 'Record the signature', 'Signature by Kenya on', 'treaty.signed'],
    ['Signature', 'NOR', 'Norway', 'Record the signature', 'Signature by Norway on', 'treaty.signed'],
    ['Deposit of ratification', 'KEN', 'Kenya', 'Record the ratification', 'Ratification by Kenya on', 'treaty.ratified'],
    ['Deposit of ratification', 'NOR', 'Norway', 'Record the ratification', 'Ratification by Norway on', 'treaty.ratified'],
  ] as const) {
    await admin.getByLabel(kind, { exact: true }).check();
    await admin.getByLabel('Find a state (name or ISO code)').fill(iso3);
    expect(await admin.getByLabel('State', { exact: true }).locator('option:checked').textContent()).toContain(name);
    await admin.getByRole('button', { name: button }).click();
    await confirmWith(admin, button);
    await admin.getByRole('status').filter({ hasText: done }).waitFor();
    expect(await logKinds(call, await receiptIndex(admin))).toEqual([logged]);
  }
  await admin
    .getByTestId('entry-into-force')
    .getByText(/^In force since/)
    .waitFor();
  await screenshot(admin, 'flow-depositary');
}

/** The public treaty page (the depositary page's address, outside the console) shows both ratifications. */
async function publicTreatyPage({ server, admin }: Flow) {
  const reader = await newPage('UTC');
  await open(reader, server, new URL(admin.url()).pathname.replace('/admin/treaties/', '/assembly/treaties/'));
  const signatories = reader.getByTestId('signatories').locator('tbody tr');
  await signatories.nth(1).waitFor();
  const rows = await signatories.allTextContents();
  expect(rows).toHaveLength(2);
  // Each row: the state, the date of its signature and the date of its ratification.
  for (const name of ['Kenya', 'Norway']) expect(rows.find((r) => r.includes(name))).toMatch(/\d{4}.*\d{4}/);
  expect(await reader.getByTestId('entry-into-force').textContent()).toContain('In force since');
  expect(await seriousViolations(reader)).toEqual([]);
  await screenshot(reader, 'flow-treaty-public');
}

describe('Flow 1: accounts, members, rules, a treaty adopted by a delegate’s vote and ratified', () => {
  const flow = freshFlow('flow 1', 'Europe/Paris');
  it('the admin logs in with the first-start password and creates a delegate and an operator', () => createDelegateAndOperator(flow));
  it('makes ten states members in one bulk action', () => makeTenMembers(flow));
  it('moves the weighting sliders, sees the power preview change, and saves the rules', () => setAndSaveRules(flow));
  it('writes a treaty of three articles', () => writeTreaty(flow));
  it('schedules its adoption', () => scheduleAdoption(flow));
  it('the delegate votes yes in another browser context', () => delegateVotes(flow));
  it('closes the motion once due: adopted', () => closeMotion(flow), VOTING_MS + 60_000);
  it('records two signatures and two ratifications', () => recordRatifications(flow));
  it('the public treaty page shows the ratifications', () => publicTreatyPage(flow));
});

/** The public funding page's total of hours. */
async function fundedHours({ server, admin }: Flow): Promise<number> {
  await open(admin, server, '/coalition/funding');
  const hours = admin.locator('.totals > div').filter({ has: admin.locator('dt', { hasText: /^Hours/ }) });
  return Number(((await hours.locator('dd').textContent()) ?? '').replace(/[^\d.]/g, ''));
}

const CSV_HEADER = 'person,date,hours,amount,currency,description\n';
const GOOD_ROWS = 'Wendell Wallach,2025-01-10,10,,,drafting\nTolga Bilge,2025-01-11,5.5,250.00,EUR,travel\n';
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${CSV_HEADER}${text}`, 'utf8') });

/**
 * A CSV with one bad row: that row's reasons shown, no Import button, nothing stored. The row fixed
 * (a person who exists), the file imported, and the public funding page shows 16.5 more hours.
 */
async function importContributions(flow: Flow) {
  const { server, call, admin } = flow;
  const count = async () => (await call<{ total: number }>('GET', '/api/coalition/contributions?limit=1')).total;
  const [hoursBefore, countBefore] = [await fundedHours(flow), await count()];
  await open(admin, server, '/admin/contributions');
  await admin.locator('.expected-header', { hasText: CSV_HEADER.trim() }).waitFor();
  const section = admin.locator('section.csv-import');
  await section.getByLabel('CSV file').setInputFiles(csvFile('bad.csv', `${GOOD_ROWS}Nobody Here,2025-01-12,1,,,\n`));
  const bad = section.locator('.rejected-rows li[data-row="4"]');
  await bad.waitFor();
  expect(await bad.textContent()).toContain('no person named "Nobody Here"');
  expect(await section.locator('.rejected-rows li').count()).toBe(1);
  expect(await section.getByRole('button', { name: /^Import/ }).count()).toBe(0);
  await screenshot(admin, 'flow-import-refused');
  expect(await count()).toBe(countBefore);

  await section.getByLabel('CSV file').setInputFiles(csvFile('fixed.csv', `${GOOD_ROWS}Joep Meindertsma,2025-01-12,1,,,\n`));
  await section.getByRole('button', { name: 'Import 3 rows' }).click();
  await confirmWith(admin, 'Import');
  await section.getByText('3 contributions imported.').waitFor();
  expect(await logKinds(call, await receiptIndex(section))).toEqual(['coalition.contribution']);
  expect(await count()).toBe(countBefore + 3);

  expect(await fundedHours(flow)).toBe(hoursBefore + 16.5);
  await admin.locator('.totals dt', { hasText: 'EUR' }).waitFor();
  await screenshot(admin, 'flow-funding');
}

/** A campaign opened, and found on the public campaigns page. */
async function openCampaign({ server, call, admin }: Flow) {
  await open(admin, server, '/admin/campaigns');
  const form = admin.locator('form', { has: admin.getByRole('heading', { name: 'Open a campaign' }) });
  await form.getByLabel('Title').fill('Flow Campaign');
  await form.getByLabel('Goal', { exact: true }).fill('5,000');
  await form.getByLabel('Minimum goal').fill('1000');
  await form.getByLabel('Deadline').fill((await localInput(admin, Date.now() + 3 * 86_400_000)).slice(0, 16));
  await form.getByRole('button', { name: 'Open the campaign' }).click();
  await form.getByText('Campaign opened.').waitFor();
  expect(await logKinds(call, await receiptIndex(form))).toEqual(['coalition.campaign-created']);
  await open(admin, server, '/coalition/campaigns');
  await admin.getByRole('heading', { level: 2, name: 'Flow Campaign' }).waitFor();
}

/** An event in Tokyo, entered from a browser in Berlin; the public page shows it in both zones. */
async function createEvent({ server, call, admin }: Flow) {
  const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await open(admin, server, '/admin');
  await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Events' }).click();
  await admin.getByRole('link', { name: 'New event' }).click();
  expect(await admin.getByLabel('Time zone').inputValue()).toBe('Europe/Berlin');
  await admin.getByLabel('Title').fill('Tokyo Summit');
  await admin.getByLabel('Time zone').fill('Asia/Tokyo');
  await admin.getByLabel('Starts').fill(`${day}T09:00`);
  await admin.getByLabel('Ends').fill(`${day}T17:00`);
  await admin.getByLabel('Place').fill('Tokyo International Forum');
  // 09:00 in Tokyo is midnight UTC, shown before saving.
  await admin
    .getByText(/^UTC: .*12:00\s?AM/i)
    .first()
    .waitFor();
  await admin.getByRole('button', { name: 'Create the event' }).click();
  expect(await logKinds(call, await receiptIndex(admin))).toEqual(['coalition.event-created']);
  await admin.getByRole('link', { name: /Tokyo Summit.*open it/ }).click();
  await admin.getByRole('heading', { level: 1, name: 'Tokyo Summit' }).waitFor();
  const eventId = Number(new URL(admin.url()).pathname.split('/').pop());
  await open(admin, server, '/coalition/events');
  const card = admin.locator(`#event-${eventId}`);
  await card.waitFor();
  // The wall-clock time in Tokyo with its zone, and the same instant in the reader's Berlin.
  const shown = (at: string, timeZone: string) =>
    new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(at));
  const text = (await card.textContent()) ?? '';
  expect(text).toContain(shown(`${day}T09:00:00Z`, 'UTC'));
  expect(text).toContain('Asia/Tokyo');
  expect(text).toContain(shown(`${day}T00:00:00Z`, 'Europe/Berlin'));
  await screenshot(admin, 'flow-event-public');
}

/** The staff member, in a browser of their own, adds an outreach target and logs an interaction with it. */
async function staffOutreach({ server, call, passwords }: Flow) {
  const sam = await newPage('Europe/London');
  await logIn(sam, server, STAFF.email, passwords[STAFF.email]!);
  await open(sam, server, '/admin');
  await sam.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Outreach' }).click();
  await sam.getByRole('heading', { level: 1, name: 'Outreach' }).waitFor();
  await sam.getByLabel('Name').fill('Frontier AI Lab');
  await sam.getByLabel('Institution').check();
  await sam.getByLabel('Category').selectOption({ label: 'AI lab' });
  await sam.getByLabel('Country').selectOption('GBR');
  await sam.getByLabel('Priority').selectOption({ label: 'High' });
  await sam.getByLabel('Owner').selectOption({ label: STAFF.name });
  await sam.getByRole('button', { name: 'Add the target' }).click();
  await sam.getByRole('link', { name: /Frontier AI Lab.*open it/ }).click();
  await sam.getByRole('heading', { level: 1, name: 'Frontier AI Lab' }).waitFor();
  // Yesterday: an interaction cannot be dated in the future, wherever the server's day ends.
  await sam.getByLabel('Date', { exact: true }).fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  await sam.getByLabel('Channel').selectOption({ label: 'Meeting' });
  await sam.getByLabel('What happened').fill('Met the policy team; they asked for the verification protocol.');
  await sam.getByLabel('Next action', { exact: true }).fill('Send the verification protocol');
  await sam.getByLabel('Next action due').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await sam.getByRole('button', { name: 'Record the interaction' }).click();
  await sam.getByText('The interaction is recorded.').waitFor();
  await sam.getByText('Met the policy team').waitFor();
  const { targets } = await call<{ targets: { id: number; name: string }[] }>('GET', '/api/coalition/outreach/targets');
  const target = targets.find((t) => t.name === 'Frontier AI Lab');
  expect(target).toBeDefined();
  const { interactions } = await call<{ interactions: { nextAction: string | null }[] }>(
    'GET',
    `/api/coalition/outreach/targets/${target!.id}`,
  );
  expect(interactions).toEqual([expect.objectContaining({ nextAction: 'Send the verification protocol' })]);
  expect(await seriousViolations(sam)).toEqual([]);
  await screenshot(sam, 'flow-outreach-target');
}

describe('Flow 2: contributions imported, a campaign, an event in its own time zone, outreach by staff', () => {
  const flow = freshFlow('flow 2', 'Europe/Berlin');
  it('the admin logs in with the first-start password and creates a staff account', async () => {
    await logIn(flow.admin, flow.server, flow.server.admin.email, flow.server.admin.password);
    flow.passwords[STAFF.email] = await createAccount(flow.admin, flow.server, STAFF);
  });
  it('imports a contributions CSV: the bad row refused with its reasons, then fixed, and the funding page changes', () =>
    importContributions(flow));
  it('opens a campaign', () => openCampaign(flow));
  it('creates an event with a time zone', () => createEvent(flow));
  it('the staff member creates an outreach target and logs an interaction', () => staffOutreach(flow));
});
