/**
 * GET /api/treaties/:id/export.akn.xml end to end: what the server sends for a treaty written with
 * every Markdown feature, for two versions of it made on one day, and for the assembly tests' draft
 * is valid against the official Akoma Ntoso 3.0 schema, and each version has its own identifiers.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateAkomaNtoso } from '../../../test/fixtures/akoma-ntoso/validate.ts';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { expectJson } from '../../../test/fixtures/http.ts';
import { DRAFT } from './assembly.fixture.ts';
import type { TreatyVersion } from './treaty-text.ts';
import * as treatiesRepo from './treaties.repository.ts';

const rich = JSON.parse(readFileSync(new URL('./testdata/treaty-markdown.json', import.meta.url), 'utf8')) as TreatyVersion;

let t: TestApp;
let richId: number;
let draftId: number;
let madeAt: { v1: string; v2: string };

beforeAll(async () => {
  t = await testApp();
  const admin = await t.login();
  const create = async (body: unknown) =>
    (await expectJson<{ id: number }>(t.request('POST', '/api/treaties', { cookie: admin, body }), 201)).id;
  richId = await create({ title: rich.title, articles: rich.articles.map(({ heading, body }) => ({ heading, body })) });
  draftId = await create(DRAFT);
  // Version 2 one millisecond after version 1, so on the same day: the export reads stored versions,
  // however they came (an adopted amendment makes them in the assembly's own tests).
  const db = t.database.db;
  const v1 = await treatiesRepo.findVersion(db, richId, 1);
  if (!v1) throw new Error('the treaty has no version 1');
  const [first, ...rest] = v1.articles;
  if (!first) throw new Error('version 1 has no article');
  const v2 = await treatiesRepo.insertVersion(db, {
    treatyId: richId,
    number: 2,
    title: v1.title,
    articles: [{ ...first, body: `${first.body}\n\n- one **more** item` }, ...rest],
    amendmentId: null,
    createdAt: new Date(v1.createdAt.getTime() + 1),
  });
  madeAt = { v1: v1.createdAt.toISOString(), v2: v2.createdAt.toISOString() };
});
afterAll(() => t.close());

/** The export as the server sends it, after checking its status and media type. */
async function exportOf(id: number, version?: number): Promise<string> {
  const res = await t.request('GET', `/api/treaties/${id}/export.akn.xml${version === undefined ? '' : `?version=${version}`}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/akn+xml; charset=utf-8');
  return res.text();
}

/** `attr` of the `element` inside the FRBR `level` (the export writes each on its own line). */
function frbr(xml: string, level: 'FRBRExpression' | 'FRBRManifestation', element: 'FRBRthis' | 'FRBRuri' | 'FRBRdate') {
  const section = new RegExp(`<${level}>([\\s\\S]*?)</${level}>`).exec(xml)?.[1] ?? '';
  const attr = element === 'FRBRdate' ? 'date' : 'value';
  return new RegExp(`<${element} ${attr}="([^"]*)"`).exec(section)?.[1];
}

function expectValid(xml: string): void {
  const { valid, errors } = validateAkomaNtoso(xml);
  expect(errors).toBe('');
  expect(valid).toBe(true);
}

describe('GET /api/treaties/:id/export.akn.xml', () => {
  it('sends a schema-valid document with the Markdown as AKN markup', async () => {
    const xml = await exportOf(richId, 1);
    expectValid(xml);
    expect(xml).toContain('<i>Recognising</i> that the <b>Agency</b> is the <a href="https://example.org/agency?a=1&amp;b=2"');
    expect(xml).toContain('<num>3.</num>');
    expect(xml).toContain('<th style="text-align:right"><p>Compute (FLOP)</p></th>');
    expect(xml).toContain('<embeddedStructure>');
    expect(xml).toContain('A [trap](javascript:alert(1)) and a relative link stay text.');
    expect(xml).not.toContain('href="javascript');
  });

  it('gives versions 1 and 2 of one day their own Expression and Manifestation, stable across requests', async () => {
    const [one, two] = [await exportOf(richId, 1), await exportOf(richId, 2)];
    expectValid(two);
    expect(two).toContain('<p>one <b>more</b> item</p>');
    const day = madeAt.v1.slice(0, 10);
    const work = `/akn/un/act/treaty/${day}/treaty-${richId}`;
    expect(frbr(one, 'FRBRExpression', 'FRBRuri')).toBe(`${work}/eng@${day};1`);
    expect(frbr(two, 'FRBRExpression', 'FRBRuri')).toBe(`${work}/eng@${madeAt.v2.slice(0, 10)};2`);
    expect(frbr(one, 'FRBRExpression', 'FRBRdate')).toBe(madeAt.v1);
    expect(frbr(two, 'FRBRExpression', 'FRBRdate')).toBe(madeAt.v2);
    for (const level of ['FRBRExpression', 'FRBRManifestation'] as const) {
      for (const element of ['FRBRthis', 'FRBRuri', 'FRBRdate'] as const) {
        expect(frbr(one, level, element)).toBeDefined();
        expect(frbr(one, level, element)).not.toBe(frbr(two, level, element));
      }
    }
    expect(await exportOf(richId, 1)).toBe(one);
    expect(await exportOf(richId, 2)).toBe(two);
  });

  it('sends a schema-valid document for the assembly tests’ draft (current version)', async () => {
    const xml = await exportOf(draftId);
    expectValid(xml);
    expect(xml).toContain('<p>A training run above 10^26 FLOP requires a licence.</p>');
  });
});
