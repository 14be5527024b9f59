/**
 * The log's side of C2SP tlog-witness `add-checkpoint` (https://c2sp.org/tlog-witness): one POST
 * of `old <size>\n<proof lines>\n\n<signed checkpoint>` to `<submission prefix>/add-checkpoint`,
 * and what the witness answered. It verifies nothing: the cosigner checks the lines it returns.
 */

/** What a witness answered to add-checkpoint. */
export type WitnessAnswer =
  /** 200: the signature lines it returned (each newline-terminated), to be verified. */
  | { kind: 'cosigned'; lines: string[] }
  /** 409 with `text/x.tlog.size`: the size of the latest checkpoint it cosigned. */
  | { kind: 'conflict'; size: number };

/** A request that reached no useful answer: the witness was unreachable, slow, or refused it. */
export class WitnessRequestError extends Error {
  constructor(
    message: string,
    /** The HTTP status, or null when no answer came. */
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'WitnessRequestError';
  }
}

/** The most of a witness's answer read: a few cosignature lines are a few hundred bytes. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** The add-checkpoint body: old size line, base64 proof lines, an empty line, the signed checkpoint. */
export function addCheckpointBody(oldSize: number, proof: readonly Uint8Array[], signedCheckpoint: string): string {
  // The spec: at most 63 proof lines, none when the old size is zero.
  if (proof.length > 63) throw new RangeError('a consistency proof has at most 63 hashes');
  if (oldSize === 0 && proof.length > 0) throw new RangeError('the proof from size 0 is empty');
  const lines = [`old ${oldSize}`, ...proof.map((h) => Buffer.from(h).toString('base64'))];
  return `${lines.join('\n')}\n\n${signedCheckpoint}`;
}

/** POSTs an add-checkpoint body to the witness at `url` (its submission prefix), within `timeoutMs`. */
export async function addCheckpoint(url: string, body: string, timeoutMs: number): Promise<WitnessAnswer> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${url}/add-checkpoint`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    text = await readCapped(response);
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const reason = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.message);
    throw new WitnessRequestError(`unreachable: ${reason}`, null);
  }
  if (response.status === 200) {
    const lines = text.split('\n').slice(0, -1);
    if (!text.endsWith('\n') || lines.length === 0 || lines.some((l) => !l.startsWith('\u2014 '))) {
      throw new WitnessRequestError('answered 200 without signature lines', 200);
    }
    return { kind: 'cosigned', lines: lines.map((l) => `${l}\n`) };
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 409 && type.split(';')[0]?.trim() === 'text/x.tlog.size') {
    const size = /^(0|[1-9][0-9]*)\n$/.exec(text)?.[1];
    if (size !== undefined && Number.isSafeInteger(Number(size))) return { kind: 'conflict', size: Number(size) };
    throw new WitnessRequestError('answered 409 with a malformed size', 409);
  }
  const said = text.split('\n')[0]?.slice(0, 200).trim();
  throw new WitnessRequestError(`answered ${response.status}${said ? `: ${said}` : ''}`, response.status);
}

/** The answer's text, refused beyond {@link MAX_ANSWER_BYTES}. */
async function readCapped(response: Response): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    length += chunk.length;
    if (length > MAX_ANSWER_BYTES) throw new Error(`an answer longer than ${MAX_ANSWER_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
