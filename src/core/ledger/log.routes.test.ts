import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode } from '../../../test/fixtures/http.ts';
import { verifyNote } from './checkpoint.ts';
import { encodeTileIndex, parseTilePath } from './tile-path.ts';
import { verifyInclusion } from './proof.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('public log routes', () => {
  it('publish a checkpoint signed by the published key, without login', async () => {
    const key = await (await t.request('GET', '/api/log/key')).text();
    expect(key).toMatch(/^concord\.example\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]+=*$/);
    const res = await t.request('GET', '/api/log/checkpoint');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^concord\.example\/log\n\d+\n[A-Za-z0-9+/]+=*\n\n\u2014 concord\.example\/log [A-Za-z0-9+/]+=*\n$/);
    const cp = verifyNote(text, key);
    // First start logs the new key, the modules' first-start data, then the admin account.
    expect(cp.size).toBeGreaterThanOrEqual(2);
  });
  it('list entries and prove their inclusion', async () => {
    const { entries } = (await (await t.request('GET', '/api/log/entries?start=0&end=1000')).json()) as {
      entries: { index: number; leafHash: string; entry: { kind: string } }[];
    };
    expect(entries[0]?.entry.kind).toBe('log.key-created');
    expect(entries.at(-1)?.entry.kind).toBe('account.created');
    const proof = (await (await t.request('GET', '/api/log/proof/inclusion?index=1&size=2')).json()) as {
      leafHash: string;
      rootHash: string;
      path: string[];
    };
    expect(proof.leafHash).toBe(entries[1]?.leafHash);
    const h = (x: string) => Buffer.from(x, 'hex');
    expect(verifyInclusion(h(proof.leafHash), 1, 2, proof.path.map(h), h(proof.rootHash))).toBe(true);
    const consistency = await t.request('GET', '/api/log/proof/consistency?from=1&to=2');
    expect(consistency.status).toBe(200);
  });
  it.each([
    ['/api/log/entries?start=0&end=10&limit=1001', 'invalid_range'],
    ['/api/log/entries?start=0&end=10&order=up', 'validation_failed'],
    ['/api/log/entries?start=0&end=10&kind=', 'validation_failed'],
    ['/api/log/entries?start=0&end=10&limit=-1', 'validation_failed'],
    ['/api/log/proof/inclusion?index=-1&size=2', 'validation_failed'],
    ['/api/log/proof/inclusion?index=1.5&size=2', 'validation_failed'],
    ['/api/log/proof/inclusion?index=x&size=2', 'validation_failed'],
    ['/api/log/proof/inclusion?index=0', 'validation_failed'],
    ['/api/log/proof/inclusion?index=2&size=2', 'invalid_range'],
    ['/api/log/proof/inclusion?index=0&size=99999', 'beyond_tree'],
    ['/api/log/proof/consistency?from=2&to=1', 'invalid_range'],
    ['/api/log/proof/consistency?from=1&to=99999', 'beyond_tree'],
    ['/api/log/entries?start=5&end=2', 'invalid_range'],
    ['/api/log/entries?start=0&end=1001', 'invalid_range'],
    ['/api/log/entries?start=99999&end=100000', 'beyond_tree'],
    ['/api/log/tile/0/abc', 'invalid_tile_path'],
    ['/api/log/tile/0/999.p/9', 'beyond_tree'],
    ['/api/log/tile/32768/000', 'invalid_tile_path'],
    ['/api/log/tile/64/000', 'invalid_tile_path'],
    ['/api/log/tile/00/000', 'invalid_tile_path'],
    ['/api/log/tile/0/1', 'invalid_tile_path'],
    ['/api/log/tile/0/00', 'invalid_tile_path'],
    ['/api/log/tile/0/x000/000', 'invalid_tile_path'],
    ['/api/log/tile/0/000.p/05', 'invalid_tile_path'],
    ['/api/log/tile/0/000.p/0', 'invalid_tile_path'],
    ['/api/log/tile/0/000/', 'invalid_tile_path'],
  ])('%s → 400 %s', async (url, code) => {
    const res = await t.request('GET', url);
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(code);
  });
  it('serve the partial tile of the current tree in tlog-tiles form', async () => {
    const res = await t.request('GET', '/api/log/tile/0/000.p/2');
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const { entries } = (await (await t.request('GET', '/api/log/entries?start=0&end=2')).json()) as { entries: { leafHash: string }[] };
    expect(bytes.toString('hex')).toBe(entries.map((e) => e.leafHash).join(''));
  });
});

describe('filtered entries', () => {
  it('filter entries by kind and by subject, over the whole log, newest first when asked', async () => {
    type Page = { entries: { index: number; leafHash: string; entry: { kind: string; subject: string | null } }[] };
    const get = async (query: string) => (await (await t.request('GET', `/api/log/entries?${query}`)).json()) as Page;
    const all = (await get('start=0&end=1000')).entries;
    const account = all.find((e) => e.entry.kind === 'account.created');
    expect(account).toBeDefined();
    const byKind = (await get('start=0&end=999999&kind=account.created')).entries;
    expect(byKind.length).toBeGreaterThan(0);
    expect(byKind.every((e) => e.entry.kind === 'account.created')).toBe(true);
    expect(byKind.map((e) => e.index)).toEqual(all.filter((e) => e.entry.kind === 'account.created').map((e) => e.index));
    const subject = account?.entry.subject ?? '';
    const bySubject = (await get(`start=0&end=999999&subject=${encodeURIComponent(subject)}`)).entries;
    expect(bySubject.map((e) => e.index)).toEqual(all.filter((e) => e.entry.subject === subject).map((e) => e.index));
    // Newest first, one at a time: the last matching entry, with the same leaf hash as unfiltered.
    const newest = (await get('start=0&end=999999&kind=account.created&order=desc&limit=1')).entries;
    expect(newest).toHaveLength(1);
    expect(newest[0]).toEqual(all.filter((e) => e.entry.kind === 'account.created').at(-1));
    expect((await get('start=0&end=999999&kind=no.such-kind')).entries).toEqual([]);
    // Unfiltered, `order` and `limit` apply too.
    const lastTwo = (await get(`start=0&end=1000&order=desc&limit=2`)).entries.map((e) => e.index);
    expect(lastTwo).toEqual(
      all
        .slice(-2)
        .map((e) => e.index)
        .reverse(),
    );
  });
});

describe('parseTilePath', () => {
  it('reads plain and grouped indices and partial widths', () => {
    expect(parseTilePath('0/x001/x234/067')).toEqual({ tileLevel: 0, tileIndex: 1234067, width: null });
    expect(parseTilePath('63/000.p/5')).toEqual({ tileLevel: 63, tileIndex: 0, width: 5 });
    expect(parseTilePath('1/x001/000')).toEqual({ tileLevel: 1, tileIndex: 1000, width: null });
    expect(() => parseTilePath('0/000.p/256')).toThrow();
  });
  it('encodes every index back to the path it was read from', () => {
    for (const index of [0, 7, 999, 1000, 1234067, 2 ** 40]) {
      expect(parseTilePath(`0/${encodeTileIndex(index)}`).tileIndex).toBe(index);
    }
  });
});
