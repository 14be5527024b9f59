/**
 * Checks witness cosignatures of a checkpoint in the browser with Web Crypto, trusting nothing the
 * server computed: C2SP tlog-cosignature `cosignature/v1` (https://c2sp.org/tlog-cosignature).
 *
 * A witness's verifier key (vkey) is `<name>+<8 hex digits of key ID>+<base64(0x04 ‖ 32-byte key)>`,
 * its key ID the first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x04 ‖ key). A cosignature is a signed-note
 * signature line `— <name> base64(key ID ‖ 8-byte big-endian timestamp ‖ 64-byte Ed25519 signature)`
 * over `cosignature/v1\ntime <timestamp>\n` followed by the checkpoint body (its final newline
 * included). The key ID and the signature are recomputed and checked here, never taken on trust.
 */
import { fromBase64, toHex, type Checkpoint } from './log-verify.ts';

/** The signature type byte of Ed25519 `cosignature/v1` keys. */
const COSIGNATURE_V1 = 0x04;
/** key ID (4) ‖ timestamp (8) ‖ Ed25519 signature (64). */
const COSIGNATURE_LENGTH = 76;
/** The spec's largest timestamp: 2^63 − 1. */
const MAX_TIMESTAMP = 2n ** 63n - 1n;

/** A witness key, read from its vkey with its key ID recomputed. */
export interface WitnessKey {
  name: string;
  /** The key ID, 8 hex digits, as the vkey states it and as recomputed from the key. */
  keyId: string;
  /** The 32 raw Ed25519 public key bytes. */
  rawKey: Uint8Array;
}

/**
 * The browser's verdict on one witness's cosignature of a checkpoint:
 * - `verified`: a line by the witness's key whose Ed25519 signature holds, with its time;
 * - `invalid`: a line names the witness's key but does not verify (or is not a timestamped signature);
 * - `absent`: no line by the witness's key;
 * - `badKey`: the witness's vkey is not a well-formed cosignature/v1 key (its key ID does not match);
 * - `unsupported`: this browser's Web Crypto lacks Ed25519.
 */
export type CosignatureCheck =
  | { status: 'verified'; timestamp: number }
  | { status: 'invalid' }
  | { status: 'absent' }
  | { status: 'badKey' }
  | { status: 'unsupported' };

const encoder = new TextEncoder();

/** SHA-256(name ‖ "\n" ‖ 0x04 ‖ key)[:4], as 8 hex digits. */
export async function cosignerKeyId(name: string, rawKey: Uint8Array): Promise<string> {
  const prefix = encoder.encode(`${name}\n`);
  const bytes = new Uint8Array(prefix.length + 1 + rawKey.length);
  bytes.set(prefix);
  bytes[prefix.length] = COSIGNATURE_V1;
  bytes.set(rawKey, prefix.length + 1);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return toHex(digest.slice(0, 4));
}

/** Reads a witness vkey, or null when it is not `<name>+<key ID>+<base64(0x04 ‖ key)>` with a matching key ID. */
export async function parseWitnessKey(vkey: string): Promise<WitnessKey | null> {
  // The base64 key may itself hold '+', so split at the first two only.
  const [, name, keyId, b64] = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+={0,2})$/.exec(vkey.trim()) ?? [];
  if (name === undefined || keyId === undefined || b64 === undefined) return null;
  let key: Uint8Array;
  try {
    key = fromBase64(b64);
  } catch {
    return null;
  }
  if (key.length !== 33 || key[0] !== COSIGNATURE_V1) return null;
  const rawKey = key.slice(1);
  return (await cosignerKeyId(name, rawKey)) === keyId ? { name, keyId, rawKey } : null;
}

/** The message a `cosignature/v1` signs. `timestamp` is decimal, as the signed line writes it. */
export const cosignedMessage = (body: string, timestamp: bigint) => encoder.encode(`cosignature/v1\ntime ${timestamp}\n${body}`);

/**
 * Checks the cosignature of the witness whose vkey is `vkey` on `checkpoint` (see
 * {@link CosignatureCheck}). Lines by other keys (the log's own signature, other witnesses) are
 * ignored, as the spec says; of several lines by this key, one that verifies is enough.
 */
export async function checkCosignature(checkpoint: Checkpoint, vkey: string): Promise<CosignatureCheck> {
  const key = await parseWitnessKey(vkey);
  if (key === null) return { status: 'badKey' };
  const lines = checkpoint.signatures.filter((s) => s.name === key.name && s.bytes.length >= 4 && toHex(s.bytes.slice(0, 4)) === key.keyId);
  if (lines.length === 0) return { status: 'absent' };
  let publicKey: CryptoKey;
  try {
    publicKey = await crypto.subtle.importKey('raw', key.rawKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return { status: 'unsupported' };
  }
  for (const { bytes } of lines) {
    if (bytes.length !== COSIGNATURE_LENGTH) continue;
    const timestamp = new DataView(bytes.buffer, bytes.byteOffset + 4, 8).getBigUint64(0);
    if (timestamp > MAX_TIMESTAMP || timestamp > BigInt(Number.MAX_SAFE_INTEGER)) continue;
    const signature = bytes.slice(12);
    if (await crypto.subtle.verify('Ed25519', publicKey, signature, cosignedMessage(checkpoint.text, timestamp))) {
      return { status: 'verified', timestamp: Number(timestamp) };
    }
  }
  return { status: 'invalid' };
}

/**
 * Checks every witness's cosignature of `checkpoint`, in the order given, and counts the witnesses
 * (distinct keys) whose cosignature verified here.
 */
export async function checkCosignatures(
  checkpoint: Checkpoint,
  vkeys: readonly string[],
): Promise<{ checks: CosignatureCheck[]; verified: number }> {
  const checks = await Promise.all(vkeys.map((vkey) => checkCosignature(checkpoint, vkey)));
  const verified = new Set(vkeys.filter((_, i) => checks[i]?.status === 'verified').map((v) => v.trim())).size;
  return { checks, verified };
}
