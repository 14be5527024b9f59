import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
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

const list = defineRoute({
  ...roles('staff'),
  method: 'get',
  path: '/api/coalition/outreach/targets',
  operationId: 'listOutreachTargets',
  tags,
  summary: 'Outreach targets, highest priority first; filter by stage or country (admin, staff)',
  request: { query: TargetListQuerySchema },
  responses: { 200: jsonResponse(z.object({ targets: z.array(TargetSchema) }), 'Targets') },
});
const create = defineRoute({
  ...roles('staff'),
  method: 'post',
  path: '/api/coalition/outreach/targets',
  operationId: 'createOutreachTarget',
  tags,
  summary: 'Add a target; it starts as identified (admin, staff)',
  request: { body: jsonBody(NewTargetSchema) },
  errors: { 400: ['unknown_country', 'owner_not_staff'] },
  responses: { 201: jsonResponse(TargetSchema, 'Added') },
});
const one = defineRoute({
  ...roles('staff'),
  method: 'get',
  path: '/api/coalition/outreach/targets/{id}',
  operationId: 'getOutreachTarget',
  tags,
  summary: 'A target with its interactions and stage history (admin, staff)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(TargetDetailSchema, 'The target') },
});
const update = defineRoute({
  ...roles('staff'),
  method: 'patch',
  path: '/api/coalition/outreach/targets/{id}',
  operationId: 'updateOutreachTarget',
  tags,
  summary: 'Change a target’s details (admin, staff); its stage moves through …/stage',
  request: { params: IdParamSchema, body: jsonBody(TargetPatchSchema) },
  errors: { 400: ['unknown_country', 'owner_not_staff'], 404: ['not_found'] },
  responses: { 200: jsonResponse(TargetSchema, 'Changed') },
});
const remove = defineRoute({
  ...roles('staff'),
  method: 'delete',
  path: '/api/coalition/outreach/targets/{id}',
  operationId: 'deleteOutreachTarget',
  tags,
  summary: 'Delete a target and its history (admin, staff)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 204: { description: 'Deleted' } },
});
const interact = defineRoute({
  ...roles('staff'),
  method: 'post',
  path: '/api/coalition/outreach/targets/{id}/interactions',
  operationId: 'createOutreachInteraction',
  tags,
  summary: 'Record an interaction, with the next action and its date (admin, staff)',
  request: { params: IdParamSchema, body: jsonBody(NewInteractionSchema) },
  errors: { 400: ['next_action_required', 'date_in_future'], 404: ['not_found'] },
  responses: { 201: jsonResponse(InteractionSchema, 'Recorded') },
});
const stage = defineRoute({
  ...roles('staff'),
  method: 'post',
  path: '/api/coalition/outreach/targets/{id}/stage',
  operationId: 'moveOutreachTargetStage',
  tags,
  summary: 'Move a target to a stage: identified → contacted → engaged → supportive → committed, or declined (admin, staff)',
  request: { params: IdParamSchema, body: jsonBody(StageMoveSchema) },
  errors: { 404: ['not_found'], 409: ['same_stage'] },
  responses: { 200: jsonResponse(TargetSchema, 'Moved') },
});
const overdue = defineRoute({
  ...roles('staff'),
  method: 'get',
  path: '/api/coalition/outreach/overdue',
  operationId: 'listOutreachOverdueActions',
  tags,
  summary: 'Next actions past their date on open targets, most overdue first (admin, staff)',
  responses: { 200: jsonResponse(OverdueSchema, 'Overdue actions') },
});
const summary = defineRoute({
  ...roles('staff'),
  method: 'get',
  path: '/api/coalition/outreach/summary',
  operationId: 'getOutreachSummary',
  tags,
  summary: 'Targets by stage and by country (admin, staff)',
  responses: { 200: jsonResponse(OutreachSummarySchema, 'Counts') },
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
