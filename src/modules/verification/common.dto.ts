/**
 * Schema pieces the verification module's aggregates share: the ids facilities choose, names
 * shown to people, instants in their one signed spelling, and the upper bounds of figures. Each
 * aggregate's bodies and answers are in facilities.dto.ts, reports.dto.ts, challenges.dto.ts and
 * accounting.dto.ts (settings, accounting and flags).
 */
import { z } from '@hono/zod-openapi';
import { text } from '../../core/http/text.ts';

/** What a workload was used for, as the facility declares it. */
export const WORKLOAD_CLASSES = ['training', 'fine-tuning', 'inference', 'other'] as const;
export type WorkloadClass = (typeof WORKLOAD_CLASSES)[number];

/** Ids chosen by facilities and declarants: short, printable, no separators. */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const slug = (what: string) => z.string().regex(SLUG, `${what} must be 1–64 letters, digits, '.', '_', ':' or '-'`);
export const FacilityIdSchema = slug('a facility id').openapi({ example: 'fac-01' });
export const RunIdSchema = slug('a run id').openapi({ example: 'run-frontier-7' });
export const WorkloadIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, "a workload id must be 1–128 letters, digits, '.', '_', ':' or '-'")
  .openapi({ example: 'w3f9a0c12de45b678' });
/**
 * Names shown to people: core's one-line text (no control characters, no tab or newline, which
 * also keeps them safe in the repository's tab- and newline-separated bulk reads).
 */
export const label = (max: number) => text(max);
export const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters');

/**
 * An instant in the exact form `Date.prototype.toISOString` gives (UTC, milliseconds, `Z`).
 * Signed reports carry their periods as text; one spelling per instant means the stored report
 * rebuilds to the very bytes that were signed.
 */
export const IsoInstantSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'must be a UTC time like 2026-01-01T00:00:00.000Z')
  .refine((s) => Number.isFinite(Date.parse(s)) && new Date(s).toISOString() === s, 'not a valid time')
  .openapi({ example: '2026-01-01T00:00:00.000Z' });

/**
 * Upper bounds far beyond any real facility, so that no figure a client sends can
 * overflow the accounting (1e308 accelerator-hours would make every FLOP sum
 * Infinity, served as null): a million times today's fastest accelerator, a
 * billion accelerators running for a century, and FLOP past any plausible run.
 */
export const MAX_PEAK_FLOPS = 1e21;
export const MAX_ACCELERATOR_HOURS = 1e15;
export const MAX_ENERGY_KWH = 1e15;
export const MAX_FLOP = 1e40;

export const nonNegative = z.number().min(0);
export const positive = z.number().gt(0);
export const flop = positive.max(MAX_FLOP);
