import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import * as accounting from './accounting.service.ts';
import {
  FacilityAccountingSchema,
  FlagsSchema,
  RunAccountingQuerySchema,
  RunAccountingSchema,
  SettingsSchema,
  SettingsViewSchema,
} from './accounting.dto.ts';
import { FacilityParamSchema } from './facilities.dto.ts';
import type { VerificationEnv } from './verification-env.ts';

const tags = ['verification'];

const runsRoute = defineRoute({
  operationId: 'getRunAccounting',
  method: 'get',
  path: '/api/accounting/runs',
  tags,
  summary:
    'Cumulative FLOP per run against the thresholds, with crossing dates (full for inspectors and admin; a public summary of declared runs otherwise)',
  request: { query: RunAccountingQuerySchema },
  responses: { 200: jsonResponse(RunAccountingSchema, 'Run accounting') },
});
const facilityRoute = defineRoute({
  ...roles('inspector', 'operator'),
  operationId: 'getFacilityAccounting',
  method: 'get',
  path: '/api/accounting/facilities/{id}',
  tags,
  summary: 'Metered vs declared accelerator-hours per period, difference, tolerance, beyond (inspectors, admin, its operators)',
  request: { params: FacilityParamSchema },
  errors: { 404: ['unknown_facility'] },
  responses: { 200: jsonResponse(FacilityAccountingSchema, 'Facility accounting') },
});
const flagsRoute = defineRoute({
  ...roles('inspector'),
  operationId: 'listVerificationFlags',
  method: 'get',
  path: '/api/flags',
  tags,
  summary: 'Flags computed from the stored reports, runs and challenges, each with its evidence (inspectors, admin)',
  responses: { 200: jsonResponse(FlagsSchema, 'Flags') },
});
const getSettingsRoute = defineRoute({
  operationId: 'getVerificationSettings',
  method: 'get',
  path: '/api/verification/settings',
  tags,
  summary: 'Thresholds, tolerance, training-like rules and challenge deadline (public)',
  responses: { 200: jsonResponse(SettingsViewSchema, 'Settings') },
});
const putSettingsRoute = defineRoute({
  ...roles('admin'),
  operationId: 'replaceVerificationSettings',
  method: 'put',
  path: '/api/verification/settings',
  tags,
  summary: 'Replace the verification settings (admin); logged',
  request: { body: jsonBody(SettingsSchema) },
  responses: { 200: jsonResponse(SettingsViewSchema, 'The new settings') },
});

export function mountAccountingRoutes(app: App, env: VerificationEnv) {
  app.openapi(runsRoute, async (c) =>
    c.json(await accounting.getRunAccounting(c.var.db, c.var.actor, { series: c.req.valid('query').series === 'true' }), 200),
  );
  app.openapi(facilityRoute, async (c) =>
    c.json(await accounting.getFacilityAccounting(c.var.db, c.var.actor, c.req.valid('param').id), 200),
  );
  app.openapi(flagsRoute, async (c) => c.json(await accounting.listFlags(c.var.db, c.var.actor, env), 200));
  app.openapi(getSettingsRoute, async (c) => c.json(await accounting.getSettings(c.var.db), 200));
  app.openapi(putSettingsRoute, async (c) => c.json(await accounting.updateSettings(c.var.db, c.var.actor, c.req.valid('json')), 200));
}
