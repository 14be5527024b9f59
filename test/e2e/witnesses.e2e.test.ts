/*
 * The witnessed log in Chromium, end to end with a real witness: the server runs its cosigning loop
 * (as `concord serve` does) and a witness (src/core/ledger/witness/) runs in-process, trusting the
 * log's key. Kenya's delegate registers Kenya's witness on the participants page, by keyboard, after
 * a malformed key is refused at its field; the admin asks it from the console; after an append the
 * Log page shows the witness as having cosigned, the cosignature verified in the browser, and the
 * quorum met; the same page served a checkpoint whose cosignature has one byte altered says
 * "invalid" and the quorum not met; the delegate withdraws the witness through the confirmation.
 * axe-core on each page and state (English desktop, 390 px phone, Arabic); screenshots in
 * test-results/screenshots/witnesses/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseVerifierKey } from '../../src/core/ledger/checkpoint.ts';
import { generateCosignerKey, parseCosignerSigner } from '../../src/core/ledger/cosignature.ts';
import { startWitness, type RunningWitness } from '../../src/core/ledger/witness/witness-server.ts';
import { confirmWith, logIn, receiptIndex, screenshot, seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, type AdminCall } from './setup.ts';

const PASSWORD = 'delegate password 123';
const WITNESS = 'witness.kenya.example';

let server: TestServer;
let browser: Browser;
let call: AdminCall;
let witness: RunningWitness;
let witnessDir: string;
const witnessKey = generateCosignerKey(WITNESS);
const contexts: BrowserContext[] = [];

async function newPage(options: { width?: number; height?: number; locale?: string } = {}): Promise<Page> {
  const locale = options.locale ?? 'en';
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale,
    extraHTTPHeaders: { 'accept-language': locale },
    bypassCSP: true, // axe-core is injected as an inline script
  });
  contexts.push(context);
  return context.newPage();
}

/** Opens a page and waits until nothing on it is loading. */
async function open(page: Page, url: string) {
  await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor();
  await settled(page);
}

const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

/** How much wider than the viewport the page is (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const checkpoint = async () => (await fetch(`${server.url}/api/log/checkpoint`)).text();

/** The served checkpoint once it carries the witness's cosignature of a tree of at least `size` entries. */
async function witnessedCheckpoint(size: number): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const note = await checkpoint();
    if (Number(note.split('\n')[1]) >= size && note.includes(`\n\u2014 ${WITNESS} `)) return note;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the witness did not cosign a checkpoint of ${size} entries: ${await checkpoint()}`);
}

/** The note with one byte of the witness's Ed25519 signature flipped (the line stays well-formed). */
function tamper(note: string): string {
  return note.replace(new RegExp(`^(\u2014 ${WITNESS.replace(/\./g, '\\.')} )(\\S+)$`, 'm'), (_, head: string, b64: string) => {
    const bytes = Buffer.from(b64, 'base64');
    bytes[40]! ^= 0x01;
    return `${head}${bytes.toString('base64')}`;
  });
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer({ cosignEveryMs: 200 });
  browser = await launchBrowser();
  call = adminApi(server);
  const { participants } = await call<{ participants: { id: number; iso3: string }[] }>('GET', '/api/assembly/participants?kind=state');
  const kenya = participants.find((p) => p.iso3 === 'KEN')!;
  await call('PATCH', `/api/assembly/participants/${kenya.id}`, { status: 'member' });
  await call('POST', '/api/users', {
    email: 'ken@test.local',
    name: 'Delegate of Kenya',
    role: 'delegate',
    password: PASSWORD,
    participantId: kenya.id,
  });
  const logKey = (await (await fetch(`${server.url}/api/log/key`)).text()).trim();
  witnessDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-witness-'));
  witness = await startWitness({
    signer: parseCosignerSigner(witnessKey.signerKey),
    logKeys: [parseVerifierKey(logKey)],
    dataDir: witnessDir,
  });
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
  await witness?.close();
  if (witnessDir) fs.rmSync(witnessDir, { recursive: true, force: true });
});

/** Kenya's delegate, signed in: registers the witness first, withdraws it last. */
let delegate: Page;

describe('registering a delegation’s witness, and asking it', () => {
  it('lets Kenya’s delegate register Kenya’s witness on the participants page, by keyboard', async () => {
    delegate = await newPage();
    await logIn(delegate, server, 'ken@test.local', PASSWORD);
    await open(delegate, '/assembly/participants');
    const block = delegate.getByTestId('own-witness');
    expect(await block.getByRole('heading', { level: 2 }).textContent()).toBe("Your delegation's witness: Kenya");
    expect(await block.getByTestId('current-witness').textContent()).toBe('No witness is registered for this delegation.');
    expect(await seriousViolations(delegate)).toEqual([]);

    // A key that is not a cosignature/v1 key is refused at its field; nothing is registered.
    const vkey = block.getByLabel('Verifier key');
    await vkey.focus();
    await delegate.keyboard.type(`${WITNESS}+00000000+AAAA`);
    await delegate.keyboard.press('Tab');
    await delegate.keyboard.type(witness.url);
    await delegate.keyboard.press('Enter');
    await block.locator('.form-error').waitFor();
    expect(await block.locator('.form-error').textContent()).toContain('This key is not in the expected form');
    expect(await vkey.getAttribute('aria-invalid')).toBe('true');
    await screenshot(delegate, 'witnesses/delegate-refused');

    await vkey.fill('');
    await vkey.focus();
    await delegate.keyboard.type(witnessKey.vkey);
    await delegate.keyboard.press('Enter');
    await block.getByRole('status').filter({ hasText: 'The witness is registered.' }).waitFor();
    expect(await receiptIndex(block)).toBeGreaterThan(0);
    await block.getByTestId('current-witness').filter({ hasText: WITNESS }).waitFor();
    expect(await block.getByTestId('current-witness').textContent()).toContain('Not yet: the secretariat decides');
    expect(await block.getByRole('button', { name: 'Replace the witness' }).count()).toBe(1);
    expect(await seriousViolations(delegate)).toEqual([]);
    await screenshot(delegate, 'witnesses/delegate-registered');
  });

  it('shows the block to no one else: an anonymous visitor sees no witness form', async () => {
    const page = await newPage();
    await open(page, '/assembly/participants');
    expect(await page.getByTestId('own-witness').count()).toBe(0);
  });

  it('lets the admin ask the witness from the console', async () => {
    const page = await newPage();
    await logIn(page, server, server.admin.email, server.admin.password);
    await open(page, '/admin/witnesses');
    const ask = page.getByRole('checkbox', { name: `Ask ${WITNESS}` });
    expect(await ask.isChecked()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await ask.check();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await receiptIndex(page)).toBeGreaterThan(0);
    await page.waitForFunction((name) => document.querySelector<HTMLInputElement>(`[data-witness="${name}"] input`)?.checked, WITNESS);
    expect(await page.getByTestId('admin-quorum').textContent()).toBe(
      'Witnesses the log asks: 1. Cosignatures a checkpoint needs to be witnessed: 1.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'witnesses/admin-asked');
    const phone = await newPage({ width: 390, height: 844 });
    await logIn(phone, server, server.admin.email, server.admin.password);
    await open(phone, '/admin/witnesses');
    expect(await overflow(phone)).toBe(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'witnesses/admin-phone');
  });
});

describe('the Log page’s witnesses, checked in the browser', () => {
  it('shows on the Log page, after an append, the witness’s cosignature verified in the browser and the quorum met', async () => {
    await call('POST', '/api/treaties', { title: 'Witnessed Treaty', articles: [{ heading: 'Article 1', body: 'Text.' }] });
    const latest = Number((await (await fetch(`${server.url}/api/log/checkpoint/latest`)).text()).split('\n')[1]);
    const note = await witnessedCheckpoint(latest);
    const size = Number(note.split('\n')[1]);

    const page = await newPage();
    await open(page, '/log');
    const section = page.getByTestId('witnesses');
    const row = section.locator(`[data-witness="${WITNESS}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-check')).toBe('verified');
    expect(await row.locator('td').first().textContent()).toBe('✓ Verified');
    expect(await row.locator('time').count()).toBe(1);
    expect(await row.locator('td').nth(2).textContent()).toBe('Kenya');
    expect(await row.locator('td').nth(3).textContent()).toBe('Yes');
    expect(await section.getByTestId('quorum').textContent()).toBe(
      '✓ Quorum reached: cosignatures verified in this browser, by witnesses the log asks: 1; required: 1.',
    );
    expect(await section.locator('dd').first().textContent()).toBe(String(size));
    expect(await page.getByTestId('signature').textContent()).toMatch(/^✓/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'witnesses/log-verified');

    const phone = await newPage({ width: 390, height: 844 });
    await open(phone, '/log');
    await phone.locator(`[data-witness="${WITNESS}"][data-check="verified"]`).waitFor();
    expect(await overflow(phone)).toBe(0);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'witnesses/log-phone');

    const arabic = await newPage({ locale: 'ar' });
    await open(arabic, '/log');
    await arabic.locator(`[data-witness="${WITNESS}"][data-check="verified"]`).waitFor();
    expect(await arabic.getAttribute('html', 'dir')).toBe('rtl');
    expect(await arabic.getByTestId('witnesses').getByRole('heading', { level: 2 }).textContent()).toBe('الشهود');
    expect(await seriousViolations(arabic)).toEqual([]);
    await screenshot(arabic, 'witnesses/log-ar');
  });

  it('says "invalid" for a cosignature with one byte altered on its way to the browser, and the quorum not met', async () => {
    const page = await newPage();
    await page.route(`${server.url}/api/log/checkpoint`, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      const tampered = tamper(body);
      expect(tampered).not.toBe(body);
      await route.fulfill({ response, body: tampered });
    });
    await open(page, '/log');
    const row = page.locator(`[data-witness="${WITNESS}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-check')).toBe('invalid');
    expect(await row.locator('td').first().textContent()).toBe('✗ Invalid: does not verify');
    expect(await row.locator('time').count()).toBe(0);
    expect(await page.getByTestId('quorum').textContent()).toMatch(/^✗ Quorum not reached: .*: 0; required: 1\.$/);
    // The log's own signature covers the body only: it still verifies.
    expect(await page.getByTestId('signature').textContent()).toMatch(/^✓/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'witnesses/log-invalid');
  });

  it('lets the delegate withdraw the witness through the confirmation', async () => {
    await open(delegate, '/assembly/participants');
    const block = delegate.getByTestId('own-witness');
    await block.getByRole('button', { name: 'Withdraw the witness' }).click();
    const question = await confirmWith(delegate, 'Withdraw the witness');
    expect(question).toContain(`Withdraw ${WITNESS} as the witness of Kenya?`);
    await block.getByTestId('current-witness').filter({ hasText: 'No witness is registered' }).waitFor();
    await block.getByRole('status').filter({ hasText: 'The witness is withdrawn.' }).waitFor();
    expect(await seriousViolations(delegate)).toEqual([]);
    const { witnesses } = (await (await fetch(`${server.url}/api/log/witnesses`)).json()) as { witnesses: unknown[] };
    expect(witnesses).toEqual([]);
  });
});
