/** The contributions ledger, the public funding page and the CSV import: request and response schemas. */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import { text } from '../../core/http/text.ts';
import { currency, isoDate, minor, MoneySchema, prose } from './coalition.dto-parts.ts';

export const ContributionSchema = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    personName: z.string(),
    contributedOn: z.string(),
    hours: z.number(),
    amountMinor: z.number().int(),
    currency: z.string().nullable(),
    description: z.string(),
    reversesId: z.number().int().nullable(),
    reversedById: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .openapi('Contribution');

export const NewContributionSchema = z
  .strictObject({
    personId: z.number().int().positive().max(MAX_INT4),
    contributedOn: isoDate,
    hours: z.number().min(0).max(100_000).optional().openapi({ example: 12.5, description: 'at most two decimals' }),
    amountMinor: minor.min(0).optional(),
    currency: currency.optional(),
    description: text(2000, { min: 0, multiline: true }).optional(),
  })
  .openapi('NewContribution');

export const ReversalSchema = z.strictObject({ reason: prose(2000).openapi({ example: 'entered twice' }) }).openapi('ContributionReversal');

export const ContributionListQuerySchema = z.object({
  personId: z.coerce
    .number()
    .int()
    .positive()
    .max(MAX_INT4)
    .optional()
    .openapi({ param: { name: 'personId', in: 'query' } }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(200)
    .openapi({ param: { name: 'limit', in: 'query' } }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .openapi({ param: { name: 'offset', in: 'query' } }),
});

export const FundingSchema = z
  .object({
    contributors: z.array(
      z.object({
        /** The person's name, or "undisclosed". */
        name: z.string(),
        disclosed: z.boolean(),
        hours: z.number(),
        money: z.array(MoneySchema),
      }),
    ),
    totals: z.object({ hours: z.number(), money: z.array(MoneySchema), contributors: z.number().int() }),
  })
  .openapi('CoalitionFunding');

export const ImportReportSchema = z
  .object({
    imported: z.number().int(),
    rows: z.array(z.object({ row: z.number().int(), contributionId: z.number().int() })),
  })
  .openapi('ContributionImportReport');

/** A CSV row the import refused: its line in the file and every reason. */
export const RejectedRowSchema = z.object({ row: z.number().int(), errors: z.array(z.string()) });

/** The dry run of a good import: the rows it would store, people resolved; nothing is stored. */
export const ImportPreviewSchema = z
  .object({
    rows: z.array(
      z.object({
        row: z.number().int(),
        personId: z.number().int(),
        personName: z.string(),
        contributedOn: z.string(),
        hours: z.number(),
        amountMinor: z.number().int(),
        currency: z.string().nullable(),
        description: z.string(),
      }),
    ),
  })
  .openapi('ContributionImportPreview');

/** The 422 of an import: every bad row with its reasons, by file line; nothing was stored. */
export const ImportRejectedSchema = z
  .object({
    error: z.object({
      code: z.literal('import_rejected'),
      message: z.string(),
      details: z.object({
        rejected: z.array(RejectedRowSchema),
        acceptableRows: z.number().int().openapi({ description: 'how many rows were good (none of them was stored either)' }),
      }),
    }),
  })
  .openapi('ContributionImportRejected');

// The types services take and return: each shape is declared once, here.
export type Contribution = z.infer<typeof ContributionSchema>;
export type NewContribution = z.infer<typeof NewContributionSchema>;
export type Money = z.infer<typeof MoneySchema>;
export type Funding = z.infer<typeof FundingSchema>;
export type FundingContributor = Funding['contributors'][number];
export type ImportReport = z.infer<typeof ImportReportSchema>;
export type RejectedRow = z.infer<typeof RejectedRowSchema>;
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
export type ImportRejectedDetails = z.infer<typeof ImportRejectedSchema>['error']['details'];
