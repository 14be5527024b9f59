/*
 * A compute facility's operator does its own work in Chromium: logs in through the login page,
 * registers a facility with a key made here (the server's invalid_key shown beside the field
 * first), submits a signed report file made by the code the CLI uses (and sees a replay refused
 * with its code), downloads the stored report in its signed form, and answers an inspector's
 * challenge from a record file and a salt file: with a wrong salt the page computes that the
 * files do not open the commitment and sends nothing; with the right one it sends, and the
 * workload passes. axe-core on the facility and challenge pages; screenshots on a desktop, a
 * 390 px phone and in Arabic go to test-results/screenshots/operator-*.png.
 */
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { makeCommitment } from '../../src/modules/verification/commitment.ts';
import { keyIdOf, signReport } from '../../src/modules/verification/report-signing.ts';
import type { ComputeReport } from '../../src/modules/verification/types.ts';
import { sessionCookie } from '../fixtures/http.ts';
import { logIn, seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi } from './setup.ts';

const SHOTS = 'test-results/screenshots';
const PASSWORD = 'operator e2e password';
const FACILITY = 'op-e2e-1';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let inspectorCookie: string;
let challengeId: number;
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
const record = { workloadId: 'w-e2e-1', class: 'inference', acceleratorHours: 5, utilization: 0.25, customer: 'private detail' };
const committed = makeCommitment(record);

/** A page's content is no wider than its viewport. */
const overflow = (on: Page) =>
  on.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = document.documentElement.scrollWidth - width;
    if (over <= 0) return '';
    // The outermost elements sticking out of the viewport, to name in the failure.
    const out = [...document.querySelectorAll('body *')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.right > width + 1 || r.left < -1;
    });
    const outer = out.filter((e) => !out.some((o) => o !== e && o.contains(e)));
    return `${over}px wider: ${outer.map((e) => `${e.tagName.toLowerCase()}.${e.className}`).join(', ')}`;
  });

async function asInspector<T>(method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: { origin: server.url, 'content-type': 'application/json', cookie: inspectorCookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** The signed report file the operator submits: made and signed by the code `concord facility report` uses. */
function signedReportFile(): Buffer {
  const end = new Date();
  const report: ComputeReport = {
    facilityId: FACILITY,
    sequence: 1,
    periodStart: new Date(end.getTime() - 3600_000).toISOString(),
    periodEnd: end.toISOString(),
    meteredAcceleratorHours: 6,
    energyKwh: 4.2,
    workloads: [{ id: record.workloadId, class: 'inference', acceleratorHours: 5, utilization: 0.25, commitment: committed.commitment }],
  };
  return Buffer.from(JSON.stringify({ report, keyId: keyIdOf(publicKey), signature: signReport(report, privateKey) }, null, 2));
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  const admin = adminApi(server);
  await admin('POST', '/api/users', { email: 'operator@e2e.test', name: 'Olga Operator', role: 'operator', password: PASSWORD });
  await admin('POST', '/api/users', { email: 'inspector@e2e.test', name: 'Ivan Inspector', role: 'inspector', password: PASSWORD });
  inspectorCookie = sessionCookie(
    await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: 'inspector@e2e.test', password: PASSWORD }),
    }),
  );
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true, bypassCSP: true });
  page = await context.newPage();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('A facility operator in Chromium: registering', () => {
  it('logs in and registers a facility from the page, the server’s invalid_key shown beside the key first', async () => {
    await logIn(page, server, 'operator@e2e.test', PASSWORD);

    await page.goto(`${server.url}/verification/facilities`);
    await page.getByRole('link', { name: 'Register a facility' }).click();
    await page.waitForURL(`${server.url}/verification/facilities/new`);
    await page.getByLabel('Facility name').fill('Operator E2E Centre');
    await page.getByLabel('Facility id (optional)').fill(FACILITY);
    await page.getByLabel('Operating organization').fill('E2E Compute');
    await page.locator('select[name="jurisdiction"] option[value="FRA"]').waitFor({ state: 'attached' });
    await page.getByLabel('Jurisdiction').selectOption('FRA');
    await page.getByLabel('Model, row 1').fill('Accel A');
    await page.getByLabel('Count, row 1').fill('8');
    await page.getByLabel('Peak FLOP/s each, row 1').fill('989e12');
    await page.getByRole('button', { name: 'Add an accelerator model' }).click();
    await page.getByLabel('Model, row 2').fill('Accel B');
    await page.getByRole('button', { name: 'Remove row 2' }).click();
    expect(await page.getByTestId('inventory-row').count()).toBe(1);

    const key = page.getByLabel('Public signing key (Ed25519)');
    await key.fill('not a key');
    await page.getByRole('button', { name: 'Register the facility' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Register the facility' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await key.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await key.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/Ed25519 public key in SPKI PEM/);
    expect((await fetch(`${server.url}/api/facilities/${FACILITY}`)).status).toBe(404);

    // The base64 inside the PEM is taken too: the page wraps it.
    await key.fill(publicPem.replace(/-----[A-Z ]+-----/g, '').trim());
    await page.getByRole('button', { name: 'Register the facility' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Register the facility' }).click();
    await page.locator('.form-done').waitFor();
    expect(await page.getByTestId('log-receipt').getAttribute('href')).toMatch(/^\/log\?entry=\d+$/);
    await page.screenshot({ path: `${SHOTS}/operator-register.png`, fullPage: true });
    await page.getByRole('link', { name: 'Open Operator E2E Centre' }).click();
    await page.waitForURL(`${server.url}/verification/facilities/${FACILITY}`);
    await page.getByRole('heading', { name: 'Your facility’s work' }).waitFor();
    expect(await page.locator('.keys-table tbody tr').count()).toBe(1);
  });
});

describe('A facility operator in Chromium: reports', () => {
  it('submits a signed report file, sees a replay refused with its code, and downloads the stored report signed', async () => {
    const file = signedReportFile();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the period has ended on the server's clock too
    await page.getByLabel('Signed report file (JSON)').setInputFiles({ name: 'report.json', mimeType: 'application/json', buffer: file });
    await page.getByText('1 signed report in report.json, sequence 1.').waitFor();
    await page.getByRole('button', { name: 'Submit the reports' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit the reports' }).click();
    await page.getByText('1 report accepted.').waitFor();
    await page.locator('.reports-table tbody tr').first().waitFor();
    expect(await page.locator('.reports-table tbody tr').count()).toBe(1);
    expect(await page.locator('.reports-table thead').textContent()).toContain('Log entry');

    await page.getByRole('button', { name: 'Submit the reports' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit the reports' }).click();
    const refusal = page.getByTestId('report-refusal');
    await refusal.waitFor();
    expect(await refusal.getAttribute('data-code')).toBe('report_replay');
    expect(await refusal.textContent()).toContain(`Report ${FACILITY}#1 refused`);
    expect(await refusal.textContent()).toContain('Last accepted sequence: 1');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download report ${FACILITY}#1 in its signed form` }).click(),
    ]);
    const downloaded = JSON.parse(fs.readFileSync((await download.path()) ?? '', 'utf8')) as unknown;
    expect(downloaded).toEqual(JSON.parse(file.toString('utf8')));

    expect((await seriousViolations(page)).join('\n')).toBe('');
    await page.screenshot({ path: `${SHOTS}/operator-facility.png`, fullPage: true });
  });
});

describe('A facility operator in Chromium: challenges', () => {
  it('answers a challenge from files: a wrong salt opens nothing and sends nothing; the right one opens, is sent and passes', async () => {
    const opened = await asInspector<{ id: number }>('POST', '/api/challenges', { facilityId: FACILITY, workloadIds: [record.workloadId] });
    expect(opened.status).toBe(201);
    challengeId = opened.body.id;

    await page.goto(`${server.url}/verification/challenges/${challengeId}`);
    const form = page.getByTestId('answer-form');
    await form.waitFor();
    await page.getByLabel('Record file (JSON)').setInputFiles({
      name: 'record.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(record, null, 2)),
    });
    const wrong = makeCommitment(record).salt;
    await page
      .getByLabel('Salt file (64 hex characters)')
      .setInputFiles({ name: 'record.json.salt', mimeType: 'text/plain', buffer: Buffer.from(`${wrong}\n`) });
    const opening = page.getByTestId('opening');
    await page.locator('[data-opening="does-not-open"]').waitFor();
    expect(await opening.textContent()).toContain('do not open the commitment of workload w-e2e-1');
    expect(await page.getByRole('button', { name: 'Send the answer' }).isDisabled()).toBe(true);
    const untouched = await asInspector<{ status: string; workloads: { status: string }[] }>('GET', `/api/challenges/${challengeId}`);
    expect(untouched.body.status).toBe('open');
    expect(untouched.body.workloads.map((w) => w.status)).toEqual(['pending']);
    expect((await seriousViolations(page)).join('\n')).toBe('');

    await page.getByLabel('Salt file (64 hex characters)').setInputFiles({
      name: 'record.json.salt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${committed.salt}\n`),
    });
    await page.locator('[data-opening="opens"]').waitFor();
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send the answer' }).click();
    await page.locator('[data-testid="answered"][data-status="passed"]').waitFor();
    expect(await page.getByTestId('challenge-status').textContent()).toBe('passed');
    const decided = await asInspector<{ status: string; workloads: { status: string }[] }>('GET', `/api/challenges/${challengeId}`);
    expect(decided.body.status).toBe('passed');
    expect(decided.body.workloads.map((w) => w.status)).toEqual(['passed']);
    expect((await seriousViolations(page)).join('\n')).toBe('');
    await page.screenshot({ path: `${SHOTS}/operator-challenge.png`, fullPage: true });
  });
});

describe('A facility operator in Chromium: phone and Arabic', () => {
  it('fits a 390 px phone and reads right to left in Arabic, with no serious axe violation', async () => {
    const cookies = await context.cookies();
    for (const [name, options] of [
      ['phone', { viewport: { width: 390, height: 844 }, locale: 'en-GB' }],
      ['ar', { viewport: { width: 1280, height: 1000 }, locale: 'ar' }],
      ['ar-phone', { viewport: { width: 390, height: 844 }, locale: 'ar' }],
    ] as const) {
      const other = await browser.newContext({ ...options, bypassCSP: true });
      await other.addCookies(cookies);
      const on = await other.newPage();
      for (const [shot, url, ready] of [
        ['facility', `/verification/facilities/${FACILITY}`, '.reports-table'],
        ['register', '/verification/facilities/new', '.inventory-editor'],
        ['challenge', `/verification/challenges/${challengeId}`, '.challenge-workloads'],
      ] as const) {
        await on.goto(`${server.url}${url}`);
        await on.locator(ready).waitFor();
        if (name.startsWith('ar')) expect(await on.evaluate(() => document.documentElement.dir)).toBe('rtl');
        expect(await overflow(on), `${name} ${url}`).toBe('');
        expect((await seriousViolations(on)).join('\n'), `${name} ${url}`).toBe('');
        await on.screenshot({ path: `${SHOTS}/operator-${shot}-${name}.png`, fullPage: true });
      }
      await other.close();
    }
  });
});

describe('A facility operator in Chromium: runs and keys', () => {
  it('declares a training run and rotates the facility’s key from the pages, each with its log receipt', async () => {
    await page.goto(`${server.url}/verification/facilities/${FACILITY}`);
    await page.getByRole('link', { name: 'Declare a training run' }).click();
    await page.waitForURL(`${server.url}/verification/runs/new`);
    await page.getByLabel('Run name').fill('E2E frontier run');
    await page.getByLabel('Run id (optional)').fill('run-e2e-1');
    await page.getByLabel('Developer').fill('E2E Labs');
    await page.getByLabel('Purpose').fill('A test of the declaration form.');
    await page.getByLabel('Expected FLOP').fill('3e25');
    await page.getByRole('button', { name: 'Declare the run' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Declare the run' }).click();
    await page.getByText('Run run-e2e-1 declared.').waitFor();
    expect(await page.getByTestId('log-receipt').getAttribute('href')).toMatch(/^\/log\?entry=\d+$/);
    const run = (await (await fetch(`${server.url}/api/runs/run-e2e-1`)).json()) as { expectedFlop: number; developer: string };
    expect(run).toMatchObject({ expectedFlop: 3e25, developer: 'E2E Labs' });
    expect((await seriousViolations(page)).join('\n')).toBe('');

    await page.goto(`${server.url}/verification/facilities/${FACILITY}`);
    const rotate = page.locator('form[aria-labelledby="rotate-heading"]');
    await rotate
      .getByLabel('Public signing key (Ed25519)')
      .fill(generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString());
    await rotate.getByRole('button', { name: 'Rotate the key' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Rotate the key' }).click();
    await rotate.getByText('Key rotated.').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.keys-table tbody tr').length === 2);
    expect(await page.locator('.keys-table .badge.ok').count()).toBe(1);
  });
});
