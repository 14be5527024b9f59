/**
 * Witness cosignatures of checkpoints, C2SP tlog-cosignature `cosignature/v1` (Ed25519):
 * https://c2sp.org/tlog-cosignature. A cosignature is a signed-note signature line
 *
 *   — <cosigner name> base64(4-byte key ID || 8-byte big-endian timestamp || 64-byte Ed25519 signature)
 *
 * over the message `cosignature/v1\ntime <timestamp>\n` followed by the whole checkpoint body
 * (its final newline included, no signature lines). The key ID is the first 4 bytes of
 * SHA-256(name || "\n" || 0x04 || public key), and a cosigner's verifier key (vkey) is
 * `<name>+<8 hex digits of key ID>+<base64(0x04 || public key)>`. A witness's signer key is kept
 * as `PRIVATE+KEY+<name>+<key ID>+<base64(0x04 || 32-byte seed)>`, the sumdb signer-key form with
 * the cosignature's type byte.
 *
 * Pure: no I/O. The witness (witness/), the log that asks witnesses (cosigning/) and every verifier use it.
 */
import { generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { AppError } from '../errors.ts';
import { decodeBase64, isValidKeyName, keyHash, privateKeyFromSeed, publicKeyFromRaw, rawPublicKey } from './checkpoint.ts';

/** The signature type byte of Ed25519 `cosignature/v1` keys. */
export const COSIGNATURE_V1 = 0x04;
const SIG_PREFIX = '\u2014 '; // em dash, space
/** The largest timestamp the spec allows (2^63 - 1), beyond any safe integer: checked as bigint. */
const MAX_TIMESTAMP = 2n ** 63n - 1n;

/** A witness's public key as a client or log is configured with it. */
export interface CosignerKey {
  name: string;
  /** Key ID as a big-endian uint32. */
  keyHash: number;
  rawPublicKey: Buffer;
  publicKey: KeyObject;
  /** The vkey it was read from, as written. */
  vkey: string;
}

/** A witness's signing key. */
export interface CosignerSigner {
  name: string;
  keyHash: number;
  privateKey: KeyObject;
  /** Its public verifier key, to give to logs and clients. */
  vkey: string;
}

/** One valid cosignature found on a checkpoint. */
export interface Cosignature {
  /** The cosigner's vkey. */
  vkey: string;
  name: string;
  /** POSIX seconds at which it was made. */
  timestamp: number;
  /** The signature line, newline-terminated, as it appeared. */
  line: string;
}

const malformed = (code: string, message: string) => new AppError(code, message);

/** SHA-256(name || "\n" || 0x04 || key)[:4] as a big-endian uint32. */
export function cosignerKeyHash(name: string, rawKey: Uint8Array): number {
  return keyHash(name, rawKey, COSIGNATURE_V1);
}

/** The vkey `<name>+<hex key ID>+<base64(0x04 || key)>` of a cosigner's public key. */
export function cosignerVerifierKey(name: string, publicKey: KeyObject | Uint8Array): string {
  if (!isValidKeyName(name)) throw new RangeError('key name must be non-empty, without spaces or "+"');
  const raw = publicKey instanceof Uint8Array ? Buffer.from(publicKey) : rawPublicKey(publicKey);
  const hash = cosignerKeyHash(name, raw).toString(16).padStart(8, '0');
  return `${name}+${hash}+${Buffer.concat([Uint8Array.of(COSIGNATURE_V1), raw]).toString('base64')}`;
}

/** Parses a cosigner vkey (type 0x04, key ID matching); throws AppError `malformed_key`. */
export function parseCosignerKey(vkey: string): CosignerKey {
  const [, name, hex, encoded] = /^([^+]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+={0,2})$/.exec(vkey) ?? [];
  const key = encoded === undefined ? null : decodeBase64(encoded);
  if (name === undefined || hex === undefined || key === null || !isValidKeyName(name)) {
    throw malformed('malformed_key', 'a witness key must be <name>+<8 hex digits>+<base64 key>');
  }
  if (key.length !== 33 || key[0] !== COSIGNATURE_V1)
    throw malformed('malformed_key', 'a witness key must be an Ed25519 cosignature/v1 key (type 0x04)');
  const raw = key.subarray(1);
  const keyHash = cosignerKeyHash(name, raw);
  if (keyHash !== parseInt(hex, 16)) throw malformed('malformed_key', 'the witness key ID does not match its key');
  return { name, keyHash, rawPublicKey: raw, publicKey: publicKeyFromRaw(raw), vkey };
}

/** A new witness key: the signer-key line to keep secret, and the vkey to publish. */
export function generateCosignerKey(name: string): { signerKey: string; vkey: string } {
  if (!isValidKeyName(name)) throw new RangeError('key name must be non-empty, without spaces or "+"');
  const { privateKey } = generateKeyPairSync('ed25519');
  // The last 32 bytes of an Ed25519 PKCS#8 DER are the seed.
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32);
  const raw = rawPublicKey(privateKey);
  const hash = cosignerKeyHash(name, raw).toString(16).padStart(8, '0');
  const signerKey = `PRIVATE+KEY+${name}+${hash}+${Buffer.concat([Uint8Array.of(COSIGNATURE_V1), seed]).toString('base64')}`;
  return { signerKey, vkey: cosignerVerifierKey(name, raw) };
}

/** Parses a witness signer key line; throws AppError `malformed_key`. */
export function parseCosignerSigner(signerKey: string): CosignerSigner {
  const [, name, hex, encoded] = /^PRIVATE\+KEY\+([^+]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+={0,2})$/.exec(signerKey.trim()) ?? [];
  const key = encoded === undefined ? null : decodeBase64(encoded);
  if (name === undefined || hex === undefined || key === null || !isValidKeyName(name) || key.length !== 33 || key[0] !== COSIGNATURE_V1) {
    throw malformed('malformed_key', 'a witness signer key must be PRIVATE+KEY+<name>+<hash>+<base64(0x04 || Ed25519 seed)>');
  }
  const privateKey = privateKeyFromSeed(key.subarray(1));
  const raw = rawPublicKey(privateKey);
  const keyHash = cosignerKeyHash(name, raw);
  if (keyHash !== parseInt(hex, 16)) throw malformed('malformed_key', 'the witness signer key ID does not match its key');
  return { name, keyHash, privateKey, vkey: cosignerVerifierKey(name, raw) };
}

/** The message a `cosignature/v1` signs: header line, timestamp line, then the checkpoint body. */
export function cosignedMessage(checkpointBody: string, timestamp: number): Buffer {
  if (!checkpointBody.endsWith('\n')) throw new RangeError('a checkpoint body ends with a newline');
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new RangeError('timestamp must be a non-negative integer');
  return Buffer.from(`cosignature/v1\ntime ${timestamp}\n${checkpointBody}`, 'utf8');
}

/** The cosignature line (newline-terminated) of `signer` on a checkpoint body at `timestamp` (POSIX seconds). */
export function cosign(checkpointBody: string, signer: CosignerSigner, timestamp: number): string {
  const head = Buffer.alloc(12);
  head.writeUInt32BE(signer.keyHash, 0);
  head.writeBigUInt64BE(BigInt(timestamp), 4);
  const signature = sign(null, cosignedMessage(checkpointBody, timestamp), signer.privateKey);
  return `${SIG_PREFIX}${signer.name} ${Buffer.concat([head, signature]).toString('base64')}\n`;
}

/**
 * Splits a signed note into its body (ending in a newline) and its signature lines (each
 * newline-terminated). Throws AppError `malformed_note`.
 */
export function splitNote(note: string): { body: string; signatures: string[] } {
  const split = note.lastIndexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) throw malformed('malformed_note', 'a signed note is a body, a blank line and signature lines');
  const lines = note.slice(split + 2, -1).split('\n');
  if (lines.some((l) => !l.startsWith(SIG_PREFIX))) throw malformed('malformed_note', 'a signature line starts with an em dash');
  return { body: note.slice(0, split + 1), signatures: lines.map((l) => `${l}\n`) };
}

/**
 * The valid cosignatures by `keys` among a note's signature lines. A line by no listed key is
 * ignored (the spec: clients ignore unknown keys; the log's own signature is one of them); a line
 * that names a listed key but does not verify throws AppError `invalid_cosignature`, as does a
 * timestamp beyond 2^63 - 1. One cosignature per key counts.
 */
export function cosignaturesOf(checkpointBody: string, signatureLines: readonly string[], keys: readonly CosignerKey[]): Cosignature[] {
  const found = new Map<string, Cosignature>();
  for (const line of signatureLines) {
    const [, name, encoded] = /^\u2014 (\S+) (\S+)\n?$/.exec(line) ?? [];
    const sig = encoded === undefined ? null : decodeBase64(encoded);
    if (name === undefined || sig === null || sig.length < 4) continue;
    const key = keys.find((k) => k.name === name && k.keyHash === sig.readUInt32BE(0));
    if (!key || found.has(key.vkey)) continue;
    const timestamp = sig.length === 76 ? sig.readBigUInt64BE(4) : -1n;
    if (timestamp < 0n || timestamp > MAX_TIMESTAMP || timestamp > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw malformed('invalid_cosignature', `the cosignature of ${name} is not a timestamped Ed25519 signature`);
    }
    if (!verify(null, cosignedMessage(checkpointBody, Number(timestamp)), key.publicKey, sig.subarray(12))) {
      throw malformed('invalid_cosignature', `the cosignature of ${name} does not verify`);
    }
    found.set(key.vkey, { vkey: key.vkey, name, timestamp: Number(timestamp), line: line.endsWith('\n') ? line : `${line}\n` });
  }
  return [...found.values()];
}
