import { createRoute, z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { errorResponses, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import { IdParamSchema } from './coalition.dto-parts.ts';
import { MilestonePatchSchema, MilestoneSchema, NewMilestoneSchema } from './roadmap.dto.ts';
import * as roadmap from './roadmap.service.ts';

const tags = ['coalition: roadmap'];

const list = createRoute({
  method: 'get',
  path: '/api/coalition/roadmap',
  tags,
  summary: 'Milestones by target date, with their linked events (public)',
  responses: { 200: jsonResponse(z.object({ milestones: z.array(MilestoneSchema) }), 'Roadmap') },
});
const create = createRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/milestones',
  tags,
  summary: 'Add a milestone (admin; logged)',
  request: { body: jsonBody(NewMilestoneSchema) },
  responses: { 201: jsonResponse(MilestoneSchema, 'Added'), ...errorResponses },
});
const update = createRoute({
  ...roles('admin'),
  method: 'patch',
  path: '/api/coalition/milestones/{id}',
  tags,
  summary: 'Change a milestone: status, date, linked events (admin; logged)',
  request: { params: IdParamSchema, body: jsonBody(MilestonePatchSchema) },
  responses: { 200: jsonResponse(MilestoneSchema, 'Changed'), ...errorResponses },
});
const remove = createRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/milestones/{id}',
  tags,
  summary: 'Remove a milestone (admin; logged)',
  request: { params: IdParamSchema },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});

export function mountRoadmapRoutes(app: App) {
  app.openapi(list, async (c) => c.json({ milestones: await roadmap.listMilestones(c.var.db) }, 200));
  app.openapi(create, async (c) => c.json(await roadmap.createMilestone(c.var.db, c.var.actor, c.req.valid('json')), 201));
  app.openapi(update, async (c) =>
    c.json(await roadmap.updateMilestone(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(remove, async (c) => {
    await roadmap.deleteMilestone(c.var.db, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
