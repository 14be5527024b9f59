/**
 * The witness's `add-checkpoint` decision, C2SP tlog-witness (https://c2sp.org/tlog-witness):
 * the request body is parsed, the checkpoint's log signature checked, its consistency with the
 * latest checkpoint this witness cosigned for that origin verified (RFC 6962 §2.1.2, as RFC 9162
 * §2.1.4.2 words it), and the answer decided: a refusal with its status, or the cosignature line
 * and the new state that must be persisted before the answer is sent.
 *
 * Request body (every line newline-terminated):
 *
 *   old <size of the previous checkpoint, decimal, no leading zeroes>
 *   <zero to 63 consistency proof lines, one base64 hash each>
 *   <empty line>
 *   <the signed checkpoint note>
 *
 * Checks, in the spec's order: unknown origin 404; no trusted log signature verifies 403; old
 * size above the checkpoint's 400; old size not the stored size 409 (`text/x.tlog.size`, the
 * stored size); same size with another root 409; proof not verifying (or not empty from size 0)
 * 422. A body that does not parse is 400 before anything else, since its origin cannot be read.
 *
 * Pure: no I/O, no clock; the caller gives the stored state and the time.
 */
import { AppError } from '../../errors.ts';
import { openNote, parseCheckpoint, type Checkpoint, type VerifierKey } from '../checkpoint.ts';
import { cosign, type CosignerSigner } from '../cosignature.ts';
import { HASH_SIZE, emptyRoot } from '../hasher.ts';
import { verifyConsistency } from '../proof.ts';

/** The spec's cap on consistency proof lines. */
export const MAX_PROOF_LINES = 63;
/** Content type of the 409 answer that tells the client the witness's latest size. */
export const TLOG_SIZE_TYPE = 'text/x.tlog.size';

/** What the witness keeps per log: the latest checkpoint it cosigned. */
export interface CosignedCheckpoint {
  origin: string;
  size: number;
  rootHash: Buffer;
  /** The checkpoint body that was cosigned (origin, size, root and any extension lines). */
  body: string;
}

/** A parsed add-checkpoint request body. */
export interface AddCheckpointRequest {
  oldSize: number;
  proof: Buffer[];
  /** The signed checkpoint note, signature lines included. */
  note: string;
}

/** The witness's answer: status, content type and body; `record` when the checkpoint was accepted. */
export interface AddCheckpointAnswer {
  status: 200 | 400 | 403 | 404 | 409 | 422;
  contentType: string;
  body: string;
  /** The new latest checkpoint for its origin, to persist BEFORE the answer is sent. */
  record?: CosignedCheckpoint;
  /**
   * Set when a log-signed checkpoint was refused as inconsistent (409 with other roots, 422): the
   * spec lets the witness keep such requests, as they may prove the log misbehaved.
   */
  evidence?: { origin: string; code: string };
}

/** What the decision needs from its surroundings. */
export interface WitnessContext {
  signer: CosignerSigner;
  /** The log keys trusted per origin (a key's name is its log's origin; several allow rotation). */
  logKeys: ReadonlyMap<string, readonly VerifierKey[]>;
  /** The latest checkpoint cosigned for an origin, if any. */
  latest(origin: string): CosignedCheckpoint | undefined;
  /** Now, in POSIX seconds: the cosignature's timestamp. */
  now: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const bad = (message: string) => new AppError('malformed_request', message, { status: 400 });

function refusal(status: AddCheckpointAnswer['status'], code: string, message: string): AddCheckpointAnswer {
  return { status, contentType: JSON_TYPE, body: `${JSON.stringify({ error: { code, message } })}\n` };
}

/** Strict standard base64 (RFC 4648 §4, padded, canonical); null if `s` is not. */
function strictBase64(s: string): Buffer | null {
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return null;
  const b = Buffer.from(s, 'base64');
  return b.toString('base64') === s ? b : null;
}

/**
 * Parses an add-checkpoint body: the old size line, at most 63 proof lines of one 32-byte base64
 * hash each, an empty line, then the note (left to the signature check). Throws AppError
 * `malformed_request` (400) for anything else.
 */
export function parseAddCheckpoint(body: string): AddCheckpointRequest {
  const blank = body.indexOf('\n\n');
  if (blank < 0) throw bad('the body is an old size line, proof lines, an empty line, then the checkpoint');
  const [oldLine = '', ...proofLines] = body.slice(0, blank).split('\n');
  const old = /^old (0|[1-9][0-9]*)$/.exec(oldLine)?.[1];
  if (old === undefined || !Number.isSafeInteger(Number(old))) {
    throw bad('the first line must be "old <size>", a decimal with no leading zeroes');
  }
  if (proofLines.length > MAX_PROOF_LINES) throw bad(`at most ${MAX_PROOF_LINES} consistency proof lines are allowed`);
  const proof = proofLines.map((line, i) => {
    const hash = strictBase64(line);
    if (hash === null || hash.length !== HASH_SIZE) throw bad(`proof line ${i + 1} is not a base64 ${HASH_SIZE}-byte hash`);
    return hash;
  });
  const note = body.slice(blank + 2);
  if (note === '') throw bad('the checkpoint is missing after the empty line');
  return { oldSize: Number(old), proof, note };
}

/**
 * The log-signed checkpoint of `note` under one of `keys`, or the refusal: 403 when no trusted
 * key's signature verifies (unknown keys' signatures are ignored), 400 when the note or the
 * checkpoint in it does not parse.
 */
function openCheckpoint(
  note: string,
  keys: readonly VerifierKey[],
): { checkpoint: Checkpoint; body: string } | { refused: AddCheckpointAnswer } {
  let malformed: AppError | undefined;
  for (const key of keys) {
    let text: string;
    try {
      text = openNote(note, key);
    } catch (err) {
      if (err instanceof AppError && err.code === 'malformed_note') malformed = err;
      continue; // invalid_signature or unverified_note: another trusted key (a rotation) may still sign it
    }
    try {
      return { checkpoint: parseCheckpoint(text), body: text };
    } catch (err) {
      return { refused: refusal(400, 'malformed_checkpoint', (err as Error).message) };
    }
  }
  if (malformed) return { refused: refusal(400, 'malformed_note', malformed.message) };
  return { refused: refusal(403, 'unverified_checkpoint', 'no signature by a trusted key of this log verifies') };
}

/**
 * Decides an add-checkpoint request (C2SP tlog-witness, checks in the spec's order). On success
 * the answer's body is this witness's cosignature line and `record` the state to persist first.
 */
export function addCheckpoint(rawBody: string, ctx: WitnessContext): AddCheckpointAnswer {
  let request: AddCheckpointRequest;
  try {
    request = parseAddCheckpoint(rawBody);
  } catch (err) {
    return refusal(400, 'malformed_request', (err as Error).message);
  }
  const origin = request.note.slice(0, Math.max(0, request.note.indexOf('\n')));
  if (origin === '') return refusal(400, 'malformed_checkpoint', 'the checkpoint has no origin line');
  const keys = ctx.logKeys.get(origin);
  if (keys === undefined || keys.length === 0)
    return refusal(404, 'unknown_origin', `this witness does not witness the log ${JSON.stringify(origin)}`);

  const opened = openCheckpoint(request.note, keys);
  if ('refused' in opened) return opened.refused;
  const { checkpoint, body } = opened;
  const { oldSize, proof } = request;

  if (oldSize > checkpoint.size) {
    return refusal(400, 'old_size_too_large', `old size ${oldSize} is above the checkpoint size ${checkpoint.size}`);
  }
  const latest = ctx.latest(origin);
  const latestSize = latest?.size ?? 0;
  // Never cosigned: size 0, whose only root is the empty tree's.
  const latestRoot = latest?.rootHash ?? emptyRoot;
  if (oldSize !== latestSize) return { status: 409, contentType: TLOG_SIZE_TYPE, body: `${latestSize}\n` };

  const inconsistent = (status: 409 | 422, code: string, message: string): AddCheckpointAnswer => ({
    ...refusal(status, code, message),
    evidence: { origin, code },
  });
  if (oldSize === checkpoint.size && !checkpoint.rootHash.equals(latestRoot)) {
    return inconsistent(409, 'root_mismatch', `the checkpoint's root differs from the one cosigned at size ${oldSize}`);
  }
  // From size 0 the proof must be empty (every tree extends the empty one); otherwise RFC 6962 §2.1.2.
  const consistent =
    oldSize === 0 ? proof.length === 0 : verifyConsistency(oldSize, checkpoint.size, proof, latestRoot, checkpoint.rootHash);
  if (!consistent) {
    return inconsistent(422, 'inconsistent_checkpoint', `the consistency proof from size ${oldSize} to ${checkpoint.size} does not verify`);
  }

  return {
    status: 200,
    contentType: 'text/plain; charset=utf-8',
    body: cosign(body, ctx.signer, ctx.now),
    record: { origin, size: checkpoint.size, rootHash: checkpoint.rootHash, body },
  };
}
