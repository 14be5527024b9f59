import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { ComputeReport, FacilityKey, SignedReport } from './types.ts';

/**
 * RFC 8785 (JSON Canonicalization Scheme) bytes of a value, UTF-8 encoded: keys sorted by UTF-16
 * code units, no whitespace, ECMAScript number formatting; properties whose value is undefined are
 * left out. Signatures and commitments are computed over these bytes so every client reproduces them.
 */
export function canonicalBytes(value: unknown): Buffer {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return Buffer.from(text, 'utf8');
}

/** PEM strings of a fresh Ed25519 key pair (SPKI public, PKCS#8 private) and its key id. */
export interface FacilityKeyPair {
  keyId: string;
  publicKeyPem: string;
  privateKeyPem: string;
}

/** Generates an Ed25519 key pair for a facility (random; see {@link keyPairFromSeed} for a deterministic one). */
export function generateFacilityKeyPair(): FacilityKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return pemPair(publicKey, privateKey);
}

// PKCS#8 prefix of an Ed25519 private key (RFC 8410 §7) before its 32-byte seed.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The Ed25519 key pair whose 32-byte private seed is given (RFC 8032 §5.1.5); used by the simulator and test vectors. */
export function keyPairFromSeed(seed: Uint8Array): FacilityKeyPair {
  if (seed.length !== 32) throw new RangeError('an Ed25519 seed is 32 bytes');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return pemPair(createPublicKey(privateKey), privateKey);
}

function pemPair(publicKey: KeyObject, privateKey: KeyObject): FacilityKeyPair {
  return {
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

/**
 * Parsed public keys by PEM. Parsing a PEM costs about as much as verifying a signature, and a
 * server verifies thousands of reports per facility key, so each PEM is parsed once. Bounded:
 * cleared when full (keys are few; a flood of distinct PEMs only costs re-parsing).
 */
const publicKeyCache = new Map<string, KeyObject>();
const MAX_CACHED_KEYS = 10_000;

function toPublicKey(key: string | KeyObject): KeyObject {
  if (typeof key !== 'string') return key.type === 'private' ? createPublicKey(key) : key;
  let parsed = publicKeyCache.get(key);
  if (!parsed) {
    parsed = createPublicKey(key);
    if (publicKeyCache.size >= MAX_CACHED_KEYS) publicKeyCache.clear();
    publicKeyCache.set(key, parsed);
  }
  return parsed;
}

/** The raw 32-byte Ed25519 public key (RFC 8032 encoding). */
export function rawPublicKey(publicKey: string | KeyObject): Buffer {
  const key = toPublicKey(publicKey);
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError('not an Ed25519 key');
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x as string, 'base64url');
}

/**
 * Key id of an Ed25519 public key: lower-case hex of the first 8 bytes of SHA-256 over the raw
 * 32-byte public key (16 hex characters). Short enough to print, long enough that a facility's
 * keys never collide by chance (2⁻⁶⁴).
 */
export function keyIdOf(publicKey: string | KeyObject): string {
  return createHash('sha256').update(rawPublicKey(publicKey)).digest().subarray(0, 8).toString('hex');
}

/** Ed25519 signature (RFC 8032, pure) over canonicalBytes(report), base64. */
export function signReport(report: ComputeReport, privateKey: KeyObject | string): string {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  return sign(null, canonicalBytes(report), key).toString('base64');
}

/** Whether signatureB64 is a valid Ed25519 signature by publicKey over canonicalBytes(report). Never throws on a bad signature. */
export function verifyReportSignature(report: ComputeReport, signatureB64: string, publicKey: string | KeyObject): boolean {
  const signature = Buffer.from(signatureB64, 'base64');
  if (signature.length !== 64) return false;
  try {
    return verify(null, canonicalBytes(report), toPublicKey(publicKey), signature);
  } catch {
    return false;
  }
}

export type SignedReportCheck =
  { ok: true; key: FacilityKey } | { ok: false; reason: 'unknown-key' | 'key-not-yet-valid' | 'key-retired' | 'bad-signature' };

/**
 * Checks a submitted report against the facility's keys: the key named by keyId must exist, have
 * been valid at the report's periodEnd (validFrom ≤ periodEnd, and periodEnd ≤ retiredAt when
 * retired), and the signature must verify. A retired key thus still verifies the reports it signed.
 */
export function verifySignedReport(signed: SignedReport, keys: readonly FacilityKey[]): SignedReportCheck {
  const key = keys.find((k) => k.keyId === signed.keyId);
  if (!key) return { ok: false, reason: 'unknown-key' };
  const end = Date.parse(signed.report.periodEnd);
  if (end < Date.parse(key.validFrom)) return { ok: false, reason: 'key-not-yet-valid' };
  if (key.retiredAt !== undefined && end > Date.parse(key.retiredAt)) return { ok: false, reason: 'key-retired' };
  if (!verifyReportSignature(signed.report, signed.signature, key.publicKeyPem)) return { ok: false, reason: 'bad-signature' };
  return { ok: true, key };
}
