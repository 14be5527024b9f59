/**
 * Hashing of the ledger's Merkle tree, as RFC 9162 §2.1.1 defines it for SHA-256
 * (the same hashes as RFC 6962 §2.1, so any CT or tlog-tiles client can check them):
 *
 *   MTH({})       = SHA-256()                       {@link emptyRoot}
 *   MTH({d(0)})   = SHA-256(0x00 || d(0))           {@link leafHash}
 *   MTH(D[n])     = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n]))   {@link nodeHash}
 *
 * Each append computes one leaf hash and on average one node hash, so these avoid
 * per-call costs: one-shot `crypto.hash` where Node has it (≥ 20.12), scratch buffers for
 * the domain-separation prefixes, and `*Into` variants that write into tree storage.
 */
import * as crypto from 'node:crypto';
import canonicalize from 'canonicalize';

/** Size in bytes of every hash in the log (SHA-256). */
export const HASH_SIZE = 32;

/** One entry of the ledger: what happened (`kind`), when, by whom, to what, and its details. */
export type LedgerEntry = {
  kind: string;
  /** RFC 3339 timestamp, as recorded; it is hashed as given. */
  at: string;
  actor: string | null;
  subject: string | null;
  body: unknown;
};

/**
 * SHA-256 of `data` written into `out` at `at`. Node's one-shot `crypto.hash` returning a
 * latin1 string, written straight into place, costs about a third of `createHash` and half
 * of `crypto.hash(..., 'buffer')` (Node 20), which matters as appends are two hashes each.
 */
const sha256Into: (data: Uint8Array, out: Buffer, at: number) => void =
  typeof crypto.hash === 'function'
    ? (data, out, at) => {
        // 'binary' is Node's alias of latin1: one char per byte.
        out.write(crypto.hash('sha256', data, 'binary'), at, 'latin1');
      }
    : (data, out, at) => {
        crypto.createHash('sha256').update(data).digest().copy(out, at);
      };

const sha256 = (data: Uint8Array): Buffer => {
  const out = Buffer.allocUnsafe(HASH_SIZE);
  sha256Into(data, out, 0);
  return out;
};

/** `Buffer.write` silently truncates, so make sure all 32 bytes fit. */
function checkTarget(out: Buffer, at: number): void {
  if (!(at >= 0 && at + HASH_SIZE <= out.length)) throw new RangeError('hash target out of range');
}

/** Entries up to this size are prefixed in the shared scratch buffer; bigger ones are streamed. */
const MAX_SCRATCH = 64 * 1024;
let leafScratch = Buffer.alloc(1024);
const LEAF_PREFIX = new Uint8Array([0x00]);
const nodeScratch = Buffer.alloc(1 + 2 * HASH_SIZE);
nodeScratch[0] = 0x01;

/** MTH of the empty tree, SHA-256 of the empty string (RFC 9162 §2.1.1). */
export const emptyRoot: Buffer = sha256(new Uint8Array(0));

/**
 * Leaf hash, RFC 9162 §2.1.1: `SHA-256(0x00 || bytes)`. The 0x00 prefix keeps leaves
 * and interior nodes in separate domains (second-preimage resistance).
 */
export function leafHash(bytes: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(HASH_SIZE);
  leafHashInto(bytes, out, 0);
  return out;
}

/** {@link leafHash} written into `out[at : at+32]` instead of a new buffer (for tree storage). */
export function leafHashInto(bytes: Uint8Array, out: Buffer, at: number): void {
  checkTarget(out, at);
  const n = bytes.length;
  if (n >= MAX_SCRATCH) {
    crypto.createHash('sha256').update(LEAF_PREFIX).update(bytes).digest().copy(out, at);
    return;
  }
  if (n + 1 > leafScratch.length) leafScratch = Buffer.alloc(Math.max(n + 1, leafScratch.length * 2));
  leafScratch[0] = 0x00;
  leafScratch.set(bytes, 1);
  sha256Into(leafScratch.subarray(0, n + 1), out, at);
}

/**
 * Interior node hash, RFC 9162 §2.1.1: `SHA-256(0x01 || left || right)`.
 * Both children must be 32-byte hashes.
 */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== HASH_SIZE || right.length !== HASH_SIZE) {
    throw new RangeError(`nodeHash: children must be ${HASH_SIZE}-byte hashes`);
  }
  nodeScratch.set(left, 1);
  nodeScratch.set(right, 1 + HASH_SIZE);
  return sha256(nodeScratch);
}

/**
 * {@link nodeHash} of two sibling hashes stored side by side, `src[from : from+64]` being
 * left || right, written into `out[at : at+32]` (for tree storage; `out` may be `src`).
 */
export function nodeHashInto(src: Buffer, from: number, out: Buffer, at: number): void {
  if (from < 0 || from + 2 * HASH_SIZE > src.length) throw new RangeError('nodeHashInto: children out of range');
  checkTarget(out, at);
  src.copy(nodeScratch, 1, from, from + 2 * HASH_SIZE);
  sha256Into(nodeScratch, out, at);
}

/**
 * The bytes a ledger entry is logged as: UTF-8 of the RFC 8785 (JCS) canonical JSON of
 * exactly `{kind, at, actor, subject, body}`, so that anyone re-serialising the entry gets
 * the same leaf hash. Extra properties on `entry` are not logged. `body` must be present
 * (use `null` for none): JSON has no `undefined`, and dropping the key silently would make
 * two different-looking entries hash alike.
 */
export function entryBytes(entry: LedgerEntry): Buffer {
  if (entry.body === undefined) throw new TypeError('ledger entry body must not be undefined (use null)');
  const { kind, at, actor, subject, body } = entry;
  const json = canonicalize({ kind, at, actor, subject, body });
  if (json === undefined) throw new TypeError('ledger entry is not serialisable as JSON');
  return Buffer.from(json, 'utf8');
}

/** Leaf hash of a ledger entry: {@link leafHash} of {@link entryBytes}. */
export function entryLeafHash(entry: LedgerEntry): Buffer {
  return leafHash(entryBytes(entry));
}
