import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import type { AssemblyEnv } from './assembly-env.ts';
import { RulesSchema } from './assembly-types.ts';
import * as assembly from './assembly.service.ts';
import { IdParamSchema } from './common.dto.ts';
import {
  AssemblyPowerQuerySchema,
  AssemblyPowerSchema,
  NewOrganizationSchema,
  ParticipantPatchSchema,
  ParticipantSchema,
  ParticipantsBulkPatchSchema,
  ParticipantsQuerySchema,
  PowerRequestSchema,
  PowerResultSchema,
  RulesPreviewRequestSchema,
  RulesPreviewSchema,
  RulesViewSchema,
  StandingQuerySchema,
  StandingSchema,
  WeightsSchema,
} from './participants.dto.ts';

const tags = ['assembly'];

// Each route's `errors` lists the codes its service can answer with (assembly.service.ts); the
// shared middleware's codes (validation, access, CSRF, body size) are added by defineRoute.

const listParticipantsRoute = defineRoute({
  method: 'get',
  path: '/api/assembly/participants',
  operationId: 'listAssemblyParticipants',
  tags,
  summary: 'Participants: every state and the organizations, with their status (public)',
  request: { query: ParticipantsQuerySchema },
  responses: { 200: jsonResponse(z.object({ participants: z.array(ParticipantSchema) }), 'Participants') },
});
const createParticipantRoute = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/assembly/participants',
  operationId: 'addAssemblyOrganization',
  tags,
  summary: 'Add an organization (admin)',
  request: { body: jsonBody(NewOrganizationSchema) },
  responses: { 201: jsonResponse(ParticipantSchema, 'Added') },
  errors: { 409: ['already_exists'] },
});
const getParticipantRoute = defineRoute({
  method: 'get',
  path: '/api/assembly/participants/{id}',
  operationId: 'getAssemblyParticipant',
  tags,
  summary: 'One participant (public)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(ParticipantSchema, 'The participant') },
  errors: { 404: ['not_found'] },
});
const updateParticipantRoute = defineRoute({
  ...roles('admin'),
  method: 'patch',
  path: '/api/assembly/participants/{id}',
  operationId: 'updateAssemblyParticipant',
  tags,
  summary: "Change a participant's status, or an organization's name or category (admin)",
  request: { params: IdParamSchema, body: jsonBody(ParticipantPatchSchema) },
  responses: { 200: jsonResponse(ParticipantSchema, 'Updated') },
  errors: { 400: ['state_reference_data'], 404: ['not_found'], 409: ['already_exists', 'motion_pending'] },
});
const updateParticipantsRoute = defineRoute({
  ...roles('admin'),
  method: 'patch',
  path: '/api/assembly/participants',
  operationId: 'updateAssemblyParticipants',
  tags,
  summary: "Set many participants' status at once, all or nothing; each change logged as the single PATCH logs it (admin)",
  request: { body: jsonBody(ParticipantsBulkPatchSchema) },
  responses: { 200: jsonResponse(z.object({ participants: z.array(ParticipantSchema) }), 'The participants named, updated') },
  // not_found and motion_pending name the ids at fault in details.ids.
  errors: { 404: ['not_found'], 409: ['motion_pending'] },
});
const getRulesRoute = defineRoute({
  method: 'get',
  path: '/api/assembly/rules',
  operationId: 'getAssemblyRules',
  tags,
  summary: 'The rules: weighting, quorum, thresholds, organizations’ chamber, seconds (public)',
  responses: { 200: jsonResponse(RulesViewSchema, 'The rules and their version') },
});
const putRulesRoute = defineRoute({
  ...roles('admin'),
  method: 'put',
  path: '/api/assembly/rules',
  operationId: 'replaceAssemblyRules',
  tags,
  summary: 'Replace the rules (admin); 409 ballot_open while a motion is open',
  request: { body: jsonBody(RulesSchema) },
  responses: { 200: jsonResponse(RulesViewSchema, 'The new rules') },
  errors: { 400: ['weights_not_normalized'], 409: ['ballot_open'] },
});
const previewRulesRoute = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/assembly/rules/preview',
  operationId: 'previewAssemblyRules',
  tags,
  summary: 'The weights and voting power rules would give the current members, without saving them (admin)',
  request: { body: jsonBody(RulesPreviewRequestSchema) },
  responses: { 200: jsonResponse(RulesPreviewSchema, 'Weights and voting power under these rules') },
  errors: { 400: ['weights_not_normalized', 'resolution_invalid', 'weights_invalid'], 409: ['no_members'] },
});
const weightsRoute = defineRoute({
  method: 'get',
  path: '/api/assembly/weights',
  operationId: 'getAssemblyWeights',
  tags,
  summary: "Each member's weight share under the current rules (public)",
  responses: { 200: jsonResponse(WeightsSchema, 'Weights') },
});
const assemblyPowerRoute = defineRoute({
  method: 'get',
  path: '/api/assembly/power',
  operationId: 'getAssemblyPower',
  tags,
  summary: 'Banzhaf and Shapley–Shubik indices of the current members for one kind of motion (public)',
  request: { query: AssemblyPowerQuerySchema },
  responses: { 200: jsonResponse(AssemblyPowerSchema, 'Voting power') },
  // weights_invalid: at a resolution so coarse that every member rounds to weight 0.
  errors: { 400: ['resolution_invalid', 'weights_invalid'], 409: ['no_members'] },
});
const standingRoute = defineRoute({
  method: 'get',
  path: '/api/assembly/standing',
  operationId: 'getAssemblyStanding',
  tags,
  summary: "Each state's standing: invited, observer, member, signed, ratified, withdrawn (public)",
  request: { query: StandingQuerySchema },
  responses: { 200: jsonResponse(StandingSchema, 'Standing by state') },
  errors: { 404: ['not_found'] },
});
const powerRoute = defineRoute({
  method: 'post',
  path: '/api/power',
  operationId: 'computeVotingPower',
  tags: ['power'],
  summary: 'Normalised Banzhaf and Shapley–Shubik indices and veto players of a weighted game [quota; weights] (public)',
  request: { body: jsonBody(PowerRequestSchema) },
  responses: { 200: jsonResponse(PowerResultSchema, 'Voting power') },
  // weights_invalid: weights whose total passes 2^53 (only reachable without Shapley–Shubik).
  errors: { 400: ['names_mismatch', 'quota_invalid', 'game_too_large', 'weights_invalid'] },
});

/** The participants' routes: participants, rules, weights, voting power, standing; `env` gives the services their clock. */
export function mountAssemblyRoutes(app: App, env: AssemblyEnv) {
  app.openapi(listParticipantsRoute, async (c) =>
    c.json({ participants: await assembly.listParticipants(c.var.db, c.req.valid('query')) }, 200),
  );
  app.openapi(createParticipantRoute, async (c) =>
    c.json(await assembly.createOrganization(c.var.db, c.var.actor, c.req.valid('json'), env), 201),
  );
  app.openapi(updateParticipantsRoute, async (c) =>
    c.json({ participants: await assembly.updateParticipants(c.var.db, c.var.actor, c.req.valid('json'), env) }, 200),
  );
  app.openapi(getParticipantRoute, async (c) => c.json(await assembly.getParticipant(c.var.db, c.req.valid('param').id), 200));
  app.openapi(updateParticipantRoute, async (c) =>
    c.json(await assembly.updateParticipant(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json'), env), 200),
  );
  app.openapi(getRulesRoute, async (c) => c.json(await assembly.getRules(c.var.db), 200));
  app.openapi(putRulesRoute, async (c) => c.json(await assembly.updateRules(c.var.db, c.var.actor, c.req.valid('json'), env), 200));
  app.openapi(previewRulesRoute, async (c) => c.json(await assembly.previewRules(c.var.db, c.var.actor, c.req.valid('json')), 200));
  app.openapi(weightsRoute, async (c) => c.json(await assembly.getWeights(c.var.db), 200));
  app.openapi(assemblyPowerRoute, async (c) => {
    const { kind, resolution } = c.req.valid('query');
    return c.json(await assembly.assemblyPower(c.var.db, kind, resolution), 200);
  });
  app.openapi(standingRoute, async (c) => c.json(await assembly.standing(c.var.db, c.req.valid('query').treatyId), 200));
  app.openapi(powerRoute, (c) => c.json(assembly.computePower(c.req.valid('json')), 200));
}
