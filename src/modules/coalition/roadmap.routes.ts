import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import { IdParamSchema } from './coalition.dto-parts.ts';
import { MilestonePatchSchema, MilestoneSchema, NewMilestoneSchema } from './roadmap.dto.ts';
import * as roadmap from './roadmap.service.ts';

const tags = ['coalition: roadmap'];

const list = defineRoute({
  method: 'get',
  path: '/api/coalition/roadmap',
  operationId: 'listRoadmapMilestones',
  tags,
  summary: 'Milestones by target date, with their linked events (public)',
  responses: { 200: jsonResponse(z.object({ milestones: z.array(MilestoneSchema) }), 'Roadmap') },
});
const create = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/milestones',
  operationId: 'createRoadmapMilestone',
  tags,
  summary: 'Add a milestone (admin; logged)',
  request: { body: jsonBody(NewMilestoneSchema) },
  errors: { 400: ['unknown_event'] },
  responses: { 201: jsonResponse(MilestoneSchema, 'Added') },
});
const update = defineRoute({
  ...roles('admin'),
  method: 'patch',
  path: '/api/coalition/milestones/{id}',
  operationId: 'updateRoadmapMilestone',
  tags,
  summary: 'Change a milestone: status, date, linked events (admin; logged)',
  request: { params: IdParamSchema, body: jsonBody(MilestonePatchSchema) },
  errors: { 400: ['unknown_event'], 404: ['not_found'] },
  responses: { 200: jsonResponse(MilestoneSchema, 'Changed') },
});
const remove = defineRoute({
  ...roles('admin'),
  method: 'delete',
  path: '/api/coalition/milestones/{id}',
  operationId: 'deleteRoadmapMilestone',
  tags,
  summary: 'Remove a milestone (admin; logged)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 204: { description: 'Removed' } },
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
