/** Schemas of the challenges aggregate: opening a challenge, answering it, and the challenge as read. */
import { z } from '@hono/zod-openapi';
import { MAX_INT4, pathId } from '../../core/http/openapi.ts';
import { unstorableJson } from '../../core/http/text.ts';
import { ANSWER_STATUSES, CHALLENGE_STATUSES } from './verification.table.ts';
import { FacilityIdSchema, hex64, IsoInstantSchema, WORKLOAD_CLASSES, WorkloadIdSchema } from './common.dto.ts';

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
    sequenceFrom: z
      .number()
      .int()
      .positive()
      .max(MAX_INT4)
      .optional()
      .openapi({ description: 'Sample from reports with sequence ≥ this (default 1)' }),
    sequenceTo: z
      .number()
      .int()
      .positive()
      .max(MAX_INT4)
      .optional()
      .openapi({ description: 'Sample from reports with sequence ≤ this (default the latest)' }),
    deadline: IsoInstantSchema.optional().openapi({ description: 'Default: now + challengeDeadlineHours of the settings' }),
  })
  .refine(
    (c) => c.workloadIds !== undefined || c.sample !== undefined,
    'give workloadIds, sample, or both (a sample of the named workloads)',
  )
  .refine(
    (c) => c.workloadIds === undefined || (c.sequenceFrom === undefined && c.sequenceTo === undefined),
    'a report range goes with a sample of all workloads, not with workloadIds',
  )
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
    class: z.enum(WORKLOAD_CLASSES),
    acceleratorHours: z.number(),
    utilization: z.number(),
    runId: z.string().nullable(),
    commitment: z.string(),
    status: z.enum(ANSWER_STATUSES),
    problems: z.array(z.string()).nullable(),
    answeredAt: z.string().nullable(),
    // A challenge is shown only to inspectors, admins and the facility's operators, who may see what was revealed.
    record: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The revealed private record; null until answered' }),
    salt: z.string().nullable().openapi({ description: 'The revealed salt, hex; null until answered' }),
  })
  .openapi('ChallengeWorkload');

/** How a sampled challenge drew its workloads: k, the ledger root and tree size it was seeded with, and the pool. */
export const ChallengeSampleSchema = z
  .object({
    size: z.number(),
    seedHex: z.string(),
    treeSize: z.number(),
    sequenceFrom: z.number().nullable(),
    sequenceTo: z.number().nullable(),
    candidates: z.array(z.string()).nullable(),
  })
  .openapi('ChallengeSample');

export const ChallengeSchema = z
  .object({
    id: z.number(),
    facilityId: z.string(),
    issuedAt: z.string(),
    deadline: z.string(),
    status: z.enum(CHALLENGE_STATUSES),
    decidedAt: z.string().nullable(),
    sample: ChallengeSampleSchema.nullable().openapi({ description: 'How the workloads were drawn; null when they were named' }),
    workloads: z.array(ChallengeWorkloadSchema),
  })
  .openapi('Challenge');

export const ChallengeListSchema = z.object({ challenges: z.array(ChallengeSchema) }).openapi('ChallengeList');

export const ChallengeParamSchema = z.object({ id: pathId() });

export const ChallengeListQuerySchema = z.object({
  facilityId: FacilityIdSchema.optional().openapi({ param: { name: 'facilityId', in: 'query' } }),
  status: z
    .enum(CHALLENGE_STATUSES)
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
});

export type NewChallenge = z.infer<typeof NewChallengeSchema>;
export type ChallengeAnswer = z.infer<typeof ChallengeAnswerSchema>;
export type ChallengeSample = z.infer<typeof ChallengeSampleSchema>;
export type Challenge = z.infer<typeof ChallengeSchema>;
