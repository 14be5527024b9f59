/**
 * Route-level access: who may call a route at all, checked before the request's params, query
 * and body are validated, so a caller without the right credentials learns nothing about the
 * input's schema (401/403 before 400). In @hono/zod-openapi a route's `middleware` runs before
 * its validators.
 *
 * This is the coarse check only (signed in, or one of a set of roles; admin may do everything).
 * A check that depends on the record (a delegate for its own participant, an operator for its
 * own facility) stays in the service, and the services keep their own coarse checks too.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/context.ts';
import type { Role } from '../actor.ts';
import { requireActor, requireRole } from './permissions.ts';

/** The OpenAPI security requirement of a protected route: a session cookie or a bearer token, never anonymous. */
export const SIGNED_IN_SECURITY: Record<string, string[]>[] = [{ session: [] }, { token: [] }];

export interface RouteAccess {
  middleware: MiddlewareHandler<AppEnv>[];
  security: typeof SIGNED_IN_SECURITY;
}

const guard =
  (check: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => void): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    check(c);
    await next();
  };

/** Middleware: 401 `unauthenticated` unless someone is logged in. */
export const signedInMiddleware: MiddlewareHandler<AppEnv> = guard((c) => requireActor(c.var.actor));

/** Middleware: 401 unless logged in, 403 `forbidden` unless the actor holds one of `allowed` (or is admin). */
export const rolesMiddleware = (...allowed: Role[]): MiddlewareHandler<AppEnv> => guard((c) => requireRole(c.var.actor, ...allowed));

/** Spread into `createRoute({ ...signedIn, ... })`: any logged-in account. */
export const signedIn: RouteAccess = { middleware: [signedInMiddleware], security: SIGNED_IN_SECURITY };

/** Spread into `createRoute({ ...roles('staff'), ... })`: one of these roles, or admin. */
export const roles = (...allowed: Role[]): RouteAccess => ({ middleware: [rolesMiddleware(...allowed)], security: SIGNED_IN_SECURITY });
