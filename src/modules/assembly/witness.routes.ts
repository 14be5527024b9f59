import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import { WitnessRegistrationSchema, WitnessSchema } from '../../core/ledger/cosigning/witnesses.dto.ts';
import { IdParamSchema } from './common.dto.ts';
import * as witnesses from './witness.service.ts';

const tags = ['assembly'];
// Who may: requireDelegation (delegation.ts) — a delegate for its own participant, the admin for any.
const access = { 403: ['not_your_participant', 'not_a_member'], 404: ['participant_not_found'] } as const;

const putWitnessRoute = defineRoute({
  ...roles('delegate'),
  method: 'put',
  path: '/api/assembly/participants/{id}/witness',
  operationId: 'registerParticipantWitness',
  tags,
  summary:
    'Register (or replace) the witness a member participant runs: its delegate, or the admin; logged as witness.registered. A new key is not asked to cosign until the admin says so',
  request: { params: IdParamSchema, body: jsonBody(WitnessRegistrationSchema) },
  errors: { ...access, 400: ['malformed_key'], 409: ['witness_already_registered'] },
  responses: { 200: jsonResponse(WitnessSchema, 'Replaced or unchanged'), 201: jsonResponse(WitnessSchema, 'Registered') },
});
const deleteWitnessRoute = defineRoute({
  ...roles('delegate'),
  method: 'delete',
  path: '/api/assembly/participants/{id}/witness',
  operationId: 'withdrawParticipantWitness',
  tags,
  summary: "Withdraw a participant's witness: its delegate, or the admin; logged as witness.withdrawn",
  request: { params: IdParamSchema },
  errors: { 403: ['not_your_participant'], 404: ['participant_not_found', 'not_found'] },
  responses: { 204: { description: 'Withdrawn' } },
});

export function mountWitnessRoutes(app: App) {
  app.openapi(putWitnessRoute, async (c) => {
    const { witness, created } = await witnesses.registerWitness(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json'));
    return created ? c.json(witness, 201) : c.json(witness, 200);
  });
  app.openapi(deleteWitnessRoute, async (c) => {
    await witnesses.withdrawWitness(c.var.db, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
