import { z } from '@hono/zod-openapi';
import { roles } from '../../core/auth/access.ts';
import type { App } from '../../core/http/context.ts';
import { defineRoute, jsonBody, jsonResponse } from '../../core/http/openapi.ts';
import * as reports from './report.service.ts';
import {
  AcceptedReportSchema,
  AcceptedReportsSchema,
  ReportBatchSchema,
  ReportParamSchema,
  ReportRefusalDetailsSchema,
  SignedReportSchema,
  StoredReportSchema,
} from './reports.dto.ts';
import type { VerificationEnv } from './verification-env.ts';

const tags = ['verification'];

/** A refused submission: its code, and details naming the refused report (index, id, problems). */
const refusal = (codes: readonly [string, ...string[]], description: string) =>
  jsonResponse(
    z
      .object({
        error: z.object({ code: z.enum(codes), message: z.string(), details: ReportRefusalDetailsSchema }).strict(),
      })
      .strict(),
    `${description}: ${codes.map((c) => `\`${c}\``).join(', ')}`,
  );

/**
 * The refusals of a submission, one or a batch, each carrying the refused report's details;
 * `invalid_report` shares its 400 with the validation codes, whose details differ, so it is listed
 * in `errors` instead.
 */
const submission = {
  errors: { 400: ['invalid_report'] },
  responses: {
    404: refusal(['unknown_facility'], 'The report names no registered facility'),
    409: refusal(['report_replay', 'sequence_gap', 'period_overlap', 'duplicate_workload'], 'Conflicts with the reports accepted before'),
    422: refusal(
      ['unknown_key', 'key_not_yet_valid', 'key_retired', 'bad_signature', 'period_in_future', 'capacity_exceeded', 'unknown_accelerator'],
      'Signature, key, period or capacity refused',
    ),
  },
} as const;

const submitRoute = defineRoute({
  ...roles('operator'),
  operationId: 'submitComputeReport',
  method: 'post',
  path: '/api/reports',
  tags,
  summary: 'Submit one signed compute report (an operator of its facility, or admin)',
  description:
    'Checked in order: account, signature (Ed25519 over the RFC 8785 canonical report, key valid at periodEnd), period not in the future, sequence (replay, gap), period overlap, figures, capacity, workload ids. Refused with a stable code and nothing stored.',
  request: { body: jsonBody(SignedReportSchema) },
  errors: submission.errors,
  responses: { 201: jsonResponse(AcceptedReportSchema, 'Accepted, stored and logged'), ...submission.responses },
});
const batchRoute = defineRoute({
  ...roles('operator'),
  operationId: 'submitComputeReports',
  method: 'post',
  path: '/api/reports/batch',
  tags,
  summary: 'Submit up to 500 signed reports in one transaction, all or nothing',
  description:
    'Each report is checked as by `submitComputeReport`; the first refused one refuses the batch, and its `index` is in the details.',
  request: { body: jsonBody(ReportBatchSchema) },
  errors: submission.errors,
  responses: { 201: jsonResponse(AcceptedReportsSchema, 'All accepted'), ...submission.responses },
});
const getRoute = defineRoute({
  ...roles('inspector', 'operator'),
  operationId: 'getComputeReport',
  method: 'get',
  path: '/api/facilities/{id}/reports/{sequence}',
  tags,
  summary: 'A stored report in its signed form, with signature and logged hash (inspectors, admin, its operators)',
  request: { params: ReportParamSchema },
  errors: { 404: ['not_found'] },
  responses: { 200: jsonResponse(StoredReportSchema, 'The report') },
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
