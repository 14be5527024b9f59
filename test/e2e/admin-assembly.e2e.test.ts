/*
 * The console's assembly pages in Chromium, driven as the admin would drive them: logging in
 * through the login page, making ten states members in one bulk action, adding an organization,
 * then moving a weighting slider with the keyboard and watching the voting power change before
 * saving, and finding the saved rules on the public power page. axe-core on both pages, and
 * screenshots on a desktop, a 390 px phone and in Arabic. The API is used only to read back.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';

const SHOTS = 'test-results/screenshots';
const TEN = ['China', 'India', 'United States', 'Brazil', 'Nigeria', 'Germany', 'Japan', 'Kenya', 'Chile', 'Norway'];

let server: TestServer;
let browser: Browser;
let page: Page;
let api: AdminCall;

/** Screenshots of the page shown now (desktop), at 390 px, and in Arabic; axe on each; nothing wider than the phone. */
async function lookAt(name: string, ready: string, fullPage = true) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator('h1').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/admin-${name}.png`, fullPage });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator(ready).first().waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  // On a phone the console's menu comes first: the picture starts at the page's title.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  else await page.evaluate(() => document.querySelector('h1')!.scrollIntoView());
  await page.screenshot({ path: `${SHOTS}/admin-${name}-phone.png`, fullPage });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.evaluate(() => localStorage.setItem('concord.language', 'ar'));
  await page.reload();
  await page.locator(ready).first().waitFor();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/admin-${name}-ar.png`, fullPage });
  await page.evaluate(() => localStorage.setItem('concord.language', 'en'));
  await page.reload();
  await page.locator(ready).first().waitFor();
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  api = adminApi(server);
  browser = await launchBrowser();
  // bypassCSP: axe-core is put into the page as an inline script, which the server's policy forbids.
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US', bypassCSP: true });
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the console’s participants page', () => {
  it('asks the admin to log in, and selects every participant shown by the filter', async () => {
    await page.goto(`${server.url}/admin/participants`);
    await page.getByLabel('E-mail').fill(server.admin.email);
    await page.getByLabel('Password').fill(server.admin.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Participants' }).waitFor();
    await page.locator('.participants-admin-table tbody tr').nth(100).waitFor();
    await page.locator('.admin-filters').getByLabel('Region').selectOption('Oceania');
    const oceania = await page.locator('.participants-admin-table tbody tr').count();
    expect(oceania).toBe(14);
    await page.getByLabel('Select every participant shown').check();
    await page.getByText('14 participants selected.').waitFor();
    await page.getByLabel('Select every participant shown').uncheck();
    await page.getByText('0 participants selected.').waitFor();
    await page.locator('.admin-filters').getByLabel('Region').selectOption('');
  });

  it('makes ten states members in one bulk action, after asking, and shows its receipt', async () => {
    for (const name of TEN) await page.getByLabel(`Select ${name}`, { exact: true }).check();
    await page.getByText('10 participants selected.').waitFor();
    await page.getByLabel('New status').selectOption('member');
    await page.locator('.bulk-change').getByRole('button', { name: 'Apply' }).click();
    const dialog = page.locator('dialog.confirm-dialog');
    expect(await dialog.textContent()).toContain('Make these 10 participants “Member”?');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    const receipt = page.locator('.bulk-change [data-testid="log-receipt"]');
    await receipt.waitFor();
    expect(await receipt.textContent()).toMatch(/^Logged as 10 entries, \d+–\d+$/);
    const first = Number((await receipt.getAttribute('href'))!.split('=')[1]);
    expect(await page.locator('.bulk-change').textContent()).toContain('10 participants are now “Member”.');

    const { participants } = await api<{ participants: { name: string; status: string }[] }>(
      'GET',
      '/api/assembly/participants?status=member',
    );
    expect(participants.map((p) => p.name).sort()).toEqual([...TEN].sort());
    const { entries } = await api<{ entries: { entry: { kind: string } }[] }>('GET', `/api/log/entries?start=${first}&end=${first + 10}`);
    expect(entries.map((e) => e.entry.kind)).toEqual(TEN.map(() => 'participant.status-changed'));
    // The table shows the new statuses.
    await page.locator('.admin-filters').getByLabel('Status').selectOption('member');
    await page.waitForFunction(() => document.querySelectorAll('.participants-admin-table tbody tr').length === 10);
  });
});

describe('the console’s participants page, one at a time', () => {
  it('changes one row’s status after asking, and shows its log entry', async () => {
    const row = page.locator('.participants-admin-table tbody tr', { hasText: 'Norway' });
    await row.getByLabel('Status of Norway').selectOption('observer');
    await row.getByRole('button', { name: 'Change' }).click();
    const dialog = page.locator('dialog.confirm-dialog');
    expect(await dialog.textContent()).toContain('Make Norway “Observer”?');
    await dialog.getByRole('button', { name: 'Change' }).click();
    await row.getByText('Status changed.').waitFor();
    expect(await row.locator('[data-testid="log-receipt"]').textContent()).toMatch(/^Logged as entry \d+$/);
    const { participants } = await api<{ participants: { name: string; status: string }[] }>(
      'GET',
      '/api/assembly/participants?kind=state',
    );
    expect(participants.find((p) => p.name === 'Norway')!.status).toBe('observer');
    // The row stays in view though the filter shows members only; and it can go back.
    await row.getByLabel('Status of Norway').selectOption('member');
    await row.getByRole('button', { name: 'Change' }).click();
    await dialog.getByRole('button', { name: 'Change' }).click();
    await page.waitForFunction(() => document.querySelector('.participants-admin-table tr[data-status="observer"]') === null);
    const again = await api<{ participants: { name: string; status: string }[] }>('GET', '/api/assembly/participants?status=member');
    expect(again.participants.map((p) => p.name).sort()).toEqual([...TEN].sort());
  });

  it('adds an organization, and shows the server’s refusal of a second one of that name beside the name', async () => {
    const form = page.locator('.add-organization form');
    await form.getByLabel('Name of the organization').fill('Citizens for Safe AI');
    await form.getByLabel('Category').selectOption('citizens');
    await form.getByRole('button', { name: 'Add the organization' }).click();
    await form.getByText('Organization added.').waitFor();
    expect(await form.locator('[data-testid="log-receipt"]').textContent()).toMatch(/^Logged as entry \d+$/);
    const { participants } = await api<{ participants: { name: string; category: string }[] }>(
      'GET',
      '/api/assembly/participants?kind=organization',
    );
    expect(participants).toEqual([expect.objectContaining({ name: 'Citizens for Safe AI', category: 'citizens' })]);

    await form.getByLabel('Name of the organization').fill('Citizens for Safe AI');
    await form.getByRole('button', { name: 'Add the organization' }).click();
    await form.locator('.field-error').waitFor();
    expect(await form.getByLabel('Name of the organization').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field-error').textContent()).toContain('Citizens for Safe AI');
  });

  it('passes axe and fits a phone, in English and Arabic', async () => {
    await page.locator('.admin-filters').getByLabel('Status').selectOption('');
    // The first screenful: the whole table of 195 states would make a picture too long to look at.
    await lookAt('participants', '.participants-admin-table tbody tr', false);
  });
});

/** Each member's shown Banzhaf power in the preview, by name. */
async function previewPower(): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.preview-table tbody tr')].map((tr) => [
        tr.querySelector('th span')!.textContent,
        tr.querySelector('[data-testid="banzhaf"]')!.textContent,
      ]),
    ),
  );
}

describe('the console’s rules page', () => {
  it('shows the power change as a weighting slider moves with the keyboard, before saving', async () => {
    await page.goto(`${server.url}/admin/rules`);
    await page.getByRole('heading', { level: 1, name: 'Voting rules' }).waitFor();
    await page.locator('.preview-table tbody tr').nth(9).waitFor();
    await page.getByText('Shown for the rules as they are in the form.').waitFor();
    const before = await previewPower();
    expect(Object.keys(before).sort()).toEqual([...TEN].sort());

    const slider = page.getByLabel('By population', { exact: true });
    await slider.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    expect(await slider.getAttribute('aria-valuetext')).toBe('80%');
    expect(await page.getByLabel('Equal share (one state, one share)').getAttribute('aria-valuetext')).toBe('20%');
    await page.waitForFunction((old) => {
      const status = document.querySelector('[data-testid="preview-status"]')?.textContent;
      const row = [...document.querySelectorAll('.preview-table tbody tr')].find(
        (tr) => tr.querySelector('th span')?.textContent === 'China',
      );
      return (
        status === 'Shown for the rules as they are in the form.' && row?.querySelector('[data-testid="banzhaf"]')?.textContent !== old
      );
    }, before.China);
    const after = await previewPower();
    expect(after.China).not.toBe(before.China);
    // Nothing is saved yet.
    expect((await api<{ version: number }>('GET', '/api/assembly/rules')).version).toBe(1);

    await page.getByRole('button', { name: 'Save the rules' }).click();
    const dialog = page.locator('dialog.confirm-dialog');
    expect(await dialog.textContent()).toContain('as version 2');
    await dialog.getByRole('button', { name: 'Save the rules' }).click();
    await page.getByText('Rules saved.').waitFor();
    expect(await page.locator('.rules-form [data-testid="log-receipt"]').textContent()).toMatch(/^Logged as entry \d+$/);
    const { version, rules } = await api<{ version: number; rules: { weighting: Record<string, number> } }>('GET', '/api/assembly/rules');
    expect(version).toBe(2);
    expect(rules.weighting.population).toBeCloseTo(0.8, 9);

    await lookAt('rules', '.preview-table tbody tr');

    // The public power page shows what the preview showed.
    await page.goto(`${server.url}/assembly/power`);
    const china = page.locator('.power-table tbody tr', { hasText: 'China' });
    await china.waitFor();
    expect(await china.locator('td').nth(1).textContent()).toBe(after.China);
  });
});
