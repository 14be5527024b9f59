/**
 * The browser's side of a challenge answer: the commitment a private record and its salt open,
 * computed exactly as the server (src/modules/verification/commitment.ts) and the CLI's
 * `concord facility commit` do — SHA-256 over the UTF-8 bytes of the record's RFC 8785 canonical
 * JSON followed by the 32 salt bytes — with Web Crypto, so the operator sees whether the files
 * open the stored commitment before anything is sent.
 */
import canonicalize from 'canonicalize';

/** Salt length in bytes, as the server's SALT_BYTES. */
export const SALT_BYTES = 32;

/** The 32 bytes of a salt file's hex (surrounding whitespace and a final newline allowed, as the CLI writes it), or null. */
export function saltBytes(text: string): Uint8Array | null {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return null;
  const bytes = new Uint8Array(SALT_BYTES);
  for (let i = 0; i < SALT_BYTES; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const toHex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Lower-case hex SHA-256(canonical(record) ‖ salt); throws when the record has no JSON form or the salt is not 32 bytes. */
export async function commitmentOf(record: unknown, salt: Uint8Array): Promise<string> {
  if (salt.length !== SALT_BYTES) throw new RangeError(`salt must be ${SALT_BYTES} bytes`);
  const text = canonicalize(record);
  if (text === undefined) throw new TypeError('value has no JSON form');
  const canonical = new TextEncoder().encode(text);
  const joined = new Uint8Array(canonical.length + salt.length);
  joined.set(canonical, 0);
  joined.set(salt, canonical.length);
  return toHex(await crypto.subtle.digest('SHA-256', joined));
}

/** What checking a record file and a salt file against a workload's commitment found. */
export type Opening =
  | { kind: 'opens'; record: Record<string, unknown>; salt: string }
  | { kind: 'does-not-open'; computed: string }
  | { kind: 'bad-record' }
  | { kind: 'bad-salt' };

/** Whether the record file's text and the salt file's text open `commitment`; computed here, nothing sent. */
export async function checkOpening(recordText: string, saltText: string, commitment: string): Promise<Opening> {
  let record: unknown;
  try {
    record = JSON.parse(recordText);
  } catch {
    return { kind: 'bad-record' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { kind: 'bad-record' };
  const salt = saltBytes(saltText);
  if (!salt) return { kind: 'bad-salt' };
  let computed: string;
  try {
    computed = await commitmentOf(record, salt);
  } catch {
    return { kind: 'bad-record' };
  }
  if (computed !== commitment.toLowerCase()) return { kind: 'does-not-open', computed };
  return { kind: 'opens', record: record as Record<string, unknown>, salt: saltText.trim().toLowerCase() };
}

/** The figures the server checks a revealed record against (challenge-answer.ts's CHECKED_FIELDS). */
const CHECKED_FIELDS = ['acceleratorHours', 'utilization', 'class', 'runId'] as const;

const sameNumber = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The server's other checks of an answer, done here before sending: the problems (`class-mismatch`,
 * …) a record that opens its commitment would still fail with, because its figures differ from
 * the declared workload's.
 */
export function figureMismatches(
  record: Record<string, unknown>,
  declared: { acceleratorHours: number; utilization: number; class: string; runId: string | null },
): string[] {
  return CHECKED_FIELDS.filter((field) => {
    if (field === 'acceleratorHours' || field === 'utilization') return !sameNumber(record[field], declared[field]);
    if (field === 'runId') return (record.runId ?? undefined) !== (declared.runId ?? undefined);
    return record[field] !== declared[field];
  }).map((field) => `${field}-mismatch`);
}
