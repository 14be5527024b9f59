import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { z, type RouteConfig } from '@hono/zod-openapi';
import type { App } from './context.ts';

/** The error response every route may give, for the OpenAPI document. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description });

/** The 4xx responses shared by routes, to spread into `responses`. */
export const errorResponses = {
  400: errorResponse('Invalid input'),
  401: errorResponse('Not logged in'),
  403: errorResponse('Not allowed'),
  404: errorResponse('Not found'),
  409: errorResponse('Conflicts with the current state'),
} satisfies RouteConfig['responses'];

/** Largest value of a Postgres integer column: a bigger id is refused as input, not left to fail in SQL. */
export const MAX_INT4 = 2_147_483_647;

/** A positive integer id in the path, `{id}` or `{name}`. */
export const pathId = (name = 'id') =>
  z.coerce
    .number()
    .int()
    .positive()
    .max(MAX_INT4)
    .openapi({ param: { name, in: 'path' }, example: 1 });

/** A required JSON request body, so a wrong content type is refused rather than skipped. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

/** A JSON response of `schema`. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

const require = createRequire(import.meta.url);
const swaggerDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Concord API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="docs"></div><script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs' });`;

/** Serves the OpenAPI document and Swagger UI from the local package (no CDN). */
export function mountOpenApi(app: App, version: string) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'concord_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer' });
  app.doc('/api/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'Concord API',
      version,
      description: 'Coalition, constituent assembly and compute verification for a global AI treaty, over one public transparency log.',
    },
    security: [{ session: [] }, { token: [] }, {}],
  });
  app.get('/api/docs', (c) => c.html(DOCS_PAGE));
  app.get('/api/docs/init.js', (c) => c.body(DOCS_INIT, 200, { 'content-type': 'text/javascript' }));
  for (const [file, type] of [
    ['swagger-ui.css', 'text/css'],
    ['swagger-ui-bundle.js', 'text/javascript'],
  ] as const) {
    app.get(`/api/docs/${file}`, (c) =>
      c.body(fs.readFileSync(path.join(swaggerDir, file)), 200, {
        'content-type': type,
        'cache-control': 'public, max-age=86400',
      }),
    );
  }
}
