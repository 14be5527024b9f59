import { describe, expect, it } from 'vitest';
import { formatCheckpoint } from './checkpoint.ts';
import {
  cosign,
  cosignaturesOf,
  cosignedMessage,
  cosignerKeyHash,
  generateCosignerKey,
  parseCosignerKey,
  parseCosignerSigner,
  splitNote,
} from './cosignature.ts';

const body = formatCheckpoint({ origin: 'example.com/behind-the-sofa', size: 20852163, rootHash: Buffer.alloc(32, 7) });

describe('cosignature/v1', () => {
  it('signs the message the spec gives: header line, time line, then the checkpoint body', () => {
    expect(cosignedMessage(body, 1679315147).toString()).toBe(`cosignature/v1\ntime 1679315147\n${body}`);
  });

  it("reads the spec example's line as key ID, 8-byte big-endian timestamp and a 64-byte signature", () => {
    // From C2SP tlog-cosignature: the witness line of its example checkpoint, cosigned at time 1679315147.
    const sig = Buffer.from(
      'jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==',
      'base64',
    );
    expect(sig.length).toBe(4 + 8 + 64);
    expect(sig.readBigUInt64BE(4)).toBe(1679315147n);
  });

  it('makes keys whose vkey has type 0x04 and the key ID SHA-256(name ‖ "\\n" ‖ 0x04 ‖ key)[:4]', () => {
    const { signerKey, vkey } = generateCosignerKey('witness.example/w1');
    const key = parseCosignerKey(vkey);
    expect(Buffer.from(vkey.slice(vkey.indexOf('+', vkey.indexOf('+') + 1) + 1), 'base64')[0]).toBe(0x04);
    expect(key.keyHash).toBe(cosignerKeyHash('witness.example/w1', key.rawPublicKey));
    expect(vkey.split('+')[1]).toBe(key.keyHash.toString(16).padStart(8, '0'));
    expect(parseCosignerSigner(signerKey).vkey).toBe(vkey);
  });

  it('verifies its own cosignatures, ignores unknown keys and refuses a forged one', () => {
    const one = generateCosignerKey('w1.example');
    const two = generateCosignerKey('w2.example');
    const signer = parseCosignerSigner(one.signerKey);
    const line = cosign(body, signer, 1_700_000_000);
    const [found] = cosignaturesOf(body, [line], [parseCosignerKey(one.vkey)]);
    expect(found).toMatchObject({ name: 'w1.example', vkey: one.vkey, timestamp: 1_700_000_000, line });
    expect(cosignaturesOf(body, [line], [parseCosignerKey(two.vkey)])).toEqual([]);
    // The same line over another checkpoint, or with another timestamp, does not verify.
    const other = formatCheckpoint({ origin: 'example.com/behind-the-sofa', size: 20852164, rootHash: Buffer.alloc(32, 7) });
    expect(() => cosignaturesOf(other, [line], [parseCosignerKey(one.vkey)])).toThrow(/does not verify/);
    const raw = Buffer.from(line.trim().split(' ')[2] ?? '', 'base64');
    raw.writeBigUInt64BE(1_700_000_001n, 4);
    const retimed = `\u2014 w1.example ${raw.toString('base64')}\n`;
    expect(() => cosignaturesOf(body, [retimed], [parseCosignerKey(one.vkey)])).toThrow(/does not verify/);
  });

  it('refuses a log key (type 0x01) as a witness key, and a key whose ID does not match', () => {
    expect(() => parseCosignerKey('concord.example/log+0a1b2c3d+AXl7ZTD9cnJzcWtlbXFzcnN0dXZ3eHl6e3x9fn+AgYI=')).toThrow();
    const { vkey } = generateCosignerKey('w1.example');
    // The base64 key may itself hold '+': only the first two separate the parts.
    const wrongId = vkey.replace(/^([^+]+)\+[0-9a-f]{8}\+/, '$1+00000000+');
    expect(() => parseCosignerKey(wrongId)).toThrow(/does not match/);
  });

  it('splits a note into its body and its signature lines', () => {
    const signer = parseCosignerSigner(generateCosignerKey('w1.example').signerKey);
    const line = cosign(body, signer, 1);
    expect(splitNote(`${body}\n${line}`)).toEqual({ body, signatures: [line] });
    expect(() => splitNote(body)).toThrow();
  });
});
