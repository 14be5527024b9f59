import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalBytes } from './report-signing.ts';

/** Salt length in bytes: 32, so a commitment to a guessable record cannot be opened by trying records. */
export const SALT_BYTES = 32;

/** A commitment to a private workload record and the salt that opens it (both lower-case hex). */
export interface Commitment {
  commitment: string;
  salt: string;
}

/** SHA-256(canonicalBytes(record) ‖ salt): the hiding, binding commitment a report carries per workload. */
export function commitmentOf(record: unknown, salt: Uint8Array): Buffer {
  if (salt.length !== SALT_BYTES) throw new RangeError(`salt must be ${SALT_BYTES} bytes`);
  return createHash('sha256').update(canonicalBytes(record)).update(salt).digest();
}

/**
 * Commits to a private record. The salt defaults to 32 fresh random bytes; pass one to reproduce a
 * commitment (the simulator derives salts from its seed).
 */
export function makeCommitment(record: unknown, salt: Uint8Array = randomBytes(SALT_BYTES)): Commitment {
  return { commitment: commitmentOf(record, salt).toString('hex'), salt: Buffer.from(salt).toString('hex') };
}

const HEX_32 = /^[0-9a-fA-F]{64}$/;

/**
 * Whether (record, salt) opens the commitment. Compares digests in constant time; a malformed salt
 * or commitment (not 64 hex characters) or a record with no canonical form is simply false.
 */
export function checkCommitment(record: unknown, saltHex: string, commitmentHex: string): boolean {
  if (!HEX_32.test(saltHex) || !HEX_32.test(commitmentHex)) return false;
  let actual: Buffer;
  try {
    actual = commitmentOf(record, Buffer.from(saltHex, 'hex'));
  } catch {
    return false; // a record with no RFC 8785 form (NaN, lone surrogate, …) opens nothing
  }
  return timingSafeEqual(actual, Buffer.from(commitmentHex, 'hex'));
}
