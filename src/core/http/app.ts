import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { AppError } from '../errors.ts';
import type { ModuleManifest } from '../module.ts';
import { mountAuthRoutes } from '../auth/auth.routes.ts';
import { mountStatesRoutes } from '../states/states.routes.ts';
import { mountLogRoutes } from '../ledger/log.routes.ts';
import { mountHealthRoute } from './health.routes.ts';
import { authenticate, checkCsrf } from './security.ts';
import { errorBody, fromZodError, handleError } from './errors.ts';
import { mountOpenApi } from './openapi.ts';
import type { App, AppDeps, AppEnv } from './context.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Builds the whole HTTP app: API, OpenAPI document, docs, and the web app. */
export function createApp(deps: AppDeps, modules: ModuleManifest[]): App {
  const app: App = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw fromZodError(result.error, result.target === 'json' ? 'body' : result.target);
    },
  });
  app.onError(handleError);

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

  mountHealthRoute(app, deps);
  mountAuthRoutes(app, deps);
  mountStatesRoutes(app);
  mountLogRoutes(app);
  for (const module of modules) module.routes(app, deps);
  mountOpenApi(app, deps.version);

  app.all('/api/*', (c) => c.json(errorBody(new AppError('route_not_found', `no route ${c.req.method} ${c.req.path}`)), 404));
  mountWebApp(app);
  return app;
}

/** Serves the built React app, and its index.html for client-side routes. */
function mountWebApp(app: App) {
  const root = path.relative(process.cwd(), WEB_DIST) || '.';
  app.use('/*', serveStatic({ root }));
  app.get('/*', (c) => {
    const index = path.join(WEB_DIST, 'index.html');
    if (!fs.existsSync(index)) return c.text('The web app is not built: run `npm run build:web`.', 503);
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}
