import { createRoute, z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { errorResponses, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import * as challenges from './challenge.service.ts';
import {
  ChallengeAnswerSchema,
  ChallengeListQuerySchema,
  ChallengeParamSchema,
  ChallengeSchema,
  NewChallengeSchema,
} from './challenges.dto.ts';
import type { VerificationEnv } from './verification-env.ts';

const tags = ['verification'];

const listRoute = createRoute({
  ...roles('inspector', 'operator'),
  method: 'get',
  path: '/api/challenges',
  tags,
  summary: 'Challenges, newest first (inspectors and admin: all; operators: their facilities’)',
  request: { query: ChallengeListQuerySchema },
  responses: { 200: jsonResponse(z.object({ challenges: z.array(ChallengeSchema) }), 'Challenges'), ...errorResponses },
});
const openRoute = createRoute({
  ...roles('inspector'),
  method: 'post',
  path: '/api/challenges',
  tags,
  summary: 'Challenge named workloads of a facility, or a sample drawn with the ledger root as seed (inspector)',
  request: { body: jsonBody(NewChallengeSchema) },
  responses: { 201: jsonResponse(ChallengeSchema, 'Opened and logged'), ...errorResponses },
});
const getRoute = createRoute({
  ...roles('inspector', 'operator'),
  method: 'get',
  path: '/api/challenges/{id}',
  tags,
  summary: 'One challenge with answers and revealed records (inspectors, admin, the facility’s operators)',
  request: { params: ChallengeParamSchema },
  responses: { 200: jsonResponse(ChallengeSchema, 'The challenge'), ...errorResponses },
});
const answerRoute = createRoute({
  ...roles('operator'),
  method: 'post',
  path: '/api/challenges/{id}/responses',
  tags,
  summary: 'Answer for one workload with its private record and salt (the facility’s operators)',
  request: { params: ChallengeParamSchema, body: jsonBody(ChallengeAnswerSchema) },
  responses: { 201: jsonResponse(ChallengeSchema, 'Checked, stored and logged'), ...errorResponses },
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
