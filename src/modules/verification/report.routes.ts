import { createRoute, z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { errorResponses, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import * as reports from './report.service.ts';
import { AcceptedReportSchema, ReportBatchSchema, ReportParamSchema, SignedReportSchema, StoredReportSchema } from './reports.dto.ts';
import type { VerificationEnv } from './verification-env.ts';

const tags = ['verification'];
const refusals = { ...errorResponses, 422: jsonResponse(z.any(), 'Signature, key or capacity refused') };

const submitRoute = createRoute({
  ...roles('operator'),
  method: 'post',
  path: '/api/reports',
  tags,
  summary: 'Submit one signed compute report (an operator of its facility, or admin)',
  description:
    'Checked in order: account, signature (Ed25519 over the RFC 8785 canonical report, key valid at periodEnd), period not in the future, sequence (replay, gap), period overlap, figures, capacity, workload ids. Refused with a stable code and nothing stored.',
  request: { body: jsonBody(SignedReportSchema) },
  responses: { 201: jsonResponse(AcceptedReportSchema, 'Accepted, stored and logged'), ...refusals },
});
const batchRoute = createRoute({
  ...roles('operator'),
  method: 'post',
  path: '/api/reports/batch',
  tags,
  summary: 'Submit up to 500 signed reports in one transaction, all or nothing',
  request: { body: jsonBody(ReportBatchSchema) },
  responses: { 201: jsonResponse(z.object({ accepted: z.array(AcceptedReportSchema) }), 'All accepted'), ...refusals },
});
const getRoute = createRoute({
  ...roles('inspector', 'operator'),
  method: 'get',
  path: '/api/facilities/{id}/reports/{sequence}',
  tags,
  summary: 'A stored report in its signed form, with signature and logged hash (inspectors, admin, its operators)',
  request: { params: ReportParamSchema },
  responses: { 200: jsonResponse(StoredReportSchema, 'The report'), ...errorResponses },
});

export function mountReportRoutes(app: App, env: VerificationEnv) {
  app.openapi(submitRoute, async (c) => c.json(await reports.submitReport(c.var.db, c.var.actor, c.req.valid('json'), env), 201));
  app.openapi(batchRoute, async (c) =>
    c.json({ accepted: await reports.submitReports(c.var.db, c.var.actor, c.req.valid('json').reports, env) }, 201),
  );
  app.openapi(getRoute, async (c) => {
    const { id, sequence } = c.req.valid('param');
    return c.json(await reports.getReport(c.var.db, c.var.actor, id, sequence), 200);
  });
}
