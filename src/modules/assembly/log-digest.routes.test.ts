/**
 * The assembly logs digests of its long texts, never the texts: a treaty of 100,000-character
 * articles, an amendment carrying one, its 20,000-character rationale and comment all make small
 * entries, and each digest is recomputed here from the text the API serves, as anyone can.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { expectJson } from '../../../test/fixtures/http.ts';
import { DEFAULT_RULES } from './assembly-types.ts';
import { assemblyTestClock, modulesWithAssembly, setUpAssembly, type AssemblyFixture } from './assembly.fixture.ts';

const clock = assemblyTestClock();
let t: TestApp;
let f: AssemblyFixture<'USA' | 'CHN'>;
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
/** 100,000 characters of prose: many of them 3 bytes in UTF-8, with newlines and quotes JSON escapes. */
const LONG = 'Чл. "1"\n每一缔约方 '.repeat(10_000).slice(0, 100_000);
const RATIONALE = '理由 "x"\n'.repeat(2_500).slice(0, 20_000).trim();

interface LoggedEntry {
  index: number;
  canonical: string;
  entry: { kind: string; subject: string; body: any };
}

async function entriesAbout(subject: string): Promise<{ bytes: number; kind: string; body: any }[]> {
  const size = Number((await (await t.request('GET', '/api/log/checkpoint')).text()).split('\n')[1]);
  const { entries } = await expectJson<{ entries: LoggedEntry[] }>(
    t.request('GET', `/api/log/entries?start=${Math.max(0, size - 50)}&end=${size}`),
  );
  return entries
    .filter((e) => e.entry.subject === subject)
    .map((e) => ({ bytes: Buffer.from(e.canonical, 'base64').length, kind: e.entry.kind, body: e.entry.body }));
}

beforeAll(async () => {
  t = await testApp(undefined, {}, { modules: modulesWithAssembly({ now: clock.now }) });
  f = await setUpAssembly(t, ['USA', 'CHN']);
  await expectJson(t.request('PUT', '/api/assembly/rules', { cookie: f.admin, body: { ...DEFAULT_RULES, secondsRequired: 1 } }));
});
afterAll(() => t.close());
afterEach(clock.reset);

let treatyId: number;
const digestOf = (articles: { key: string; heading: string; body: string }[]) =>
  sha256(
    canonicalize(
      articles.map((a) => ({ key: a.key, textHash: sha256(canonicalize({ body: a.body, heading: a.heading }) as string) })),
    ) as string,
  );

describe('the log of a treaty with 100,000-character articles', () => {
  it('holds the number of articles and one digest of their texts, recomputable from the API', async () => {
    const created = await expectJson(
      t.request('POST', '/api/treaties', {
        cookie: f.admin,
        body: {
          title: 'Long Treaty',
          articles: [
            { heading: 'Long', body: LONG },
            { heading: 'Longer', body: `${LONG.slice(1)}!` },
          ],
        },
      }),
      201,
    );
    treatyId = created.id;
    const [entry, ...more] = await entriesAbout(`treaty:${treatyId}`);
    expect(more).toEqual([]);
    expect(entry?.kind).toBe('treaty.created');
    // Two articles of 100,000 characters, about 270 KB as JSON, logged in a few hundred bytes.
    expect(entry!.bytes).toBeLessThan(1_000);
    expect(JSON.stringify(entry!.body)).not.toContain('Чл.');
    expect(Object.keys(entry!.body).sort()).toEqual([
      'articleCount',
      'articlesSha256',
      'entryIntoForce',
      'sourceLanguage',
      'title',
      'version',
    ]);

    // Recomputed by a reader from GET /api/treaties/:id: SHA-256 of the RFC 8785 JSON of
    // [{key, textHash}], textHash being SHA-256 of the RFC 8785 JSON of {body, heading}.
    const { text } = await expectJson(t.request('GET', `/api/treaties/${treatyId}`));
    expect(text.articles[0].body).toBe(LONG);
    const list = text.articles.map((a: { key: string; heading: string; body: string }) => ({
      key: a.key,
      textHash: sha256(canonicalize({ body: a.body, heading: a.heading }) as string),
    }));
    expect(entry!.body).toMatchObject({ articleCount: 2, articlesSha256: sha256(canonicalize(list) as string) });
    // A different text gives a different digest: the digest is of the text, not of its length.
    const tampered = [{ ...list[0], textHash: sha256(canonicalize({ body: `${LONG.slice(1)}?`, heading: 'Long' }) as string) }, list[1]];
    expect(entry!.body.articlesSha256).not.toBe(sha256(canonicalize(tampered) as string));
  });
});

describe('the log of an amendment to it', () => {
  it('logs an amendment, its rationale and a comment as digests, and its adopted version likewise', async () => {
    const amendment = await expectJson(
      t.request('POST', `/api/treaties/${treatyId}/amendments`, {
        cookie: f.delegate.USA,
        body: { baseVersion: 1, op: 'edit', articleKey: 'art-1', heading: 'Long', body: `${LONG.slice(0, -1)}.`, rationale: RATIONALE },
      }),
      201,
    );
    const comment = 'Commentaire « long »\n'.repeat(1_000).slice(0, 20_000).trim();
    const detail = await expectJson(
      t.request('POST', `/api/treaties/${treatyId}/amendments/${amendment.id}/comments`, {
        cookie: f.delegate.CHN,
        body: { body: comment },
      }),
      201,
    );
    const entries = await entriesAbout(`amendment:${amendment.id}`);
    expect(entries.map((e) => e.kind)).toEqual(['amendment.proposed', 'amendment.commented']);
    for (const e of entries) expect(e.bytes).toBeLessThan(1_000);
    const [proposed, commented] = entries;
    const served = await expectJson(t.request('GET', `/api/treaties/${treatyId}/amendments/${amendment.id}`));
    expect(proposed!.body).toEqual({
      treatyId,
      participantId: f.idOf('USA'),
      baseVersion: 1,
      op: 'edit',
      articleKey: 'art-1',
      afterKey: null,
      textSha256: sha256(canonicalize({ body: served.body, heading: served.heading }) as string),
      rationaleSha256: sha256(served.rationale),
    });
    expect(served.rationale).toBe(RATIONALE);
    const servedComment = detail.comments.at(-1);
    expect(servedComment.body).toBe(comment);
    expect(commented!.body).toEqual({ commentId: servedComment.id, participantId: f.idOf('CHN'), bodySha256: sha256(servedComment.body) });

    // Seconded, moved and adopted: the new version is logged as its articles' digest too.
    await expectJson(t.request('POST', `/api/treaties/${treatyId}/amendments/${amendment.id}/seconds`, { cookie: f.delegate.CHN }), 201);
    const now = Date.now();
    const motion = await expectJson(
      t.request('POST', '/api/motions', {
        cookie: f.admin,
        body: {
          kind: 'amendment',
          title: 'Edit',
          amendmentId: amendment.id,
          opensAt: new Date(now).toISOString(),
          closesAt: new Date(now + 3_600_000).toISOString(),
        },
      }),
      201,
    );
    for (const who of ['USA', 'CHN'] as const)
      await expectJson(t.request('POST', `/api/motions/${motion.id}/ballots`, { cookie: f.delegate[who], body: { choice: 'yes' } }), 201);
    clock.set(2 * 3_600_000);
    await expectJson(t.request('POST', `/api/motions/${motion.id}/close`, { cookie: f.admin }));
    const version = (await entriesAbout(`treaty:${treatyId}`)).find((e) => e.kind === 'treaty.version-created');
    expect(version!.bytes).toBeLessThan(1_000);
    const v2 = await expectJson(t.request('GET', `/api/treaties/${treatyId}/versions/2`));
    expect(v2.articles[0].body).toBe(`${LONG.slice(0, -1)}.`);
    expect(version!.body).toEqual({
      version: 2,
      amendmentId: amendment.id,
      motionId: motion.id,
      articleCount: 2,
      articlesSha256: digestOf(v2.articles),
    });
  });
});
