/**
 * C2SP tlog-tiles entry bundles, read as a generic tlog-tiles client reads them and held to what
 * /api/log/entries serves: every entry of a 600-entry log, in two full bundles and a partial one,
 * each leaf hashing to its level-0 tile's hash; and the longest entry the log takes (65,535 bytes,
 * what a bundle's uint16 length can say), the writer refusing a longer one.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import { errorCode } from '../../../test/fixtures/http.ts';
import { entryBytes } from './hasher.ts';
import { appendManyToLog, MAX_ENTRY_BYTES } from './log-writer.ts';

const SIZE = 600;
let t: TestApp;
/** The exact leaf bytes of every entry, from /api/log/entries. */
let leaves: Buffer[];

beforeAll(async () => {
  t = await testApp();
  const first = await logSize();
  const padding = Array.from({ length: SIZE - first }, (_, i) => ({ kind: 'test.padding', actor: null, subject: null, body: { i } }));
  await t.database.db.transaction((tx) => appendManyToLog(tx, padding));
  const res = await t.request('GET', `/api/log/entries?start=0&end=${SIZE}`);
  const { entries } = (await res.json()) as { entries: { index: number; canonical: string }[] };
  leaves = entries.map((e) => Buffer.from(e.canonical, 'base64'));
});
afterAll(() => t.close());

async function logSize() {
  return Number((await (await t.request('GET', '/api/log/checkpoint')).text()).split('\n')[1]);
}

/** Splits a bundle into its entries, failing on a truncated length or entry. */
function readBundle(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length;) {
    if (at + 2 > bytes.length) throw new Error(`a length prefix cut short at byte ${at}`);
    const length = bytes.readUInt16BE(at);
    if (at + 2 + length > bytes.length) throw new Error(`an entry cut short at byte ${at}`);
    out.push(bytes.subarray(at + 2, at + 2 + length));
    at += 2 + length;
  }
  return out;
}

async function fetchBytes(path: string) {
  const res = await t.request('GET', path);
  expect(res.status, await res.clone().text()).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/octet-stream');
  return { bytes: Buffer.from(await res.arrayBuffer()), cache: res.headers.get('cache-control') };
}

const leafHash = (leaf: Buffer) =>
  createHash('sha256')
    .update(Buffer.from([0]))
    .update(leaf)
    .digest();

describe('entry bundles', () => {
  it('hold every entry of the log, in order, 256 to a full bundle and the rest in a partial one', async () => {
    expect(await logSize()).toBe(SIZE);
    const full0 = await fetchBytes('/api/log/tile/entries/000');
    const full1 = await fetchBytes('/api/log/tile/entries/001');
    const partial = await fetchBytes(`/api/log/tile/entries/002.p/${SIZE - 512}`);
    expect([full0.cache, full1.cache, partial.cache]).toEqual([
      'public, max-age=31536000, immutable',
      'public, max-age=31536000, immutable',
      'no-cache',
    ]);
    const read = [full0, full1, partial].map((b) => readBundle(b.bytes));
    expect(read.map((entries) => entries.length)).toEqual([256, 256, SIZE - 512]);
    expect(read.flat().map((b) => b.toString('base64'))).toEqual(leaves.map((b) => b.toString('base64')));
  });

  it('hash, entry by entry, to the level-0 tiles', async () => {
    for (const [bundle, tile] of [
      ['000', '0/000'],
      ['001', '0/001'],
      [`002.p/${SIZE - 512}`, `0/002.p/${SIZE - 512}`],
    ] as const) {
      const hashes = readBundle((await fetchBytes(`/api/log/tile/entries/${bundle}`)).bytes).map(leafHash);
      expect(Buffer.concat(hashes).toString('hex')).toBe((await fetchBytes(`/api/log/tile/${tile}`)).bytes.toString('hex'));
    }
  });

  it('serve a partial bundle of a full one as its first W entries', async () => {
    const entries = readBundle((await fetchBytes('/api/log/tile/entries/001.p/7')).bytes);
    expect(entries.map((b) => b.toString('base64'))).toEqual(leaves.slice(256, 263).map((b) => b.toString('base64')));
  });

  it.each([
    ['entries/0', 'invalid_tile_path'],
    ['entries/00', 'invalid_tile_path'],
    ['entries/0000', 'invalid_tile_path'],
    ['entries/x000/001', 'invalid_tile_path'],
    ['entries/000.p/0', 'invalid_tile_path'],
    ['entries/000.p/05', 'invalid_tile_path'],
    ['entries/000.p/256', 'invalid_tile_path'],
    ['entries/000/', 'invalid_tile_path'],
    ['entries/abc', 'invalid_tile_path'],
    ['entries/x001/x002/x003/x004/x005/006', 'invalid_tile_path'],
    ['entries/002', 'beyond_tree'],
    [`entries/002.p/${SIZE - 512 + 1}`, 'beyond_tree'],
    ['entries/x001/000', 'beyond_tree'],
  ])('refuse /api/log/tile/%s: 400 %s', async (path, code) => {
    const res = await t.request('GET', `/api/log/tile/${path}`);
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe(code);
  });
});

describe('the longest entry', () => {
  it('is 65,535 bytes: a bundle carries it, and the writer refuses a longer one', async () => {
    const at = '2026-01-01T00:00:00.000Z';
    const entry = (n: number) => ({ kind: 'test.large', at, actor: null, subject: null, body: { text: 'x'.repeat(n) } });
    // The length of the text that makes the entry exactly MAX_ENTRY_BYTES long.
    const fill = MAX_ENTRY_BYTES - entryBytes(entry(0)).length;
    expect(entryBytes(entry(fill)).length).toBe(0xffff);

    const before = await logSize();
    // One byte more, after a small entry in the same transaction: the append throws and nothing is
    // kept, neither entry nor the size (as a request's whole transaction would roll back: a 500).
    await expect(
      t.database.db.transaction((tx) =>
        appendManyToLog(tx, [{ kind: 'test.small', actor: null, subject: null, body: {} }, entry(fill + 1)]),
      ),
    ).rejects.toThrow(/test\.large log entry about nothing would be 65536 bytes, more than the 65535/);
    expect(await logSize()).toBe(before);
    expect(before).toBe(SIZE);

    // The longest entry is appended and served in its bundle with the length prefix ff ff.
    await t.database.db.transaction((tx) => appendManyToLog(tx, [entry(fill)]));
    expect(await logSize()).toBe(SIZE + 1);
    const { bytes } = await fetchBytes(`/api/log/tile/entries/002.p/${SIZE - 512 + 1}`);
    const entries = readBundle(bytes);
    expect(entries).toHaveLength(SIZE - 512 + 1);
    expect(entries.at(-1)?.length).toBe(0xffff);
    expect(entries.at(-1)?.toString('utf8')).toBe(entryBytes(entry(fill)).toString('utf8'));
    const tile = (await fetchBytes(`/api/log/tile/0/002.p/${SIZE - 512 + 1}`)).bytes;
    expect(leafHash(entries.at(-1)!).toString('hex')).toBe(tile.subarray(-32).toString('hex'));
  });
});
