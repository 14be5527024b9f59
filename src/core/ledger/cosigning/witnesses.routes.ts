import { roles } from '../../auth/access.ts';
import type { App } from '../../http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../http/openapi.ts';
import { WitnessIdParamSchema, WitnessListSchema, WitnessPatchSchema, WitnessSchema } from './witnesses.dto.ts';
import * as witnesses from './witnesses.service.ts';

const tags = ['log'];

const listRoute = defineRoute({
  operationId: 'listLogWitnesses',
  method: 'get',
  path: '/api/log/witnesses',
  tags,
  summary:
    'The witnesses: configured (always asked) and registered by delegations (asked once the admin says so), with the quorum and how far each has cosigned (public)',
  responses: { 200: jsonResponse(WitnessListSchema, 'The quorum and the witnesses') },
});
const patchRoute = defineRoute({
  ...roles('admin'),
  operationId: 'setLogWitnessAsked',
  method: 'patch',
  path: '/api/log/witnesses/{id}',
  tags,
  summary: 'Ask a registered witness to cosign the log’s checkpoints, or stop asking it (admin; logged as log.witness-asked)',
  request: { params: WitnessIdParamSchema, body: jsonBody(WitnessPatchSchema) },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(WitnessSchema, 'The witness') },
});

/** The witnesses' list and the admin's choice; the checkpoint routes are log.routes.ts's. */
export function mountWitnessRoutes(app: App, settings: witnesses.WitnessSettings) {
  app.openapi(listRoute, async (c) => c.json(await witnesses.listWitnesses(c.var.db, settings), 200));
  app.openapi(patchRoute, async (c) =>
    c.json(await witnesses.setWitnessAsked(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json').asked), 200),
  );
}
