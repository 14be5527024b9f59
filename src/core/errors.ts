import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Stable machine-readable error codes and the HTTP status each maps to. */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  malformed_json: 400,
  unknown_field: 400,
  invalid_range: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  already_exists: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type KnownErrorCode = keyof typeof ERROR_STATUS;

/**
 * The one error type of Concord. Services throw it with a stable `code`;
 * the HTTP layer maps it to `{error:{code,message,details}}` and a status,
 * the CLI to one line on stderr and a non-zero exit.
 */
export class AppError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: string,
    message: string,
    options: { status?: ContentfulStatusCode; details?: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = options.status ?? (ERROR_STATUS as Record<string, ContentfulStatusCode>)[code] ?? 400;
    this.details = options.details;
  }
  readonly details: unknown;
}

export const notFound = (what: string, details?: unknown) => new AppError('not_found', `${what} not found`, { details });
export const forbidden = (message = 'you may not do this') => new AppError('forbidden', message);
export const conflict = (code: string, message: string, details?: unknown) => new AppError(code, message, { status: 409, details });
export const invalid = (code: string, message: string, details?: unknown) => new AppError(code, message, { status: 400, details });
