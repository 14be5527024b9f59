/** Schemas of the reports aggregate: declared runs, signed compute reports and their workloads. */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import { WORKLOAD_CLASSES, type WorkloadClass } from './types.ts';
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

// ── Reports ────────────────────────────────────────────────────────────────

export const WorkloadSchema = z
  .strictObject({
    id: WorkloadIdSchema,
    class: z.enum(WORKLOAD_CLASSES as [WorkloadClass, ...WorkloadClass[]]),
    acceleratorHours: nonNegative.max(MAX_ACCELERATOR_HOURS),
    utilization: z.number().gt(0).max(1),
    runId: RunIdSchema.optional().openapi({ description: 'A declared run; an id nobody declared is accepted and accounted as undeclared' }),
    accelerator: label(100).optional().openapi({ description: 'Inventory model it ran on; absent: the inventory mean' }),
    commitment: hex64.openapi({ description: 'Hex SHA-256(canonical record ‖ 32-byte salt)' }),
  })
  .openapi('Workload');

export const ComputeReportSchema = z
  .strictObject({
    facilityId: FacilityIdSchema,
    sequence: z.number().int().positive().max(2_000_000_000),
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
    warnings: z.array(z.object({ code: z.string(), workloadId: z.string(), runId: z.string() })),
  })
  .openapi('AcceptedReport');

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

export const ReportParamSchema = z.object({
  id: FacilityIdSchema.openapi({ param: { name: 'id', in: 'path' } }),
  sequence: z.coerce
    .number()
    .int()
    .positive()
    .max(MAX_INT4)
    .openapi({ param: { name: 'sequence', in: 'path' }, example: 1 }),
});
