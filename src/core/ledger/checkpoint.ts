/**
 * Signed checkpoints of the ledger: the C2SP tlog-checkpoint body
 * (https://c2sp.org/tlog-checkpoint) in a C2SP signed note (https://c2sp.org/signed-note,
 * the format of golang.org/x/mod/sumdb/note), signed with Ed25519.
 *
 *   <origin>\n<tree size>\n<base64 root hash>\n[extension lines\n]
 *   \n
 *   — <key name> <base64(4-byte key ID || 64-byte Ed25519 signature)>\n
 *
 * The key ID is the first 4 bytes of SHA-256(key name || 0x0A || 0x01 || 32-byte public key)
 * (0x01 is the Ed25519 algorithm byte), and a verifier key is written
 * `<name>+<8 hex digits of key ID>+<base64(0x01 || public key)>`.
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { AppError } from '../errors.ts';
import { HASH_SIZE } from './hasher.ts';

/** Algorithm byte of Ed25519 keys in signed notes. */
const ALG_ED25519 = 0x01;
/** Notes with more signature lines than this are rejected, as sumdb/note does. */
const MAX_SIGNATURES = 100;
const SIG_PREFIX = '\u2014 '; // em dash, space

/** A tree head as a checkpoint states it. */
export type Checkpoint = {
  origin: string;
  size: number;
  rootHash: Buffer;
  /** Opaque extension lines after the root hash (C2SP: NOT RECOMMENDED); usually empty. */
  extensions: string[];
};

/** A parsed verifier key. */
export type VerifierKey = {
  name: string;
  /** Key ID as a big-endian uint32. */
  keyHash: number;
  /** The 32 raw Ed25519 public key bytes. */
  rawPublicKey: Buffer;
  publicKey: KeyObject;
};

const malformed = (code: string, message: string) => new AppError(code, message);

/**
 * The C2SP checkpoint body (the note text) for a tree head: origin, size and base64 root
 * lines, each ending in a newline, then any extension lines (C2SP: NOT RECOMMENDED).
 */
export function formatCheckpoint(cp: { origin: string; size: number; rootHash: Uint8Array; extensions?: readonly string[] }): string {
  const { origin, size, rootHash, extensions = [] } = cp;
  // eslint-disable-next-line no-control-regex -- C2SP: a checkpoint line holds no control character
  if (origin === '' || /[\x00-\x1f]/.test(origin)) throw new RangeError('origin must be one non-empty line');
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError('size must be a non-negative safe integer');
  if (rootHash.length !== HASH_SIZE) throw new RangeError(`root hash must be ${HASH_SIZE} bytes`);
  // eslint-disable-next-line no-control-regex -- C2SP: a checkpoint line holds no control character
  if (extensions.some((l) => l === '' || /[\x00-\x1f]/.test(l))) throw new RangeError('extension lines must be non-empty lines');
  const lines = [origin, String(size), Buffer.from(rootHash).toString('base64'), ...extensions];
  return lines.map((l) => `${l}\n`).join('');
}

/** Parses a checkpoint body (the verified note text); throws AppError `malformed_checkpoint`. */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw malformed('malformed_checkpoint', 'checkpoint text must end with a newline');
  const [origin, size, root, ...extensions] = text.slice(0, -1).split('\n');
  if (!origin || size === undefined || root === undefined) {
    throw malformed('malformed_checkpoint', 'checkpoint needs origin, size and root hash lines');
  }
  if (!/^(0|[1-9][0-9]*)$/.test(size) || !Number.isSafeInteger(Number(size))) {
    throw malformed('malformed_checkpoint', 'checkpoint size must be a decimal without leading zeroes');
  }
  const rootHash = decodeBase64(root);
  if (rootHash === null || rootHash.length !== HASH_SIZE) {
    throw malformed('malformed_checkpoint', `checkpoint root must be a base64 ${HASH_SIZE}-byte hash`);
  }
  if (extensions.some((l) => l === '')) throw malformed('malformed_checkpoint', 'checkpoint extension lines must be non-empty');
  return { origin, size: Number(size), rootHash, extensions };
}

/** The 32 raw bytes of an Ed25519 public key (a private key gives its public half). */
export function rawPublicKey(key: KeyObject): Buffer {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  if (pub.asymmetricKeyType !== 'ed25519') throw new RangeError('not an Ed25519 key');
  const x = pub.export({ format: 'jwk' }).x;
  if (typeof x !== 'string') throw new RangeError('Ed25519 key without x');
  return Buffer.from(x, 'base64url');
}

/** The Ed25519 public KeyObject for 32 raw bytes. */
export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new RangeError('Ed25519 public keys are 32 bytes');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

/** The Ed25519 private KeyObject for a 32-byte seed (what sumdb signer keys hold). */
export function privateKeyFromSeed(seed: Uint8Array): KeyObject {
  if (seed.length !== 32) throw new RangeError('Ed25519 seeds are 32 bytes');
  // PKCS#8 DER of an Ed25519 key (RFC 8410) is this fixed prefix followed by the seed.
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/**
 * Key ID of a signed-note key: first 4 bytes (big-endian) of SHA-256(name || "\n" || type || key);
 * the type is 0x01 for the log's Ed25519 keys, 0x04 for witnesses' cosignature/v1 keys.
 */
export function keyHash(name: string, rawKey: Uint8Array, type: number = ALG_ED25519): number {
  const h = createHash('sha256').update(name, 'utf8').update('\n').update(Uint8Array.of(type)).update(rawKey).digest();
  return h.readUInt32BE(0);
}

/** Whether `name` may name a note key: non-empty, no Unicode spaces, no `+`. */
export function isValidKeyName(name: string): boolean {
  return name !== '' && !/[\s\u0085+]/u.test(name) && !hasLoneSurrogate(name);
}

/** The verifier key string `<name>+<hex key ID>+<base64(0x01 || key)>` for an Ed25519 public key. */
export function verifierKey(name: string, publicKey: KeyObject | Uint8Array): string {
  if (!isValidKeyName(name)) throw new RangeError('key name must be non-empty, without spaces or "+"');
  const raw = toRawPublicKey(publicKey);
  const hash = keyHash(name, raw).toString(16).padStart(8, '0');
  return `${name}+${hash}+${Buffer.concat([Uint8Array.of(ALG_ED25519), raw]).toString('base64')}`;
}

/** {@link verifierKey} for a stored key record. */
export function verifierKeyOf(key: { name: string; publicKey: KeyObject | Uint8Array }): string {
  return verifierKey(key.name, key.publicKey);
}

function toRawPublicKey(key: KeyObject | Uint8Array): Buffer {
  const raw = key instanceof Uint8Array ? Buffer.from(key) : rawPublicKey(key);
  if (raw.length !== 32) throw new RangeError('Ed25519 public keys are 32 bytes');
  return raw;
}

/**
 * Parses and checks a verifier key string as sumdb/note's NewVerifier does: valid name,
 * 8 hex digits matching the key ID of the key, algorithm byte 0x01, 32-byte key.
 * Throws AppError `malformed_key`.
 */
export function parseVerifierKey(vkey: string): VerifierKey {
  const [, name, hex, encoded] = /^([^+]+)\+([0-9a-fA-F]{8})\+(.*)$/s.exec(vkey) ?? [];
  const key = encoded === undefined ? null : decodeBase64(encoded);
  if (name === undefined || hex === undefined || key === null || !isValidKeyName(name)) {
    throw malformed('malformed_key', 'verifier key must be <name>+<hash>+<key>');
  }
  if (key.length !== 33 || key[0] !== ALG_ED25519) throw malformed('malformed_key', 'verifier key is not an Ed25519 key');
  const rawKey = key.subarray(1);
  const hash = keyHash(name, rawKey);
  if (hash !== parseInt(hex, 16)) throw malformed('malformed_key', 'verifier key hash does not match its key');
  return { name, keyHash: hash, rawPublicKey: rawKey, publicKey: publicKeyFromRaw(rawKey) };
}

/**
 * Parses a sumdb signer key `PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 || seed)>`
 * (as `note.GenerateKey` prints it), checking that the key ID matches the derived public key.
 */
export function parseSignerKey(skey: string): { name: string; keyHash: number; privateKey: KeyObject } {
  const [, name, hex, encoded] = /^PRIVATE\+KEY\+([^+]+)\+([0-9a-fA-F]{8})\+(.*)$/s.exec(skey) ?? [];
  const key = encoded === undefined ? null : decodeBase64(encoded);
  if (name === undefined || hex === undefined || key === null || !isValidKeyName(name) || key.length !== 33 || key[0] !== ALG_ED25519) {
    throw malformed('malformed_key', 'signer key must be PRIVATE+KEY+<name>+<hash>+<Ed25519 seed>');
  }
  const privateKey = privateKeyFromSeed(key.subarray(1));
  const hash = keyHash(name, rawPublicKey(privateKey));
  if (hash !== parseInt(hex, 16)) throw malformed('malformed_key', 'signer key hash does not match its key');
  return { name, keyHash: hash, privateKey };
}

/**
 * Signs note text (which must end in a newline, e.g. a {@link formatCheckpoint} body) with an
 * Ed25519 private key under key name `name`, returning the signed note: the text, a blank
 * line, and one signature line. The signature covers the text including its final newline.
 * `publicKey` (KeyObject or 32 raw bytes) only saves deriving it from the private key for
 * the key ID; it must be the private key's own.
 */
export function signNote(text: string, name: string, privateKey: KeyObject, publicKey?: KeyObject | Uint8Array): string {
  if (!text.endsWith('\n')) throw new RangeError('note text must end with a newline');
  if (!isValidKeyName(name)) throw new RangeError('key name must be non-empty, without spaces or "+"');
  checkNoteChars(text);
  const id = Buffer.alloc(4);
  id.writeUInt32BE(keyHash(name, toRawPublicKey(publicKey ?? privateKey)));
  const signature = sign(null, Buffer.from(text, 'utf8'), privateKey);
  return `${text}\n${SIG_PREFIX}${name} ${Buffer.concat([id, signature]).toString('base64')}\n`;
}

/**
 * Opens a signed note as sumdb/note's `Open` does and returns its text once a signature by
 * `verifier` is found valid. Signatures by other keys (witness cosignatures, rotated keys)
 * are ignored, as the spec requires. Throws AppError `malformed_note` for a note that does
 * not parse, `invalid_signature` if the verifier's signature is wrong, and `unverified_note`
 * if the verifier did not sign it.
 */
export function openNote(note: string | Uint8Array, verifier: VerifierKey | string): string {
  const key = typeof verifier === 'string' ? parseVerifierKey(verifier) : verifier;
  const msg = typeof note === 'string' ? note : decodeUtf8(note);
  if (msg === null || hasLoneSurrogate(msg)) throw malformed('malformed_note', 'note is not valid UTF-8');
  checkNoteChars(msg);
  const split = msg.lastIndexOf('\n\n');
  if (split < 0) throw malformed('malformed_note', 'note has no signature block');
  const text = msg.slice(0, split + 1);
  const sigs = msg.slice(split + 2);
  if (sigs === '' || !sigs.endsWith('\n')) throw malformed('malformed_note', 'note signatures must end with a newline');
  const lines = sigs.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw malformed('malformed_note', 'note has too many signatures');
  const textBytes = Buffer.from(text, 'utf8');
  let verified = false;
  for (const line of lines) {
    if (!line.startsWith(SIG_PREFIX)) throw malformed('malformed_note', 'signature line must start with an em dash');
    const rest = line.slice(SIG_PREFIX.length);
    const space = rest.indexOf(' ');
    const name = space < 0 ? rest : rest.slice(0, space);
    const sig = space < 0 ? null : decodeBase64(rest.slice(space + 1));
    if (sig === null || sig.length < 5 || !isValidKeyName(name)) throw malformed('malformed_note', 'malformed signature line');
    if (name !== key.name || sig.readUInt32BE(0) !== key.keyHash) continue; // someone else's signature
    if (verified) continue; // sumdb/note drops repeated signatures by one key
    const signature = sig.subarray(4);
    if (signature.length !== 64 || !verify(null, textBytes, key.publicKey, signature)) {
      throw malformed('invalid_signature', `invalid signature for key ${key.name}`);
    }
    verified = true;
  }
  if (!verified) throw malformed('unverified_note', `note is not signed by ${key.name}`);
  return text;
}

/**
 * Verifies a signed checkpoint against a verifier key and returns the tree head it states.
 * With `origin`, also requires the checkpoint's origin line to be exactly that (C2SP: the
 * origin identifies the log; it need not equal the key name, e.g. Go's sumdb).
 * Throws AppError (see {@link openNote}, {@link parseCheckpoint}; `wrong_origin`).
 */
export function verifyNote(note: string | Uint8Array, verifier: VerifierKey | string, options: { origin?: string } = {}): Checkpoint {
  const cp = parseCheckpoint(openNote(note, verifier));
  if (options.origin !== undefined && cp.origin !== options.origin) {
    throw malformed('wrong_origin', `checkpoint origin is ${JSON.stringify(cp.origin)}, expected ${JSON.stringify(options.origin)}`);
  }
  return cp;
}

/** Rejects ASCII control characters other than newline, as signed notes require. */
function checkNoteChars(s: string): void {
  // eslint-disable-next-line no-control-regex -- signed notes forbid every control character but newline
  if (/[\x00-\x09\x0b-\x1f]/.test(s)) throw malformed('malformed_note', 'note contains control characters');
}

/** Strict standard base64 (RFC 4648 §4, padded, canonical); null if `s` is not. */
export function decodeBase64(s: string): Buffer | null {
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return null;
  const b = Buffer.from(s, 'base64');
  return b.toString('base64') === s ? b : null;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}
