/*
 * The secretariat's console for events, the roadmap and outreach, in Chromium, driven through the
 * pages as a person would (the API only sets up what lies outside these sections and reads back):
 * the admin logs in, creates an event in Tokyo from a browser in Berlin and finds the right time on
 * the public page, edits it, exports its registrations to CSV, cancels one, deletes another event,
 * adds a milestone; a staff account sees only Outreach, adds a target, logs an interaction whose
 * next action is past due and finds it overdue. axe-core runs on each console page, and each is
 * saved as a screenshot (desktop; some on a 390 px phone and in Arabic).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sessionCookie } from '../fixtures/http.ts';
import { logIn, seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';

const SHOTS = 'test-results/screenshots';
const STAFF = { email: 'sam.staff@example.org', name: 'Sam Staff', password: 'staff-password-1234' };
/** The browser's own zone: the event is entered in another one. */
const BROWSER_ZONE = 'Europe/Berlin';

let server: TestServer;
let browser: Browser;
let call: AdminCall;
let admin: Page;
const contexts: BrowserContext[] = [];
/** Console pages visited, for the phone and Arabic rounds: [name, path]. */
const visited: [string, string][] = [];

/** axe-core finds nothing serious, and the page is saved as admin-<name>.png. */
async function checkPage(page: Page, name: string) {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/admin-${name}.png`, fullPage: true });
  const path = new URL(page.url()).pathname;
  if (!visited.some(([n]) => n === name)) visited.push([name, path]);
}

/** A new browser context in the Berlin zone, optionally already logged in with the API's session. */
async function newContext(options: { locale?: string; width?: number; loggedIn?: { email: string; password: string } } = {}) {
  const context = await browser.newContext({
    timezoneId: BROWSER_ZONE,
    locale: options.locale ?? 'en',
    viewport: { width: options.width ?? 1280, height: 900 },
    acceptDownloads: true,
    // axe-core is injected as an inline script, which the app's Content-Security-Policy refuses.
    bypassCSP: true,
  });
  contexts.push(context);
  if (options.loggedIn) {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json' },
      body: JSON.stringify(options.loggedIn),
    });
    const [name = '', value = ''] = sessionCookie(res).split('=');
    await context.addCookies([{ name, value, url: server.url }]);
  }
  return context;
}

/**
 * Opens a console page and waits for its heading. Once more if it does not come: other test files
 * may rebuild the shared web/dist meanwhile, and a page caught mid-build lacks its chunks.
 */
async function open(page: Page, path: string) {
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${server.url}${path}`);
    try {
      await page
        .locator('h1')
        .first()
        .waitFor({ timeout: attempt === 1 ? 15_000 : 30_000 });
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

/** A calendar date `days` from today (UTC), as YYYY-MM-DD. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ensureWebBuilt();
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  call = adminApi(server);
  await call('POST', '/api/users', { ...STAFF, role: 'staff' });
  browser = await launchBrowser();
  admin = await (await newContext()).newPage();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

/** The day of the Tokyo summit, and its id once created. */
const day = dayFromNow(30);
let eventId = 0;

describe('Events in the console', () => {
  it('creates an event in Tokyo from a browser in Berlin, and the public page shows its times', async () => {
    await logIn(admin, server, server.admin.email, server.admin.password);
    await admin.goto(`${server.url}/admin`);
    await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Events' }).click();
    await checkPage(admin, 'events');
    await admin.getByRole('link', { name: 'New event' }).click();
    expect(await admin.getByLabel('Time zone').inputValue()).toBe(BROWSER_ZONE);
    await admin.getByLabel('Title').fill('Tokyo Summit');
    await admin.getByLabel('Time zone').fill('Asia/Tokyo');
    await admin.getByLabel('Starts').fill(`${day}T09:00`);
    await admin.getByLabel('Ends').fill(`${day}T17:00`);
    await admin.getByLabel('Place').fill('Tokyo International Forum');
    await admin.getByLabel('Capacity').fill('50');
    // The times as they will be: 09:00 in Tokyo is midnight UTC.
    await admin
      .getByText(/^UTC: .*12:00\s?AM/i)
      .first()
      .waitFor();
    await checkPage(admin, 'event-new');
    await admin.getByRole('button', { name: 'Create the event' }).click();
    const receipt = admin.getByTestId('log-receipt');
    await receipt.waitFor();
    expect(await receipt.getAttribute('href')).toMatch(/^\/log\?entry=\d+$/);
    await admin.getByRole('link', { name: /Tokyo Summit.*open it/ }).click();
    await admin.getByRole('heading', { level: 1, name: 'Tokyo Summit' }).waitFor();
    eventId = Number(new URL(admin.url()).pathname.split('/').pop());
    const stored = await call<{ startsAt: string; timeZone: string }>('GET', `/api/coalition/events/${eventId}`);
    expect(stored).toMatchObject({ startsAt: `${day}T00:00:00.000Z`, timeZone: 'Asia/Tokyo' });

    const visitor = await (await newContext()).newPage();
    await visitor.goto(`${server.url}/coalition/events`);
    const card = visitor.locator(`#event-${eventId}`);
    await card.waitFor();
    // The page's language is English ('en'): the wall-clock time in Tokyo, and the same instant in Berlin.
    const shown = (at: string, timeZone: string) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(at));
    const local = shown(`${day}T09:00:00Z`, 'UTC');
    const yours = shown(`${day}T00:00:00Z`, BROWSER_ZONE);
    const text = await card.textContent();
    expect(text).toContain(local);
    expect(text).toContain('Asia/Tokyo');
    expect(text).toContain(yours);
  });

  it('edits the event and shows the log entry of the change', async () => {
    await admin.getByLabel('Title').fill('Tokyo Summit on AI Safety');
    await admin.getByLabel('Capacity').fill('');
    await admin.getByRole('button', { name: 'Save the changes' }).click();
    await admin.getByText('Saved.').waitFor();
    await admin.getByTestId('log-receipt').waitFor();
    const stored = await call<{ title: string; capacity: number | null }>('GET', `/api/coalition/events/${eventId}`);
    expect(stored).toMatchObject({ title: 'Tokyo Summit on AI Safety', capacity: null });
  });

  it('shows a server error beside the field it names', async () => {
    await admin.getByLabel('Ends').fill(`${day}T08:00`);
    await admin.getByRole('button', { name: 'Save the changes' }).click();
    const ends = admin.getByLabel('Ends');
    await admin.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
    expect(await ends.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await ends.getAttribute('aria-describedby')) ?? '';
    expect(await admin.locator(`[id="${describedBy}"]`).textContent()).toMatch(/end after it starts/);
    await admin.getByLabel('Ends').fill(`${day}T17:00`);
  });
});

describe('Registrations, deletion and the roadmap in the console', () => {
  it('exports the registrations to CSV and cancels one after asking', async () => {
    for (const person of [
      { name: 'Lovelace, Ada', email: 'ada@example.org' },
      { name: 'محمد الخوارزمي', email: 'khwarizmi@example.org' },
    ])
      await call('POST', `/api/coalition/events/${eventId}/registrations`, person);
    await admin.reload();
    await admin.getByRole('cell', { name: 'khwarizmi@example.org' }).waitFor();
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Export to CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`event-${eventId}-registrations.csv`);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('id,name,email,status,registered_at,promoted_at,cancelled_at');
    expect(lines[1]).toMatch(/^\d+,"Lovelace, Ada",ada@example\.org,confirmed,/);
    expect(lines[2]).toContain('محمد الخوارزمي');
    await checkPage(admin, 'event');

    await admin.getByRole('button', { name: 'Cancel Lovelace, Ada’s registration' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByText(/Cancel the registration of \u2068?Lovelace, Ada/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel the registration' }).click();
    await admin.getByText('The registration is cancelled.').waitFor();
    const { registrations } = await call<{ registrations: { name: string; status: string }[] }>(
      'GET',
      `/api/coalition/events/${eventId}/registrations`,
    );
    expect(registrations.map((r) => `${r.name}:${r.status}`)).toEqual(['Lovelace, Ada:cancelled', 'محمد الخوارزمي:confirmed']);
  });

  it('deletes an event after saying how many registrations go with it', async () => {
    const doomed = await call<{ id: number }>('POST', '/api/coalition/events', {
      title: 'Doomed Meeting',
      kind: 'meeting',
      start: `${day}T10:00`,
      end: `${day}T11:00`,
      timeZone: 'UTC',
      onlineUrl: 'https://meet.example.org/doomed',
    });
    await call('POST', `/api/coalition/events/${doomed.id}/registrations`, { name: 'Grace Hopper', email: 'grace@example.org' });
    await open(admin, `/admin/events/${doomed.id}`);
    await admin.getByRole('button', { name: 'Delete this event…' }).click();
    const dialog = admin.getByRole('dialog');
    expect(await dialog.textContent()).toContain('Its 1 registration is deleted with it');
    await dialog.getByRole('button', { name: 'Delete the event' }).click();
    await admin.getByRole('heading', { level: 1, name: /Doomed Meeting.*is deleted/ }).waitFor();
    await admin.getByTestId('log-receipt').waitFor();
  });
});

describe('Working groups and the roadmap in the console', () => {
  it('adds a working-group member picked from a search, links an output, and removes both after asking', async () => {
    const wg = await call<{ id: number }>('POST', '/api/coalition/events', {
      title: 'Verification Working Group',
      kind: 'working_group',
      start: `${day}T10:00`,
      end: `${day}T12:00`,
      timeZone: 'UTC',
      onlineUrl: 'https://meet.example.org/wg',
    });
    await open(admin, `/admin/events/${wg.id}`);
    await admin.getByLabel('Search people').fill('Rufo');
    await admin.getByLabel('Person', { exact: true }).selectOption({ index: 0 });
    await admin.getByRole('button', { name: 'Add to the group' }).click();
    await admin.getByRole('button', { name: 'Remove Rufo Guerreschi' }).waitFor();
    const output = admin.locator('form', { hasText: 'Link an output' });
    await output.getByLabel('Title').fill('Draft verification protocol');
    await output.getByLabel('Address (URL)').fill('https://docs.example.org/protocol.pdf');
    await output.getByRole('button', { name: 'Link the document' }).click();
    await output.getByTestId('log-receipt').waitFor();
    await admin.getByRole('link', { name: 'Draft verification protocol' }).waitFor();

    await admin.getByRole('button', { name: /Unlink .Draft verification protocol/ }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Unlink' }).click();
    await admin.getByRole('link', { name: 'Draft verification protocol' }).waitFor({ state: 'detached' });
    await admin.getByRole('button', { name: 'Remove Rufo Guerreschi' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await admin.getByText('No members yet.').waitFor();
    expect(await call('GET', `/api/coalition/events/${wg.id}/members`)).toEqual({ members: [] });
  });

  it('adds a milestone linked to the event', async () => {
    await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Roadmap' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Roadmap' }).waitFor();
    await admin.getByLabel('Milestone', { exact: true }).fill('First summit held');
    await admin.getByLabel('Target date').fill(day);
    await admin.getByLabel(/Tokyo Summit on AI Safety/).check();
    await admin.getByRole('button', { name: 'Add the milestone' }).click();
    await admin.getByText('The milestone is added.').waitFor();
    await admin.getByTestId('log-receipt').waitFor();
    await admin.getByRole('link', { name: 'First summit held' }).waitFor();
    const { milestones } = await call<{ milestones: { title: string; events: { id: number }[] }[] }>('GET', '/api/coalition/roadmap');
    expect(milestones).toEqual([
      expect.objectContaining({ title: 'First summit held', events: [expect.objectContaining({ id: eventId })] }),
    ]);
    await checkPage(admin, 'roadmap');
    await admin.getByRole('link', { name: 'First summit held' }).click();
    await checkPage(admin, 'milestone');
  });
});

describe('Outreach in the console, as staff', () => {
  let staff: Page;

  it('shows staff only the Outreach section', async () => {
    staff = await (await newContext()).newPage();
    await logIn(staff, server, STAFF.email, STAFF.password);
    await staff.goto(`${server.url}/admin`);
    const menu = staff.getByRole('navigation', { name: 'Administration' });
    await menu.getByRole('link', { name: 'Outreach' }).waitFor();
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Outreach']);
  });

  it('adds a target, logs an interaction with a past next action, and finds it overdue', async () => {
    await staff.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Outreach' }).click();
    await staff.getByRole('heading', { level: 1, name: 'Outreach' }).waitFor();
    await staff.getByText('Nothing is overdue.').waitFor();
    await staff.getByLabel('Name').fill('Frontier AI Lab');
    await staff.getByLabel('Institution').check();
    await staff.getByLabel('Category').selectOption({ label: 'AI lab' });
    await staff.getByLabel('Country').selectOption('GBR');
    await staff.getByLabel('Priority').selectOption({ label: 'High' });
    await staff.getByLabel('Owner').selectOption({ label: STAFF.name });
    await staff.getByRole('button', { name: 'Add the target' }).click();
    await staff.getByRole('link', { name: /Frontier AI Lab.*open it/ }).click();
    await staff.getByRole('heading', { level: 1, name: 'Frontier AI Lab' }).waitFor();

    await staff.getByLabel('Date', { exact: true }).fill(dayFromNow(-10));
    await staff.getByLabel('Channel').selectOption({ label: 'Meeting' });
    await staff.getByLabel('What happened').fill('Met the policy team; they asked for the verification protocol.');
    await staff.getByLabel('Next action', { exact: true }).fill('Send the verification protocol');
    await staff.getByLabel('Next action due').fill(dayFromNow(-3));
    await staff.getByRole('button', { name: 'Record the interaction' }).click();
    await staff.getByText('The interaction is recorded.').waitFor();
    await staff.getByText('Met the policy team').waitFor();
    await checkPage(staff, 'outreach-target');

    await staff.getByRole('link', { name: 'All targets' }).click();
    const overdue = staff.getByRole('region', { name: 'Overdue next actions' });
    await overdue.getByRole('link', { name: 'Frontier AI Lab' }).waitFor();
    expect(await overdue.textContent()).toMatch(/Send the verification protocol.*days overdue/);
    await checkPage(staff, 'outreach');
  });
});

describe('The console pages on a phone and in Arabic', () => {
  it('has nothing wider than a 390 px phone, and nothing serious for axe-core', async () => {
    const phone = await (await newContext({ width: 390, loggedIn: server.admin })).newPage();
    for (const [name, path] of visited) {
      await open(phone, path);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${name} is ${width} px wide`).toBeLessThanOrEqual(390);
      expect(await seriousViolations(phone)).toEqual([]);
      if (name === 'event' || name === 'outreach') await phone.screenshot({ path: `${SHOTS}/admin-${name}-phone.png`, fullPage: true });
    }
  });

  it('is laid out right to left in Arabic, and nothing serious for axe-core', async () => {
    const arabic = await (await newContext({ locale: 'ar', loggedIn: server.admin })).newPage();
    for (const [name, path] of visited) {
      await open(arabic, path);
      expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await seriousViolations(arabic)).toEqual([]);
      if (name === 'event-new' || name === 'roadmap' || name === 'outreach-target')
        await arabic.screenshot({ path: `${SHOTS}/admin-${name}-ar.png`, fullPage: true });
    }
    await open(arabic, '/admin/events/new');
    expect(await arabic.locator('h1').textContent()).toBe('فعالية جديدة');
  });
});
