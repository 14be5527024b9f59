/**
 * The access middleware every `/api` request passes: who is asking ({@link authenticate}), and,
 * for a browser session, whether the request comes from Concord's own pages ({@link checkCsrf}).
 * What a route lets that actor do is {@link ./access.ts}'s and the services'.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/context.ts';
import { actorForSession, actorForToken, SESSION_COOKIE } from './auth.service.ts';

/** Resolves the actor from a bearer token or, failing that, the session cookie. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('actor', null);
  c.set('authVia', null);
  const header = c.req.header('authorization');
  if (header) {
    const [, token] = /^Bearer\s+(\S+)$/i.exec(header) ?? [];
    const actor = token === undefined ? null : await actorForToken(c.var.db, token);
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
