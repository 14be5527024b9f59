/** All-or-nothing pledge campaigns and their pledges: request and response schemas. */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import { text } from '../../core/http/text.ts';
import { currency, minor } from './coalition.dto-parts.ts';
import { PLEDGE_STATUSES } from './coalition.table.ts';

export const CampaignSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    currency: z.string(),
    goalMinor: z.number().int(),
    minimumMinor: z.number().int(),
    deadline: z.string(),
    status: z.enum(['open', 'collected', 'released']),
    settledAt: z.string().nullable(),
    pledgedMinor: z.number().int(),
    pledgeCount: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('Campaign');

export const NewCampaignSchema = z
  .strictObject({
    title: text(200),
    description: text(10_000, { min: 0, multiline: true }).optional(),
    currency,
    goalMinor: minor,
    minimumMinor: minor,
    deadline: z.iso.datetime({ offset: true }).openapi({ example: '2025-12-31T23:59:59Z' }),
  })
  .openapi('NewCampaign');

export const NewPledgeSchema = z
  .strictObject({
    name: text(200).optional(),
    email: z.email().max(320).optional(),
    personId: z
      .number()
      .int()
      .positive()
      .max(MAX_INT4)
      .optional()
      .openapi({ description: 'admin only: pledge on behalf of a known person' }),
    amountMinor: minor,
    currency,
  })
  .openapi('NewPledge');

/** What a pledger is told; an admin's view of a pledge adds who pledged and the payment reference. */
const pledgeReceiptShape = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  amountMinor: z.number().int(),
  currency: z.string(),
  status: z.enum(PLEDGE_STATUSES),
  pledgedAt: z.string(),
});

export const PledgeReceiptSchema = pledgeReceiptShape.openapi('PledgeReceipt');

// Extended from the unnamed shape, not from PledgeReceiptSchema: extending a named schema documents
// `allOf` of two closed objects, which no pledge could satisfy.
export const PledgeSchema = pledgeReceiptShape
  .extend({
    personId: z.number().int().nullable(),
    pledgerName: z.string().nullable(),
    pledgerEmail: z.string().nullable(),
    paymentReference: z.string().nullable(),
  })
  .openapi('Pledge');

// The types services take and return: each shape is declared once, here.
export type Campaign = z.infer<typeof CampaignSchema>;
export type NewCampaign = z.infer<typeof NewCampaignSchema>;
export type NewPledge = z.infer<typeof NewPledgeSchema>;
export type PledgeReceipt = z.infer<typeof PledgeReceiptSchema>;
export type Pledge = z.infer<typeof PledgeSchema>;
