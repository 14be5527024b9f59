import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import { AppError } from '../../core/errors.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import { IdParamSchema } from './coalition.dto-parts.ts';
import {
  ContributionListQuerySchema,
  ContributionSchema,
  FundingSchema,
  ImportPreviewSchema,
  ImportRejectedSchema,
  ImportReportSchema,
  NewContributionSchema,
  ReversalSchema,
} from './contributions.dto.ts';
import * as contributions from './contributions.service.ts';

const tags = ['coalition: contributions'];

const funding = defineRoute({
  method: 'get',
  path: '/api/coalition/funding',
  operationId: 'getCoalitionFunding',
  tags,
  summary: '"Funding so far": totals per contributor, most hours first, and the coalition totals (public)',
  responses: { 200: jsonResponse(FundingSchema, 'Funding so far') },
});
const list = defineRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/contributions',
  operationId: 'listContributions',
  tags,
  summary: 'The contributions ledger, newest first (admin)',
  request: { query: ContributionListQuerySchema },
  responses: {
    200: jsonResponse(z.object({ contributions: z.array(ContributionSchema), total: z.number().int() }), 'Contributions'),
  },
});
const create = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/contributions',
  operationId: 'createContribution',
  tags,
  summary: 'Record a contribution of hours and/or money (admin; logged)',
  request: { body: jsonBody(NewContributionSchema) },
  errors: {
    400: [
      'invalid_hours',
      'invalid_amount',
      'currency_required',
      'unknown_currency',
      'nothing_contributed',
      'date_in_future',
      'unknown_person',
    ],
  },
  responses: { 201: jsonResponse(ContributionSchema, 'Recorded') },
});
const one = defineRoute({
  ...roles('admin'),
  method: 'get',
  path: '/api/coalition/contributions/{id}',
  operationId: 'getContribution',
  tags,
  summary: 'One contribution (admin)',
  request: { params: IdParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(ContributionSchema, 'The contribution') },
});
const reverse = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/contributions/{id}/reversal',
  operationId: 'reverseContribution',
  tags,
  summary: 'Correct a contribution by a reversing entry; entries are never edited (admin; logged)',
  request: { params: IdParamSchema, body: jsonBody(ReversalSchema) },
  errors: { 404: ['not_found'], 409: ['cannot_reverse_reversal', 'already_reversed'] },
  responses: { 201: jsonResponse(ContributionSchema, 'The reversal') },
});
const importCsv = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/contributions/import',
  operationId: 'importContributions',
  tags,
  summary: 'Import contributions from CSV, all or nothing (admin; logged)',
  description:
    'Body: CSV text (Content-Type: text/csv) with a header row of person, date, hours, amount, currency, description. ' +
    'person is an id or an exact name; amount is in major units. If any row is bad nothing is stored and the answer ' +
    '(422 import_rejected) lists every bad row with its reasons in error.details.rejected.',
  request: { body: { content: { 'text/csv': { schema: z.string() } }, required: true } },
  errors: { 415: ['unsupported_media_type'] },
  responses: {
    201: jsonResponse(ImportReportSchema, 'Imported'),
    // Its own schema rather than a code in `errors`, so a client can read the rejected rows from `details`.
    422: jsonResponse(ImportRejectedSchema, 'Rows rejected; nothing imported (`import_rejected`)'),
  },
});

const previewImport = defineRoute({
  ...roles('admin'),
  method: 'post',
  path: '/api/coalition/contributions/import/preview',
  operationId: 'previewContributionsImport',
  tags,
  summary: 'Dry run of an import: the same answer the import would give, without storing or logging anything (admin)',
  description:
    'The same body as POST /api/coalition/contributions/import, read and checked by the same code against the people ' +
    'stored now. A good file answers 200 with `rows`, the contributions the import would store (person resolved, ' +
    "amounts in minor units); a file with any bad row answers the import's own 422 import_rejected, listing every bad " +
    'row with its reasons in error.details.rejected. Nothing is stored either way (people added or removed before the ' +
    'import may change its answer).',
  request: { body: { content: { 'text/csv': { schema: z.string() } }, required: true } },
  errors: { 415: ['unsupported_media_type'] },
  responses: {
    200: jsonResponse(ImportPreviewSchema, 'What the import would store'),
    422: jsonResponse(ImportRejectedSchema, 'Rows rejected, as the import would reject them (`import_rejected`)'),
  },
});

/** The CSV body of an import or its dry run; anything but text/csv is refused. */
async function csvBody(c: { req: { header: (name: string) => string | undefined; text: () => Promise<string> } }) {
  const type = c.req.header('content-type') ?? '';
  if (!/^text\/csv\b/i.test(type)) throw new AppError('unsupported_media_type', 'send the CSV as Content-Type: text/csv');
  return c.req.text();
}

export function mountContributionsRoutes(app: App, env: CoalitionEnv) {
  app.openapi(funding, async (c) => c.json(await contributions.fundingSoFar(c.var.db), 200));
  app.openapi(list, async (c) => c.json(await contributions.listContributions(c.var.db, c.var.actor, c.req.valid('query')), 200));
  app.openapi(create, async (c) => c.json(await contributions.createContribution(c.var.db, c.var.actor, c.req.valid('json'), env), 201));
  app.openapi(importCsv, async (c) => c.json(await contributions.importContributions(c.var.db, c.var.actor, await csvBody(c), env), 201));
  app.openapi(previewImport, async (c) =>
    c.json(await contributions.previewContributionsImport(c.var.db, c.var.actor, await csvBody(c), env), 200),
  );
  app.openapi(one, async (c) => c.json(await contributions.getContribution(c.var.db, c.var.actor, c.req.valid('param').id), 200));
  app.openapi(reverse, async (c) =>
    c.json(await contributions.reverseContribution(c.var.db, c.var.actor, c.req.valid('param').id, c.req.valid('json').reason), 201),
  );
}
