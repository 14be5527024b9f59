import { z } from '@hono/zod-openapi';
import type { App } from '../http/context.ts';
import { defineRoute, jsonResponse } from '../http/openapi.ts';
import { getState, listStates } from './states.service.ts';

export const StateSchema = z
  .object({
    iso3: z.string().openapi({ example: 'KEN' }),
    name: z.string(),
    unMember: z.boolean(),
    region: z.string(),
    population: z.number().int().nullable(),
    populationYear: z.number().int().nullable(),
    gdpUsd: z.number().nullable(),
    gdpYear: z.number().int().nullable(),
  })
  .openapi('State');

const list = defineRoute({
  operationId: 'listStates',
  method: 'get',
  path: '/api/states',
  tags: ['states'],
  summary: 'The 195 reference states (public)',
  responses: { 200: jsonResponse(z.object({ states: z.array(StateSchema) }), 'States, by ISO code') },
});

const one = defineRoute({
  operationId: 'getState',
  method: 'get',
  path: '/api/states/{iso3}',
  tags: ['states'],
  summary: 'One state by ISO 3166-1 alpha-3 code (public)',
  request: {
    params: z.object({
      iso3: z
        .string()
        .regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code has three letters')
        .openapi({ param: { name: 'iso3', in: 'path' }, example: 'KEN' }),
    }),
  },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(StateSchema, 'The state') },
});

export function mountStatesRoutes(app: App) {
  app.openapi(list, async (c) => c.json({ states: await listStates(c.var.db) }, 200));
  app.openapi(one, async (c) => c.json(await getState(c.var.db, c.req.valid('param').iso3), 200));
}
