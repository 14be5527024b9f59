/**
 * The witness's HTTP server (C2SP tlog-witness): `POST /add-checkpoint` and nothing else, over
 * node:http with keep-alive. Each request's check and the persisting of its checkpoint run in the
 * state's queue ({@link WitnessState.exclusive}), and the cosignature is sent only once the new
 * state is on disk. Refusals carry `{"error":{"code","message"}}` except the spec's 409
 * `text/x.tlog.size` answer, whose body is the witness's latest size.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { VerifierKey } from '../checkpoint.ts';
import type { CosignerSigner } from '../cosignature.ts';
import { addCheckpoint, type AddCheckpointAnswer } from './add-checkpoint.ts';
import { WitnessState } from './witness-state.ts';

/** Largest request body accepted: 63 proof lines and a checkpoint with many signatures fit well within. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface WitnessOptions {
  signer: CosignerSigner;
  /** Trusted log verifier keys; each key's name is the origin of the log it signs. */
  logKeys: readonly VerifierKey[];
  /** Where the state is kept (created 0700 if missing). */
  dataDir: string;
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1: a witness is meant to sit behind a TLS front. */
  host?: string;
  /** POSIX seconds, for the cosignature's timestamp (tests pass their own). */
  now?: () => number;
}

export interface RunningWitness {
  /** `http://host:port`, the submission prefix (add `/add-checkpoint`). */
  url: string;
  port: number;
  state: WitnessState;
  /** Stops accepting, waits for requests in flight, releases the data directory. */
  close(): Promise<void>;
}

/** Groups keys by the origin they sign for (several keys of one origin: a key rotation). */
export function keysByOrigin(keys: readonly VerifierKey[]): Map<string, VerifierKey[]> {
  const byOrigin = new Map<string, VerifierKey[]>();
  for (const key of keys) byOrigin.set(key.name, [...(byOrigin.get(key.name) ?? []), key]);
  return byOrigin;
}

function send(
  res: http.ServerResponse,
  answer: Pick<AddCheckpointAnswer, 'status' | 'contentType' | 'body'>,
  headers: Record<string, string> = {},
) {
  res.writeHead(answer.status, { 'content-type': answer.contentType, 'cache-control': 'no-store', ...headers });
  res.end(answer.body);
}

function error(status: number, code: string, message: string) {
  return { status, contentType: 'application/json; charset=utf-8', body: `${JSON.stringify({ error: { code, message } })}\n` } as Pick<
    AddCheckpointAnswer,
    'status' | 'contentType' | 'body'
  >;
}

/** Reads the body up to {@link MAX_BODY_BYTES}; null when it is longer. */
async function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_BODY_BYTES) return null;
  const chunks: Buffer[] = [];
  let length = 0;
  // Not destroyed on an early return: the 413 answer still has to go out on this socket.
  for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Starts a witness on `host:port`; resolves once it listens. */
export async function startWitness(options: WitnessOptions): Promise<RunningWitness> {
  const { signer, dataDir, port = 0, host = '127.0.0.1', now = () => Math.floor(Date.now() / 1000) } = options;
  const logKeys = keysByOrigin(options.logKeys);
  const state = await WitnessState.open(dataDir);

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://witness');
    if (url.pathname !== '/add-checkpoint')
      return send(res, error(404, 'route_not_found', 'this witness serves POST /add-checkpoint only'));
    if (req.method !== 'POST') return send(res, error(405, 'method_not_allowed', 'add-checkpoint takes POST'), { allow: 'POST' });
    const bytes = await readBody(req);
    if (bytes === null) {
      // Answer without reading the rest, and do not keep a connection with unread bytes on it.
      res.shouldKeepAlive = false;
      return send(res, error(413, 'payload_too_large', `the body is limited to ${MAX_BODY_BYTES} bytes`));
    }
    let body: string;
    try {
      body = utf8.decode(bytes);
    } catch {
      return send(res, error(400, 'malformed_request', 'the body is not UTF-8'));
    }
    const answer = await state.exclusive(async () => {
      const decided = addCheckpoint(body, { signer, logKeys, latest: (origin) => state.latest(origin), now: now() });
      // Persisted before the answer leaves: a cosignature is never given for a state that could be lost.
      if (decided.record) await state.record(decided.record);
      return decided;
    });
    if (answer.evidence) await state.keepEvidence({ ...answer.evidence, at: now(), body }).catch(() => undefined);
    send(res, answer);
  };

  const server = http.createServer({ keepAlive: true, requestTimeout: 30_000 }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, error(500, 'internal', 'the witness could not record the checkpoint'));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (err: unknown) => {
    await state.close();
    throw err;
  });

  const bound = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${bound}`,
    port: bound,
    state,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await state.close();
    },
  };
}
