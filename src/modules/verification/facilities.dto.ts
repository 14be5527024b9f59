/** Schemas of the facilities aggregate: facilities, their inventories, keys and operators. */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import { FacilityIdSchema, IsoInstantSchema, label, MAX_PEAK_FLOPS, positive } from './common.dto.ts';

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

export const PublicKeyPemSchema = z.string().max(1000).openapi({
  description: 'Ed25519 public key, SPKI PEM',
  example: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA…\n-----END PUBLIC KEY-----\n',
});

export const NewFacilitySchema = z
  .strictObject({
    id: FacilityIdSchema.optional().openapi({ description: 'Chosen id (signed into every report); generated when absent' }),
    name: label(200),
    operator: label(200).openapi({ description: 'The organization operating the facility', example: 'Helios Compute' }),
    jurisdiction: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code')
      .openapi({ example: 'FRA' }),
    inventory: Inventory,
    keys: z
      .array(
        z.strictObject({
          publicKeyPem: PublicKeyPemSchema,
          validFrom: IsoInstantSchema.optional().openapi({
            description: 'From when the key signs (default now); may lie in the past to submit earlier periods',
          }),
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

/**
 * The fields a facility's summary and detail share, spread into both: extending the named summary
 * schema would document the detail as an allOf of two closed objects, which no body can satisfy.
 */
const facilitySummaryFields = {
  id: z.string(),
  name: z.string(),
  operator: z.string(),
  jurisdiction: z.string(),
  inventory: z.array(InventoryItemSchema),
  accelerators: z.number(),
  peakFlops: z.number().openapi({ description: 'Σ count × peak FLOP/s' }),
  reportCount: z.number(),
  lastReport: z.object({ sequence: z.number(), periodEnd: z.string() }).nullable(),
};

export const FacilitySummarySchema = z.object(facilitySummaryFields).openapi('FacilitySummary');

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

export const FacilityOperatorSchema = z.object({ userId: z.number(), name: z.string(), email: z.string() }).openapi('FacilityOperator');

export const FacilityDetailSchema = z
  .object({
    ...facilitySummaryFields,
    keys: z.array(FacilityKeySchema),
    reports: z.array(ReportHeadlineSchema),
    /** Whether the viewer may see the facility's private side (operator of it, inspector, admin). */
    viewerMayInspect: z.boolean(),
    operators: z
      .array(FacilityOperatorSchema)
      .optional()
      .openapi({ description: 'Listed only to those who may inspect the facility (`viewerMayInspect`)' }),
  })
  .openapi('FacilityDetail');

export const FacilityListSchema = z.object({ facilities: z.array(FacilitySummarySchema) }).openapi('FacilityList');

export const FacilityParamSchema = z.object({
  id: FacilityIdSchema.openapi({ param: { name: 'id', in: 'path' } }),
});

export type InventoryItem = z.infer<typeof InventoryItemSchema>;
export type NewFacility = z.infer<typeof NewFacilitySchema>;
export type NewFacilityKey = z.infer<typeof NewKeySchema>;
export type FacilitySummary = z.infer<typeof FacilitySummarySchema>;
export type FacilityDetail = z.infer<typeof FacilityDetailSchema>;
