import { z } from '@hono/zod-openapi';
import { MAX_INT4, pathId } from '../../core/http/openapi.ts';
import { text, unstorableJson } from '../../core/http/text.ts';
import { CHALLENGE_STATUSES, ANSWER_STATUSES } from './verification.table.ts';
import { WORKLOAD_CLASSES, type WorkloadClass } from './types.ts';

// ── Shared pieces ──────────────────────────────────────────────────────────

/** Ids chosen by facilities and declarants: short, printable, no separators. */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const slug = (what: string) => z.string().regex(SLUG, `${what} must be 1–64 letters, digits, '.', '_', ':' or '-'`);
export const FacilityIdSchema = slug('a facility id').openapi({ example: 'fac-01' });
export const RunIdSchema = slug('a run id').openapi({ example: 'run-frontier-7' });
export const WorkloadIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, "a workload id must be 1–128 letters, digits, '.', '_', ':' or '-'")
  .openapi({ example: 'w3f9a0c12de45b678' });
/**
 * Names shown to people: core's one-line text (no control characters, no tab or newline, which
 * also keeps them safe in the repository's tab- and newline-separated bulk reads).
 */
const label = (max: number) => text(max);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters');

/**
 * An instant in the exact form `Date.prototype.toISOString` gives (UTC, milliseconds, `Z`).
 * Signed reports carry their periods as text; one spelling per instant means the stored report
 * rebuilds to the very bytes that were signed.
 */
export const IsoInstantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'must be a UTC time like 2026-01-01T00:00:00.000Z')
  .refine((s) => Number.isFinite(Date.parse(s)) && new Date(s).toISOString() === s, 'not a valid time')
  .openapi({ example: '2026-01-01T00:00:00.000Z' });

/**
 * Upper bounds far beyond any real facility, so that no figure a client sends can
 * overflow the accounting (1e308 accelerator-hours would make every FLOP sum
 * Infinity, served as null): a million times today's fastest accelerator, a
 * billion accelerators running for a century, and FLOP past any plausible run.
 */
const MAX_PEAK_FLOPS = 1e21;
const MAX_ACCELERATOR_HOURS = 1e15;
const MAX_ENERGY_KWH = 1e15;
const MAX_FLOP = 1e40;

const nonNegative = z.number().min(0);
const positive = z.number().gt(0);
const flop = positive.max(MAX_FLOP);

// ── Facilities ─────────────────────────────────────────────────────────────

export const InventoryItemSchema = z
  .strictObject({
    model: label(100).openapi({ example: 'NVIDIA H100 SXM' }),
    count: z.number().int().positive().max(100_000_000),
    peakFlops: positive.max(MAX_PEAK_FLOPS).openapi({ description: 'Peak dense BF16 FLOP/s of one accelerator', example: 989e12 }),
  })
  .openapi('InventoryItem');

const Inventory = z
  .array(InventoryItemSchema)
  .min(1)
  .max(50)
  .refine((items) => new Set(items.map((i) => i.model)).size === items.length, 'each model appears once in the inventory');

export const PublicKeyPemSchema = z
  .string()
  .max(1000)
  .openapi({ description: 'Ed25519 public key, SPKI PEM', example: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA…\n-----END PUBLIC KEY-----\n' });

export const NewFacilitySchema = z
  .strictObject({
    id: FacilityIdSchema.optional().openapi({ description: 'Chosen id (signed into every report); generated when absent' }),
    name: label(200),
    operator: label(200).openapi({ description: 'The organization operating the facility', example: 'Helios Compute' }),
    jurisdiction: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code').openapi({ example: 'FRA' }),
    inventory: Inventory,
    keys: z
      .array(
        z.strictObject({
          publicKeyPem: PublicKeyPemSchema,
          validFrom: IsoInstantSchema.optional().openapi({ description: 'From when the key signs (default now); may lie in the past to submit earlier periods' }),
        }),
      )
      .min(1)
      .max(8),
  })
  .openapi('NewFacility');

export const NewKeySchema = z
  .strictObject({
    publicKeyPem: PublicKeyPemSchema,
    at: IsoInstantSchema.optional().openapi({
      description: 'When the rotation takes effect (default now): not in the future, not before the end of the last accepted report',
    }),
  })
  .openapi('NewFacilityKey');

export const NewOperatorSchema = z.strictObject({ userId: z.number().int().positive().max(MAX_INT4) }).openapi('NewFacilityOperator');

export const FacilityKeySchema = z
  .object({ keyId: z.string(), publicKeyPem: z.string(), validFrom: z.string(), retiredAt: z.string().nullable() })
  .openapi('FacilityKey');

export const FacilitySummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    operator: z.string(),
    jurisdiction: z.string(),
    inventory: z.array(InventoryItemSchema),
    accelerators: z.number(),
    peakFlops: z.number().openapi({ description: 'Σ count × peak FLOP/s' }),
    reportCount: z.number(),
    lastReport: z.object({ sequence: z.number(), periodEnd: z.string() }).nullable(),
  })
  .openapi('FacilitySummary');

export const ReportHeadlineSchema = z
  .object({
    reportId: z.string(),
    sequence: z.number(),
    periodStart: z.string(),
    periodEnd: z.string(),
    meteredAcceleratorHours: z.number(),
    declaredAcceleratorHours: z.number(),
    energyKwh: z.number(),
    workloadCount: z.number(),
    keyId: z.string(),
    reportSha256: z.string(),
    logIndex: z.number(),
  })
  .openapi('ReportHeadline');

export const FacilityDetailSchema = FacilitySummarySchema.extend({
  keys: z.array(FacilityKeySchema),
  reports: z.array(ReportHeadlineSchema),
  /** Whether the viewer may see the facility's private side (operator of it, inspector, admin). */
  viewerMayInspect: z.boolean(),
  operators: z.array(z.object({ userId: z.number(), name: z.string(), email: z.string() })).optional(),
}).openapi('FacilityDetail');

export const FacilityParamSchema = z.object({
  id: FacilityIdSchema.openapi({ param: { name: 'id', in: 'path' } }),
});

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
  sequence: z.coerce.number().int().positive().max(MAX_INT4).openapi({ param: { name: 'sequence', in: 'path' }, example: 1 }),
});

// ── Settings ───────────────────────────────────────────────────────────────

const share = z.number().min(0).max(1);

export const SettingsSchema = z
  .strictObject({
    thresholds: z.strictObject({ notifyFlop: flop, licenceFlop: flop }),
    tolerance: z.number().min(0).lt(1),
    trainingLike: z.strictObject({ minConcurrentAccelerators: positive.max(1e12), minUtilization: share, minFlop: nonNegative.max(MAX_FLOP) }),
    sustained: z.strictObject({ minHours: positive.max(1e6), maxConcurrencyRatio: z.number().min(1).max(1e6), maxUtilizationDelta: share }),
    facilityUndeclared: z.strictObject({ windowDays: positive.max(36_500), flop }),
    linked: z.strictObject({ minOverlap: share, minFacilities: z.number().int().min(2).max(100_000), flop }),
    challengeDeadlineHours: positive.max(24 * 365),
  })
  .refine((s) => s.thresholds.notifyFlop < s.thresholds.licenceFlop, {
    message: 'the notification threshold must lie below the licence threshold',
    path: ['thresholds'],
  })
  .openapi('VerificationSettings');

export const SettingsViewSchema = z.object({ version: z.number(), settings: SettingsSchema }).openapi('VerificationSettingsView');

// ── Accounting and flags ───────────────────────────────────────────────────

const CrossingSchema = z.object({
  threshold: z.enum(['notify', 'licence']),
  thresholdFlop: z.number(),
  periodEnd: z.string(),
  reportId: z.string().optional(),
  cumulativeFlop: z.number().optional(),
});

export const RunAccountSchema = z
  .object({
    runId: z.string(),
    declared: z.boolean(),
    developer: z.string().optional(),
    name: z.string().optional(),
    licensed: z.boolean(),
    standing: z.enum(['below', 'notify', 'licence-required']),
    crossings: z.array(CrossingSchema),
    cumulativeFlop: z.number().optional(),
    expectedFlop: z.number().optional(),
    acceleratorHours: z.number().optional(),
    workloadCount: z.number().optional(),
    facilityIds: z.array(z.string()).optional(),
    reportIds: z.array(z.string()).optional(),
    /** Cumulative FLOP after each period end that added to the run: [periodEnd, cumulative]. */
    series: z.array(z.tuple([z.string(), z.number()])).optional(),
  })
  .openapi('RunAccount');

export const RunAccountingSchema = z
  .object({
    view: z.enum(['full', 'summary']),
    thresholds: z.object({ notifyFlop: z.number(), licenceFlop: z.number() }),
    runs: z.array(RunAccountSchema),
  })
  .openapi('RunAccounting');

export const RunAccountingQuerySchema = z.object({
  series: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ param: { name: 'series', in: 'query' }, description: 'Add each run’s cumulative FLOP after every period (full view only)' }),
});

export const FacilityPeriodSchema = z
  .object({
    reportId: z.string(),
    sequence: z.number(),
    periodStart: z.string(),
    periodEnd: z.string(),
    meteredAcceleratorHours: z.number(),
    declaredAcceleratorHours: z.number(),
    differenceAcceleratorHours: z.number(),
    toleranceAcceleratorHours: z.number(),
    beyond: z.boolean(),
  })
  .openapi('FacilityPeriod');

export const FacilityAccountingSchema = z
  .object({ facilityId: z.string(), tolerance: z.number(), periods: z.array(FacilityPeriodSchema) })
  .openapi('FacilityAccounting');

export const FlagSchema = z
  .object({
    kind: z.string(),
    facilityId: z.string().optional(),
    facilityIds: z.array(z.string()).optional(),
    runId: z.string().optional(),
    reportIds: z.array(z.string()),
    workloadIds: z.array(z.string()).optional(),
    challengeId: z.string().optional(),
    figures: z.record(z.string(), z.union([z.number(), z.string()])),
    message: z.string(),
  })
  .openapi('Flag');

export const FlagsSchema = z.object({ computedAt: z.string(), flags: z.array(FlagSchema) }).openapi('Flags');

// ── Challenges ─────────────────────────────────────────────────────────────

export const NewChallengeSchema = z
  .strictObject({
    facilityId: FacilityIdSchema,
    workloadIds: z
      .array(WorkloadIdSchema)
      .min(1)
      .max(1000)
      .optional()
      .openapi({ description: 'Workloads to challenge (at most 100); with `sample`, the candidates to draw from' }),
    sample: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: 'Draw this many workloads, weighted by accelerator-hours, seeded by the ledger root' }),
    sequenceFrom: z.number().int().positive().max(MAX_INT4).optional().openapi({ description: 'Sample from reports with sequence ≥ this (default 1)' }),
    sequenceTo: z.number().int().positive().max(MAX_INT4).optional().openapi({ description: 'Sample from reports with sequence ≤ this (default the latest)' }),
    deadline: IsoInstantSchema.optional().openapi({ description: 'Default: now + challengeDeadlineHours of the settings' }),
  })
  .refine((c) => c.workloadIds !== undefined || c.sample !== undefined, 'give workloadIds, sample, or both (a sample of the named workloads)')
  .refine((c) => c.workloadIds === undefined || (c.sequenceFrom === undefined && c.sequenceTo === undefined), 'a report range goes with a sample of all workloads, not with workloadIds')
  .openapi('NewChallenge');

export const ChallengeAnswerSchema = z
  .strictObject({
    workloadId: WorkloadIdSchema,
    record: z
      .record(z.string(), z.unknown())
      .superRefine((record, ctx) => {
        const found = unstorableJson(record);
        if (found) ctx.addIssue({ code: 'custom', message: found.message, path: found.path, input: record });
      })
      .openapi({ description: 'The private record the commitment was made to' }),
    salt: hex64.openapi({ description: 'The 32-byte salt, hex' }),
  })
  .openapi('ChallengeAnswer');

export const ChallengeWorkloadSchema = z
  .object({
    workloadId: z.string(),
    reportId: z.string(),
    sequence: z.number(),
    class: z.string(),
    acceleratorHours: z.number(),
    utilization: z.number(),
    runId: z.string().nullable(),
    commitment: z.string(),
    status: z.enum(ANSWER_STATUSES),
    problems: z.array(z.string()).nullable(),
    answeredAt: z.string().nullable(),
    /** The revealed record and salt: inspectors, admins and the facility's operators only. */
    record: z.unknown().optional(),
    salt: z.string().nullable().optional(),
  })
  .openapi('ChallengeWorkload');

export const ChallengeSchema = z
  .object({
    id: z.number(),
    facilityId: z.string(),
    issuedAt: z.string(),
    deadline: z.string(),
    status: z.enum(CHALLENGE_STATUSES),
    decidedAt: z.string().nullable(),
    sample: z
      .object({
        size: z.number(),
        seedHex: z.string(),
        treeSize: z.number(),
        sequenceFrom: z.number().nullable(),
        sequenceTo: z.number().nullable(),
        candidates: z.array(z.string()).nullable(),
      })
      .nullable(),
    workloads: z.array(ChallengeWorkloadSchema),
  })
  .openapi('Challenge');

export const ChallengeParamSchema = z.object({ id: pathId() });

export const ChallengeListQuerySchema = z.object({
  facilityId: FacilityIdSchema.optional().openapi({ param: { name: 'facilityId', in: 'query' } }),
  status: z.enum(CHALLENGE_STATUSES).optional().openapi({ param: { name: 'status', in: 'query' } }),
});
