import createClient from 'openapi-fetch';
import type { paths } from './openapi.gen.ts';
import type { ErrorBody } from './types.ts';

export type * from './types.ts';
export type { components, paths } from './openapi.gen.ts';

/** An API failure: the server's stable error `code` and message, and the HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as ErrorBody | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

/**
 * The typed client of the whole API, generated from the server's OpenAPI document (see
 * web/scripts/api-types.ts): paths, parameters, bodies and answers are checked by tsc. Same-origin,
 * so the session cookie rides along and the browser adds the Origin header the CSRF check wants.
 */
export const http = createClient<paths>({ credentials: 'same-origin', headers: { accept: 'application/json' } });

/**
 * The data of a successful answer from {@link http}, or an ApiError carrying the server's `code`
 * (or `network_error` when the server cannot be reached):
 * `const { campaigns } = await data(http.GET('/api/coalition/campaigns'))`.
 */
export async function data<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let answer: Awaited<typeof pending>;
  try {
    answer = await pending;
  } catch (cause) {
    throw new ApiError('network_error', 'the server cannot be reached', 0, cause);
  }
  const { response } = answer;
  if (!response.ok) {
    const body = answer.error;
    if (isErrorBody(body)) throw new ApiError(body.error.code, body.error.message, response.status, body.error.details);
    throw new ApiError('http_error', `the server answered ${response.status} ${response.statusText}`.trim(), response.status);
  }
  return answer.data as T;
}

/** The transparency log entries a write appended, from its `Concord-Log-Entries` header (`42`, `42-81`, `3,7-9`). */
export interface LogReceipt {
  first: number;
  last: number;
  count: number;
}

/** Reads the `Concord-Log-Entries` header of a write's answer; null when it appended nothing. */
export function logReceiptOf(response: Response): LogReceipt | null {
  const header = response.headers.get('Concord-Log-Entries');
  if (!header) return null;
  const indices = header.split(',').flatMap((range) => {
    const [from, to = from] = range.split('-').map(Number);
    return from === undefined || to === undefined ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
  if (indices.length === 0) return null;
  return { first: Math.min(...indices), last: Math.max(...indices), count: indices.length };
}

/**
 * Like {@link data}, for a write: its data and the log entries it appended, which a page shows as
 * a receipt linked to the Log page. `const { data, receipt } = await acted(http.POST(...))`.
 */
export async function acted<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; receipt: LogReceipt | null }> {
  let response: Response | undefined;
  const result = await data(pending.then((answer) => ((response = answer.response), answer)));
  return { data: result, receipt: response ? logReceiptOf(response) : null };
}

const asText = { parseAs: 'text', headers: { accept: 'text/plain' } } as const;

/** The endpoints the shared pages use, one function each, over the typed client. */
export const api = {
  login: (email: string, password: string) => data(http.POST('/api/auth/login', { body: { email, password } })),
  logout: () => data(http.POST('/api/auth/logout')),
  me: () => data(http.GET('/api/auth/me')),
  states: () => data(http.GET('/api/states')),
  health: () => data(http.GET('/api/health')),
  checkpoint: () => data(http.GET('/api/log/checkpoint', asText)),
  logKey: () => data(http.GET('/api/log/key', asText)),
  logEntries: (start: number, end: number) =>
    data(http.GET('/api/log/entries', { params: { query: { start: String(start), end: String(end) } } })),
  inclusionProof: (index: number, size: number) =>
    data(http.GET('/api/log/proof/inclusion', { params: { query: { index: String(index), size: String(size) } } })),
};
