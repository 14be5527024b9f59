import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import * as challenges from './challenge.service.ts';
import {
  ChallengeAnswerSchema,
  ChallengeListQuerySchema,
  ChallengeListSchema,
  ChallengeParamSchema,
  ChallengeSchema,
  NewChallengeSchema,
} from './challenges.dto.ts';
import type { VerificationEnv } from './verification-env.ts';

const tags = ['verification'];

const listRoute = defineRoute({
  ...roles('inspector', 'operator'),
  operationId: 'listChallenges',
  method: 'get',
  path: '/api/challenges',
  tags,
  summary: 'Challenges, newest first (inspectors and admin: all; operators: their facilities’)',
  request: { query: ChallengeListQuerySchema },
  responses: { 200: jsonResponse(ChallengeListSchema, 'Challenges') },
});
const openRoute = defineRoute({
  ...roles('inspector'),
  operationId: 'openChallenge',
  method: 'post',
  path: '/api/challenges',
  tags,
  summary: 'Challenge named workloads of a facility, or a sample drawn with the ledger root as seed (inspector)',
  request: { body: jsonBody(NewChallengeSchema) },
  errors: {
    400: ['deadline_in_past', 'duplicate_workload', 'too_many_workloads'],
    404: ['unknown_facility', 'unknown_workload'],
    409: ['nothing_to_sample'],
  },
  responses: { 201: jsonResponse(ChallengeSchema, 'Opened and logged') },
});
const getRoute = defineRoute({
  ...roles('inspector', 'operator'),
  operationId: 'getChallenge',
  method: 'get',
  path: '/api/challenges/{id}',
  tags,
  summary: 'One challenge with answers and revealed records (inspectors, admin, the facility’s operators)',
  request: { params: ChallengeParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(ChallengeSchema, 'The challenge') },
});
const answerRoute = defineRoute({
  ...roles('operator'),
  operationId: 'answerChallenge',
  method: 'post',
  path: '/api/challenges/{id}/responses',
  tags,
  summary: 'Answer for one workload with its private record and salt (the facility’s operators)',
  request: { params: ChallengeParamSchema, body: jsonBody(ChallengeAnswerSchema) },
  errors: { 404: ['not_found', 'not_challenged'], 409: ['already_answered'] },
  responses: { 201: jsonResponse(ChallengeSchema, 'Checked, stored and logged') },
});

export function mountChallengeRoutes(app: App, env: VerificationEnv) {
  app.openapi(listRoute, async (c) =>
    c.json({ challenges: await challenges.listChallenges(c.var.db, c.var.actor, c.req.valid('query'), env) }, 200),
  );
  app.openapi(openRoute, async (c) => c.json(await challenges.openChallenge(c.var.db, c.var.actor, c.req.valid('json'), env), 201));
  app.openapi(getRoute, async (c) => c.json(await challenges.getChallenge(c.var.db, c.var.actor, c.req.valid('param').id, env), 200));
  app.openapi(answerRoute, async (c) =>
    c.json(await challenges.answerChallenge(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json'), env), 201),
  );
}
