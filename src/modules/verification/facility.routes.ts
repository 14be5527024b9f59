import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import * as facilities from './facility.service.ts';
import * as runs from './run.service.ts';
import { RunIdSchema } from './common.dto.ts';
import {
  FacilityDetailSchema,
  FacilityListSchema,
  FacilityParamSchema,
  NewFacilitySchema,
  NewKeySchema,
  NewOperatorSchema,
} from './facilities.dto.ts';
import { NewRunSchema, RunListSchema, RunSchema } from './reports.dto.ts';
import type { VerificationEnv } from './verification-env.ts';

const tags = ['verification'];

const listFacilitiesRoute = defineRoute({
  operationId: 'listFacilities',
  method: 'get',
  path: '/api/facilities',
  tags,
  summary: 'Every registered facility with its inventory and report count (public)',
  responses: { 200: jsonResponse(FacilityListSchema, 'Facilities') },
});
const registerFacilityRoute = defineRoute({
  ...roles('operator'),
  operationId: 'registerFacility',
  method: 'post',
  path: '/api/facilities',
  tags,
  summary: 'Register a facility (operator, who becomes bound to it; or admin)',
  request: { body: jsonBody(NewFacilitySchema) },
  errors: {
    400: ['unknown_jurisdiction', 'invalid_key', 'duplicate_key', 'key_not_yet_valid'],
    409: ['already_exists', 'key_in_use'],
  },
  responses: { 201: jsonResponse(FacilityDetailSchema, 'Registered') },
});
const getFacilityRoute = defineRoute({
  operationId: 'getFacility',
  method: 'get',
  path: '/api/facilities/{id}',
  tags,
  summary: 'One facility: inventory, keys, report headlines (public; operators listed to inspectors and its operators)',
  request: { params: FacilityParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(FacilityDetailSchema, 'The facility') },
});
const rotateKeyRoute = defineRoute({
  ...roles('operator'),
  operationId: 'rotateFacilityKey',
  method: 'post',
  path: '/api/facilities/{id}/keys',
  tags,
  summary: 'Rotate the signing key: the new key signs from now (or `at`), the active ones retire (its operators, admin)',
  request: { params: FacilityParamSchema, body: jsonBody(NewKeySchema) },
  errors: {
    400: ['invalid_key', 'rotation_in_future'],
    404: ['not_found'],
    409: ['key_in_use', 'rotation_before_last_report', 'rotation_before_key_valid'],
  },
  responses: { 201: jsonResponse(FacilityDetailSchema, 'Rotated') },
});
const addOperatorRoute = defineRoute({
  ...roles('admin'),
  operationId: 'addFacilityOperator',
  method: 'post',
  path: '/api/facilities/{id}/operators',
  tags,
  summary: 'Bind an operator account to the facility (admin)',
  request: { params: FacilityParamSchema, body: jsonBody(NewOperatorSchema) },
  errors: { 400: ['not_an_operator'], 404: ['not_found'], 409: ['already_exists'] },
  responses: { 201: jsonResponse(FacilityDetailSchema, 'Bound') },
});
const listRunsRoute = defineRoute({
  operationId: 'listTrainingRuns',
  method: 'get',
  path: '/api/runs',
  tags,
  summary: 'Declared training runs (public)',
  responses: { 200: jsonResponse(RunListSchema, 'Runs') },
});
const declareRunRoute = defineRoute({
  ...roles('operator'),
  operationId: 'declareTrainingRun',
  method: 'post',
  path: '/api/runs',
  tags,
  summary: 'Declare a training run (operator or admin)',
  request: { body: jsonBody(NewRunSchema) },
  errors: { 409: ['already_exists'] },
  responses: { 201: jsonResponse(RunSchema, 'Declared') },
});
const getRunRoute = defineRoute({
  operationId: 'getTrainingRun',
  method: 'get',
  path: '/api/runs/{id}',
  tags,
  summary: 'One declared run (public)',
  request: { params: z.object({ id: RunIdSchema.openapi({ param: { name: 'id', in: 'path' } }) }) },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(RunSchema, 'The run') },
});

export function mountFacilityRoutes(app: App, env: VerificationEnv) {
  app.openapi(listFacilitiesRoute, async (c) => c.json({ facilities: await facilities.listFacilities(c.var.db) }, 200));
  app.openapi(registerFacilityRoute, async (c) =>
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
