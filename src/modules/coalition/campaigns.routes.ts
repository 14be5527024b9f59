import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import * as campaigns from './campaigns.service.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import { IdParamSchema } from './coalition.dto-parts.ts';
import { CampaignSchema, NewCampaignSchema, NewPledgeSchema, PledgeReceiptSchema, PledgeSchema } from './campaigns.dto.ts';

const tags = ['coalition: campaigns'];

const list = defineRoute({
  method: 'get',
  path: '/api/coalition/campaigns',
  operationId: 'listCampaigns',
  tags,
  summary: 'Pledge campaigns with their totals; campaigns past their deadline are settled first (public)',
  responses: { 200: jsonResponse(z.object({ campaigns: z.array(CampaignSchema) }), 'Campaigns') },
});
const one = defineRoute({
  method: 'get',
  path: '/api/coalition/campaigns/{id}',
  operationId: 'getCampaign',
  tags,
  summary: 'One campaign; settled first if its deadline has passed (public)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(CampaignSchema, 'The campaign') },
});
const create = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/campaigns',
  operationId: 'createCampaign',
  tags,
  summary: 'Open an all-or-nothing campaign: goal, minimum goal, currency, deadline (admin; logged)',
  request: { body: jsonBody(NewCampaignSchema) },
  errors: { 400: ['unknown_currency', 'amount_not_positive', 'minimum_above_goal', 'deadline_in_past'] },
  responses: { 201: jsonResponse(CampaignSchema, 'Opened') },
});
const pledge = defineRoute({
  method: 'post',
  path: '/api/coalition/campaigns/{id}/pledges',
  operationId: 'createPledge',
  tags,
  summary: 'Pledge to an open campaign with a name and e-mail (anyone) or for a person (admin); logged without personal data',
  request: { params: IdParamSchema, body: jsonBody(NewPledgeSchema) },
  errors: {
    400: ['pledger_ambiguous', 'pledger_required', 'amount_not_positive', 'currency_mismatch', 'unknown_person'],
    403: ['forbidden'],
    404: ['not_found'],
    409: ['campaign_closed'],
    429: ['rate_limited'],
  },
  responses: { 201: jsonResponse(PledgeReceiptSchema, 'Pledged') },
});
const pledges = defineRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/campaigns/{id}/pledges',
  operationId: 'listPledges',
  tags,
  summary: 'A campaign’s pledges with pledgers and payment references (admin)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(z.object({ pledges: z.array(PledgeSchema) }), 'Pledges') },
});
const settle = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/campaigns/{id}/settle',
  operationId: 'settleCampaign',
  tags,
  summary:
    'Settle a campaign after its deadline, exactly once: collect every pledge if the minimum is reached, else release every pledge (admin; logged)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'], 409: ['already_settled', 'deadline_not_reached'] },
  responses: { 200: jsonResponse(CampaignSchema, 'Settled') },
});

export function mountCampaignsRoutes(app: App, env: CoalitionEnv) {
  app.openapi(list, async (c) => c.json({ campaigns: await campaigns.listCampaigns(c.var.db, env) }, 200));
  app.openapi(one, async (c) => c.json(await campaigns.getCampaign(c.var.db, c.req.valid('param').id, env), 200));
  app.openapi(create, async (c) => c.json(await campaigns.createCampaign(c.var.db, c.var.actor, c.req.valid('json'), env), 201));
  app.openapi(pledge, async (c) =>
    c.json(await campaigns.pledge(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json'), env), 201),
  );
  app.openapi(pledges, async (c) => c.json({ pledges: await campaigns.listPledges(c.var.db, c.var.actor, c.req.valid('param').id) }, 200));
  app.openapi(settle, async (c) => c.json(await campaigns.settleCampaign(c.var.db, c.var.actor, c.req.valid('param').id, env), 200));
}
