import { createRoute, z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { errorResponses, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import { IdParamSchema } from './common.dto.ts';
import { BallotReceiptSchema, MotionLogSchema, MotionSchema, MotionsQuerySchema, NewBallotSchema, NewMotionSchema } from './motions.dto.ts';
import type { AssemblyEnv } from './assembly-env.ts';
import * as motions from './motion.service.ts';

const tags = ['motions'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/motions',
  tags,
  summary: 'Motions, newest first (public); due motions are opened or closed by the read',
  request: { query: MotionsQuerySchema },
  responses: { 200: jsonResponse(z.object({ motions: z.array(MotionSchema) }), 'Motions'), ...errorResponses },
});
const createMotionRoute = createRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/motions',
  tags,
  summary: 'Put an amendment on the floor, a draft or a procedural question to the vote (admin)',
  request: { body: jsonBody(NewMotionSchema) },
  responses: { 201: jsonResponse(MotionSchema, 'Created'), ...errorResponses },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/motions/{id}',
  tags,
  summary: 'One motion: turnout while open; tally and every ballot once closed (public; a read after the closing time closes it)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(MotionSchema, 'The motion'), ...errorResponses },
});
const ballotRoute = createRoute({
  ...roles('delegate'),
  method: 'post',
  path: '/api/motions/{id}/ballots',
  tags,
  summary: "Cast or change your participant's ballot: yes, no or abstain (a delegate in the electorate)",
  request: { params: IdParamSchema, body: jsonBody(NewBallotSchema) },
  responses: { 201: jsonResponse(BallotReceiptSchema, 'Cast; the log holds its commitment'), ...errorResponses },
});
const closeRoute = createRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/motions/{id}/close',
  tags,
  summary: 'Close a motion after its closing time (admin): tally, reveal, apply',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(MotionSchema, 'Closed'), ...errorResponses },
});
const logRoute = createRoute({
  method: 'get',
  path: '/api/motions/{id}/log',
  tags,
  summary: 'The log entries of the motion (subject motion:<id>), exact bytes and leaf hashes, for a retally (public)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(MotionLogSchema, 'Entries, oldest first'), ...errorResponses },
});

/** The motions' routes; `env` gives the services their clock (motions open and close at set times). */
export function mountMotionRoutes(app: App, env: AssemblyEnv) {
  app.openapi(listRoute, async (c) => c.json({ motions: await motions.listMotions(c.var.db, env, c.req.valid('query')) }, 200));
  app.openapi(createMotionRoute, async (c) => c.json(await motions.createMotion(c.var.db, c.var.actor, c.req.valid('json'), env), 201));
  app.openapi(getRoute, async (c) => c.json(await motions.getMotion(c.var.db, c.var.actor, c.req.valid('param').id, env), 200));
  app.openapi(ballotRoute, async (c) =>
    c.json(await motions.castBallot(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json'), env), 201),
  );
  app.openapi(closeRoute, async (c) => c.json(await motions.closeMotion(c.var.db, c.var.actor, c.req.valid('param').id, env), 200));
  app.openapi(logRoute, async (c) => c.json(await motions.motionLog(c.var.db, c.req.valid('param').id, env), 200));
}
