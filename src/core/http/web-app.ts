import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import { isPagePath } from '../../../web/src/page-paths.ts';
import type { App } from './context.ts';
import { routeNotFound } from './errors.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Vite names every built asset by its content hash, so a URL under /assets/ never changes meaning. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * True when the client asked for a path under /api, as sent: a target like
 * `/api/users/../../etc/passwd` reaches the router already normalised, but its
 * sender spoke to the API and gets the API's JSON error.
 */
function askedForApi(c: Context): boolean {
  const raw = (c.env as { incoming?: { url?: string } } | undefined)?.incoming?.url ?? c.req.path;
  return /^\/api(\/|$)/.test(c.req.path) || /^\/api(\/|$|\?)/.test(raw);
}

/**
 * Serves the built React app: hashed assets with a year's cache, the other
 * files of web/dist (robots.txt, favicon.ico), and index.html for each page
 * path with `no-cache` (so a new release is picked up at once). Any other
 * path still gets the app, which shows its not-found page, but with HTTP 404.
 */
export function mountWebApp(app: App) {
  const root = path.relative(process.cwd(), WEB_DIST) || '.';
  // serveStatic builds its response before its onFound hook could add a header, so set it after.
  const cacheFor = (value: string) => async (c: Context, next: () => Promise<void>) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', value);
  };
  app.use('/assets/*', cacheFor(IMMUTABLE), serveStatic({ root }));
  app.get('/assets/*', (c) => c.text('Not found', 404));
  app.use('/*', cacheFor('no-cache'), serveStatic({ root }));
  app.get('/*', (c) => {
    if (askedForApi(c)) return routeNotFound(c);
    const index = path.join(WEB_DIST, 'index.html');
    if (!fs.existsSync(index)) return c.text('The web app is not built: run `npm run build:web`.', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(fs.readFileSync(index, 'utf8'), isPagePath(c.req.path) ? 200 : 404);
  });
  // Every other method on a path that is not the API's: the same JSON shape as the API's 404.
  app.notFound(routeNotFound);
}
