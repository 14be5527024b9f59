import type { Context } from 'hono';
import { safeError, type Logger } from '../logger.ts';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { AppError } from '../errors.ts';
import { isUniqueViolation } from '../db/errors.ts';

/** The JSON shape of every error response. */
export const errorBody = (err: AppError) => ({
  error: { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) },
});

/** Turns a zod failure into one AppError: unknown fields get their own code. */
export function fromZodError(error: ZodError, where: string): AppError {
  const unknown = error.issues.find((i) => i.code === 'unrecognized_keys');
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  if (unknown && 'keys' in unknown) {
    return new AppError('unknown_field', `unknown field(s) in ${where}: ${unknown.keys.join(', ')}`, {
      details: issues,
    });
  }
  const [first] = issues;
  const what = first === undefined ? '' : `: ${first.path ? `${first.path}: ` : ''}${first.message}`;
  return new AppError('validation_failed', `invalid ${where}${what}`, { details: issues });
}

/**
 * Maps anything thrown in a handler to `{error:{code,message,details}}`. An
 * unexpected error is logged (without the SQL and its parameters, see
 * {@link safeError}) under the request id that the 500 body also carries, so
 * a user's report can be matched to the log line.
 */
export function errorHandler(logger: Logger) {
  return (err: Error, c: Context) => {
    if (err instanceof AppError) return c.json(errorBody(err), err.status);
    if (err instanceof HTTPException) {
      const status = err.status;
      const code =
        status === 400 && /json/i.test(err.message)
          ? 'malformed_json'
          : status === 413
            ? 'payload_too_large'
            : // A body of another media type than the route reads (the validator's refusal).
              status === 415
              ? 'unsupported_media_type'
              : 'bad_request';
      const message = code === 'malformed_json' ? 'the request body is not valid JSON' : err.message || 'bad request';
      return c.json(errorBody(new AppError(code, message)), status >= 400 && status < 500 ? status : 400);
    }
    // A race that two requests lose at the same unique index (say, two registrations of one key)
    // is the client's conflict, not a server fault.
    if (isUniqueViolation(err)) return c.json(errorBody(new AppError('already_exists', 'this conflicts with an existing record')), 409);
    const requestId = c.get('requestId') as string | undefined;
    logger.error({ reqId: requestId, route: c.req.routePath, error: safeError(err) }, 'unexpected error');
    const message = requestId ? `internal error (request ${requestId})` : 'internal error';
    return c.json(errorBody(new AppError('internal', message, { details: { requestId } })), 500);
  };
}

/** The API's answer to a path or method no route serves. */
export const routeNotFound = (c: Context) =>
  c.json(errorBody(new AppError('route_not_found', `no route ${c.req.method} ${c.req.path}`)), 404);
