/** Schemas of the agency's settings, of the accounting of runs and facilities, and of flags. */
import { z } from '@hono/zod-openapi';
import { flop, MAX_FLOP, nonNegative, positive } from './common.dto.ts';

// ── Settings ───────────────────────────────────────────────────────────────

const share = z.number().min(0).max(1);

export const SettingsSchema = z
  .strictObject({
    thresholds: z.strictObject({ notifyFlop: flop, licenceFlop: flop }),
    tolerance: z.number().min(0).lt(1),
    trainingLike: z.strictObject({
      minConcurrentAccelerators: positive.max(1e12),
      minUtilization: share,
      minFlop: nonNegative.max(MAX_FLOP),
    }),
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

export const SettingsViewSchema = z
  .object({
    version: z.number(),
    settings: SettingsSchema,
    defaults: SettingsSchema.openapi({ description: 'The values Concord ships with, for a "reset to default"' }),
  })
  .openapi('VerificationSettingsView');

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

export const FLAG_KINDS = [
  'unlicensed-run',
  'unaccounted-compute',
  'training-like-undeclared',
  'facility-undeclared-training',
  'challenge-overdue',
  'challenge-failed',
] as const;

export const FlagSchema = z
  .object({
    kind: z.enum(FLAG_KINDS),
    facilityId: z.string().optional(),
    facilityIds: z.array(z.string()).optional().openapi({ description: 'A pattern linked across facilities' }),
    runId: z.string().optional(),
    reportIds: z.array(z.string()),
    workloadIds: z.array(z.string()).optional(),
    challengeId: z.string().optional(),
    figures: z.record(z.string(), z.union([z.number(), z.string()])),
    message: z.string(),
  })
  .openapi('Flag');

export const FlagsSchema = z.object({ computedAt: z.string(), flags: z.array(FlagSchema) }).openapi('Flags');

export type VerificationSettings = z.infer<typeof SettingsSchema>;
export type VerificationSettingsView = z.infer<typeof SettingsViewSchema>;
export type RunAccounting = z.infer<typeof RunAccountingSchema>;
export type FacilityAccounting = z.infer<typeof FacilityAccountingSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type Flags = z.infer<typeof FlagsSchema>;
