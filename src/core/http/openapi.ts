import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { App } from './context.ts';
import { LOG_ENTRIES_HEADER } from '../ledger/log-receipt.ts';

/** HTTP statuses an error can carry, each with the codes a route may answer with. */
export type ErrorCodes = Partial<Record<400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503, readonly string[]>>;

const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input',
  401: 'Not logged in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflicts with the current state',
  413: 'The body is too large',
  415: 'Unsupported media type',
  422: 'Well-formed but refused',
  429: 'Too many requests',
  500: 'Unexpected server error (the body carries the request id)',
  503: 'The database is unavailable',
};

/** The error body of one status, with the exact codes it may carry, so a client can switch on `code`. */
const errorSchema = (codes: readonly string[]) =>
  z
    .object({
      error: z
        .object({
          code: z.enum(codes as [string, ...string[]]),
          message: z.string().openapi({ description: 'Human-readable, in English; clients show `code` in their own language' }),
          details: z.unknown().optional().openapi({ description: 'What the code is about (the fields at fault, a retry delay, …)' }),
        })
        .strict(),
    })
    .strict();

/**
 * The errors every route can answer with because of the shared middleware and its own traits
 * (input to validate, a body, a signed-in caller, a state-changing method), merged with its own.
 */
function sharedErrorCodes(config: RouteConfig): ErrorCodes {
  const request = config.request ?? {};
  const hasInput = Boolean(request.params || request.query || request.body);
  const writes = config.method !== 'get' && config.method !== 'head';
  return {
    ...(hasInput ? { 400: ['validation_failed', 'unknown_field', ...(request.body ? ['malformed_json'] : [])] } : {}),
    // A bearer token that matches no account is refused even on a public route.
    401: ['unauthenticated'],
    ...(config.security?.length || writes
      ? { 403: [...(config.security?.length ? ['forbidden'] : []), ...(writes ? ['csrf_rejected'] : [])] }
      : {}),
    ...(writes ? { 413: ['payload_too_large'] } : {}),
    // A body sent as another media type than the route reads.
    ...(request.body ? { 415: ['unsupported_media_type'] } : {}),
    500: ['internal'],
  };
}

/** The documented error responses of a route: shared codes plus `own`, one schema per status. */
function errorResponsesFor(config: RouteConfig, own: ErrorCodes = {}): RouteConfig['responses'] {
  const shared = sharedErrorCodes(config);
  const statuses = [...new Set([...Object.keys(shared), ...Object.keys(own)].map(Number))].sort((a, b) => a - b);
  const responses: RouteConfig['responses'] = {};
  for (const status of statuses) {
    const codes = [...new Set([...(shared[status as keyof ErrorCodes] ?? []), ...(own[status as keyof ErrorCodes] ?? [])])];
    if (codes.length === 0) continue;
    responses[status] = {
      description: `${STATUS_DESCRIPTIONS[status] ?? 'Error'}: ${codes.map((c) => `\`${c}\``).join(', ')}`,
      content: { 'application/json': { schema: errorSchema(codes) } },
    };
  }
  return responses;
}

/**
 * createRoute with the route's errors documented: `errors` lists the codes its handler and service
 * may answer with, by status; the codes the shared middleware may answer with are added here, so the
 * document says every code a client can meet and the response test holds the server to it.
 */
export function defineRoute<const R extends RouteConfig>(config: R & { errors?: ErrorCodes }): R {
  const { errors, ...route } = config;
  const responses = route.method === 'get' ? route.responses : withLogReceipt(route.responses);
  return createRoute({ ...route, responses: { ...errorResponsesFor(route as R, errors), ...responses } } as R);
}

/** A write's success documents the header naming the log entries it appended (see ledger/log-receipt.ts). */
function withLogReceipt(responses: RouteConfig['responses']): RouteConfig['responses'] {
  const header = {
    description: 'The index (or ranges, `3,7-9`) of the transparency log entries this request appended; absent when it appended none',
    schema: { type: 'string' as const, pattern: '^\\d+(-\\d+)?(,\\d+(-\\d+)?)*$' },
  };
  const entries: [string, RouteConfig['responses'][string]][] = Object.entries(responses).map(([status, response]) =>
    status.startsWith('2') && !('$ref' in response)
      ? [status, { ...response, headers: { ...(response.headers as object), [LOG_ENTRIES_HEADER]: header } }]
      : [status, response],
  );
  return Object.fromEntries(entries);
}

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

/** The document's metadata: one place, so the served document and the generated web client agree. */
const documentInfo = (version: string): Parameters<App['getOpenAPI31Document']>[0] => ({
  openapi: '3.1.0',
  info: {
    title: 'Concord API',
    version,
    description: 'Coalition, constituent assembly and compute verification for a global AI treaty, over one public transparency log.',
    license: { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' },
  },
  servers: [{ url: '/', description: 'This server' }],
  security: [{ session: [] }, { token: [] }, {}],
});

/**
 * Marks every object schema that lists its properties as closed (`additionalProperties: false`):
 * request bodies because the server refuses unknown fields, responses because the server writes
 * them. A free-form value (a log entry's body, a revealed record) lists no properties and stays open.
 */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (node === null || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (schema.type === 'object' && schema.properties && !('additionalProperties' in schema)) schema.additionalProperties = false;
  Object.values(schema).forEach(closeObjects);
}

/** The OpenAPI 3.1 document of every route mounted on `app` so far. */
function openApiDocument(app: App, version: string) {
  const document = app.getOpenAPI31Document(documentInfo(version));
  closeObjects(document.paths);
  closeObjects(document.components);
  return document;
}

/** Serves the OpenAPI document and Swagger UI from the local package (no CDN). */
export function mountOpenApi(app: App, version: string) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'concord_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer' });
  // Built on first request, after every route is mounted, and then served as the same bytes.
  let documentText: string | undefined;
  app.get('/api/openapi.json', (c) => {
    documentText ??= JSON.stringify(openApiDocument(app, version));
    return c.body(documentText, 200, { 'content-type': 'application/json' });
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
