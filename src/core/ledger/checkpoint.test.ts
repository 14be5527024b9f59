import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCheckpoint,
  keyHash,
  openNote,
  parseCheckpoint,
  parseSignerKey,
  parseVerifierKey,
  privateKeyFromSeed,
  publicKeyFromRaw,
  rawPublicKey,
  signNote,
  verifierKey,
  verifierKeyOf,
  verifyNote,
} from './checkpoint.ts';

type NoteVectors = {
  peterNeumann: { signerKey: string; verifierKey: string; text: string; signed: string; doublySigned: string };
  sumGolangOrg: { verifierKey: string; checkpoints: Array<{ size: number; rootHash: string; note: string }> };
};
const notes = JSON.parse(readFileSync(new URL('./testdata/signed-note.json', import.meta.url), 'utf8')) as NoteVectors;
const pn = notes.peterNeumann;
const sum = notes.sumGolangOrg;

const root = Buffer.from('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328', 'hex');
const origin = 'concord.example/log';
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const vkey = verifierKey(origin, publicKey);

/** The AppError code a call throws. */
function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe('formatCheckpoint', () => {
  it('writes origin, decimal size and base64 root, one per line', () => {
    expect(formatCheckpoint({ origin, size: 8, rootHash: root })).toBe(
      'concord.example/log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n',
    );
    expect(formatCheckpoint({ origin, size: 0, rootHash: root, extensions: ['x y'] })).toBe(
      `${origin}\n0\n${root.toString('base64')}\nx y\n`,
    );
  });

  it('refuses what cannot be a checkpoint', () => {
    expect(() => formatCheckpoint({ origin: '', size: 1, rootHash: root })).toThrow(RangeError);
    expect(() => formatCheckpoint({ origin: 'a\nb', size: 1, rootHash: root })).toThrow(RangeError);
    expect(() => formatCheckpoint({ origin, size: -1, rootHash: root })).toThrow(RangeError);
    expect(() => formatCheckpoint({ origin, size: 1.5, rootHash: root })).toThrow(RangeError);
    expect(() => formatCheckpoint({ origin, size: 1, rootHash: root.subarray(1) })).toThrow(RangeError);
    expect(() => formatCheckpoint({ origin, size: 1, rootHash: root, extensions: [''] })).toThrow(RangeError);
  });
});

describe('parseCheckpoint', () => {
  it('round-trips formatCheckpoint', () => {
    fc.assert(
      fc.property(
        // eslint-disable-next-line no-control-regex -- origins free of control characters, as checkpoints require
        fc.stringMatching(/^[^\s+\x00-\x1f]{1,40}$/),
        fc.maxSafeNat(),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.array(fc.stringMatching(/^[a-z ]{1,10}$/), { maxLength: 2 }),
        (o, size, rootHash, extensions) => {
          const cp = parseCheckpoint(formatCheckpoint({ origin: o, size, rootHash, extensions }));
          expect(cp).toEqual({ origin: o, size, rootHash: Buffer.from(rootHash), extensions });
        },
      ),
    );
  });

  it('rejects malformed bodies', () => {
    const r = root.toString('base64');
    for (const text of [
      `${origin}\n8\n${r}`, // no final newline
      `${origin}\n8\n`,
      `\n8\n${r}\n`,
      `${origin}\n08\n${r}\n`,
      `${origin}\n-8\n${r}\n`,
      `${origin}\n 8\n${r}\n`,
      `${origin}\n9007199254740993\n${r}\n`,
      `${origin}\n8\n${root.subarray(1).toString('base64')}\n`,
      `${origin}\n8\n${r.slice(0, -1)}\n`,
      `${origin}\n8\n${r}\n\n`,
    ]) {
      expect(
        codeOf(() => parseCheckpoint(text)),
        JSON.stringify(text),
      ).toBe('malformed_checkpoint');
    }
  });
});

describe('keys', () => {
  it('reproduce the sumdb/note example key and key hash', () => {
    const s = parseSignerKey(pn.signerKey);
    expect(s.name).toBe('PeterNeumann');
    expect(s.keyHash).toBe(0xc74f20a3);
    expect(verifierKey(s.name, s.privateKey)).toBe(pn.verifierKey);
    const v = parseVerifierKey(pn.verifierKey);
    expect(v.keyHash).toBe(0xc74f20a3);
    expect(keyHash(v.name, v.rawPublicKey)).toBe(0xc74f20a3);
    expect(rawPublicKey(s.privateKey).equals(v.rawPublicKey)).toBe(true);
  });

  it('accept the Go checksum database key', () => {
    expect(parseVerifierKey(sum.verifierKey)).toMatchObject({ name: 'sum.golang.org', keyHash: 0x033de0ae });
  });

  it('convert between KeyObjects and raw bytes', () => {
    const raw = rawPublicKey(publicKey);
    expect(raw).toHaveLength(32);
    expect(rawPublicKey(privateKey).equals(raw)).toBe(true);
    expect(rawPublicKey(publicKeyFromRaw(raw)).equals(raw)).toBe(true);
    expect(verifierKey(origin, raw)).toBe(vkey);
    expect(verifierKeyOf({ name: origin, publicKey: raw })).toBe(vkey);
    const seeded = privateKeyFromSeed(Buffer.alloc(32, 7));
    expect(rawPublicKey(seeded)).toHaveLength(32);
    expect(() => rawPublicKey(generateKeyPairSync('ed448').publicKey)).toThrow(RangeError);
    expect(() => verifierKey('bad name', raw)).toThrow(RangeError);
    expect(() => verifierKey('a+b', raw)).toThrow(RangeError);
  });

  it('reject malformed verifier and signer keys', () => {
    const [name, hash, key] = pn.verifierKey.split('+');
    if (key === undefined) throw new Error(`not a verifier key: ${pn.verifierKey}`);
    const wrongAlg = Buffer.from(key, 'base64');
    wrongAlg[0] = 2;
    for (const bad of [
      `${name}+c74f20a4+${key}`, // hash does not match
      `${name}+c74f20a+${key}`,
      `${name}+${hash}+${key.slice(0, -4)}`, // short key
      `${name}+${hash}+${wrongAlg.toString('base64')}`,
      `${name}+${hash}+not base64!`,
      `+${hash}+${key}`,
      `Peter Neumann+${hash}+${key}`,
      `${name}+${hash}`,
    ]) {
      expect(
        codeOf(() => parseVerifierKey(bad)),
        bad,
      ).toBe('malformed_key');
    }
    expect(codeOf(() => parseSignerKey(pn.signerKey.replace('c74f20a3', 'c74f20a4')))).toBe('malformed_key');
    expect(codeOf(() => parseSignerKey(pn.verifierKey))).toBe('malformed_key');
  });
});

describe('signNote', () => {
  it('reproduces the sumdb/note example signature byte for byte', () => {
    const s = parseSignerKey(pn.signerKey);
    expect(signNote(pn.text, s.name, s.privateKey)).toBe(pn.signed);
    expect(signNote(pn.text, s.name, s.privateKey, parseVerifierKey(pn.verifierKey).rawPublicKey)).toBe(pn.signed);
  });

  it('refuses text without a final newline, control characters and bad names', () => {
    expect(() => signNote('a', origin, privateKey)).toThrow(RangeError);
    expect(() => signNote('a\tb\n', origin, privateKey)).toThrow();
    expect(() => signNote('a\n', 'two words', privateKey)).toThrow(RangeError);
  });
});

describe('openNote', () => {
  it('opens the sumdb/note examples, ignoring signatures by unknown keys', () => {
    expect(openNote(pn.signed, pn.verifierKey)).toBe(pn.text);
    expect(openNote(pn.doublySigned, pn.verifierKey)).toBe(pn.text);
    expect(openNote(Buffer.from(pn.signed, 'utf8'), parseVerifierKey(pn.verifierKey))).toBe(pn.text);
  });

  it('reports why a note does not verify', () => {
    const enochOnly = pn.text + '\n' + pn.doublySigned.split('\n').slice(-2).join('\n');
    expect(codeOf(() => openNote(enochOnly, pn.verifierKey))).toBe('unverified_note');
    expect(codeOf(() => openNote(pn.signed, vkey))).toBe('unverified_note');
    expect(codeOf(() => openNote(pn.signed.replace('cryptography', 'cryptoGraphy'), pn.verifierKey))).toBe('invalid_signature');
    expect(codeOf(() => openNote(pn.signed.replace('\u2014', '-'), pn.verifierKey))).toBe('malformed_note');
    expect(codeOf(() => openNote(pn.signed.replace('\n\n', '\n'), pn.verifierKey))).toBe('malformed_note');
    expect(codeOf(() => openNote(pn.signed.slice(0, -1), pn.verifierKey))).toBe('malformed_note');
    expect(codeOf(() => openNote(pn.signed.replace('answer', 'ans\x07wer'), pn.verifierKey))).toBe('malformed_note');
    expect(codeOf(() => openNote(pn.signed.replace('x08go', 'x08g!'), pn.verifierKey))).toBe('malformed_note');
    expect(codeOf(() => openNote(Buffer.concat([Buffer.from([0xff]), Buffer.from(pn.signed)]), pn.verifierKey))).toBe('malformed_note');
    const sigLine = pn.signed.split('\n').at(-2)! + '\n';
    expect(codeOf(() => openNote(pn.signed + sigLine.repeat(100), pn.verifierKey))).toBe('malformed_note');
    expect(openNote(pn.signed + sigLine, pn.verifierKey)).toBe(pn.text); // repeated signature: dropped
  });
});

describe('verifyNote', () => {
  it('verifies real sum.golang.org checkpoints', () => {
    for (const c of sum.checkpoints) {
      const cp = verifyNote(c.note, sum.verifierKey);
      expect(cp).toEqual({ origin: 'go.sum database tree', size: c.size, rootHash: Buffer.from(c.rootHash, 'base64'), extensions: [] });
      expect(codeOf(() => verifyNote(c.note, sum.verifierKey, { origin: 'sum.golang.org' }))).toBe('wrong_origin');
    }
  });

  it('round-trips a Concord checkpoint and rejects any change to it', () => {
    const note = signNote(formatCheckpoint({ origin, size: 8, rootHash: root }), origin, privateKey);
    expect(verifyNote(note, vkey, { origin })).toEqual({ origin, size: 8, rootHash: root, extensions: [] });
    expect(note.split('\n').at(-2)).toMatch(new RegExp(`^\u2014 ${origin} [A-Za-z0-9+/]{91}=$`));
    const other = root.toString('base64').replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(codeOf(() => verifyNote(note.replace('\n8\n', '\n9\n'), vkey))).toBe('invalid_signature');
    expect(codeOf(() => verifyNote(note.replace(root.toString('base64'), other), vkey))).toBe('invalid_signature');
    expect(codeOf(() => verifyNote(note.replace(origin, 'concord.example/lag'), vkey))).toBe('invalid_signature');
  });

  it('rejects a flip of any single bit of the signature', () => {
    const note = signNote(formatCheckpoint({ origin, size: 123, rootHash: root }), origin, privateKey);
    const body = note.slice(0, note.lastIndexOf('\u2014'));
    const [, signature] = /\u2014 \S+ (\S+)\n$/.exec(note) ?? [];
    if (signature === undefined) throw new Error('the note has no signature line');
    const sig = Buffer.from(signature, 'base64');
    fc.assert(
      fc.property(fc.integer({ min: 32, max: 68 * 8 - 1 }), (bit) => {
        const bad = Buffer.from(sig);
        bad.writeUInt8(bad.readUInt8(bit >> 3) ^ (1 << (bit & 7)), bit >> 3);
        expect(codeOf(() => verifyNote(`${body}\u2014 ${origin} ${bad.toString('base64')}\n`, vkey))).toBe('invalid_signature');
      }),
      { numRuns: 200 },
    );
  });
});
