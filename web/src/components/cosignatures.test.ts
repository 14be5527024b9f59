import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatCheckpoint, signNote, verifierKey } from '../../../src/core/ledger/checkpoint.ts';
import { cosign, generateCosignerKey, parseCosignerSigner } from '../../../src/core/ledger/cosignature.ts';
import { checkCosignature, checkCosignatures, cosignerKeyId, parseWitnessKey } from './cosignatures.ts';
import { fromBase64, parseCheckpoint, toHex, verifyCheckpointSignature } from './log-verify.ts';

// The server's code signs (the log's key and real witness keys); the browser's code, run with Node's
// Web Crypto, verifies.
const ORIGIN = 'concord.test/log';
const body = formatCheckpoint({ origin: ORIGIN, size: 42, rootHash: new Uint8Array(32).fill(7) });
const log = generateKeyPairSync('ed25519');
const logNote = signNote(body, ORIGIN, log.privateKey);
const logVkey = verifierKey(ORIGIN, log.publicKey);

function witness(name: string) {
  const { signerKey, vkey } = generateCosignerKey(name);
  return { signer: parseCosignerSigner(signerKey), vkey };
}

const alpha = witness('witness.alpha.example');
const beta = witness('witness.beta.example');
const TIME = 1_767_225_600; // 2026-01-01T00:00:00Z

/** The log-signed note with the given cosignature lines appended. */
const cosigned = (...lines: string[]) => logNote + lines.join('');

/** A signature line with byte `at` of its decoded signature flipped. */
function flip(line: string, at: number): string {
  const [, name, b64] = /^\u2014 (\S+) (\S+)\n$/.exec(line)!;
  const bytes = fromBase64(b64!);
  bytes[at]! ^= 1;
  return `\u2014 ${name} ${Buffer.from(bytes).toString('base64')}\n`;
}

describe('parseWitnessKey', () => {
  it('reads a witness vkey and recomputes its key ID', async () => {
    const key = await parseWitnessKey(alpha.vkey);
    expect(key?.name).toBe('witness.alpha.example');
    expect(key?.keyId).toBe(alpha.signer.keyHash.toString(16).padStart(8, '0'));
    expect(key?.rawKey.length).toBe(32);
    expect(await cosignerKeyId(key!.name, key!.rawKey)).toBe(key!.keyId);
  });

  it('refuses a key ID that does not match, a log key (type 0x01) and garbage', async () => {
    const [name, id, b64] = [alpha.vkey.split('+')[0]!, alpha.vkey.split('+')[1]!, alpha.vkey.split('+').slice(2).join('+')];
    const otherId = ((parseInt(id, 16) ^ 1) >>> 0).toString(16).padStart(8, '0');
    expect(await parseWitnessKey(`${name}+${otherId}+${b64}`)).toBeNull();
    expect(await parseWitnessKey(`other.name+${id}+${b64}`)).toBeNull();
    expect(await parseWitnessKey(logVkey)).toBeNull();
    expect(await parseWitnessKey('not a key')).toBeNull();
    expect(await parseWitnessKey(`${name}+${id}+${b64.slice(4)}`)).toBeNull();
  });

  it('reads keys whose base64 holds "+"', async () => {
    let w = witness('plus.example');
    while (!w.vkey.split('+').slice(2).join('+').includes('+')) w = witness('plus.example');
    expect((await parseWitnessKey(w.vkey))?.name).toBe('plus.example');
    const note = parseCheckpoint(cosigned(cosign(body, w.signer, TIME)));
    expect(await checkCosignature(note, w.vkey)).toEqual({ status: 'verified', timestamp: TIME });
  });
});

describe('checkCosignature', () => {
  it('verifies a cosignature made by the server’s code, with its time, beside the log’s own signature', async () => {
    const cp = parseCheckpoint(cosigned(cosign(body, alpha.signer, TIME)));
    expect(await verifyCheckpointSignature(cp, logVkey)).toBe(true);
    expect(await checkCosignature(cp, alpha.vkey)).toEqual({ status: 'verified', timestamp: TIME });
  });

  it('says absent when the witness did not cosign (the log’s and other witnesses’ lines are not its)', async () => {
    expect(await checkCosignature(parseCheckpoint(logNote), alpha.vkey)).toEqual({ status: 'absent' });
    expect(await checkCosignature(parseCheckpoint(cosigned(cosign(body, beta.signer, TIME))), alpha.vkey)).toEqual({
      status: 'absent',
    });
    // Another key under the same name is not this witness's key.
    const impostor = witness('witness.alpha.example');
    expect(await checkCosignature(parseCheckpoint(cosigned(cosign(body, impostor.signer, TIME))), alpha.vkey)).toEqual({
      status: 'absent',
    });
  });

  it('says invalid for a flipped signature byte, a changed timestamp, or a cosignature of another checkpoint', async () => {
    const line = cosign(body, alpha.signer, TIME);
    for (const at of [12, 40, 75]) {
      expect(await checkCosignature(parseCheckpoint(cosigned(flip(line, at))), alpha.vkey)).toEqual({ status: 'invalid' });
    }
    // Byte 11 is the timestamp's last: the line claims TIME ± 1, which was not signed.
    expect(await checkCosignature(parseCheckpoint(cosigned(flip(line, 11))), alpha.vkey)).toEqual({ status: 'invalid' });
    const other = formatCheckpoint({ origin: ORIGIN, size: 43, rootHash: new Uint8Array(32).fill(7) });
    expect(await checkCosignature(parseCheckpoint(cosigned(cosign(other, alpha.signer, TIME))), alpha.vkey)).toEqual({
      status: 'invalid',
    });
    // The note's body changed under a good line.
    const tamperedBody = cosigned(line).replace('\n42\n', '\n41\n');
    expect(await checkCosignature(parseCheckpoint(tamperedBody), alpha.vkey)).toEqual({ status: 'invalid' });
  });

  it('says invalid for a line by the key that is not a timestamped signature, or whose time passes 2^63 − 1', async () => {
    const bytes = fromBase64(/ (\S+)\n$/.exec(cosign(body, alpha.signer, TIME))![1]!);
    const short = `\u2014 ${alpha.signer.name} ${Buffer.from(bytes.slice(0, 68)).toString('base64')}\n`;
    expect(await checkCosignature(parseCheckpoint(cosigned(short)), alpha.vkey)).toEqual({ status: 'invalid' });
    const huge = Uint8Array.from(bytes);
    huge[4] = 0x80;
    const line = `\u2014 ${alpha.signer.name} ${Buffer.from(huge).toString('base64')}\n`;
    expect(await checkCosignature(parseCheckpoint(cosigned(line)), alpha.vkey)).toEqual({ status: 'invalid' });
  });

  it('accepts a good line among bad ones by the same key, and reports a malformed vkey as badKey', async () => {
    const line = cosign(body, alpha.signer, TIME);
    expect(await checkCosignature(parseCheckpoint(cosigned(flip(line, 30), line)), alpha.vkey)).toEqual({
      status: 'verified',
      timestamp: TIME,
    });
    expect(await checkCosignature(parseCheckpoint(cosigned(line)), logVkey)).toEqual({ status: 'badKey' });
  });
});

describe('checkCosignatures', () => {
  it('checks each witness and counts distinct keys whose cosignature verified', async () => {
    const gamma = witness('witness.gamma.example');
    const cp = parseCheckpoint(cosigned(cosign(body, alpha.signer, TIME), flip(cosign(body, beta.signer, TIME + 5), 50)));
    const { checks, verified } = await checkCosignatures(cp, [alpha.vkey, beta.vkey, gamma.vkey, alpha.vkey]);
    expect(checks.map((c) => c.status)).toEqual(['verified', 'invalid', 'absent', 'verified']);
    expect(verified).toBe(1);
    expect(toHex(cp.signatures[1]!.bytes.slice(0, 4))).toBe(alpha.signer.keyHash.toString(16).padStart(8, '0'));
  });
});
