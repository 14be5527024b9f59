/** The private outreach pipeline (targets, interactions, stages): request and response schemas. */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import { text } from '../../core/http/text.ts';
import { iso3, isoDate, optionalProse, prose } from './coalition.dto-parts.ts';
import { CHANNELS, PRIORITIES, STAGES, TARGET_CATEGORIES, TARGET_TYPES } from './coalition.table.ts';

const targetShape = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.enum(TARGET_TYPES),
  category: z.enum(TARGET_CATEGORIES),
  countryIso3: z.string().nullable(),
  priority: z.enum(PRIORITIES),
  ownerId: z.number().int().nullable(),
  ownerName: z.string().nullable(),
  stage: z.enum(STAGES),
  stageChangedAt: z.string(),
  notes: z.string(),
  nextAction: z.string().nullable(),
  nextActionDue: z.string().nullable(),
  lastInteractionOn: z.string().nullable(),
  createdAt: z.string(),
});

export const TargetSchema = targetShape.openapi('OutreachTarget');

export const NewTargetSchema = z
  .strictObject({
    name: text(300),
    type: z.enum(TARGET_TYPES),
    category: z.enum(TARGET_CATEGORIES),
    countryIso3: iso3.nullable().optional(),
    priority: z.enum(PRIORITIES).optional(),
    ownerId: z.number().int().positive().max(MAX_INT4).nullable().optional(),
    notes: text(20_000, { min: 0, multiline: true }).optional(),
  })
  .openapi('NewOutreachTarget');
export const TargetPatchSchema = NewTargetSchema.partial().openapi('OutreachTargetPatch');

export const InteractionSchema = z
  .object({
    id: z.number().int(),
    targetId: z.number().int(),
    occurredOn: z.string(),
    channel: z.enum(CHANNELS),
    summary: z.string(),
    nextAction: z.string().nullable(),
    nextActionDue: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .openapi('OutreachInteraction');

export const NewInteractionSchema = z
  .strictObject({
    occurredOn: isoDate,
    channel: z.enum(CHANNELS),
    summary: prose(20_000),
    nextAction: optionalProse(2000),
    nextActionDue: isoDate.nullable().optional(),
  })
  .openapi('NewOutreachInteraction');

export const StageChangeSchema = z
  .object({
    fromStage: z.enum(STAGES).nullable(),
    toStage: z.enum(STAGES),
    changedAt: z.string(),
    changedBy: z.number().int().nullable(),
  })
  .openapi('OutreachStageChange');

// Extended from the unnamed shape: extending the named TargetSchema documents `allOf` of two closed objects.
export const TargetDetailSchema = targetShape
  .extend({
    interactions: z.array(InteractionSchema),
    stageHistory: z.array(StageChangeSchema),
  })
  .openapi('OutreachTargetDetail');

export const StageMoveSchema = z.strictObject({ stage: z.enum(STAGES) }).openapi('OutreachStageMove');

export const TargetListQuerySchema = z.object({
  stage: z
    .enum(STAGES)
    .optional()
    .openapi({ param: { name: 'stage', in: 'query' } }),
  country: iso3.optional().openapi({ param: { name: 'country', in: 'query' } }),
});

export const OverdueSchema = z
  .object({
    overdue: z.array(
      z.object({
        targetId: z.number().int(),
        targetName: z.string(),
        stage: z.enum(STAGES),
        priority: z.enum(PRIORITIES),
        ownerId: z.number().int().nullable(),
        ownerName: z.string().nullable(),
        nextAction: z.string(),
        nextActionDue: z.string(),
        daysOverdue: z.number().int(),
      }),
    ),
  })
  .openapi('OutreachOverdue');

export const OutreachSummarySchema = z
  .object({
    total: z.number().int(),
    byStage: z.array(z.object({ stage: z.enum(STAGES), count: z.number().int() })),
    byCountry: z.array(z.object({ countryIso3: z.string().nullable(), countryName: z.string().nullable(), count: z.number().int() })),
  })
  .openapi('OutreachSummary');

// The types services take and return: each shape is declared once, here.
export type Target = z.infer<typeof TargetSchema>;
export type NewTarget = z.infer<typeof NewTargetSchema>;
export type TargetDetail = z.infer<typeof TargetDetailSchema>;
export type Interaction = z.infer<typeof InteractionSchema>;
export type NewInteraction = z.infer<typeof NewInteractionSchema>;
export type OverdueAction = z.infer<typeof OverdueSchema>['overdue'][number];
export type OutreachSummary = z.infer<typeof OutreachSummarySchema>;
