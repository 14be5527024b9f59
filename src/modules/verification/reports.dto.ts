/** Schemas of the reports aggregate: declared runs, signed compute reports and their workloads. */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import {
  FacilityIdSchema,
  flop,
  hex64,
  IsoInstantSchema,
  label,
  MAX_ACCELERATOR_HOURS,
  MAX_ENERGY_KWH,
  nonNegative,
  RunIdSchema,
  WORKLOAD_CLASSES,
  WorkloadIdSchema,
} from './common.dto.ts';

// ── Runs ───────────────────────────────────────────────────────────────────

export const NewRunSchema = z
  .strictObject({
    id: RunIdSchema.optional().openapi({ description: 'Chosen id that workloads cite; generated when absent' }),
    developer: label(200),
    name: label(200),
    purpose: label(2000),
    expectedFlop: flop.openapi({ example: 3e25 }),
    licenceRef: label(200).optional().openapi({ description: 'Reference of the licence the run holds, if any' }),
  })
  .openapi('NewRun');

export const RunSchema = z
  .object({
    id: z.string(),
    developer: z.string(),
    name: z.string(),
    purpose: z.string(),
    expectedFlop: z.number(),
    licenceRef: z.string().nullable(),
    declaredAt: z.string(),
  })
  .openapi('Run');

export const RunListSchema = z.object({ runs: z.array(RunSchema) }).openapi('RunList');

// ── Reports ────────────────────────────────────────────────────────────────

export const WorkloadSchema = z
  .strictObject({
    id: WorkloadIdSchema,
    class: z.enum(WORKLOAD_CLASSES),
    acceleratorHours: nonNegative.max(MAX_ACCELERATOR_HOURS),
    utilization: z
      .number()
      .gt(0)
      .max(1)
      .openapi({ description: 'Mean share of peak dense FLOP/s over the period (model FLOP utilization)' }),
    runId: RunIdSchema.optional().openapi({ description: 'A declared run; an id nobody declared is accepted and accounted as undeclared' }),
    accelerator: label(100).optional().openapi({ description: 'Inventory model it ran on; absent: the inventory mean' }),
    commitment: hex64.openapi({ description: 'Hex SHA-256(canonical record ‖ 32-byte salt)' }),
  })
  .openapi('Workload');

export const ComputeReportSchema = z
  .strictObject({
    facilityId: FacilityIdSchema,
    sequence: z.number().int().positive().max(2_000_000_000).openapi({ description: '1, 2, 3, … per facility, no gaps' }),
    periodStart: IsoInstantSchema,
    periodEnd: IsoInstantSchema,
    meteredAcceleratorHours: nonNegative.max(MAX_ACCELERATOR_HOURS),
    energyKwh: nonNegative.max(MAX_ENERGY_KWH),
    workloads: z.array(WorkloadSchema).max(10_000),
  })
  .openapi('ComputeReport');

export const SignedReportSchema = z
  .strictObject({
    report: ComputeReportSchema,
    keyId: z.string().regex(/^[0-9a-f]{16}$/, 'a key id is 16 lower-case hex characters'),
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'an Ed25519 signature is 64 bytes in base64'),
  })
  .openapi('SignedReport');

/** Most reports one batch takes (and the body limit bounds it too). */
export const MAX_BATCH = 500;

export const ReportBatchSchema = z.strictObject({ reports: z.array(SignedReportSchema).min(1).max(MAX_BATCH) }).openapi('ReportBatch');

export const AcceptedReportSchema = z
  .object({
    reportId: z.string(),
    logIndex: z.number(),
    reportSha256: z.string(),
    warnings: z
      .array(z.object({ code: z.literal('undeclared-run'), workloadId: z.string(), runId: z.string() }))
      .openapi({ description: 'Workloads citing a run id nobody declared: accepted, and accounted as undeclared' }),
  })
  .openapi('AcceptedReport');

export const AcceptedReportsSchema = z.object({ accepted: z.array(AcceptedReportSchema) }).openapi('AcceptedReports');

export const StoredReportSchema = z
  .object({
    report: ComputeReportSchema,
    keyId: z.string(),
    signature: z.string(),
    reportSha256: z.string(),
    logIndex: z.number(),
    submittedAt: z.string(),
  })
  .openapi('StoredReport');

// ── Refusals ───────────────────────────────────────────────────────────────

/** The problems report-rules.ts finds in a report; the first (in the service's order) names the refusal. */
export const REPORT_PROBLEM_CODES = [
  'wrong-facility',
  'bad-period',
  'sequence-gap',
  'period-overlap',
  'bad-figure',
  'capacity-exceeded',
  'duplicate-workload',
  'bad-class',
  'bad-utilization',
  'unknown-accelerator',
  'bad-commitment',
] as const;

export const ReportProblemSchema = z
  .object({
    code: z.enum(REPORT_PROBLEM_CODES),
    message: z.string(),
    workloadId: z.string().optional().openapi({ description: 'The workload at fault, if one is' }),
  })
  .openapi('ReportProblem');

/** What a refused submission says about the report that refused it (the first bad one of a batch). */
export const ReportRefusalDetailsSchema = z
  .object({
    index: z.number().int().openapi({ description: 'Position of the refused report in the submission (0 for a single report)' }),
    reportId: z.string().openapi({ description: '`<facilityId>#<sequence>`' }),
    keyId: z.string().optional().openapi({ description: 'The key named, when the key or signature is refused' }),
    lastSequence: z.number().optional().openapi({ description: 'The last accepted sequence, for a replay' }),
    problems: z.array(ReportProblemSchema).optional().openapi({ description: 'Every problem the report rules found' }),
    workloadId: z.string().optional().openapi({ description: 'The workload id reused' }),
  })
  .openapi('ReportRefusalDetails');

export const ReportParamSchema = z.object({
  id: FacilityIdSchema.openapi({ param: { name: 'id', in: 'path' } }),
  sequence: z.coerce
    .number()
    .int()
    .positive()
    .max(MAX_INT4)
    .openapi({ param: { name: 'sequence', in: 'path' }, example: 1 }),
});

export type NewRun = z.infer<typeof NewRunSchema>;
export type Run = z.infer<typeof RunSchema>;
export type AcceptedReport = z.infer<typeof AcceptedReportSchema>;
export type StoredReport = z.infer<typeof StoredReportSchema>;
export type ReportProblem = z.infer<typeof ReportProblemSchema>;
export type ReportRefusalDetails = z.infer<typeof ReportRefusalDetailsSchema>;
export type Workload = z.infer<typeof WorkloadSchema>;
export type ComputeReport = z.infer<typeof ComputeReportSchema>;
export type SignedReport = z.infer<typeof SignedReportSchema>;
