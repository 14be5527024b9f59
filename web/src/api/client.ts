import createClient from 'openapi-fetch';
import type { paths } from './openapi.gen.ts';
import type { ErrorBody, Health, InclusionProof, LogEntry, State, User } from './types.ts';

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

/** Turns a failed response into an ApiError, whatever its body holds. */
async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body)) return new ApiError(body.error.code, body.error.message, response.status, body.error.details);
  return new ApiError('http_error', `the server answered ${response.status} ${response.statusText}`.trim(), response.status);
}

/**
 * Sends a same-origin request (the session cookie rides along; the browser adds
 * the Origin header the server's CSRF check wants) and returns the response,
 * throwing ApiError for any non-2xx answer or a network failure.
 */
async function send(method: string, path: string, body?: unknown): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError('network_error', 'the server cannot be reached', 0, cause);
  }
  if (!response.ok) throw await toApiError(response);
  return response;
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

/** @deprecated Untyped JSON request; use {@link http} with {@link data}. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** Plain-text GET, e.g. the log checkpoint. */
export async function requestText(path: string): Promise<string> {
  return (await send('GET', path)).text();
}

/** The endpoints the web app uses, one function each. */
export const api = {
  login: (email: string, password: string) => request<{ user: User }>('POST', '/api/auth/login', { email, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  me: () => request<{ user: User | null }>('GET', '/api/auth/me'),
  states: () => request<{ states: State[] }>('GET', '/api/states'),
  health: () => request<Health>('GET', '/api/health'),
  checkpoint: () => requestText('/api/log/checkpoint'),
  logKey: () => requestText('/api/log/key'),
  logEntries: (start: number, end: number) => request<{ entries: LogEntry[] }>('GET', `/api/log/entries?start=${start}&end=${end}`),
  inclusionProof: (index: number, size: number) => request<InclusionProof>('GET', `/api/log/proof/inclusion?index=${index}&size=${size}`),
};
