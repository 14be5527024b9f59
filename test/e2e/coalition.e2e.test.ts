import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { logIn } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { readCatalogue } from '../fixtures/catalogues.ts';
import { sessionCookie } from '../fixtures/http.ts';

/*
 * Coalition pages in Chromium: registering for a summit, the outreach board, a campaign settling,
 * and the pages in French (from the browser's Accept-Language) and in Arabic (right to left).
 * One server and one page serve the whole file: each block goes on from where the one before left it.
 */
let server: TestServer;
let browser: Browser;
let page: Page;
let cookie: string;

/** Calls the API as the admin, from the server's own origin (the CSRF check wants it). */
async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { origin: server.url, cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { origin: server.url, 'content-type': 'application/json' },
    body: JSON.stringify(server.admin),
  });
  cookie = sessionCookie(login);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Coalition funding in Chromium', () => {
  it('shows the published funding so far, undisclosed rows unnamed', async () => {
    await page.goto(`${server.url}/coalition/funding`);
    const firstRow = page.locator('.funding-table tbody tr').first();
    await firstRow.waitFor();
    expect(await firstRow.locator('th').textContent()).toBe('Rufo Guerreschi');
    expect(await page.locator('.funding-table tbody tr').count()).toBe(13);
    expect(await page.locator('.funding-table tbody th', { hasText: 'undisclosed' }).count()).toBe(2);
    expect(await page.locator('.totals').textContent()).toContain('1,815');
  });
});

describe('Coalition events in Chromium', () => {
  it('registers for a summit, puts the next person on the waiting list, and promotes them on a cancellation', async () => {
    const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const summit = await api('POST', '/api/coalition/events', {
      title: 'Browser Summit',
      kind: 'summit',
      start: `${start}T09:00`,
      end: `${start}T17:00`,
      timeZone: 'Europe/Zurich',
      place: 'Geneva',
      onlineUrl: 'https://meet.example.org/browser-summit',
      capacity: 1,
      agenda: [{ time: '09:00', title: 'Opening' }],
    });
    await page.goto(`${server.url}/coalition/events`);
    const card = page.locator(`#event-${summit.id}`);
    await card.waitFor();
    expect(await card.textContent()).toContain('hybrid (in person and online)');
    await card.getByLabel('Name').fill('Ada Lovelace');
    await card.getByLabel('E-mail').fill('ada@example.org');
    await card.getByRole('button', { name: 'Register' }).click();
    await card.getByText('your place is confirmed').waitFor();
    await page.waitForFunction((id) => document.querySelector(`#event-${id} .capacity`)?.textContent === '1 of 1 place taken', summit.id);

    // A second visitor finds the summit full and joins the waiting list.
    const other = await browser.newPage();
    await other.goto(`${server.url}/coalition/events`);
    const otherCard = other.locator(`#event-${summit.id}`);
    await otherCard.getByLabel('Name').fill('Charles Babbage');
    await otherCard.getByLabel('E-mail').fill('charles@example.org');
    await otherCard.getByRole('button', { name: 'Join the waiting list' }).click();
    await otherCard.getByText('number 1 on the waiting list').waitFor();

    // The first cancels: the waiting person gets the place.
    await card.getByRole('button', { name: 'Cancel my registration' }).click();
    await card.getByText('Your registration is cancelled.').waitFor();
    const { registrations } = await api('GET', `/api/coalition/events/${summit.id}/registrations`);
    expect(registrations.map((r: { name: string; status: string }) => `${r.name}:${r.status}`)).toEqual([
      'Ada Lovelace:cancelled',
      'Charles Babbage:confirmed',
    ]);
    await other.close();
  });

  it('follows a roadmap link to a past event, and switches between upcoming, past and all', async () => {
    const day = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10);
    const past = await api('POST', '/api/coalition/events', {
      title: 'Past Working Group',
      kind: 'working_group',
      start: `${day}T14:00`,
      end: `${day}T16:00`,
      timeZone: 'America/New_York',
      onlineUrl: 'https://meet.example.org/past-wg',
    });
    await api('POST', '/api/coalition/milestones', { title: 'Browser milestone', targetDate: day, status: 'done', eventIds: [past.id] });
    await page.goto(`${server.url}/coalition/roadmap`);
    await page.getByRole('link', { name: 'Past Working Group' }).click();
    await page.locator(`#event-${past.id}`).waitFor();
    expect(await page.getByRole('button', { name: 'All' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Upcoming' }).click();
    await page.locator(`#event-${past.id}`).waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('when')).toBeNull();
    await page.getByRole('button', { name: 'Past' }).click();
    await page.locator(`#event-${past.id}`).waitFor();
    expect(new URL(page.url()).searchParams.get('when')).toBe('past');
  });
});

describe('Coalition outreach and campaigns in Chromium', () => {
  it('moves an outreach target across stages by dragging and by the keyboard fallback', async () => {
    const target = await api('POST', '/api/coalition/outreach/targets', {
      name: 'Browser Test Ministry',
      type: 'institution',
      category: 'state_delegation',
      countryIso3: 'CHE',
      priority: 'high',
    });
    await logIn(page, server, server.admin.email, server.admin.password);
    await page.goto(`${server.url}/coalition/outreach`);

    const card = page.locator(`[data-target-id="${target.id}"]`);
    await page.locator('[data-stage="identified"]').locator(`[data-target-id="${target.id}"]`).waitFor();
    await card.dragTo(page.locator('[data-stage="contacted"]'));
    await page.locator('[data-stage="contacted"]').locator(`[data-target-id="${target.id}"]`).waitFor();
    expect((await api('GET', `/api/coalition/outreach/targets/${target.id}`)).stage).toBe('contacted');

    await page.getByLabel('Stage of Browser Test Ministry').selectOption('engaged');
    await page.locator('[data-stage="engaged"]').locator(`[data-target-id="${target.id}"]`).waitFor();
    const detail = await api('GET', `/api/coalition/outreach/targets/${target.id}`);
    expect(detail.stage).toBe('engaged');
    expect(detail.stageHistory.map((h: { toStage: string }) => h.toStage)).toEqual(['identified', 'contacted', 'engaged']);
  });

  it('takes a pledge and shows the campaign settle at its deadline', async () => {
    const deadline = new Date(Date.now() + 6_000);
    const campaign = await api('POST', '/api/coalition/campaigns', {
      title: 'Browser campaign',
      currency: 'USD',
      goalMinor: 100_000,
      minimumMinor: 50_000,
      deadline: deadline.toISOString(),
    });
    await page.goto(`${server.url}/coalition/campaigns/${campaign.id}`);
    await page.getByLabel('Name').fill('Grace Hopper');
    await page.getByLabel('E-mail').fill('grace@example.org');
    // A decimal comma typed in English is refused, not read as $2,550.
    await page.getByLabel('Amount (USD)').fill('25,50');
    await page.getByRole('button', { name: 'Pledge' }).click();
    await page.getByText('Enter an amount greater than zero in USD, written like $1,234.50.').waitFor();
    expect((await api('GET', `/api/coalition/campaigns/${campaign.id}/pledges`)).pledges).toEqual([]);
    // The amount as read is confirmed, in the campaign's currency, before it is pledged.
    await page.getByLabel('Amount (USD)').fill('600');
    await page.getByRole('button', { name: 'Pledge' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Pledge $600.00 to “Browser campaign”?').waitFor();
    await dialog.getByRole('button', { name: 'Pledge' }).click();
    await page.getByText('Thank you: your pledge of $600.00 is recorded').waitFor();
    await page.waitForFunction(() => document.querySelector('.progress-legend')?.textContent?.includes('$600'));
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('60000');
    expect(await page.locator('[data-status]').getAttribute('data-status')).toBe('open');

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline.getTime() - Date.now()) + 500));
    await page.reload();
    await page.locator('[data-status="collected"]').waitFor();
    expect(await page.locator('[data-status]').textContent()).toContain('every pledge was collected');
    const { pledges } = await api('GET', `/api/coalition/campaigns/${campaign.id}/pledges`);
    expect(pledges.map((p: { status: string }) => p.status)).toEqual(['collected']);
  });
});

const catalogue = (language: string) => readCatalogue('coalition', language);

/** The literal runs of a catalogue text: without its `<tags>`, split at its `{{placeholders}}`. */
const fragments = (text: string) =>
  text
    .replace(/<\/?\w+>/g, '')
    .split(/\{\{[^}]*\}\}/)
    .map((f) => f.trim());

/** Every string in the JSON of API `paths`: names, titles and descriptions the catalogue does not translate. */
async function serverTexts(...paths: string[]): Promise<string[]> {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  const all = (await Promise.all(paths.map((p) => api('GET', p)))).flatMap(strings);
  return all.sort((a, b) => b.length - a.length);
}

/**
 * The English runs (more than 3 letters) of the coalition catalogue that `text` shows once the
 * server's own data is taken out of it, leaving out the runs French shares with English in the
 * same text ("minimum", "Coalition").
 */
function englishIn(text: string, data: string[]): string[] {
  const english = catalogue('en');
  const french = catalogue('fr');
  const shown = data.reduce((rest, value) => (value.length > 1 ? rest.split(value).join('\n') : rest), text);
  const found = new Set<string>();
  for (const [key, value] of Object.entries(english)) {
    const same = fragments(french[key] ?? french[key.replace(/_one$/, '_other')] ?? '');
    for (const run of fragments(value)) {
      if ((run.match(/\p{L}/gu) ?? []).length > 3 && !same.includes(run) && shown.includes(run)) found.add(run);
    }
  }
  return [...found];
}

describe('Coalition pages in French and Arabic', () => {
  it('shows the funding and campaigns pages in French to a browser that asks for fr-FR, with no English left', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 1000 } });
    const french = await context.newPage();
    await french.goto(`${server.url}/coalition/funding`);
    await french.getByRole('heading', { level: 1, name: 'Financement à ce jour' }).waitFor();
    await french.locator('.funding-table tbody tr').first().waitFor();
    expect(await french.evaluate(() => document.documentElement.lang)).toMatch(/^fr\b/);
    expect(await french.title()).toContain('Financement à ce jour');
    // French groups thousands with a narrow no-break space.
    expect(await french.locator('.totals').textContent()).toContain('1\u202f815');
    expect(await french.locator('.funding-table tbody th', { hasText: 'non divulgué' }).count()).toBe(2);
    expect(englishIn(await french.locator('body').innerText(), await serverTexts('/api/coalition/funding'))).toEqual([]);

    await french.getByRole('link', { name: 'Campagnes', exact: true }).click();
    await french.getByRole('heading', { level: 1, name: 'Campagnes' }).waitFor();
    await french.locator('.campaign-list .progress-legend').first().waitFor();
    const campaigns = await french.locator('body').innerText();
    expect(campaigns).toContain('promis par');
    const data = await serverTexts('/api/coalition/campaigns');
    expect(englishIn(campaigns, data)).toEqual([]);

    // One campaign, with its pledge form.
    await french.locator('.campaign-list h2 a').first().click();
    await french.getByRole('link', { name: '← Toutes les campagnes' }).waitFor();
    expect(englishIn(await french.locator('body').innerText(), data)).toEqual([]);
    await context.close();
  });

  it('lays out the coalition pages right to left in Arabic, the roadmap line on the right', async () => {
    const context = await browser.newContext({ locale: 'ar', viewport: { width: 1400, height: 1000 } });
    const arabic = await context.newPage();
    await arabic.goto(`${server.url}/coalition/roadmap`);
    await arabic.getByRole('heading', { level: 1, name: 'خريطة الطريق' }).waitFor();
    await arabic.locator('.timeline .milestone').first().waitFor();
    expect(await arabic.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    const border = await arabic
      .locator('.timeline')
      .evaluate((el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth]);
    expect(border).toEqual(['3px', '0px']);

    await arabic.goto(`${server.url}/coalition/funding`);
    await arabic.getByRole('heading', { level: 1, name: 'التمويل حتى الآن' }).waitFor();
    await arabic.locator('.funding-table tbody tr').first().waitFor();
    // The chart is mirrored: the first bar ends at the right-hand side where its name is.
    const bar = await arabic.locator('.funding-chart rect').first().boundingBox();
    const name = await arabic.locator('.funding-chart text').first().boundingBox();
    expect(bar && name && bar.x + bar.width <= name.x + 1).toBe(true);
    await context.close();
  });
});
