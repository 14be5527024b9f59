import { createRoute, z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { errorResponses, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import * as facilities from './facility.service.ts';
import * as runs from './run.service.ts';
import { RunIdSchema } from './common.dto.ts';
import {
  FacilityDetailSchema,
  FacilityParamSchema,
  FacilitySummarySchema,
  NewFacilitySchema,
  NewKeySchema,
  NewOperatorSchema,
} from './facilities.dto.ts';
import { NewRunSchema, RunSchema } from './reports.dto.ts';
import type { VerificationEnv } from './verification-env.ts';

const tags = ['verification'];

const listFacilitiesRoute = createRoute({
  method: 'get',
  path: '/api/facilities',
  tags,
  summary: 'Every registered facility with its inventory and report count (public)',
  responses: { 200: jsonResponse(z.object({ facilities: z.array(FacilitySummarySchema) }), 'Facilities') },
});
const createFacilityRoute = createRoute({
  ...roles('operator'),
  method: 'post',
  path: '/api/facilities',
  tags,
  summary: 'Register a facility (operator, who becomes bound to it; or admin)',
  request: { body: jsonBody(NewFacilitySchema) },
  responses: { 201: jsonResponse(FacilityDetailSchema, 'Registered'), ...errorResponses },
});
const getFacilityRoute = createRoute({
  method: 'get',
  path: '/api/facilities/{id}',
  tags,
  summary: 'One facility: inventory, keys, report headlines (public; operators listed to inspectors and its operators)',
  request: { params: FacilityParamSchema },
  responses: { 200: jsonResponse(FacilityDetailSchema, 'The facility'), ...errorResponses },
});
const rotateKeyRoute = createRoute({
  ...roles('operator'),
  method: 'post',
  path: '/api/facilities/{id}/keys',
  tags,
  summary: 'Rotate the signing key: the new key signs from now (or `at`), the active ones retire (its operators, admin)',
  request: { params: FacilityParamSchema, body: jsonBody(NewKeySchema) },
  responses: { 201: jsonResponse(FacilityDetailSchema, 'Rotated'), ...errorResponses },
});
const addOperatorRoute = createRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/facilities/{id}/operators',
  tags,
  summary: 'Bind an operator account to the facility (admin)',
  request: { params: FacilityParamSchema, body: jsonBody(NewOperatorSchema) },
  responses: { 201: jsonResponse(FacilityDetailSchema, 'Bound'), ...errorResponses },
});
const listRunsRoute = createRoute({
  method: 'get',
  path: '/api/runs',
  tags,
  summary: 'Declared training runs (public)',
  responses: { 200: jsonResponse(z.object({ runs: z.array(RunSchema) }), 'Runs') },
});
const declareRunRoute = createRoute({
  ...roles('operator'),
  method: 'post',
  path: '/api/runs',
  tags,
  summary: 'Declare a training run (operator or admin)',
  request: { body: jsonBody(NewRunSchema) },
  responses: { 201: jsonResponse(RunSchema, 'Declared'), ...errorResponses },
});
const getRunRoute = createRoute({
  method: 'get',
  path: '/api/runs/{id}',
  tags,
  summary: 'One declared run (public)',
  request: { params: z.object({ id: RunIdSchema.openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { 200: jsonResponse(RunSchema, 'The run'), ...errorResponses },
});

export function mountFacilityRoutes(app: App, env: VerificationEnv) {
  app.openapi(listFacilitiesRoute, async (c) => c.json({ facilities: await facilities.listFacilities(c.var.db) }, 200));
  app.openapi(createFacilityRoute, async (c) =>
    c.json(await facilities.registerFacility(c.var.db, c.var.actor, c.req.valid('json'), env), 201),
  );
  app.openapi(getFacilityRoute, async (c) => c.json(await facilities.getFacility(c.var.db, c.var.actor, c.req.valid('param').id), 200));
  app.openapi(rotateKeyRoute, async (c) =>
    c.json(await facilities.rotateFacilityKey(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json'), env), 201),
  );
  app.openapi(addOperatorRoute, async (c) =>
    c.json(await facilities.addFacilityOperator(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json').userId), 201),
  );
  app.openapi(listRunsRoute, async (c) => c.json({ runs: await runs.listRuns(c.var.db) }, 200));
  app.openapi(declareRunRoute, async (c) => c.json(await runs.declareRun(c.var.db, c.var.actor, c.req.valid('json')), 201));
  app.openapi(getRunRoute, async (c) => c.json(await runs.getRun(c.var.db, c.req.valid('param').id), 200));
}
