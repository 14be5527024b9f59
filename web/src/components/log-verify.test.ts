import { createPublicKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCheckpoint, privateKeyFromSeed, rawPublicKey, signNote, verifierKey } from '../../../src/core/ledger/checkpoint.ts';
import { testApp, type TestApp } from '../../../test/fixtures/app.ts';
import {
  fromBase64,
  fromHex,
  leafHash,
  parseCheckpoint,
  rootFromInclusion,
  sameBytes,
  toHex,
  verifyCheckpointSignature,
} from './log-verify.ts';

// The browser's checks, run with Node's Web Crypto against a real server's log.
let t: TestApp;
let before: number;
beforeAll(async () => {
  t = await testApp();
  before = Number((await (await t.request('GET', '/api/log/checkpoint')).text()).split('\n')[1]);
  const cookie = await t.login();
  for (let i = 0; i < 6; i++) {
    await t.request('POST', '/api/users', {
      cookie,
      body: { email: `u${i}@test.local`, name: `U${i}`, role: 'inspector', password: 'a long enough password' },
    });
  }
});
afterAll(() => t.close());

describe('browser log verification', () => {
  it('verifies every entry against the signed checkpoint, and rejects a flipped bit', async () => {
    const note = await (await t.request('GET', '/api/log/checkpoint')).text();
    const cp = parseCheckpoint(note);
    expect(cp.size).toBe(before + 6);
    expect(await verifyCheckpointSignature(cp, await (await t.request('GET', '/api/log/key')).text())).toBe(true);
    const { entries } = (await (await t.request('GET', `/api/log/entries?start=0&end=${cp.size}`)).json()) as {
      entries: { index: number; canonical: string }[];
    };
    for (const e of entries) {
      const proof = (await (await t.request('GET', `/api/log/proof/inclusion?index=${e.index}&size=${cp.size}`)).json()) as {
        path: string[];
      };
      const leaf = await leafHash(fromBase64(e.canonical));
      const root = await rootFromInclusion(leaf, e.index, cp.size, proof.path.map(fromHex));
      expect(root && sameBytes(root, cp.rootHash)).toBe(true);
      const tampered = fromBase64(e.canonical);
      const bytes = new DataView(tampered.buffer);
      bytes.setUint8(5, bytes.getUint8(5) ^ 1);
      const bad = await rootFromInclusion(await leafHash(tampered), e.index, cp.size, proof.path.map(fromHex));
      expect(bad && sameBytes(bad, cp.rootHash)).toBe(false);
    }
  });

  it('reads verifier keys whose base64 holds "+"', async () => {
    let seed = 0;
    let key: string;
    let privateKey;
    do {
      privateKey = privateKeyFromSeed(Buffer.alloc(32, seed++));
      key = verifierKey('plus.example/log', rawPublicKey(createPublicKey(privateKey)));
    } while (!key.split('+').slice(2).join('+').includes('+'));
    const note = signNote(
      formatCheckpoint({ origin: 'plus.example/log', size: 1, rootHash: Buffer.alloc(32, 9) }),
      'plus.example/log',
      privateKey,
    );
    expect(await verifyCheckpointSignature(parseCheckpoint(note), key)).toBe(true);
  });

  it('rejects a checkpoint whose text was altered', async () => {
    const note = await (await t.request('GET', '/api/log/checkpoint')).text();
    const key = await (await t.request('GET', '/api/log/key')).text();
    const cp = parseCheckpoint(note.replace(`\n${before + 6}\n`, `\n${before + 7}\n`));
    expect(await verifyCheckpointSignature(cp, key)).toBe(false);
    expect(toHex(Uint8Array.of(0, 255))).toBe('00ff');
  });
});
