import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { readCatalogue } from '../fixtures/catalogues.ts';
import { adminApi, treatyAndMotion } from './setup.ts';

/*
 * The web app in the reader's language: Chromium sends Accept-Language (the context's locale) and
 * the home, a treaty and a motion page must come back in that language, laid out in its direction,
 * with no text of the English catalogue left; the picker then switches the language for good.
 * Screenshots of every page in every language go to test-results/screenshots/ to be looked at.
 */

/** Accept-Language sent by the browser → the language and direction the page must take. */
const LOCALES = [
  { locale: 'ar', language: 'ar', dir: 'rtl' },
  { locale: 'zh-CN', language: 'zh', dir: 'ltr' },
  { locale: 'fr-FR', language: 'fr', dir: 'ltr' },
] as const;

const catalogue = readCatalogue;

const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` as a whole word or phrase (so "Continue" is not found inside "Continuer"). */
const asWords = (text: string) => new RegExp(`(?<!\\p{L})${escape(text)}(?!\\p{L})`, 'u');

/**
 * The pieces of English catalogue text found in `shown`: each English value is cut at its
 * placeholders and `<0>` tags; a piece counts when it has more than 3 letters and the language's
 * own catalogue does not use it too (a name such as "Concord", or "Version" in French).
 */
function englishLeft(shown: string, namespaces: string[], language: string): string[] {
  const found = new Set<string>();
  for (const namespace of namespaces) {
    const english = catalogue(namespace, 'en');
    const own = Object.values(catalogue(namespace, language)).join('\n');
    for (const [key, value] of Object.entries(english)) {
      for (const piece of value.split(/\{\{[^}]*\}\}|<\/?\d+\/?>/)) {
        const text = piece.trim().replace(/^[\s,.:;()–—-]+|[\s,.:;()–—-]+$/g, '');
        if (letters(text) <= 3 || asWords(text).test(own)) continue;
        if (asWords(text).test(shown)) found.add(`${namespace}:${key} "${text}"`);
      }
    }
  }
  return [...found].sort();
}

/** What the test itself wrote in English (a treaty's source text is English): data, not interface. */
const DATA = {
  treaty: 'Framework Treaty on Frontier AI',
  articles: [
    { heading: 'Definitions', body: '"Compute" means floating-point operations.' },
    { heading: 'Thresholds', body: 'A training run above 10^26 FLOP requires a licence.' },
  ],
  motion: 'Adjourn the session',
};

/**
 * The text a reader sees in the page's own language: visible text, leaving out what is marked as
 * being in another language (`lang`, e.g. an article not yet translated, shown in its source
 * language) and the test's own data.
 */
async function shownText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const language = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent?.checkVisibility()) continue;
      const marked = parent.closest('[lang]')?.getAttribute('lang') ?? language;
      if (marked.split('-')[0] === language) parts.push(node.textContent ?? '');
    }
    return parts.join('\n');
  });
  const data = [DATA.treaty, DATA.motion, ...DATA.articles.flatMap((a) => [a.heading, a.body])];
  return data.reduce((rest, value) => rest.split(value).join('\n'), text);
}

let server: TestServer;
let browser: Browser;
let treatyId: number;
let motionId: number;
const contexts: BrowserContext[] = [];

/** A fresh browser (no remembered language) that asks for `locale`. */
async function pageIn(locale: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale, viewport });
  contexts.push(context);
  return context.newPage();
}

/** Opens `url` and waits until its page is drawn (its h1) and its data has arrived. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
  ({ treatyId, motionId } = await treatyAndMotion(adminApi(server), { title: DATA.treaty, articles: DATA.articles }, DATA.motion));
});

// Each test's browser context closes with it: two dozen open pages would slow the shared machine.
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the web app in the browser’s language (Accept-Language)', () => {
  const pages = [
    { name: 'home', url: () => '/', namespaces: ['common'] },
    { name: 'treaty', url: () => `/assembly/treaties/${treatyId}`, namespaces: ['common', 'assembly'] },
    { name: 'motion', url: () => `/assembly/motions/${motionId}`, namespaces: ['common', 'assembly'] },
    // The core pages with a map, a legend and tables, laid out right to left in Arabic.
    { name: 'states', url: () => '/states', namespaces: ['common'] },
    { name: 'log', url: () => '/log', namespaces: ['common'] },
  ];

  for (const { locale, language, dir } of LOCALES) {
    for (const { name, url, namespaces } of pages) {
      it(`${name} page in ${locale}: <html lang="${language}" dir="${dir}">, no English left`, async () => {
        const page = await pageIn(locale);
        await open(page, url());
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, dir]);
        // The first screens only: the states table runs to 195 rows.
        console.log(`screenshot: ${await screenshot(page, `${language}-${name}`, { maxHeight: 1600 })}`);
        expect(englishLeft(await shownText(page), namespaces, language)).toEqual([]);
      });
    }
  }
});

describe('the language picker', () => {
  it('switches an Arabic page to Russian, and the choice outlives a reload', async () => {
    const page = await pageIn('ar');
    await open(page, '/');
    const picker = page.locator('header .language-picker select');
    expect(await picker.inputValue()).toBe('ar');
    await picker.selectOption('ru');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Ассамблея' }).count()).toBe(1);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('main h1').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await picker.inputValue()).toBe('ru');
    expect(englishLeft(await shownText(page), ['common'], 'ru')).toEqual([]);
  });

  it('is reached from the keyboard: Tab lands on it, its label is in the page’s language, an arrow key changes the language', async () => {
    const page = await pageIn('fr-FR');
    await open(page, '/');
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'SELECT'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.tagName ?? '');
    }
    expect(focused).toBe('SELECT');
    expect(await page.getByRole('combobox', { name: 'Langue' }).evaluate((select) => select === document.activeElement)).toBe(true);
    // The picker lists ar, zh, en, fr, ru, es: the next one after French is Russian.
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
  });

  for (const locale of ['ar', 'ru']) {
    for (const [name, url] of [
      ['home', '/'],
      ['states', '/states'],
    ]) {
      it(`fits a 390 px phone in ${locale} (${name}): the header and page do not overflow sideways`, async () => {
        const page = await pageIn(locale, { width: 390, height: 844 });
        await open(page, url!);
        // Wide tables scroll inside their own box; the page itself never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        const box = await page.locator('header .language-picker select').boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
        // The first screens only: the states table runs to 195 rows.
        console.log(`screenshot: ${await screenshot(page, `${locale}-phone-${name}`, { maxHeight: 1600 })}`);
      });
    }
  }
});
