import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import { IdParamSchema } from './common.dto.ts';
import { BallotReceiptSchema, MotionLogSchema, MotionSchema, MotionsQuerySchema, NewBallotSchema, NewMotionSchema } from './motions.dto.ts';
import type { AssemblyEnv } from './assembly-env.ts';
import * as motions from './motion.service.ts';

const tags = ['motions'];

// Each route's `errors` lists the codes its service can answer with (motion.service.ts,
// delegation.ts); defineRoute adds the shared ones.

const listRoute = defineRoute({
  method: 'get',
  path: '/api/motions',
  operationId: 'listMotions',
  tags,
  summary: 'Motions, newest first (public); due motions are opened or closed by the read',
  request: { query: MotionsQuerySchema },
  responses: { 200: jsonResponse(z.object({ motions: z.array(MotionSchema) }), 'Motions') },
});
const createMotionRoute = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/motions',
  operationId: 'createMotion',
  tags,
  summary: 'Put an amendment on the floor, a draft or a procedural question to the vote (admin)',
  request: { body: jsonBody(NewMotionSchema) },
  responses: { 201: jsonResponse(MotionSchema, 'Created') },
  errors: {
    400: ['dates_out_of_order', 'amendment_required', 'treaty_required'],
    404: ['not_found'],
    409: ['amendment_not_on_floor', 'motion_pending', 'treaty_not_draft', 'no_state_members', 'translations_incomplete'],
  },
});
const getRoute = defineRoute({
  method: 'get',
  path: '/api/motions/{id}',
  operationId: 'getMotion',
  tags,
  summary: 'One motion: turnout while open; tally and every ballot once closed (public; a read after the closing time closes it)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(MotionSchema, 'The motion') },
  errors: { 404: ['not_found'] },
});
const ballotRoute = defineRoute({
  ...roles('delegate'),
  method: 'post',
  path: '/api/motions/{id}/ballots',
  operationId: 'castBallot',
  tags,
  summary: "Cast or change your participant's ballot: yes, no or abstain (a delegate in the electorate)",
  request: { params: IdParamSchema, body: jsonBody(NewBallotSchema) },
  responses: { 201: jsonResponse(BallotReceiptSchema, 'Cast; the log holds its commitment') },
  errors: {
    403: ['not_your_participant', 'not_in_electorate', 'not_a_member'],
    404: ['not_found', 'participant_not_found'],
    409: ['motion_not_open', 'motion_closed'],
  },
});
const closeRoute = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/motions/{id}/close',
  operationId: 'closeMotion',
  tags,
  summary: 'Close a motion after its closing time (admin): tally, reveal, apply',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(MotionSchema, 'Closed') },
  errors: { 404: ['not_found'], 409: ['motion_not_due'] },
});
const logRoute = defineRoute({
  method: 'get',
  path: '/api/motions/{id}/log',
  operationId: 'getMotionLog',
  tags,
  summary: 'The log entries of the motion (subject motion:<id>), exact bytes and leaf hashes, for a retally (public)',
  request: { params: IdParamSchema },
  responses: { 200: jsonResponse(MotionLogSchema, 'Entries, oldest first') },
  errors: { 404: ['not_found'] },
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
