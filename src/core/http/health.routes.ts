import { z } from '@hono/zod-openapi';
import type { App, AppDeps } from './context.ts';
import { defineRoute, jsonResponse } from './openapi.ts';

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']),
    version: z.string(),
  })
  .openapi('Health');

// Its only 4XX is the shared 401 (a bearer token that matches no account), which defineRoute adds.
const health = defineRoute({
  operationId: 'getHealth',
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Liveness and which database is in use',
  responses: { 200: jsonResponse(HealthSchema, 'The server is up') },
});

export function mountHealthRoute(app: App, deps: AppDeps) {
  app.openapi(health, (c) => c.json({ status: 'ok' as const, database: deps.database.kind, version: deps.version }, 200));
}
