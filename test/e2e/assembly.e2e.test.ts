import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_RULES } from '../../src/modules/assembly/assembly-types.ts';
import { assemblyTestClock, modulesWithAssembly } from '../../src/modules/assembly/assembly.fixture.ts';
import { logIn, screenshot } from './browser.ts';
import { ensureWebBuilt, launchBrowser, startServer, type TestServer } from './harness.ts';
import { readCatalogue } from '../fixtures/catalogues.ts';
import { sessionCookie } from '../fixtures/http.ts';

const SCREENSHOT = '/tmp/concord-assembly.png';
const PASSWORD = 'delegate password 123';
const NEW_TEXT = 'A training run above 10^25 FLOP requires a licence from the Agency.';
/**
 * A screenshot of the treaty page in Arabic, Chinese and French, or of another assembly page, in
 * test-results/screenshots/assembly/ (its path printed): the first screens only, as the
 * participants table runs to 195 rows.
 */
const shoot = async (page: Page, name: string) =>
  console.log(`screenshot: ${await screenshot(page, `assembly/${name}`, { maxHeight: 1600 })}`);

/** The French translation the translator writes of the amended article 2. */
const FRENCH_NEW_TEXT = 'Tout entraînement dépassant 10^25 FLOP est soumis à une licence délivrée par l’Agence.';
/** Translations of version 1's title and two articles, entered before the amendment (which outdates article 2's). */
const TRANSLATIONS: Record<string, { title: string; articles: { heading: string; body: string }[] }> = {
  fr: {
    title: 'Traité-cadre sur l’IA de pointe',
    articles: [
      { heading: 'Définitions', body: '« Puissance de calcul » désigne les opérations en virgule flottante.' },
      { heading: 'Seuils', body: 'Tout entraînement dépassant 10^26 FLOP est soumis à licence.' },
    ],
  },
  es: {
    title: 'Tratado marco sobre la IA de vanguardia',
    articles: [
      { heading: 'Definiciones', body: '«Cómputo» designa las operaciones de coma flotante.' },
      { heading: 'Umbrales', body: 'Todo entrenamiento que supere 10^26 FLOP requiere una licencia.' },
    ],
  },
  ar: {
    title: 'المعاهدة الإطارية بشأن الذكاء الاصطناعي المتقدم',
    articles: [
      { heading: 'التعاريف', body: 'يُقصد بـ«القدرة الحاسوبية» عمليات الفاصلة العائمة.' },
      { heading: 'العتبات', body: 'يتطلب كل تدريب يتجاوز 10^26 عملية فاصلة عائمة الحصول على ترخيص.' },
    ],
  },
  zh: {
    title: '前沿人工智能框架条约',
    articles: [
      { heading: '定义', body: '“算力”指浮点运算。' },
      { heading: '阈值', body: '超过 10^26 次浮点运算的训练须获得许可。' },
    ],
  },
};

/*
 * One amendment from proposal to adoption: the secretariat sets up through the API (members,
 * rules, a draft, two delegate accounts, the motion); the delegates of Kenya and Ghana propose,
 * second and vote in the browser. One server and one browser serve the whole file: each block
 * goes on from where the one before left off.
 */
let server: TestServer;
let browser: Browser;
let kenya: Page;
let ghana: Page;
let admin: string;
let treatyId: number;
let amendmentId: number;
let motionId: number;
/** The assembly's clock: real time until the test moves it past the motion's closing time. */
const clock = assemblyTestClock();

/** The secretariat's API calls (same-origin, session cookie). */
async function call<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { origin: server.url, 'content-type': 'application/json', ...(admin ? { cookie: admin } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  if (path === '/api/auth/login') admin = sessionCookie(res);
  return (await res.json()) as T;
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer({ modules: modulesWithAssembly({ now: clock.now }) });
  browser = await launchBrowser();
  await call('POST', '/api/auth/login', { email: server.admin.email, password: server.admin.password });
  const { participants } = await call<{ participants: { id: number; iso3: string }[] }>('GET', '/api/assembly/participants?kind=state');
  const idOf = (iso3: string) => {
    const state = participants.find((p) => p.iso3 === iso3);
    if (!state) throw new Error(`no state ${iso3} among the participants`);
    return state.id;
  };
  for (const iso3 of ['KEN', 'GHA']) {
    await call('PATCH', `/api/assembly/participants/${idOf(iso3)}`, { status: 'member' });
    await call('POST', '/api/users', {
      email: `${iso3.toLowerCase()}@test.local`,
      name: `Delegate of ${iso3}`,
      role: 'delegate',
      password: PASSWORD,
      participantId: idOf(iso3),
    });
  }
  // Adoption needs the French text complete and current: the translator below makes it so.
  await call('PUT', '/api/assembly/rules', { ...DEFAULT_RULES, secondsRequired: 1, requiredLanguages: ['fr'] });
  const treaty = await call('POST', '/api/treaties', {
    title: 'Framework Treaty on Frontier AI',
    articles: [
      { heading: 'Definitions', body: '"Compute" means floating-point operations.' },
      { heading: 'Thresholds', body: 'A training run above 10^26 FLOP requires a licence.' },
    ],
  });
  treatyId = treaty.id;
  for (const [lang, { title, articles }] of Object.entries(TRANSLATIONS)) {
    await call('PUT', `/api/treaties/${treatyId}/translations/${lang}/title`, { sourceVersion: 1, heading: title, body: '' });
    for (const [i, article] of articles.entries()) {
      await call('PUT', `/api/treaties/${treatyId}/translations/${lang}/art-${i + 1}`, { sourceVersion: 1, ...article });
    }
  }
  await call('POST', '/api/users', { email: 'translator@test.local', name: 'Translator', role: 'translator', password: PASSWORD });
  kenya = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  ghana = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});

afterAll(async () => {
  clock.reset();
  await browser?.close();
  await server?.close();
});

describe('Assembly in Chromium: an amendment is proposed and seconded', () => {
  it("Kenya's delegate proposes an edit of article 2 in the treaty reader", async () => {
    await logIn(kenya, server, 'ken@test.local', PASSWORD);
    await kenya.goto(`${server.url}/assembly/treaties/${treatyId}`);
    await kenya.getByRole('heading', { name: 'Propose an amendment' }).waitFor();
    await kenya.getByLabel('Change').selectOption('edit');
    await kenya.getByLabel('Article', { exact: true }).selectOption({ label: 'Article 2 — Thresholds' });
    await kenya.getByLabel('New text').fill(NEW_TEXT);
    await kenya.getByLabel('Rationale').fill('Frontier risks begin an order of magnitude lower.');
    await kenya.getByRole('button', { name: 'Propose amendment' }).click();
    await kenya.waitForURL(/\/amendments\/\d+$/);
    amendmentId = Number(kenya.url().split('/').pop());
    expect(await kenya.getByTestId('amendment-status').textContent()).toBe('proposed');
    expect(await kenya.getByTestId('proposed-text').textContent()).toContain(NEW_TEXT);
    // A delegation cannot second its own amendment: no button for Kenya.
    expect(await kenya.getByRole('button', { name: 'Second this amendment' }).count()).toBe(0);
  });

  it("Ghana's delegate seconds it, and it reaches the floor", async () => {
    await logIn(ghana, server, 'gha@test.local', PASSWORD);
    await ghana.goto(`${server.url}/assembly/treaties/${treatyId}/amendments/${amendmentId}`);
    await ghana.getByRole('button', { name: 'Second this amendment' }).click();
    await ghana.getByTestId('amendment-status').filter({ hasText: 'on the floor' }).waitFor();
    expect(await ghana.getByTestId('seconds').textContent()).toBe('1');
    await ghana.getByRole('textbox', { name: 'Comment' }).fill('Ghana supports a lower threshold.');
    await ghana.getByRole('button', { name: 'Add comment' }).click();
    await ghana.getByText('Ghana supports a lower threshold.').waitFor();
  });
});

describe('Assembly in Chromium: the amendment is voted on and adopted', () => {
  it('both delegates vote yes on the motion in the ballot page; only turnout shows before the close', async () => {
    const now = Date.now();
    const motion = await call('POST', '/api/motions', {
      kind: 'amendment',
      title: 'Lower the licensing threshold',
      amendmentId,
      opensAt: new Date(now).toISOString(),
      closesAt: new Date(now + 3600_000).toISOString(),
    });
    motionId = motion.id;
    for (const page of [kenya, ghana]) {
      await page.goto(`${server.url}/assembly/motions/${motionId}`);
      await page.getByLabel('Yes').check();
      await page.getByRole('button', { name: 'Cast ballot' }).click();
      await page.getByRole('status').filter({ hasText: 'Ballot cast: yes' }).waitFor();
    }
    await kenya.reload();
    await kenya.getByTestId('turnout').waitFor();
    expect(await kenya.getByTestId('turnout').textContent()).toContain('2 of 2 member states');
    expect(await kenya.getByTestId('my-ballot').textContent()).toContain('Yes');
    expect(await kenya.locator('.ballots-table').count()).toBe(0);
  });

  it('after the closing time the result page shows the adoption, by weight and by head, and every ballot', async () => {
    clock.runAhead(2 * 3600_000);
    await kenya.goto(`${server.url}/assembly/motions/${motionId}`);
    await kenya.getByTestId('motion-status').filter({ hasText: 'passed' }).waitFor();
    expect(await kenya.getByText('The amendment is applied: version 2.').count()).toBe(1);
    expect(await kenya.locator('[data-chart="By weight (counted)"] rect[data-choice="yes"]').getAttribute('width')).toBe('720');
    expect(await kenya.locator('[data-chart="States by head"] figcaption').textContent()).toContain('Yes 2');
    expect(await kenya.locator('.ballots-table tbody tr').count()).toBe(2);
    await kenya.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('the treaty reader shows version 2 and the word diff from version 1', async () => {
    await kenya.goto(`${server.url}/assembly/treaties/${treatyId}`);
    await kenya.getByTestId('current-version').filter({ hasText: '2' }).waitFor();
    expect(await kenya.locator('[data-article="art-2"]').textContent()).toContain(NEW_TEXT);
    await kenya.getByLabel('Compare with').selectOption('1');
    await kenya.locator('.diff-view [data-article="art-2"] ins').first().waitFor();
    expect(await kenya.locator('.diff-view [data-article="art-2"] del').first().textContent()).toBe('26');
    expect(await kenya.locator('.diff-view [data-article="art-1"]').getAttribute('data-status')).toBe('unchanged');
    await kenya.screenshot({ path: '/tmp/concord-assembly-diff.png', fullPage: true });
    const amendment = await call('GET', `/api/treaties/${treatyId}/amendments/${amendmentId}`);
    expect(amendment).toMatchObject({ status: 'adopted', appliedVersion: 2 });
  });
});

describe('Assembly in Chromium: voting power', () => {
  it('the power page flags the veto each of two members holds, and the map colours the members', async () => {
    await kenya.goto(`${server.url}/assembly/power`);
    await kenya.getByTestId('veto-verdict').waitFor();
    expect(await kenya.getByTestId('veto-verdict').textContent()).toMatch(/Veto in effect: (Kenya|Ghana), (Kenya|Ghana)/);
    expect(await kenya.locator('tr[data-veto="yes"]').count()).toBe(2);
    await kenya.goto(`${server.url}/assembly/participants`);
    await kenya.locator('.world-map path[data-iso3="KEN"]').waitFor();
    const fills = await kenya
      .locator('.world-map path.country')
      .evaluateAll((paths) => Object.fromEntries(paths.map((p) => [p.getAttribute('data-iso3'), p.getAttribute('fill')])));
    expect(fills.KEN).toBe(fills.GHA);
    expect(fills.KEN).not.toBe(fills.NGA);
    expect(await kenya.locator('.weights-table tbody tr').count()).toBe(2);
    await kenya.screenshot({ path: '/tmp/concord-assembly-map.png' });
  });
});

const catalogue = (language: string) => Object.entries(readCatalogue('assembly', language));
/** `text` as a whole word or phrase ("Text" is not found inside "Texte"). */
const asWords = (text: string) => new RegExp(`(?<!\\p{L})${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');

/**
 * The pieces of the English assembly catalogue found in `shown`: each value cut at its placeholders
 * and tags; a piece counts when it has more than 3 letters and the language's own catalogue does
 * not use it too ("Markdown", "Version" in French).
 */
function englishLeft(shown: string, language: string): string[] {
  const own = catalogue(language)
    .map(([, text]) => text)
    .join('\n');
  return catalogue('en')
    .flatMap(([key, text]) => text.split(/\{\{\w+\}\}|<\/?\w+>/).map((piece) => [key, piece] as const))
    .map(([key, piece]) => [key, piece.trim().replace(/^[\s:;,.()—·-]+|[\s:;,.()—·-]+$/g, '')] as const)
    .filter(([, piece]) => (piece.match(/\p{L}/gu) ?? []).length > 3 && !asWords(piece).test(own) && asWords(piece).test(shown))
    .map(([key, piece]) => `${key}: ${piece}`);
}

/**
 * The page's text in its own language: what is marked as another language (the treaty's title and
 * an article shown in its English source text for want of a current translation) is meant to be so.
 */
async function ownLanguageText(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    const own = document.documentElement.lang;
    for (const other of copy.querySelectorAll(`[lang]:not([lang="${own}"])`)) other.remove();
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}

/** The adoption motion put in the block below, shown in Arabic in the next. */
let adoptionId: number;

describe('Assembly in Chromium: the treaty in six languages', () => {
  it('a delegate reads the treaty in Spanish: article 1 translated, the amended article 2 flagged outdated with its source text, and side by side with Arabic', async () => {
    await kenya.goto(`${server.url}/assembly/treaties/${treatyId}`);
    await kenya.getByLabel('Language of the text').selectOption('es');
    const spanish = kenya.locator('.treaty-text[data-language="es"]');
    await spanish.waitFor();
    const art1 = spanish.locator('[data-article="art-1"]');
    expect(await art1.getAttribute('data-translation')).toBe('current');
    expect(await art1.getAttribute('lang')).toBe('es');
    expect(await art1.textContent()).toContain('Artículo 1 — Definiciones');
    expect(await art1.textContent()).toContain('«Cómputo» designa las operaciones de coma flotante.');
    const art2 = spanish.locator('[data-article="art-2"]');
    expect(await art2.getAttribute('data-translation')).toBe('outdated');
    // Never passed off as current: the source text is shown, in English, flagged; the old translation apart.
    expect(await art2.getAttribute('lang')).toBe('en');
    expect(await art2.textContent()).toContain(NEW_TEXT);
    expect(await art2.locator('.translation-flag').textContent()).toContain('Translation outdated');
    expect(await art2.locator('.outdated-translation [lang="es"]').textContent()).toContain('10^26');

    await kenya.getByLabel('Side by side with').selectOption('ar');
    await kenya.getByTestId('side-by-side').waitFor();
    const columns = await kenya
      .locator('.side-by-side > .side-by-side-row > [data-column]')
      .evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-column'), c.getAttribute('lang'), c.getAttribute('dir')]));
    // The title, then the two articles: each row a Spanish cell beside an Arabic one.
    expect(columns).toEqual(
      Array.from({ length: 3 }, () => [
        ['es', 'es', 'ltr'],
        ['ar', 'ar', 'rtl'],
      ]).flat(),
    );
    expect(await kenya.locator('[data-column="ar"] [data-article="art-1"]').textContent()).toContain('التعاريف');
  });

  it('a translator updates the outdated French article 2 from the page, reading the source beside it, and sees it current', async () => {
    const translator = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await logIn(translator, server, 'translator@test.local', PASSWORD);
    await translator.goto(`${server.url}/assembly/treaties/${treatyId}`);
    await translator.getByLabel('Language of the text').selectOption('fr');
    const art2 = translator.locator('.treaty-text[data-language="fr"] [data-article="art-2"]');
    await art2.waitFor();
    expect(await art2.getAttribute('data-translation')).toBe('outdated');
    expect(await translator.locator('tr[data-language="fr"]').textContent()).toContain('outdated: 1');
    await art2.getByRole('button', { name: 'Edit the translation of article 2' }).click();
    const form = translator.getByRole('form', { name: 'Translation of article 2 into French' });
    expect(await form.locator('.translation-source').textContent()).toContain(NEW_TEXT);
    // It starts from the outdated translation, which the translator corrects.
    expect(await form.getByLabel('Translated text').inputValue()).toContain('10^26');
    await form.getByLabel('Translated text').fill(FRENCH_NEW_TEXT);
    await form.getByRole('button', { name: 'Save the translation' }).click();
    await translator.getByRole('status').filter({ hasText: 'The translation of article 2 into French is saved and current.' }).waitFor();
    await translator.locator('.treaty-text[data-language="fr"] [data-article="art-2"][data-translation="current"]').waitFor();
    expect(await art2.getAttribute('lang')).toBe('fr');
    expect(await art2.textContent()).toContain(FRENCH_NEW_TEXT);
    expect(await art2.locator('.translation-flag').textContent()).toContain('Translation current');
    await translator.locator('tr[data-language="fr"]', { hasText: 'Complete and current' }).waitFor();
    expect(await translator.locator('tr[data-language="fr"] a').first().getAttribute('href')).toBe(
      `/api/treaties/${treatyId}/export.md?lang=fr`,
    );
    const status = await call<{ languages: { language: string; complete: boolean }[] }>('GET', `/api/treaties/${treatyId}/translations`);
    expect(status.languages.find((l) => l.language === 'fr')?.complete).toBe(true);
    await translator.context().close();
  });
});

describe('Assembly in Chromium: the adoption motion, and the pages in Arabic, Chinese and French', () => {
  it('an adoption motion shows the languages complete and current at its opening', async () => {
    const now = clock.now().getTime();
    const motion = await call('POST', '/api/motions', {
      kind: 'adoption',
      title: 'Final vote on the framework text',
      treatyId,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3600_000).toISOString(),
    });
    adoptionId = motion.id;
    await kenya.goto(`${server.url}/assembly/motions/${adoptionId}`);
    const languages = kenya.getByTestId('motion-languages');
    await languages.waitFor();
    expect(await languages.textContent()).toContain('Source language: English.');
    expect(await languages.textContent()).toContain('Complete and current: English and French.');
  });
  it('with Accept-Language: ar the treaty and motion pages are right to left, in Arabic, with no English of the assembly catalogue', async () => {
    const context = await browser.newContext({ locale: 'ar', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const [url, ready] of [
      [`/assembly/treaties/${treatyId}`, 'text=الصيغة الحالية:'],
      [`/assembly/motions/${adoptionId}`, '[data-testid="motion-languages"]'],
      [`/assembly/motions/${motionId}`, '.ballots-table'],
    ] as const) {
      await page.goto(`${server.url}${url}`);
      await page.locator(ready).first().waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('html').getAttribute('lang')).toBe('ar');
      const text = await ownLanguageText(page);
      expect(text, url).toMatch(/\p{Script=Arabic}{4}/u);
      expect(englishLeft(text, 'ar'), url).toEqual([]);
    }
    await page.goto(`${server.url}/assembly/treaties/${treatyId}`);
    await page.locator('.treaty-text[data-language="ar"]').waitFor();
    expect(await page.locator('.treaty-text').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-article="art-1"]').textContent()).toContain('المادة 1 — التعاريف');
    await shoot(page, 'treaty-ar');
    await page.goto(`${server.url}/assembly/motions/${motionId}`);
    await page.locator('.ballots-table').waitFor();
    await shoot(page, 'motion-ar');
    // The charts and the map right to left: bars grow from the right, the labels beside them.
    for (const [url, name] of [
      ['/assembly/power', 'power-ar'],
      ['/assembly/participants', 'participants-ar'],
    ] as const) {
      await page.goto(`${server.url}${url}`);
      await page.locator('.bar-chart').first().waitFor();
      const label = await page.locator('.bar-chart [data-bar] .bar-label').first().boundingBox();
      const bar = await page.locator('.bar-chart [data-bar] rect').first().boundingBox();
      expect(label!.x, url).toBeGreaterThan(bar!.x + bar!.width - 1);
      expect(englishLeft(await ownLanguageText(page), 'ar'), url).toEqual([]);
      await shoot(page, name);
    }
    await context.close();
  });

  it('with Accept-Language: zh and fr the treaty page follows the language (screenshots)', async () => {
    for (const [locale, current] of [
      ['zh', '当前版本：'],
      ['fr', 'Version actuelle\u00a0:'],
    ] as const) {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/assembly/treaties/${treatyId}`);
      await page.getByText(current).waitFor();
      await page.locator(`.treaty-text[data-language="${locale}"]`).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      const text = await ownLanguageText(page);
      expect(englishLeft(text, locale)).toEqual([]);
      await shoot(page, `treaty-${locale}`);
      await context.close();
    }
  });
});

describe('Assembly in Chromium: every page in Arabic and French', () => {
  it('every other assembly page in Arabic, French and on an Arabic phone: no English of the catalogue (screenshots)', async () => {
    const pages = [
      ['/assembly', 'landing'],
      ['/assembly/treaties', 'treaties'],
      [`/assembly/treaties/${treatyId}/amendments/${amendmentId}`, 'amendment'],
      ['/assembly/motions', 'motions'],
      [`/assembly/motions/${motionId}`, 'motion'],
      ['/assembly/power', 'power'],
    ] as const;
    for (const [locale, viewport] of [
      ['ar', { width: 1280, height: 900 }],
      ['fr', { width: 1280, height: 900 }],
      ['ar', { width: 390, height: 844 }],
    ] as const) {
      const context = await browser.newContext({ locale, viewport });
      const page = await context.newPage();
      for (const [url, name] of viewport.width < 500 ? [[`/assembly/treaties/${treatyId}`, 'treaty'] as const, pages[4]] : pages) {
        await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' });
        await page.locator('main h1').first().waitFor();
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        expect(englishLeft(await ownLanguageText(page), locale), url).toEqual([]);
        // Nothing wider than the screen on a phone (tables scroll inside their own box).
        expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(viewport.width);
        await shoot(page, `${name}-${locale}${viewport.width < 500 ? '-phone' : ''}`);
      }
      await context.close();
    }
  });
});
