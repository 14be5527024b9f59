import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { actorForSession, actorForToken, SESSION_COOKIE } from '../auth/auth.service.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './context.ts';

/** Resolves the actor from a bearer token or, failing that, the session cookie. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('actor', null);
  c.set('authVia', null);
  const header = c.req.header('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match ? await actorForToken(c.var.db, match[1]) : null;
    if (!actor) throw new AppError('unauthenticated', 'the API token is invalid or revoked');
    c.set('actor', actor);
    c.set('authVia', 'token');
  } else {
    const session = getCookie(c, SESSION_COOKIE);
    const actor = session ? await actorForSession(c.var.db, session) : null;
    if (actor) {
      c.set('actor', actor);
      c.set('authVia', 'cookie');
    }
  }
  await next();
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie sessions: a state-changing request must come from
 * our own origin (Origin header, or Sec-Fetch-Site for browsers that omit it).
 * A cross-site Origin is refused even before login, against login CSRF.
 * Bearer-token requests carry no ambient credential and are exempt.
 */
export const checkCsrf: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method) || c.var.authVia === 'token') return next();
  const origin = c.req.header('origin');
  const fetchSite = c.req.header('sec-fetch-site');
  const sameOrigin = origin ? origin === new URL(c.req.url).origin : fetchSite ? fetchSite === 'same-origin' : null;
  if (sameOrigin === false || (sameOrigin === null && c.var.authVia === 'cookie')) {
    throw new AppError('csrf_rejected', 'cross-site request refused: send it from the Concord origin or use an API token');
  }
  return next();
};

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
