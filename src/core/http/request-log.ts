import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../logger.ts';
import type { AppEnv } from './context.ts';

/**
 * One JSON line per request: method, the route pattern that answered (never
 * the raw path or its query string, which can carry tokens or e-mail
 * addresses), status, duration and the request id the client also sees in
 * `X-Request-Id`. Bodies are never logged.
 */
export function accessLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        reqId: c.var.requestId,
        method: c.req.method,
        route: routePath(c) || null,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}
