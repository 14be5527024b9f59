import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../errors.ts';
import type { AppEnv } from './context.ts';

/** The client's address for rate limiting; in-process requests have none. */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Headers that keep the pages from being framed, sniffed or fed foreign
 * scripts. The policy allows this origin only: no inline script, no eval;
 * inline *styles* stay allowed because the chart library and Swagger UI set
 * them (a style cannot run code). HSTS only when served behind TLS.
 */
export function securityHeaders(options: { hsts: boolean }): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: true,
    // 'same-origin' keeps the Origin header on our own form posts (CSRF check) and sends nothing elsewhere.
    referrerPolicy: 'same-origin',
    strictTransportSecurity: options.hsts ? 'max-age=31536000; includeSubDomains' : false,
  });
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A JSON body must be valid UTF-8 (RFC 8259 §8.1). The platform's decoder
 * would quietly turn bad bytes into U+FFFD, and a permanent log entry would
 * then read `\ufffd\ufffd…` where the client sent something else: refuse it.
 * The bytes read here are cached by Hono for the validator that follows.
 */
export const requireUtf8Body: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (BODY_METHODS.has(c.req.method) && /^application\/(.+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
    const bytes = await c.req.arrayBuffer();
    try {
      strictUtf8.decode(bytes);
    } catch {
      throw new AppError('malformed_json', 'the request body is not valid UTF-8');
    }
  }
  return next();
};
