import { createRoute, z } from '@hono/zod-openapi';
import type { App, AppDeps } from './context.ts';
import { jsonResponse } from './openapi.ts';

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']),
    version: z.string(),
  })
  .openapi('Health');

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Liveness and which database is in use',
  responses: { 200: jsonResponse(HealthSchema, 'The server is up') },
});

export function mountHealthRoute(app: App, deps: AppDeps) {
  app.openapi(health, (c) => c.json({ status: 'ok' as const, database: deps.database.kind, version: deps.version }, 200));
}
