import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { App, AppDeps } from '../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../http/openapi.ts';
import { clientAddress } from '../http/security.ts';
import { roles, signedIn } from './access.ts';
import * as auth from './auth.service.ts';
import { FailureLimiter } from './rate-limit.ts';
import {
  CreatedTokenSchema,
  IdParamSchema,
  LoggedInSchema,
  LoginSchema,
  MeSchema,
  NewTokenSchema,
  NewUserSchema,
  TokenSchema,
  TokensSchema,
  UserPatchSchema,
  UserSchema,
  UsersSchema,
} from './auth.dto.ts';

const tags = ['auth'];

const loginRoute = defineRoute({
  operationId: 'logIn',
  method: 'post',
  path: '/api/auth/login',
  tags,
  summary: 'Log in; sets an httpOnly session cookie',
  request: { body: jsonBody(LoginSchema) },
  errors: { 401: ['invalid_credentials'], 429: ['rate_limited'] },
  responses: { 200: jsonResponse(LoggedInSchema, 'Logged in') },
});
const logoutRoute = defineRoute({
  operationId: 'logOut',
  method: 'post',
  path: '/api/auth/logout',
  tags,
  summary: 'End the session',
  responses: { 204: { description: 'Logged out' } },
});
const meRoute = defineRoute({
  operationId: 'getCurrentUser',
  method: 'get',
  path: '/api/auth/me',
  tags,
  summary: 'Who is logged in (user null when nobody)',
  responses: { 200: jsonResponse(MeSchema, 'The current user') },
});
const listUsersRoute = defineRoute({
  operationId: 'listUsers',
  ...roles('admin'),
  method: 'get',
  path: '/api/users',
  tags: ['users'],
  summary: 'All accounts (admin)',
  responses: { 200: jsonResponse(UsersSchema, 'Accounts') },
});
const createUserRoute = defineRoute({
  operationId: 'createUser',
  ...roles('admin'),
  method: 'post',
  path: '/api/users',
  tags: ['users'],
  summary: 'Create an account (admin)',
  request: { body: jsonBody(NewUserSchema) },
  errors: { 400: ['participant_required', 'participant_not_allowed'], 409: ['already_exists'] },
  responses: { 201: jsonResponse(UserSchema, 'Created') },
});
const getUserRoute = defineRoute({
  operationId: 'getUser',
  ...roles('admin'),
  method: 'get',
  path: '/api/users/{id}',
  tags: ['users'],
  summary: 'One account (admin)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(UserSchema, 'The account') },
});
const updateUserRoute = defineRoute({
  operationId: 'updateUser',
  ...roles('admin'),
  method: 'patch',
  path: '/api/users/{id}',
  tags: ['users'],
  summary: 'Change role, binding, name, password or disable (admin)',
  request: { params: IdParamSchema, body: jsonBody(UserPatchSchema) },
  errors: { 400: ['participant_required', 'participant_not_allowed', 'cannot_demote_self'], 404: ['not_found'] },
  responses: { 200: jsonResponse(UserSchema, 'Updated') },
});
const listTokensRoute = defineRoute({
  operationId: 'listApiTokens',
  ...signedIn,
  method: 'get',
  path: '/api/tokens',
  tags: ['tokens'],
  summary: 'Your API tokens (never their secrets)',
  responses: { 200: jsonResponse(TokensSchema, 'Tokens') },
});
const createTokenRoute = defineRoute({
  operationId: 'createApiToken',
  ...signedIn,
  method: 'post',
  path: '/api/tokens',
  tags: ['tokens'],
  summary: 'Create an API token; its secret is shown this once',
  request: { body: jsonBody(NewTokenSchema) },
  responses: { 201: jsonResponse(CreatedTokenSchema, 'Created') },
});
const revokeTokenRoute = defineRoute({
  operationId: 'revokeApiToken',
  ...signedIn,
  method: 'delete',
  path: '/api/tokens/{id}',
  tags: ['tokens'],
  summary: 'Revoke an API token',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(TokenSchema, 'Revoked') },
});

/** Mounts login, logout, accounts and tokens; failed logins are counted per app, in memory. */
export function mountAuthRoutes(app: App, deps: AppDeps) {
  const loginLimiter = new FailureLimiter(deps.config.loginAttempts, deps.config.loginWindowSeconds * 1000);
  app.openapi(loginRoute, async (c) => {
    const input = c.req.valid('json');
    const { token, expiresAt, user } = await auth.login(c.var.db, loginLimiter, deps.config.sessionHours, {
      ...input,
      address: clientAddress(c),
    });
    setCookie(c, auth.SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.config.secureCookies,
      path: '/',
      expires: expiresAt,
    });
    const { disabled: _d, createdAt: _c, ...me } = user;
    return c.json({ user: me }, 200);
  });
  app.openapi(logoutRoute, async (c) => {
    const token = getCookie(c, auth.SESSION_COOKIE);
    if (token) await auth.logout(c.var.db, token);
    deleteCookie(c, auth.SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  app.openapi(meRoute, (c) => c.json({ user: c.var.actor }, 200));
  app.openapi(listUsersRoute, async (c) => c.json({ users: await auth.listUsers(c.var.db, c.var.actor) }, 200));
  app.openapi(createUserRoute, async (c) => c.json(await auth.createUser(c.var.db, c.var.actor, c.req.valid('json')), 201));
  app.openapi(getUserRoute, async (c) => c.json(await auth.getUser(c.var.db, c.var.actor, c.req.valid('param').id), 200));
  app.openapi(updateUserRoute, async (c) =>
    c.json(await auth.updateUser(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(listTokensRoute, async (c) => c.json({ tokens: await auth.listTokens(c.var.db, c.var.actor) }, 200));
  app.openapi(createTokenRoute, async (c) => c.json(await auth.createToken(c.var.db, c.var.actor, c.req.valid('json').name), 201));
  app.openapi(revokeTokenRoute, async (c) => c.json(await auth.revokeToken(c.var.db, c.var.actor, c.req.valid('param').id), 200));
}
