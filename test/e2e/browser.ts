/*
 * What the browser tests do on a page, one implementation each: axe-core's serious findings,
 * logging in through the login page, answering the confirmation dialog, reading the log entry a
 * write shows as its receipt, and saving a screenshot. Each was copied from test to test; this is
 * the most careful of those copies. Server and browser start-up live in harness.ts, the API set-up
 * in setup.ts.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { TestServer } from './harness.ts';

/** axe-core's browser bundle, injected into the page under test. */
export const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Where screenshot() saves (relative to the working directory, as every test run from the root). */
export const SCREENSHOTS = path.resolve('test-results/screenshots');

/** The rules axe-core runs: WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * The page's serious and critical axe-core violations of WCAG 2.1 A and AA, one line each
 * ("rule: what it asks at selector, selector"), so that `expect(...).toEqual([])` names what and
 * where. axe is put into the page as an inline script, which the app's Content-Security-Policy
 * rightly forbids: the page's browser context must be made with `bypassCSP: true`. Run it once the
 * page has loaded what it shows (nothing aria-busy), or it checks a half-drawn page.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (values) => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // Plain data only crosses back from the page.
    const { violations } = await axe.run({ runOnly: { type: 'tag', values } });
    return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }));
  }, WCAG_TAGS);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Logs in through the login page, as a person would, and waits until the header shows the
 * account's name (the session is set and the app knows it) and the app has left /login. The fields
 * are found by their type, so this works whatever the page's language. A refused login fails at
 * once with the page's own error text rather than a timeout.
 */
export async function logIn(page: Page, server: TestServer, email: string, password: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  const form = page.getByRole('main').locator('form');
  await form.locator('input[type=email]').fill(email);
  await form.locator('input[type=password]').fill(password);
  await form.locator('button[type=submit]').click();
  const signedIn = page.locator('.user-menu .user-name');
  const refused = form.locator('[role=alert]');
  await signedIn.or(refused).first().waitFor();
  if (await refused.isVisible()) throw new Error(`login of ${email} refused: ${await refused.textContent()}`);
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * Answers the open confirmation dialog (`dialog.confirm-dialog`, which every permanent or
 * destructive act opens) with its button named `actionLabel` exactly, and waits until it has
 * closed. Returns the dialog's text (its question), for a test to check what was asked.
 */
export async function confirmWith(page: Page, actionLabel: string): Promise<string> {
  // Only the open one: a page may hold several (closed) confirm dialogs, one per form.
  const dialog = page.locator('dialog.confirm-dialog[open]');
  await dialog.waitFor();
  const question = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: actionLabel, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  return question;
}

/**
 * The index of the log entry a write produced, from the receipt the page shows after it: a
 * `[data-testid="log-receipt"]` link to `/log?entry=N` (for a write of several entries, N is the
 * first). Waits for the receipt; within `scope` when given a part of the page. When several are
 * shown, the last one in the page's order is read (forms show their newest receipt last).
 */
export async function receiptIndex(scope: Page | Locator): Promise<number> {
  const link = scope.getByTestId('log-receipt').last();
  await link.waitFor();
  const href = (await link.getAttribute('href')) ?? '';
  const match = /^\/log\?entry=(\d+)$/.exec(href);
  if (!match) throw new Error(`a log receipt should link to /log?entry=N, not "${href}"`);
  return Number(match[1]);
}

/**
 * Saves the page as test-results/screenshots/<name>.png (`name` may hold a folder, "assembly/map")
 * and returns the file's path: the whole page from its top, but no taller than `maxHeight` pixels
 * (a table of 195 states would make a picture too long to look at), at the viewport's width.
 */
export async function screenshot(page: Page, name: string, { maxHeight = 2400 }: { maxHeight?: number } = {}): Promise<string> {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const width = page.viewportSize()?.width ?? 1280;
  const height = Math.min(maxHeight, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height } });
  return file;
}
