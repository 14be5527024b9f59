/**
 * Checks the log in the browser with Web Crypto, trusting nothing the server
 * computed: the leaf hash from the entry's exact bytes, the RFC 9162 §2.1.3.2
 * audit path up to the checkpoint's root, and the checkpoint's Ed25519 signed
 * note against the published verifier key.
 */

const sha256 = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};

export const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
export const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** RFC 9162 leaf hash: SHA-256(0x00 ‖ entry bytes). */
export const leafHash = (bytes: Uint8Array) => sha256(concat(Uint8Array.of(0), bytes));
const nodeHash = (left: Uint8Array, right: Uint8Array) => sha256(concat(Uint8Array.of(1), left, right));

/** Root implied by an inclusion proof (RFC 9162 §2.1.3.2), or null when the path cannot fit. */
export async function rootFromInclusion(leaf: Uint8Array, index: number, size: number, path: Uint8Array[]): Promise<Uint8Array | null> {
  if (index >= size) return null;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = await nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}

export interface Checkpoint {
  origin: string;
  size: number;
  rootHash: Uint8Array;
  /** The signed text (body lines), and the signature lines after the blank line. */
  text: string;
  signatures: { name: string; bytes: Uint8Array }[];
}

/** Splits a C2SP signed-note checkpoint into its tree head and signatures. */
export function parseCheckpoint(note: string): Checkpoint {
  const split = note.indexOf('\n\n');
  if (split < 0) throw new Error('the checkpoint has no signature block');
  const text = note.slice(0, split + 1);
  const [origin, size, root] = text.split('\n');
  if (origin === undefined || size === undefined || root === undefined)
    throw new Error('the checkpoint lacks its origin, size or root line');
  const signatures = note
    .slice(split + 2)
    .split('\n')
    .filter((l) => l.startsWith('\u2014 '))
    .map((l) => {
      const [name, b64] = l.slice(2).split(' ');
      if (name === undefined || b64 === undefined) throw new Error(`malformed signature line in the checkpoint: ${l}`);
      return { name, bytes: fromBase64(b64) };
    });
  return { origin, size: Number(size), rootHash: fromBase64(root), text, signatures };
}

/**
 * Verifies the checkpoint's signature by the key `<name>+<hex id>+<base64(0x01 ‖ key)>`.
 * Returns 'unsupported' where the browser's Web Crypto lacks Ed25519.
 */
export async function verifyCheckpointSignature(cp: Checkpoint, verifierKey: string): Promise<boolean | 'unsupported'> {
  // The base64 key may itself hold '+', so split at the first two only.
  const [, name, id, b64] = /^([^+]+)\+([0-9a-f]{8})\+(.+)$/.exec(verifierKey.trim()) ?? [];
  if (name === undefined || id === undefined || b64 === undefined) return false;
  const keyBytes = fromBase64(b64);
  if (keyBytes[0] !== 1 || keyBytes.length !== 33) return false;
  const sig = cp.signatures.find((s) => s.name === name && toHex(s.bytes.slice(0, 4)) === id);
  if (!sig || sig.bytes.length !== 68) return false;
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('raw', keyBytes.slice(1) as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return 'unsupported';
  }
  return crypto.subtle.verify('Ed25519', key, sig.bytes.slice(4), new TextEncoder().encode(cp.text));
}

/** Same bytes? */
export const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
