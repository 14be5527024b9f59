import { createRoute, z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { errorResponses, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import { IdParamSchema } from './coalition.dto-parts.ts';
import {
  InteractionSchema,
  NewInteractionSchema,
  NewTargetSchema,
  OutreachSummarySchema,
  OverdueSchema,
  StageMoveSchema,
  TargetDetailSchema,
  TargetListQuerySchema,
  TargetPatchSchema,
  TargetSchema,
} from './outreach.dto.ts';
import * as outreach from './outreach.service.ts';

const tags = ['coalition: outreach (admin, staff)'];

const list = createRoute({
  ...roles('staff'),
  method: 'get',
  path: '/api/coalition/outreach/targets',
  tags,
  summary: 'Outreach targets, highest priority first; filter by stage or country (admin, staff)',
  request: { query: TargetListQuerySchema },
  responses: { 200: jsonResponse(z.object({ targets: z.array(TargetSchema) }), 'Targets'), ...errorResponses },
});
const create = createRoute({
  ...roles('staff'),
  method: 'post',
  path: '/api/coalition/outreach/targets',
  tags,
  summary: 'Add a target; it starts as identified (admin, staff)',
  request: { body: jsonBody(NewTargetSchema) },
  responses: { 201: jsonResponse(TargetSchema, 'Added'), ...errorResponses },
});
const one = createRoute({
  ...roles('staff'),
  method: 'get',
  path: '/api/coalition/outreach/targets/{id}',
  tags,
  summary: 'A target with its interactions and stage history (admin, staff)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(TargetDetailSchema, 'The target'), ...errorResponses },
});
const update = createRoute({
  ...roles('staff'),
  method: 'patch',
  path: '/api/coalition/outreach/targets/{id}',
  tags,
  summary: 'Change a target’s details (admin, staff); its stage moves through …/stage',
  request: { params: IdParamSchema, body: jsonBody(TargetPatchSchema) },
  responses: { 200: jsonResponse(TargetSchema, 'Changed'), ...errorResponses },
});
const remove = createRoute({
  ...roles('staff'),
  method: 'delete',
  path: '/api/coalition/outreach/targets/{id}',
  tags,
  summary: 'Delete a target and its history (admin, staff)',
  request: { params: IdParamSchema },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});
const interact = createRoute({
  ...roles('staff'),
  method: 'post',
  path: '/api/coalition/outreach/targets/{id}/interactions',
  tags,
  summary: 'Record an interaction, with the next action and its date (admin, staff)',
  request: { params: IdParamSchema, body: jsonBody(NewInteractionSchema) },
  responses: { 201: jsonResponse(InteractionSchema, 'Recorded'), ...errorResponses },
});
const stage = createRoute({
  ...roles('staff'),
  method: 'post',
  path: '/api/coalition/outreach/targets/{id}/stage',
  tags,
  summary: 'Move a target to a stage: identified → contacted → engaged → supportive → committed, or declined (admin, staff)',
  request: { params: IdParamSchema, body: jsonBody(StageMoveSchema) },
  responses: { 200: jsonResponse(TargetSchema, 'Moved'), ...errorResponses },
});
const overdue = createRoute({
  ...roles('staff'),
  method: 'get',
  path: '/api/coalition/outreach/overdue',
  tags,
  summary: 'Next actions past their date on open targets, most overdue first (admin, staff)',
  responses: { 200: jsonResponse(OverdueSchema, 'Overdue actions'), ...errorResponses },
});
const summary = createRoute({
  ...roles('staff'),
  method: 'get',
  path: '/api/coalition/outreach/summary',
  tags,
  summary: 'Targets by stage and by country (admin, staff)',
  responses: { 200: jsonResponse(OutreachSummarySchema, 'Counts'), ...errorResponses },
});

export function mountOutreachRoutes(app: App, env: CoalitionEnv) {
  app.openapi(list, async (c) => c.json({ targets: await outreach.listTargets(c.var.db, c.var.actor, c.req.valid('query')) }, 200));
  app.openapi(create, async (c) => c.json(await outreach.createTarget(c.var.db, c.var.actor, c.req.valid('json'), env), 201));
  app.openapi(one, async (c) => c.json(await outreach.getTarget(c.var.db, c.var.actor, c.req.valid('param').id), 200));
  app.openapi(update, async (c) =>
    c.json(await outreach.updateTarget(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(remove, async (c) => {
    await outreach.deleteTarget(c.var.db, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(interact, async (c) =>
    c.json(await outreach.addInteraction(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json'), env), 201),
  );
  app.openapi(stage, async (c) =>
    c.json(await outreach.moveStage(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json').stage, env), 200),
  );
  app.openapi(overdue, async (c) => c.json({ overdue: await outreach.overdueActions(c.var.db, c.var.actor, env) }, 200));
  app.openapi(summary, async (c) => c.json(await outreach.outreachSummary(c.var.db, c.var.actor), 200));
}
