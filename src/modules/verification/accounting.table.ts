import { doublePrecision, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { ThresholdCrossing } from './accounting.ts';

/**
 * The maintained run accounting (accounting-fold.ts): each accepted report updates these rows in
 * the transaction that stores it, so reading the accounting costs the runs, not the workloads.
 * `concord verification recompute` rebuilds them from the stored reports and compares.
 */

/** One row per run any workload cited: runAccounting's figures of the run under the current thresholds. */
export const runTotals = pgTable('verification_run_totals', {
  runId: text('run_id').primaryKey(),
  cumulativeFlop: doublePrecision('cumulative_flop').notNull().default(0),
  acceleratorHours: doublePrecision('accelerator_hours').notNull().default(0),
  workloadCount: integer('workload_count').notNull().default(0),
  crossings: jsonb('crossings').$type<ThresholdCrossing[]>().notNull().default([]),
  /** The report ids, chronological, one per line (ids hold no control character). */
  reportIds: text('report_ids').notNull().default(''),
  facilityIds: jsonb('facility_ids').$type<string[]>().notNull().default([]),
  /** The chronologically last part: whether a new one is simply added after it. */
  lastPeriodEnd: timestamp('last_period_end', { withTimezone: true }),
  lastFacilityId: text('last_facility_id'),
  lastSequence: integer('last_sequence'),
});

/**
 * One row per report and run it carries workloads of (a part): the run's cumulative FLOP before
 * and after it and accelerator-hours after it, in chronological order. A report that arrives before
 * others already folded is summed from its predecessor's figures; the chart's series reads them.
 */
export const runParts = pgTable(
  'verification_run_parts',
  {
    runId: text('run_id').notNull(),
    periodEnd: timestamp('period_end', { withTimezone: true }).notNull(),
    facilityId: text('facility_id').notNull(),
    sequence: integer('sequence').notNull(),
    flopBefore: doublePrecision('flop_before').notNull(),
    flopAfter: doublePrecision('flop_after').notNull(),
    hoursAfter: doublePrecision('hours_after').notNull(),
    workloadCount: integer('workload_count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.periodEnd, t.facilityId, t.sequence] })],
);
