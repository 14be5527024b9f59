/*
 * What the accessibility browser tests (accessibility-*.e2e.test.ts) share: a world with one record
 * behind every page with an id, an account for every role, the list of console pages, and one loop
 * that opens pages in a view (language and screen), waits for them to settle and runs axe-core on
 * each (WCAG 2.0 and 2.1, A and AA; a serious or critical violation fails), checking on a phone that
 * no page is wider than the screen. Each test file takes a share of the pages × roles × views so that
 * vitest runs them side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { httpTarget, submitSimulation } from '../../src/modules/verification/simulation/simulation-submit.ts';
import { simulate } from '../../src/modules/verification/simulation/simulator.ts';
import { ADMIN_SECTIONS } from '../../web/src/routes/admin/sections.ts';
import { PAGE_PATHS } from '../../web/src/page-paths.ts';
import { sessionCookie } from '../fixtures/http.ts';
import { seriousViolations } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { adminApi, treatyAndMotion, type AdminCall } from './setup.ts';

const PASSWORD = 'accessibility e2e password';

export type Role = 'delegate' | 'operator' | 'inspector' | 'staff' | 'translator' | 'admin';
export type Who = 'anonymous' | Role;
export const ROLES: readonly Role[] = ['delegate', 'operator', 'inspector', 'staff', 'translator', 'admin'];

export interface View {
  locale: 'en' | 'ar';
  viewport: { width: number; height: number };
}
export const DESKTOP_EN: View = { locale: 'en', viewport: { width: 1280, height: 900 } };
export const DESKTOP_AR: View = { locale: 'ar', viewport: { width: 1280, height: 900 } };
export const PHONE_AR: View = { locale: 'ar', viewport: { width: 390, height: 844 } };
export const viewName = (v: View) => `${v.locale} at ${v.viewport.width} px`;

/** The public pages: every page of PAGE_PATHS but the console's and the account's areas. */
export const PUBLIC_PAGES = PAGE_PATHS.filter((p) => !p.endsWith('/*'));

/**
 * The console's pages, each with the roles that may open it: every section of ADMIN_SECTIONS (its
 * roles), and the nested pages of the sections' own routers (the folders under web/src/routes/admin),
 * those with an id opened on a record made in the setup. Plus the console's home, for both roles.
 */
export const CONSOLE_NESTED: Readonly<Record<string, readonly string[]>> = {
  accounts: ['new', ':account'],
  treaties: ['new', ':treaty'],
  events: ['new', ':event'],
  roadmap: [':milestone'],
  outreach: [':target'],
  verification: ['operators'],
};
export const CONSOLE_PAGES: readonly { pattern: string; roles: readonly Role[] }[] = [
  { pattern: '/admin', roles: ['admin', 'staff'] },
  ...ADMIN_SECTIONS.flatMap((s) => [
    { pattern: `/admin/${s.path}`, roles: s.roles },
    ...(CONSOLE_NESTED[s.path] ?? []).map((nested) => ({ pattern: `/admin/${s.path}/${nested}`, roles: s.roles })),
  ]),
];
/** The pages every signed-in role has for itself. */
export const ACCOUNT_PAGES = ['/account/tokens'];

/** The console pages a role may open. */
export const consolePagesOf = (role: Role) => CONSOLE_PAGES.filter((p) => p.roles.includes(role)).map((p) => p.pattern);

/** What the setup made: a value for each id of a page pattern, and a session cookie for each role. */
export interface World {
  ids: Record<string, string>;
  cookies: Record<Role, string>;
}

async function login(server: TestServer, email: string, password: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`logging in ${email}: ${res.status} ${await res.text()}`);
  return sessionCookie(res);
}

/** Calls the API with a session cookie, failing on any refusal. */
async function callAs<T>(server: TestServer, cookie: string, method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${url}`, {
    method,
    headers: { origin: server.url, 'content-type': 'application/json', cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A pledge campaign, an event with a registration, a milestone and an outreach target. */
async function coalitionRecords(call: AdminCall): Promise<{ campaign: number; event: number; milestone: number; target: number }> {
  const campaign = await call<{ id: number }>('POST', '/api/coalition/campaigns', {
    title: 'Accessibility campaign',
    description: 'A pledge campaign for the accessibility test.',
    currency: 'EUR',
    goalMinor: 1_000_000,
    minimumMinor: 100_000,
    deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  });
  const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const event = await call<{ id: number }>('POST', '/api/coalition/events', {
    title: 'Accessibility summit',
    kind: 'summit',
    start: `${day}T10:00`,
    end: `${day}T17:00`,
    timeZone: 'Europe/Rome',
    place: 'Rome',
    capacity: 100,
  });
  await call('POST', `/api/coalition/events/${event.id}/registrations`, { name: 'Ada Lovelace', email: 'ada@example.org' });
  const milestone = await call<{ id: number }>('POST', '/api/coalition/milestones', {
    title: 'Accessibility milestone',
    targetDate: day,
    eventIds: [event.id],
  });
  const target = await call<{ id: number }>('POST', '/api/coalition/outreach/targets', {
    name: 'Ministry of Foreign Affairs',
    type: 'institution',
    category: 'state_delegation',
    countryIso3: 'KEN',
    priority: 'high',
  });

  return { campaign: campaign.id, event: event.id, milestone: milestone.id, target: target.id };
}

/**
 * An account of each role (the delegate Kenya's, a member state; the operator the one of the
 * simulated facilities), and a record behind every page with an id: a draft treaty with an amendment
 * and a motion, a pledge campaign, a facility with signed reports and a challenge to it, an event, a
 * milestone, an outreach target.
 */
export async function makeWorld(server: TestServer): Promise<World> {
  const call = adminApi(server);
  const ids: Record<string, string> = {};
  const { treatyId, motionId } = await treatyAndMotion(
    call,
    { title: 'Accessibility Treaty', articles: [{ heading: 'Article 1', body: 'Text of **article 1**.' }] },
    'Accessibility motion',
  );
  const { participants } = await call<{ participants: { id: number; iso3: string }[] }>('GET', '/api/assembly/participants?kind=state');
  const kenya = participants.find((p) => p.iso3 === 'KEN')!.id;
  const accounts: Record<string, number> = {};
  for (const role of ROLES.filter((r) => r !== 'admin')) {
    const { id } = await call<{ id: number }>('POST', '/api/users', {
      email: `${role}@a11y.test`,
      name: `A ${role}`,
      role,
      password: PASSWORD,
      ...(role === 'delegate' ? { participantId: kenya } : {}),
    });
    accounts[role] = id;
  }
  const cookies = { admin: await login(server, server.admin.email, server.admin.password) } as Record<Role, string>;
  for (const role of ROLES.filter((r) => r !== 'admin')) cookies[role] = await login(server, `${role}@a11y.test`, PASSWORD);

  // Kenya's delegate proposes an amendment to the draft.
  const amendment = await callAs<{ id: number }>(server, cookies.delegate, 'POST', `/api/treaties/${treatyId}/amendments`, {
    baseVersion: 1,
    op: 'edit',
    articleKey: 'art-1',
    heading: 'Article 1',
    body: 'Amended text of **article 1**.',
    rationale: 'Clearer.',
  });

  // The operator registers the simulated facilities and submits their signed reports; an inspector
  // challenges the one that cheats.
  const { token } = await callAs<{ token: string }>(server, cookies.operator, 'POST', '/api/tokens', { name: 'a11y' });
  const sim = simulate({ facilities: 2, accelerators: 900, days: 14, seed: 7, cheat: 'undeclared-training' });
  await submitSimulation(httpTarget(server.url, token), sim);
  const facility = sim.truth.cheatingFacilityIds[0] ?? sim.facilities[0]!.id;
  const challenge = await callAs<{ id: number }>(server, cookies.inspector, 'POST', '/api/challenges', { facilityId: facility, sample: 2 });

  const coalition = await coalitionRecords(call);

  Object.assign(ids, {
    ':id@/assembly/treaties/:id': String(treatyId),
    ':id@/assembly/treaties/:id/amendments/:aid': String(treatyId),
    ':aid': String(amendment.id),
    ':id@/assembly/motions/:id': String(motionId),
    ':id@/coalition/campaigns/:id': String(coalition.campaign),
    ':id@/verification/facilities/:id': facility,
    ':id@/verification/challenges/:id': String(challenge.id),
    ':account': String(accounts.delegate),
    ':treaty': String(treatyId),
    ':event': String(coalition.event),
    ':milestone': String(coalition.milestone),
    ':target': String(coalition.target),
  });
  return { ids, cookies };
}

/** The URL of a page pattern with the world's ids; throws when the setup made no record for it. */
export function urlOf(world: World, pattern: string): string {
  return pattern.replace(/:[a-z]+/gi, (param) => {
    const value = world.ids[`${param}@${pattern}`] ?? world.ids[param];
    if (value === undefined) throw new Error(`the setup made no record for ${param} of ${pattern}`);
    return value;
  });
}

/**
 * Opens each page as `who` in `view` (one browser context), waits for its `main h1` and for nothing
 * to be aria-busy, and runs axe-core; on a phone also checks that the page is no wider than the
 * screen. Returns every problem, each with its page, and how many pages were checked. A signed-in
 * page that sends its visitor to the login page, or a console page that shows an error, is a problem
 * too: it would be checked in place of the page meant.
 */
export async function checkPages(
  browser: Browser,
  server: TestServer,
  world: World,
  who: Who,
  view: View,
  patterns: readonly string[],
): Promise<{ problems: string[]; checked: number }> {
  // axe is injected as an inline script, which the app's CSP (rightly) forbids.
  const context = await browser.newContext({ locale: view.locale, viewport: view.viewport, bypassCSP: true });
  try {
    if (who !== 'anonymous') {
      const cookie = world.cookies[who];
      const eq = cookie.indexOf('=');
      await context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: server.url }]);
    }
    const page = await context.newPage();
    // The requests in flight: a page is settled when none is (networkidle would wait 500 ms more on each).
    let inFlight = 0;
    page.on('request', () => inFlight++);
    page.on('requestfinished', () => inFlight--);
    page.on('requestfailed', () => inFlight--);
    const problems: string[] = [];
    let checked = 0;
    for (const pattern of patterns) {
      const url = urlOf(world, pattern);
      const where = `${url} (${who}, ${viewName(view)})`;
      try {
        await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
        for (let settled = 0; settled < 2;) {
          await page.locator('main h1').first().waitFor({ timeout: 15_000 });
          await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 15_000 });
          // Settled when nothing is loading twice in a row, 50 ms apart (a response may start another request).
          settled = inFlight === 0 ? settled + 1 : 0;
          await page.waitForTimeout(50);
        }
      } catch (error) {
        problems.push(`${where}: did not settle (${String(error).split('\n')[0]})`);
        continue;
      }
      const path = new URL(page.url()).pathname;
      if (path !== url) problems.push(`${where}: landed on ${path}`);
      if (url.startsWith('/admin') || url.startsWith('/account')) {
        const alerts = await page.locator('main .form-error[role="alert"]').allTextContents();
        if (alerts.length > 0) problems.push(`${where}: shows an error: ${alerts.join(' / ')}`);
      }
      for (const problem of await seriousViolations(page)) problems.push(`${where}: ${problem}`);
      if (view.viewport.width < 600) {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > view.viewport.width) {
          const widest = await page.evaluate((limit) => {
            // The outermost elements that reach past the screen's edges, to say what is too wide.
            const out: string[] = [];
            for (const el of Array.from(document.querySelectorAll('main *, header *, footer *'))) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || (r.right <= limit + 1 && r.left >= -1)) continue;
              const parent = el.parentElement?.getBoundingClientRect();
              if (parent && (parent.right > limit + 1 || parent.left < -1)) continue;
              const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
              out.push(`${el.tagName.toLowerCase()}${cls} (${Math.round(r.left)}–${Math.round(r.right)})`);
              if (out.length >= 5) break;
            }
            return out;
          }, view.viewport.width);
          problems.push(`${where}: ${width} px wide on a ${view.viewport.width} px screen: ${widest.join(', ')}`);
        }
      }
      checked++;
    }
    return { problems, checked };
  } finally {
    await context.close();
  }
}

/** One check of a test file: these pages, as this visitor, in this view. */
export interface Check {
  who: Who;
  view: View;
  patterns: readonly string[];
}

/**
 * A test file's suite: one server, world and browser for the file, and one test per check, each
 * failing with every problem it found (page, role and view named) and when it checked fewer pages
 * than it was given; after them, that the file checked at least `minimum` pages in all, so that a
 * check dropped from the list is noticed.
 */
export function accessibilitySuite(title: string, checks: readonly Check[], minimum: number): void {
  let server: TestServer;
  let browser: Browser;
  let world: World;
  let total = 0;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    world = await makeWorld(server);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe(title, () => {
    for (const check of checks) {
      it(`${check.patterns.length} pages as ${check.who}, ${viewName(check.view)}`, { timeout: 240_000 }, async () => {
        const { problems, checked } = await checkPages(browser, server, world, check.who, check.view, check.patterns);
        total += checked;
        expect(problems.join('\n')).toBe('');
        expect(checked).toBe(check.patterns.length);
      });
    }
    it(`checked at least ${minimum} pages`, () => {
      expect(total).toBeGreaterThanOrEqual(minimum);
    });
  });
}
