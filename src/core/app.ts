/**
 * The composition root of the HTTP app: the shared middleware in order, core's routes (health,
 * auth, states, log), then each module's manifest, the OpenAPI document and the web app. It sits
 * beside boot.ts, above http, auth, states and the ledger, so none of them needs to know the others.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { authenticate, checkCsrf } from './auth/auth.middleware.ts';
import { mountAuthRoutes } from './auth/auth.routes.ts';
import { AppError } from './errors.ts';
import type { App, AppDeps, AppEnv } from './http/context.ts';
import { errorBody, errorHandler, fromZodError, routeNotFound } from './http/errors.ts';
import { mountHealthRoute } from './http/health.routes.ts';
import { mountOpenApi } from './http/openapi.ts';
import { accessLog } from './http/request-log.ts';
import { compressWhenAccepted, requireUtf8Body, securityHeaders } from './http/security.ts';
import { mountWebApp } from './http/web-app.ts';
import { logReceipt } from './ledger/log-receipt.ts';
import { mountLogRoutes } from './ledger/log.routes.ts';
import type { ModuleManifest } from './module.ts';
import { mountStatesRoutes } from './states/states.routes.ts';

/** Builds the whole HTTP app: API, OpenAPI document, docs, and the web app. */
export function createApp(deps: AppDeps, modules: ModuleManifest[]): App {
  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw fromZodError(result.error, result.target === 'json' ? 'body' : result.target);
    },
  });
  app.onError(errorHandler(deps.logger));

  // Every response, the web app's and the docs' included.
  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  app.use('*', accessLog(deps.logger));
  app.use('*', securityHeaders({ hsts: deps.config.secureCookies }));
  app.use('*', compressWhenAccepted());

  app.use('/api/*', async (c, next) => {
    c.set('db', deps.database.db);
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.config.bodyLimit,
      onError: (c) => c.json(errorBody(new AppError('payload_too_large', `the body exceeds ${deps.config.bodyLimit} bytes`)), 413),
    }),
  );
  app.use('/api/*', authenticate);
  app.use('/api/*', checkCsrf);
  app.use('/api/*', requireUtf8Body);
  app.use('/api/*', logReceipt);

  mountHealthRoute(app, deps);
  mountAuthRoutes(app, deps);
  mountStatesRoutes(app);
  mountLogRoutes(app, deps.config);
  for (const module of modules) module.routes(app, deps);
  mountOpenApi(app, deps.version);

  // Every other path under /api, whatever its method or spelling (`/api/../x`), is the API's 404.
  app.all('/api/*', routeNotFound);
  app.all('/api', routeNotFound);
  mountWebApp(app);
  return app;
}
