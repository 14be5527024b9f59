/**
 * The pieces the coalition's request and response schemas share: dates,
 * links, ISO codes, free text, money in minor units, and path ids.
 */
import { z } from '@hono/zod-openapi';
import { pathId } from '../../core/http/openapi.ts';
import { optionalText, text } from '../../core/http/text.ts';
import { MAX_MINOR } from './money.ts';

export const isoDate = z.iso.date().openapi({ example: '2025-05-20' });
export const instant = z.string().openapi({ example: '2025-05-20T07:00:00.000Z' });
export const httpUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .openapi({ example: 'https://example.org' });
export const iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code has three letters')
  .transform((s) => s.toUpperCase())
  .openapi({ example: 'CHE' });
export const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 4217 code has three letters')
  .transform((s) => s.toUpperCase())
  .openapi({ example: 'USD' });
/** Free text of many lines (descriptions, notes); names and titles are one line: see core/http/text.ts. */
export const prose = (max: number) => text(max, { multiline: true });
export const optionalProse = (max: number) => optionalText(max, { multiline: true });
/** Integer minor units (cents for USD). */
export const minor = z
  .number()
  .int()
  .max(MAX_MINOR)
  .openapi({ example: 60000, description: `integer minor units of the currency, at most ${MAX_MINOR}` });
export const MoneySchema = z.object({ currency: z.string(), amountMinor: z.number().int() }).openapi('CoalitionMoney');

/** A path's `{id}`; extend it for paths with more ids (`IdParamSchema.extend({ personId: pathId('personId') })`). */
export const IdParamSchema = z.object({ id: pathId('id') });
