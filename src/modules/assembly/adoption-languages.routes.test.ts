/**
 * Under the default rules an adoption motion needs the title and every article current in all six
 * languages: refused while any is missing, put and carried once a translator has translated them
 * through the API; an admin who sets `requiredLanguages: []` lets a draft be adopted untranslated.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorOf, expectJson } from '../../../test/fixtures/http.ts';
import { DEFAULT_RULES } from './assembly-types.ts';
import {
  assemblyTestClock,
  DRAFT,
  modulesWithAssembly,
  PASSWORD,
  setUpAssembly,
  translateAll,
  type AssemblyFixture,
} from './assembly.fixture.ts';

const MEMBERS = ['USA', 'CHN', 'IND'] as const;
const clock = assemblyTestClock();
const HOUR = 3600_000;
let t: TestApp;
let f: AssemblyFixture<(typeof MEMBERS)[number]>;
let translator: string;

const logSize = async () => Number((await (await t.request('GET', '/api/log/checkpoint')).text()).split('\n')[1]);
const newDraft = async () => (await expectJson(t.request('POST', '/api/treaties', { cookie: f.admin, body: DRAFT }), 201)).id as number;
const putAdoption = (treatyId: number) => {
  const now = Date.now();
  return t.request('POST', '/api/motions', {
    cookie: f.admin,
    body: {
      kind: 'adoption',
      title: 'Adopt',
      treatyId,
      opensAt: new Date(now).toISOString(),
      closesAt: new Date(now + HOUR).toISOString(),
    },
  });
};

/** Every member votes yes and the motion is closed after its closing time. */
async function carry(motionId: number) {
  for (const iso3 of MEMBERS)
    await expectJson(t.request('POST', `/api/motions/${motionId}/ballots`, { cookie: f.delegate[iso3], body: { choice: 'yes' } }), 201);
  clock.set(2 * HOUR);
  return expectJson(t.request('POST', `/api/motions/${motionId}/close`, { cookie: f.admin }));
}

beforeAll(async () => {
  t = await testApp(undefined, {}, { modules: modulesWithAssembly({ now: clock.now }) });
  f = await setUpAssembly(t, MEMBERS);
  await expectJson(
    t.request('POST', '/api/users', {
      cookie: f.admin,
      body: { email: 'translator@test.local', name: 'Translator', role: 'translator', password: PASSWORD },
    }),
    201,
  );
  translator = await t.login('translator@test.local', PASSWORD);
});
afterAll(() => t.close());
afterEach(clock.reset);

describe('the default rules', () => {
  it('require all six languages', async () => {
    expect(DEFAULT_RULES.requiredLanguages).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    const { rules } = await expectJson(t.request('GET', '/api/assembly/rules'));
    expect(rules.requiredLanguages).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it('refuse an adoption motion on an untranslated draft, naming every missing text of each language', async () => {
    const treatyId = await newDraft();
    const before = await logSize();
    const res = await putAdoption(treatyId);
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.code).toBe('translations_incomplete');
    const missing = { missing: ['title', 'art-1', 'art-2', 'art-3'], outdated: [] };
    expect((error.details as { languages: unknown }).languages).toEqual({
      ar: missing,
      es: missing,
      fr: missing,
      ru: missing,
      zh: missing,
    });
    expect(await logSize()).toBe(before);
  });

  it('refuse it while one language lacks one article, and put and carry it once all six are complete', async () => {
    const treatyId = await newDraft();
    await translateAll(t, translator, treatyId);
    // A second draft translated into all but one article of Chinese.
    const partial = await newDraft();
    await translateAll(t, translator, partial, ['ar', 'es', 'fr', 'ru']);
    for (const key of ['title', 'art-1', 'art-2'])
      await expectJson(
        t.request('PUT', `/api/treaties/${partial}/translations/zh/${key}`, {
          cookie: translator,
          body: { sourceVersion: 1, heading: `中文 ${key}`, body: key === 'title' ? '' : `正文 ${key}` },
        }),
      );
    const refused = await putAdoption(partial);
    expect(refused.status).toBe(409);
    expect(await errorOf(refused)).toMatchObject({
      code: 'translations_incomplete',
      details: { languages: { zh: { missing: ['art-3'], outdated: [] } } },
    });

    const status = await expectJson(t.request('GET', `/api/treaties/${treatyId}/translations`));
    expect(JSON.stringify(status)).not.toContain('"complete":false');
    const motion = await expectJson(putAdoption(treatyId), 201);
    expect(motion.languages).toEqual({
      sourceLanguage: 'en',
      required: ['ar', 'en', 'es', 'fr', 'ru', 'zh'],
      complete: ['ar', 'en', 'es', 'fr', 'ru', 'zh'],
    });
    const closed = await carry(motion.id);
    expect(closed.result.tally.passed).toBe(true);
    expect(await expectJson(t.request('GET', `/api/treaties/${treatyId}`))).toMatchObject({ status: 'adopted', adoptedVersion: 1 });
  });
});

describe('an admin who requires no language', () => {
  it('lets a draft without any translation be adopted, and a PUT without the field requires all six again', async () => {
    const treatyId = await newDraft();
    const { rules } = await expectJson(
      t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: { ...DEFAULT_RULES, requiredLanguages: [] } }),
    );
    expect(rules.requiredLanguages).toEqual([]);
    const motion = await expectJson(putAdoption(treatyId), 201);
    expect(motion.languages).toEqual({ sourceLanguage: 'en', required: [], complete: ['en'] });
    expect((await carry(motion.id)).result.tally.passed).toBe(true);
    expect((await expectJson(t.request('GET', `/api/treaties/${treatyId}`))).status).toBe('adopted');

    clock.reset();
    const { requiredLanguages: _omitted, ...withoutField } = DEFAULT_RULES;
    const back = await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: withoutField }));
    expect(back.rules.requiredLanguages).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    const res = await putAdoption(await newDraft());
    expect((await errorOf(res)).code).toBe('translations_incomplete');
  });
});
