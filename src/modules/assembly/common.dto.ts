/**
 * Schema pieces the assembly's three aggregates share: path ids, a positive integer in a query
 * string, shares, dates. Each aggregate's bodies and answers are in participants.dto.ts,
 * treaties.dto.ts and motions.dto.ts.
 */
import { z } from '@hono/zod-openapi';
import { pathId } from '../../core/http/openapi.ts';

/** A share in [0, 1]. */
export const share = z.number().min(0).max(1);
/** A share in (0, 1]. */
export const positiveShare = z.number().gt(0).max(1);
/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date().openapi({ example: '2026-05-20' });
/** An instant with its offset. */
export const isoDateTime = z.iso.datetime({ offset: true }).openapi({ example: '2026-05-20T12:00:00Z' });

export const IdParamSchema = z.object({ id: pathId('id') });
export const AmendmentParamSchema = z.object({ id: pathId('id'), aid: pathId('aid') });
export const VersionParamSchema = z.object({ id: pathId('id'), n: pathId('n') });

/** A positive integer in a query string. */
export const queryInt = (name: string, example: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name} must be a positive integer`)
    .transform(Number)
    .refine((n) => n > 0, `${name} must be a positive integer`)
    .openapi({ param: { name, in: 'query' }, example: String(example) } as never);
