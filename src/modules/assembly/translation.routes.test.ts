/**
 * Treaty texts in six languages over HTTP: translators translate a draft's articles, delegates read
 * them, an adopted amendment makes a translation outdated until it is updated, the adoption motion
 * follows the rules' requiredLanguages, and exports are one Akoma Ntoso Expression per language.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateAkomaNtoso } from '../../../test/fixtures/akoma-ntoso/validate.ts';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode, errorOf, expectJson } from '../../../test/fixtures/http.ts';
import { DEFAULT_RULES } from './assembly-types.ts';
import { assemblyTestClock, DRAFT, modulesWithAssembly, PASSWORD, setUpAssembly, type AssemblyFixture } from './assembly.fixture.ts';
import { textHash } from './translation.ts';

type Delegate = 'USA' | 'CHN' | 'IND' | 'DEU' | 'BRA';
const MEMBERS: Delegate[] = ['USA', 'CHN', 'IND', 'DEU', 'BRA'];
let t: TestApp;
let f: AssemblyFixture<Delegate>;
let translator: string;
let staff: string;
let treatyId: number;
const clock = assemblyTestClock();
const HOUR = 3600_000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

/** The Spanish and French texts of the draft's three articles. */
const ES = [
  { heading: 'Definiciones', body: 'A los efectos del presente Tratado, por "cómputo" se entienden las operaciones de coma flotante.' },
  { heading: 'Umbrales', body: 'Un entrenamiento de más de 10^26 FLOP requiere una licencia.' },
  { heading: 'Verificación', body: 'Cada Parte informará trimestralmente al Organismo.' },
];
const ES_TITLE = 'Tratado marco sobre la IA de frontera';
const FR_TITLE = "Traité-cadre sur l'IA de pointe";
const FR = [
  { heading: 'Définitions', body: 'Aux fins du présent Traité, on entend par « calcul » les opérations en virgule flottante.' },
  { heading: 'Seuils', body: 'Un entraînement de plus de 10^26 FLOP requiert une licence.' },
  { heading: 'Vérification', body: "Chaque Partie fait rapport chaque trimestre à l'Agence." },
];

async function account(role: string, label: string, extra: object = {}) {
  const email = `${label}@test.local`;
  const res = await t.request('POST', '/api/users', { cookie: f.admin, body: { email, name: label, role, password: PASSWORD, ...extra } });
  return { res, login: () => t.login(email, PASSWORD) };
}

const translate = (cookie: string, lang: string, key: string, body: object, id = treatyId) =>
  t.request('PUT', `/api/treaties/${id}/translations/${lang}/${key}`, { cookie, body });
const logSize = async () => Number((await (await t.request('GET', '/api/log/checkpoint')).text()).split('\n')[1]);
const logEntries = async () =>
  (
    await expectJson<{ entries: { entry: { kind: string; subject: string; body: any } }[] }>(
      t.request('GET', '/api/log/entries?start=0&end=1000'),
    )
  ).entries.map((e) => e.entry);
const states = async (lang: string, id = treatyId) =>
  (await expectJson(t.request('GET', `/api/treaties/${id}?lang=${lang}`))).text.articles.map((a: any) => a.translation.state);

/** Puts a motion to the vote now, every member votes yes, and it closes an hour later. */
async function passMotion(body: object): Promise<any> {
  const m = await expectJson(
    t.request('POST', '/api/motions', { cookie: f.admin, body: { opensAt: at(0), closesAt: at(HOUR), ...body } }),
    201,
  );
  for (const iso3 of MEMBERS)
    await expectJson(t.request('POST', `/api/motions/${m.id}/ballots`, { cookie: f.delegate[iso3], body: { choice: 'yes' } }), 201);
  clock.set(2 * HOUR);
  const closed = await expectJson(t.request('POST', `/api/motions/${m.id}/close`, { cookie: f.admin }));
  clock.reset();
  expect(closed.result.tally.passed).toBe(true);
  return closed;
}

beforeAll(async () => {
  t = await testApp(undefined, {}, { modules: modulesWithAssembly({ now: clock.now }) });
  f = await setUpAssembly(t, MEMBERS);
  await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: { ...DEFAULT_RULES, secondsRequired: 0 } }));
  translator = await (await account('translator', 'translator')).login();
  staff = await (await account('staff', 'staff')).login();
  treatyId = (await expectJson(t.request('POST', '/api/treaties', { cookie: f.admin, body: DRAFT }), 201)).id;
});
afterAll(() => t.close());
afterEach(clock.reset);

describe('the translator role', () => {
  it('is an account role the admin gives, bound to no participant', async () => {
    const bound = await account('translator', 'bound-translator', { participantId: f.idOf('USA') });
    expect(bound.res.status).toBe(400);
    expect(await errorCode(bound.res)).toBe('participant_not_allowed');
    const me = await expectJson(t.request('GET', '/api/auth/me', { cookie: translator }));
    expect(me.user).toMatchObject({ role: 'translator', participantId: null });
  });

  it('may not do what staff, delegates or the admin do', async () => {
    const amendment = await expectJson(
      t.request('POST', `/api/treaties/${treatyId}/amendments`, {
        cookie: f.delegate.USA,
        body: { baseVersion: 1, op: 'edit', articleKey: 'art-3', body: 'Each Party shall report monthly.', rationale: 'Faster.' },
      }),
      201,
    );
    const before = await logSize();
    const refused = [
      await t.request('POST', `/api/treaties/${treatyId}/amendments/${amendment.id}/comments`, {
        cookie: translator,
        body: { body: 'Hi' },
      }),
      await t.request('POST', '/api/treaties', { cookie: translator, body: DRAFT }),
      await t.request('POST', '/api/motions', {
        cookie: translator,
        body: { kind: 'adoption', title: 'Adopt', treatyId, opensAt: at(0), closesAt: at(HOUR) },
      }),
      await t.request('POST', `/api/treaties/${treatyId}/amendments`, {
        cookie: translator,
        body: { baseVersion: 1, op: 'delete', articleKey: 'art-3', rationale: 'x' },
      }),
    ];
    for (const res of refused) expect([res.status, await errorCode(res)]).toEqual([403, 'forbidden']);
    expect(await logSize()).toBe(before);
  });
});

describe('translating a draft', () => {
  it('lets a translator translate each article, logged with the hash of the text', async () => {
    for (const [i, text] of ES.entries()) {
      const res = await expectJson(translate(translator, 'es', `art-${i + 1}`, { sourceVersion: 1, ...text }));
      expect(res).toMatchObject({
        language: 'es',
        articleKey: `art-${i + 1}`,
        ...text,
        translator: 'translator',
        sourceVersion: 1,
        changed: true,
      });
      expect(res.textHash).toBe(textHash(text));
    }
    const logged = (await logEntries()).filter((e) => e.kind === 'treaty.translation');
    expect(logged).toHaveLength(3);
    expect(logged[0]).toMatchObject({
      subject: `treaty:${treatyId}`,
      body: {
        treatyId,
        articleKey: 'art-1',
        language: 'es',
        sourceVersion: 1,
        textHash: textHash(ES[0]!),
        sourceHash: textHash(DRAFT.articles[0]!),
      },
    });
  });

  it('lets a delegate read the treaty in Spanish, each article with its translator and date', async () => {
    const treaty = await expectJson(t.request('GET', `/api/treaties/${treatyId}?lang=es`, { cookie: f.delegate.BRA }));
    expect(treaty.text).toMatchObject({ language: 'es', sourceLanguage: 'en' });
    const [first] = treaty.text.articles;
    expect(first).toMatchObject({
      key: 'art-1',
      num: 1,
      ...ES[0],
      translation: { state: 'current', translator: 'translator', sourceVersion: 1, outdated: null },
    });
    expect(Date.parse(first.translation.translatedAt)).not.toBeNaN();
    // Without ?lang= the source language, as written.
    const source = await expectJson(t.request('GET', `/api/treaties/${treatyId}`));
    expect(source.text.language).toBe('en');
    expect(source.text.articles[0]).toMatchObject({ ...DRAFT.articles[0], translation: { state: 'source', translator: null } });
    // A language nobody has translated: the source text, flagged missing.
    const ar = await expectJson(t.request('GET', `/api/treaties/${treatyId}/versions/1?lang=ar`));
    expect(ar.articles[1]).toMatchObject({ ...DRAFT.articles[1], translation: { state: 'missing', translator: null } });
  });
});

describe('the title and the counts per language', () => {
  it('translates the title as the text of key `title`, a heading without a body', async () => {
    const before = await logSize();
    const withBody = await translate(translator, 'es', 'title', { sourceVersion: 1, heading: ES_TITLE, body: 'x' });
    expect([withBody.status, await errorCode(withBody)]).toEqual([400, 'validation_failed']);
    expect(await logSize()).toBe(before);
    expect((await expectJson(t.request('GET', `/api/treaties/${treatyId}?lang=es`))).text).toMatchObject({
      title: DRAFT.title,
      titleTranslation: { state: 'missing' },
    });
    await expectJson(translate(translator, 'es', 'title', { sourceVersion: 1, heading: ES_TITLE, body: '' }));
    const es = await expectJson(t.request('GET', `/api/treaties/${treatyId}?lang=es`));
    // The treaty's own title stays the source's; the text's is the translation.
    expect(es).toMatchObject({
      title: DRAFT.title,
      text: { title: ES_TITLE, titleTranslation: { state: 'current', translator: 'translator' } },
    });
  });

  it('counts current, outdated and missing articles per language', async () => {
    const status = await expectJson(t.request('GET', `/api/treaties/${treatyId}/translations`));
    expect(status).toMatchObject({ treatyId, version: 1, sourceLanguage: 'en', articles: 3 });
    const byLang = Object.fromEntries(status.languages.map((l: any) => [l.language, l]));
    expect(byLang.en).toMatchObject({ source: true, current: 3, complete: true });
    expect(byLang.en).toMatchObject({ title: 'source' });
    expect(byLang.es).toMatchObject({ source: false, title: 'current', current: 3, outdated: 0, missing: 0, complete: true });
    expect(byLang.fr).toMatchObject({
      title: 'missing',
      current: 0,
      missing: 3,
      complete: false,
      missingArticles: ['art-1', 'art-2', 'art-3'],
    });
  });

  it('stores and logs nothing when the same translation is sent again', async () => {
    const before = await logSize();
    const again = await expectJson(translate(translator, 'es', 'art-1', { sourceVersion: 1, ...ES[0] }));
    expect(again.changed).toBe(false);
    expect(await logSize()).toBe(before);
  });
});

describe('who may translate, and what is refused', () => {
  it('refuses bad input with a 4xx code and changes nothing', async () => {
    const before = await logSize();
    const good = { sourceVersion: 1, ...FR[0] };
    const cases: [Response, number, string][] = [
      [await translate(translator, 'xx', 'art-1', good), 400, 'validation_failed'],
      [await translate(translator, 'en', 'art-1', good), 400, 'source_language'],
      [await translate(translator, 'fr', 'art-99', good), 404, 'article_not_found'],
      [await translate(translator, 'fr', 'article-1', good), 400, 'validation_failed'],
      [await translate(translator, 'fr', 'art-1', { ...good, sourceVersion: 9 }), 404, 'version_not_found'],
      [await translate(translator, 'fr', 'art-1', { ...good, body: '  ' }), 400, 'translation_empty'],
      [await translate(translator, 'fr', 'art-1', { ...good, note: 'x' }), 400, 'unknown_field'],
      [await translate(translator, 'fr', 'art-1', good, 9999), 404, 'not_found'],
      [await t.request('GET', `/api/treaties/${treatyId}?lang=xx`), 400, 'validation_failed'],
      [await t.request('GET', `/api/treaties/${treatyId}?lang=EN`), 400, 'validation_failed'],
    ];
    for (const [res, status, code] of cases) expect([res.status, await errorCode(res)]).toEqual([status, code]);
    expect(await logSize()).toBe(before);
    expect(await states('fr')).toEqual(['missing', 'missing', 'missing']);
  });

  it('lets staff and the admin translate, but not a delegate nor anyone anonymous', async () => {
    const delegate = await translate(f.delegate.USA, 'fr', 'art-1', { sourceVersion: 1, ...FR[0] });
    expect([delegate.status, await errorCode(delegate)]).toEqual([403, 'forbidden']);
    const anonymous = await translate('', 'fr', 'art-1', { sourceVersion: 1, ...FR[0] });
    expect(anonymous.status).toBe(401);
    expect(await states('fr')).toEqual(['missing', 'missing', 'missing']);
    await expectJson(translate(staff, 'fr', 'art-1', { sourceVersion: 1, ...FR[0] }));
    await expectJson(translate(f.admin, 'fr', 'art-2', { sourceVersion: 1, ...FR[1] }));
    await expectJson(translate(translator, 'fr', 'art-3', { sourceVersion: 1, ...FR[2] }));
    expect(await states('fr')).toEqual(['current', 'current', 'current']);
    // The title too: without it no export or adoption is in French.
    const incomplete = await expectJson(t.request('GET', `/api/treaties/${treatyId}/translations`));
    expect(incomplete.languages.find((l: any) => l.language === 'fr')).toMatchObject({ title: 'missing', missing: 0, complete: false });
    await expectJson(translate(translator, 'fr', 'title', { sourceVersion: 1, heading: FR_TITLE, body: '' }));
  });
});

describe('an amendment outdates the translations of the article it changes', () => {
  const newBody = 'A training run above 10^25 FLOP requires a licence.';

  it('marks the French translation of the amended article outdated, keeping it aside', async () => {
    const amendment = await expectJson(
      t.request('POST', `/api/treaties/${treatyId}/amendments`, {
        cookie: f.delegate.USA,
        body: { baseVersion: 1, op: 'edit', articleKey: 'art-2', body: newBody, rationale: 'Lower.' },
      }),
      201,
    );
    const closed = await passMotion({ kind: 'amendment', title: 'Lower the threshold', amendmentId: amendment.id });
    expect(closed.result.appliedVersion).toBe(2);
    const fr = await expectJson(t.request('GET', `/api/treaties/${treatyId}?lang=fr`));
    expect(fr.text.articles.map((a: any) => a.translation.state)).toEqual(['current', 'outdated', 'current']);
    expect(fr.text.articles[1]).toMatchObject({
      heading: 'Thresholds',
      body: newBody,
      translation: { state: 'outdated', translator: expect.any(String), sourceVersion: 1, outdated: FR[1] },
    });
    // Version 1 still reads as it was translated.
    expect((await expectJson(t.request('GET', `/api/treaties/${treatyId}/versions/1?lang=fr`))).articles[1]).toMatchObject({
      ...FR[1],
      translation: { state: 'current' },
    });
    const diff = await expectJson(t.request('GET', `/api/treaties/${treatyId}/diff?from=1&to=2&lang=fr`));
    expect(diff.language).toBe('fr');
    expect(diff.articles.find((a: any) => a.key === 'art-2')).toMatchObject({
      status: 'changed',
      before: { ...FR[1], key: 'art-2' },
      after: { heading: 'Thresholds', body: newBody, key: 'art-2' },
      beforeTranslation: 'current',
      afterTranslation: 'outdated',
    });
    const status = await expectJson(t.request('GET', `/api/treaties/${treatyId}/translations`));
    expect(status.languages.find((l: any) => l.language === 'fr')).toMatchObject({ current: 2, outdated: 1, outdatedArticles: ['art-2'] });
  });

  it('refuses a translation of the text before the amendment, and takes the update', async () => {
    const updated = { heading: 'Seuils', body: 'Un entraînement de plus de 10^25 FLOP requiert une licence.' };
    const stale = await translate(translator, 'fr', 'art-2', { sourceVersion: 1, ...updated });
    expect(stale.status).toBe(409);
    expect(await errorOf(stale)).toMatchObject({ code: 'source_changed', details: { sourceVersion: 1, currentVersion: 2 } });
    // Article 1 is the same in versions 1 and 2: a translator who read version 1 translated this text.
    await expectJson(translate(translator, 'es', 'art-1', { sourceVersion: 1, ...ES[0], body: `${ES[0]!.body} ` }));
    const res = await expectJson(translate(translator, 'fr', 'art-2', { sourceVersion: 2, ...updated }));
    expect(res).toMatchObject({ sourceVersion: 2, changed: true });
    const fr = await expectJson(t.request('GET', `/api/treaties/${treatyId}?lang=fr`));
    expect(fr.text.articles[1]).toMatchObject({ ...updated, translation: { state: 'current', sourceVersion: 2, outdated: null } });
  });
});

describe('exports per language', () => {
  it('refuses an export of a language with a missing or outdated article', async () => {
    for (const path of ['export.akn.xml', 'export.md']) {
      const res = await t.request('GET', `/api/treaties/${treatyId}/${path}?lang=es`);
      expect(res.status).toBe(409);
      expect(await errorOf(res)).toMatchObject({
        code: 'translations_incomplete',
        details: { languages: { es: { missing: [], outdated: ['art-2'] } } },
      });
    }
  });

  it('writes one valid Akoma Ntoso Expression per language, and Markdown in it', async () => {
    const fr = await t.request('GET', `/api/treaties/${treatyId}/export.akn.xml?lang=fr`);
    expect(fr.status).toBe(200);
    const xml = await fr.text();
    expect(validateAkomaNtoso(xml)).toMatchObject({ valid: true });
    expect(xml).toContain('<FRBRlanguage language="fra"/>');
    expect(xml).toMatch(/<FRBRuri value="\/akn\/un\/act\/treaty\/\d{4}-\d{2}-\d{2}\/treaty-\d+\/fra@\d{4}-\d{2}-\d{2};2"\/>/);
    expect(xml).toContain('<article eId="art_2" xml:lang="fr">');
    expect(xml).toContain('<heading>Seuils</heading>');
    expect(xml).toContain('<FRBRname value="Traité-cadre sur l&apos;IA de pointe"/>');
    const en = await (await t.request('GET', `/api/treaties/${treatyId}/export.akn.xml?version=1`)).text();
    expect(validateAkomaNtoso(en)).toMatchObject({ valid: true });
    expect(en).toContain('<FRBRlanguage language="eng"/>');
    // Version 1 in Spanish: every article was current for that text.
    const es1 = await (await t.request('GET', `/api/treaties/${treatyId}/export.akn.xml?version=1&lang=es`)).text();
    expect(validateAkomaNtoso(es1)).toMatchObject({ valid: true });
    expect(es1).toContain('/spa@');
    const md = await t.request('GET', `/api/treaties/${treatyId}/export.md?lang=fr`);
    expect(md.status).toBe(200);
    expect(await md.text()).toContain('## Article 1 — Définitions');
  });
});

describe('the adoption motion and requiredLanguages', () => {
  it('is refused while a required language is incomplete, naming the articles', async () => {
    await expectJson(
      t.request('PUT', '/api/assembly/rules', {
        cookie: f.admin,
        body: { ...DEFAULT_RULES, secondsRequired: 0, requiredLanguages: ['fr', 'es', 'en'] },
      }),
    );
    const before = await logSize();
    const res = await t.request('POST', '/api/motions', {
      cookie: f.admin,
      body: { kind: 'adoption', title: 'Adopt', treatyId, opensAt: at(0), closesAt: at(HOUR) },
    });
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    // Only Spanish fails: French was brought up to date, English is the source.
    expect(error).toMatchObject({ code: 'translations_incomplete', details: { languages: { es: { missing: [], outdated: ['art-2'] } } } });
    expect(Object.keys((error.details as { languages: object }).languages)).toEqual(['es']);
    expect(await logSize()).toBe(before);
    expect(
      (await expectJson(t.request('GET', `/api/motions?treatyId=${treatyId}`))).motions.filter((m: any) => m.kind === 'adoption'),
    ).toEqual([]);
  });

  it('opens once they are complete and current, and records the languages in its answer and its log', async () => {
    await expectJson(
      translate(translator, 'es', 'art-2', {
        sourceVersion: 2,
        heading: 'Umbrales',
        body: 'Un entrenamiento de más de 10^25 FLOP requiere una licencia.',
      }),
    );
    const closed = await passMotion({ kind: 'adoption', title: 'Adopt the Treaty', treatyId });
    expect(closed.languages).toEqual({ sourceLanguage: 'en', required: ['fr', 'es', 'en'], complete: ['en', 'es', 'fr'] });
    const opened = (await logEntries()).find((e) => e.kind === 'motion.opened' && e.subject === `motion:${closed.id}`);
    expect(opened?.body.languages).toEqual(closed.languages);
    expect((await expectJson(t.request('GET', `/api/treaties/${treatyId}`))).status).toBe('adopted');
  });

  it('closes the texts of an adopted treaty to translation', async () => {
    const before = await logSize();
    const res = await translate(translator, 'ar', 'art-1', { sourceVersion: 2, heading: 'تعاريف', body: 'لأغراض هذه المعاهدة' });
    expect([res.status, await errorCode(res)]).toEqual([409, 'treaty_not_draft']);
    expect(await logSize()).toBe(before);
  });
});

describe('a treaty written in another language', () => {
  it('has its own source language, and English is a translation of it', async () => {
    const created = await expectJson(
      t.request('POST', '/api/treaties', { cookie: f.admin, body: { title: 'Traité', articles: FR, sourceLanguage: 'fr' } }),
      201,
    );
    expect(created).toMatchObject({ sourceLanguage: 'fr', text: { language: 'fr', sourceLanguage: 'fr' } });
    const own = await translate(translator, 'fr', 'art-1', { sourceVersion: 1, ...FR[0] }, created.id);
    expect(await errorCode(own)).toBe('source_language');
    await expectJson(translate(translator, 'en', 'art-1', { sourceVersion: 1, ...DRAFT.articles[0] }, created.id));
    expect(await states('en', created.id)).toEqual(['current', 'missing', 'missing']);
    const akn = await t.request('GET', `/api/treaties/${created.id}/export.akn.xml`);
    expect(await akn.text()).toContain('<FRBRlanguage language="fra"/>');
  });
});
