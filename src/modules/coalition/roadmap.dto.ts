/** The roadmap's milestones: request and response schemas. */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import { text } from '../../core/http/text.ts';
import { isoDate } from './coalition.dto-parts.ts';
import { MILESTONE_STATUSES } from './coalition.table.ts';

export const MilestoneSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    targetDate: z.string(),
    status: z.enum(MILESTONE_STATUSES),
    events: z.array(z.object({ id: z.number().int(), title: z.string(), startsAt: z.string() })),
  })
  .openapi('RoadmapMilestone');

export const NewMilestoneSchema = z
  .strictObject({
    title: text(300),
    description: text(10_000, { min: 0, multiline: true }).optional(),
    targetDate: isoDate,
    status: z.enum(MILESTONE_STATUSES).optional(),
    eventIds: z.array(z.number().int().positive().max(MAX_INT4)).max(100).optional(),
  })
  .openapi('NewRoadmapMilestone');
export const MilestonePatchSchema = NewMilestoneSchema.partial().openapi('RoadmapMilestonePatch');

// The types services take and return: each shape is declared once, here.
export type Milestone = z.infer<typeof MilestoneSchema>;
export type NewMilestone = z.infer<typeof NewMilestoneSchema>;
