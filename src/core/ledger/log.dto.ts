import { z } from '@hono/zod-openapi';
import { text } from '../http/text.ts';

/** A non-negative integer in a query string; "-1", "1.5" or "x" fail with validation_failed. */
const count = (name: string, example: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/, `${name} must be a non-negative integer`)
    .transform(Number)
    .openapi({ param: { name, in: 'query' }, example: String(example) } as never);

/** An optional exact-match filter on an indexed column of the entries. */
const filter = (name: string, example: string, description: string) =>
  // text(): a control character (NUL above all, which PostgreSQL refuses in a parameter) is a 400.
  text(200, { trim: false })
    .optional()
    .openapi({ param: { name, in: 'query' }, example, description } as never);

/**
 * Entries [start, end). Without a filter the range holds at most 1000 entries; with `kind` and/or
 * `subject` it may be as wide as the log, and at most `limit` matching entries come back, in
 * `order` (oldest first by default; `desc` gives the newest matching ones first).
 */
export const EntriesQuerySchema = z.object({
  start: count('start', 0),
  end: count('end', 100),
  kind: filter('kind', 'coalition.contribution-recorded', 'only entries of this kind (exact)'),
  subject: filter('subject', 'treaty:1', 'only entries about this subject (exact)'),
  order: z
    .enum(['asc', 'desc'])
    .optional()
    .openapi({ param: { name: 'order', in: 'query' }, description: 'asc (default): oldest first; desc: newest first' } as never),
  limit: count('limit', 50).optional(),
});
export type EntriesQuery = z.infer<typeof EntriesQuerySchema>;
export const InclusionQuerySchema = z.object({ index: count('index', 0), size: count('size', 1) });
export const ConsistencyQuerySchema = z.object({ from: count('from', 1), to: count('to', 2) });

const hex = z.string().regex(/^[0-9a-f]{64}$/);

export const EntrySchema = z
  .object({
    kind: z.string(),
    at: z.string(),
    actor: z.string().nullable(),
    subject: z.string().nullable(),
    body: z.unknown(),
  })
  .openapi('LogEntry');

export const EntriesSchema = z
  .object({
    entries: z.array(
      z.object({
        index: z.number().int(),
        leafHash: hex,
        entry: EntrySchema,
        canonical: z.string().openapi({ description: 'base64 of the exact leaf bytes (RFC 8785 JSON)' }),
      }),
    ),
  })
  .openapi('LogEntries');

export const InclusionProofSchema = z
  .object({ index: z.number().int(), size: z.number().int(), leafHash: hex, rootHash: hex, path: z.array(hex) })
  .openapi('InclusionProof');

export const ConsistencyProofSchema = z
  .object({ from: z.number().int(), to: z.number().int(), fromRoot: hex, toRoot: hex, path: z.array(hex) })
  .openapi('ConsistencyProof');
