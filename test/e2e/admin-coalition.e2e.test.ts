/*
 * The console's coalition pages in Chromium, driven as the admin would drive them: logging in
 * through the login page, adding an organization and a person, adding a contribution and reversing
 * it, importing a contributions CSV that has a bad row (its reasons shown, nothing stored), then the
 * corrected file (the public funding page shows the new total), and opening, looking into and
 * settling a campaign. Every act shows its log entry, linked to the Log page. axe-core on each page
 * (desktop, a 390 px phone, Arabic) and screenshots of each. The API is used only to set up what is
 * outside these pages (a pledge) and to read back.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { confirmWith, logIn, receiptIndex, seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';

const SHOTS = 'test-results/screenshots';

let server: TestServer;
let browser: Browser;
let page: Page;
let api: AdminCall;

/** axe and a screenshot of the page shown now (desktop), at 390 px (nothing wider than the phone), and in Arabic. */
async function lookAt(name: string, ready: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/admin-${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator(ready).first().waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/admin-${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1400, height: 1000 });
  const english = await page.locator('h1').textContent();
  await page.evaluate(() => localStorage.setItem('concord.language', 'ar'));
  await page.reload();
  await page.locator(ready).first().waitFor();
  await page.waitForFunction((was) => document.documentElement.dir === 'rtl' && document.querySelector('h1')?.textContent !== was, english);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/admin-${name}-ar.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/admin-${name}-ar-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.evaluate(() => localStorage.setItem('concord.language', 'en'));
  await page.reload();
  await page.locator(ready).first().waitFor();
}

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  api = adminApi(server);
  browser = await launchBrowser();
  // bypassCSP: the server's policy allows no inline script, and axe-core is injected as one.
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US', bypassCSP: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  await logIn(page, server, server.admin.email, server.admin.password);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Console: organizations and people', () => {
  it('adds an organization (logged, receipt shown) and a person in it, and finds them by searching', async () => {
    await page.goto(`${server.url}/admin/members`);
    const orgForm = page.locator('form', { has: page.getByRole('heading', { name: 'Add an organization' }) });
    await orgForm.getByLabel('Name').fill('Browser Test Alliance');
    await orgForm.getByLabel('Kind').selectOption('partner');
    await orgForm.getByLabel('Country').selectOption('CHE');
    await orgForm.getByLabel('Website').fill('https://alliance.example.org');
    await orgForm.getByRole('button', { name: 'Add the organization' }).click();
    await orgForm.getByText('Organization added.').waitFor();
    await receiptIndex(orgForm);
    const { organizations } = await api<{ organizations: { id: number; name: string; countryIso3: string }[] }>(
      'GET',
      '/api/coalition/organizations',
    );
    expect(organizations.find((o) => o.name === 'Browser Test Alliance')?.countryIso3).toBe('CHE');

    // The same name again: the server's refusal is shown beside the name.
    await orgForm.getByLabel('Name').fill('Browser Test Alliance');
    await orgForm.getByRole('button', { name: 'Add the organization' }).click();
    await orgForm.getByRole('alert').waitFor();
    expect(await orgForm.getByLabel('Name').getAttribute('aria-invalid')).toBe('true');
    await orgForm.getByLabel('Name').fill('');

    const personForm = page.locator('form', { has: page.getByRole('heading', { name: 'Add a person' }) });
    await personForm.getByLabel('Name').fill('Grace Browser');
    await personForm.getByLabel('Organization').selectOption({ label: 'Browser Test Alliance' });
    await personForm.getByLabel('Advisor').check();
    await personForm.getByLabel('Public', { exact: true }).check();
    await personForm.getByRole('button', { name: 'Add the person' }).click();
    await personForm.getByText('Person added.').waitFor();
    const { people } = await api<{ people: { name: string; organizationName: string; roles: string[] }[] }>('GET', '/api/coalition/people');
    expect(people.find((p) => p.name === 'Grace Browser')).toMatchObject({ organizationName: 'Browser Test Alliance', roles: ['advisor'] });

    await page.getByLabel('Search people').fill('grace brow');
    await page.locator('[data-person-id]').first().waitFor();
    expect(await page.locator('[data-person-id]').count()).toBe(1);
    await page.getByLabel('Search organizations').fill('alliance');
    expect(await page.locator('[data-organization-id]').count()).toBe(1);
    await lookAt('members', '[data-organization-id]');
  });
});

describe('Console: contributions', () => {
  it('adds a contribution for a person found by searching, then reverses it with a reason', async () => {
    await page.goto(`${server.url}/admin/contributions`);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Add a contribution' }) });
    await form.getByLabel('Find a person').fill('grace');
    await form.getByLabel('Person', { exact: true }).selectOption({ label: 'Grace Browser (Browser Test Alliance)' });
    await form.getByLabel('Hours').fill('2.5');
    await form.getByLabel('Amount').fill('100');
    await form.getByRole('button', { name: 'Add the contribution' }).click();
    await form.getByText('Contribution added.').waitFor();
    await receiptIndex(form);
    const { contributions } = await api<{ contributions: { id: number; personName: string; hours: number; amountMinor: number }[] }>(
      'GET',
      '/api/coalition/contributions?limit=1',
    );
    const added = contributions[0]!;
    expect(added).toMatchObject({ personName: 'Grace Browser', hours: 2.5, amountMinor: 10_000 });

    const row = page.locator(`[data-contribution-id="${added.id}"]`);
    await row.getByRole('button', { name: /^Reverse/ }).click();
    const reversal = page.locator('form', { has: page.getByRole('heading', { name: /^Reverse entry/ }) });
    await reversal.getByLabel('Reason for the reversal').fill('entered for the wrong person');
    await reversal.getByRole('button', { name: 'Reverse', exact: true }).click();
    await confirmWith(page, 'Reverse');
    await reversal.getByText('Entry reversed.').waitFor();
    await receiptIndex(reversal);
    const after = await api<{ reversedById: number | null }>('GET', `/api/coalition/contributions/${added.id}`);
    expect(after.reversedById).not.toBeNull();
    await row.getByText(/Reversed by/).waitFor();
  });

  it('shows every refused row of a CSV before storing anything, then imports the corrected file', async () => {
    const before = await api<{ total: number }>('GET', '/api/coalition/contributions?limit=1');
    const fundingBefore = await api<{ totals: { hours: number } }>('GET', '/api/coalition/funding');
    await page.goto(`${server.url}/admin/contributions`);
    await page.locator('.expected-header', { hasText: 'person,date,hours,amount,currency,description' }).waitFor();
    const section = page.locator('section.csv-import');
    const header = 'person,date,hours,amount,currency,description\n';
    const good = 'Grace Browser,2025-01-10,10,,,drafting\ngrace browser,2025-01-11,5.5,250.00,EUR,travel\n';
    await section.getByLabel('CSV file').setInputFiles(csvFile('bad.csv', `${header}${good}Nobody Here,2025-01-12,1,,,\n`));
    const bad = section.locator('.rejected-rows li[data-row="4"]');
    await bad.waitFor();
    expect(await bad.textContent()).toContain('no person named "Nobody Here"');
    expect(await section.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await section.screenshot({ path: `${SHOTS}/admin-contributions-import-refused.png` });
    expect((await api<{ total: number }>('GET', '/api/coalition/contributions?limit=1')).total).toBe(before.total);

    await section.getByLabel('CSV file').setInputFiles(csvFile('good.csv', `${header}${good}`));
    await section.getByRole('button', { name: 'Import 2 rows' }).waitFor();
    await section.screenshot({ path: `${SHOTS}/admin-contributions-import-preview.png` });
    await section.getByRole('button', { name: 'Import 2 rows' }).click();
    await confirmWith(page, 'Import');
    await section.getByText('2 contributions imported.').waitFor();
    expect(await receiptIndex(section)).toBeGreaterThan(0);
    expect((await api<{ total: number }>('GET', '/api/coalition/contributions?limit=1')).total).toBe(before.total + 2);

    const fundingAfter = await api<{ totals: { hours: number } }>('GET', '/api/coalition/funding');
    expect(fundingAfter.totals.hours).toBe(fundingBefore.totals.hours + 15.5);
    await page.goto(`${server.url}/admin/contributions`);
    await page.locator('[data-contribution-id]').first().waitFor();
    await lookAt('contributions', '[data-contribution-id]');
    await page.goto(`${server.url}/coalition/funding`);
    await page.locator('.totals').waitFor();
    expect(await page.locator('.totals').textContent()).toContain(fundingAfter.totals.hours.toLocaleString('en-US'));
  });
});

describe('Console: campaigns', () => {
  it('opens a campaign (the server’s refusal beside the field first), and shows its pledges', async () => {
    await page.goto(`${server.url}/admin/campaigns`);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Open a campaign' }) });
    const deadline = new Date(Date.now() + 3 * 86_400_000);
    const local = new Date(deadline.getTime() - deadline.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await form.getByLabel('Title').fill('Browser Campaign');
    await form.getByLabel('Goal', { exact: true }).fill('5,000');
    await form.getByLabel('Minimum goal').fill('9000');
    await form.getByLabel('Deadline').fill(local);
    await form.getByRole('button', { name: 'Open the campaign' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByLabel('Minimum goal').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Minimum goal').fill('1000');
    await form.getByRole('button', { name: 'Open the campaign' }).click();
    await form.getByText('Campaign opened.').waitFor();
    await receiptIndex(form);
    const { campaigns } = await api<{ campaigns: { id: number; title: string; goalMinor: number; minimumMinor: number }[] }>(
      'GET',
      '/api/coalition/campaigns',
    );
    const campaign = campaigns.find((c) => c.title === 'Browser Campaign')!;
    expect(campaign).toMatchObject({ goalMinor: 500_000, minimumMinor: 100_000 });

    await api('POST', `/api/coalition/campaigns/${campaign.id}/pledges`, {
      name: 'Pat Pledger',
      email: 'pat@example.org',
      amountMinor: 20_000,
      currency: 'USD',
    });
    await page.reload();
    const card = page.locator(`[data-campaign-id="${campaign.id}"]`);
    await card.getByRole('button', { name: /^Show the pledges/ }).click();
    await card.getByRole('cell', { name: 'pat@example.org' }).waitFor();
    await lookAt('campaigns', `[data-campaign-id="${campaign.id}"]`);
  });

  it('settles a campaign whose deadline passes while the page is open, after saying what will happen', async () => {
    const campaign = await api<{ id: number }>('POST', '/api/coalition/campaigns', {
      title: 'Short Campaign',
      currency: 'USD',
      goalMinor: 10_000,
      minimumMinor: 5_000,
      deadline: new Date(Date.now() + 4_000).toISOString(),
    });
    await api('POST', `/api/coalition/campaigns/${campaign.id}/pledges`, {
      name: 'Sam',
      email: 'sam@example.org',
      amountMinor: 6_000,
      currency: 'USD',
    });
    await page.goto(`${server.url}/admin/campaigns`);
    const card = page.locator(`[data-campaign-id="${campaign.id}"]`);
    await card.waitFor();
    await card.getByRole('button', { name: /^Settle/ }).click({ timeout: 20_000 });
    const question = await page.locator('dialog[open] > p').first().textContent();
    expect(question).toContain('every pledge will be collected');
    await confirmWith(page, 'Settle');
    await card.getByText('Campaign settled.').waitFor();
    await receiptIndex(card);
    expect((await api<{ status: string }>('GET', `/api/coalition/campaigns/${campaign.id}`)).status).toBe('collected');
  }, 40_000);
});
