import {
  bigint,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from '../../core/auth/auth.table.ts';
import { states } from '../../core/states/states.table.ts';
import type { VerificationSettings } from './settings.ts';
import type { InventoryItem, WorkloadClass } from './types.ts';

// ── Facilities, keys, operators ────────────────────────────────────────────

/**
 * Compute facilities. The id is a short slug chosen at registration (or generated), because
 * signed reports name it: it is part of the signed bytes and never changes.
 */
export const facilities = pgTable('verification_facilities', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The organization that operates the facility. */
  operator: text('operator').notNull(),
  jurisdiction: text('jurisdiction')
    .notNull()
    .references(() => states.iso3),
  inventory: jsonb('inventory').$type<InventoryItem[]>().notNull(),
  createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which operator accounts act for which facility. */
export const facilityOperators = pgTable(
  'verification_facility_operators',
  {
    facilityId: text('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.facilityId, t.userId] }), index('verification_facility_operators_user_idx').on(t.userId)],
);

/**
 * A facility's Ed25519 public keys. A key signs reports whose period ends in
 * [valid_from, retired_at]; a retired key keeps verifying what it signed before.
 * key_id (see report-signing.ts keyIdOf) is unique across facilities.
 */
export const facilityKeys = pgTable(
  'verification_facility_keys',
  {
    keyId: text('key_id').primaryKey(),
    facilityId: text('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    publicKeyPem: text('public_key_pem').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [index('verification_facility_keys_facility_idx').on(t.facilityId)],
);

// ── Declared runs ──────────────────────────────────────────────────────────

/** Training runs declared to the agency (the declaration is the notification). */
export const runs = pgTable('verification_runs', {
  id: text('id').primaryKey(),
  developer: text('developer').notNull(),
  name: text('name').notNull(),
  purpose: text('purpose').notNull(),
  expectedFlop: doublePrecision('expected_flop').notNull(),
  licenceRef: text('licence_ref'),
  declaredBy: integer('declared_by').references(() => users.id, { onDelete: 'set null' }),
  declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
});

// ── Reports and workloads ──────────────────────────────────────────────────

/**
 * Accepted compute reports. The rows hold every signed field (periods in the
 * exact `toISOString` form the schema demands, figures as float8, which
 * round-trips JavaScript numbers), so the canonical bytes can be rebuilt and
 * checked against `report_sha256` and the log entry at `log_index`.
 */
export const reports = pgTable(
  'verification_reports',
  {
    facilityId: text('facility_id')
      .notNull()
      .references(() => facilities.id),
    sequence: integer('sequence').notNull(),
    periodStart: timestamp('period_start', { withTimezone: true }).notNull(),
    periodEnd: timestamp('period_end', { withTimezone: true }).notNull(),
    meteredAcceleratorHours: doublePrecision('metered_accelerator_hours').notNull(),
    energyKwh: doublePrecision('energy_kwh').notNull(),
    /** Σ of the workloads' accelerator-hours (derived, for the public timeline). */
    declaredAcceleratorHours: doublePrecision('declared_accelerator_hours').notNull(),
    workloadCount: integer('workload_count').notNull(),
    keyId: text('key_id').notNull(),
    signature: text('signature').notNull(),
    /** Hex SHA-256 of the RFC 8785 canonical report, as logged. */
    reportSha256: text('report_sha256').notNull(),
    logIndex: bigint('log_index', { mode: 'number' }).notNull(),
    submittedBy: integer('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.facilityId, t.sequence] })],
);

/**
 * The workloads of accepted reports, in report order (`position`). A workload
 * id is unique per facility, so a challenge can name it. `run_id` may name a
 * run nobody declared: it is stored as given and accounted as undeclared.
 */
export const workloads = pgTable(
  'verification_workloads',
  {
    facilityId: text('facility_id').notNull(),
    sequence: integer('sequence').notNull(),
    position: integer('position').notNull(),
    workloadId: text('workload_id').notNull(),
    class: text('class').$type<WorkloadClass>().notNull(),
    acceleratorHours: doublePrecision('accelerator_hours').notNull(),
    utilization: doublePrecision('utilization').notNull(),
    runId: text('run_id'),
    accelerator: text('accelerator'),
    commitment: text('commitment').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.facilityId, t.sequence, t.position] }),
    uniqueIndex('verification_workloads_facility_workload_idx').on(t.facilityId, t.workloadId),
  ],
);

// ── Challenges ─────────────────────────────────────────────────────────────

export const CHALLENGE_STATUSES = ['open', 'passed', 'failed', 'overdue'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

/**
 * An inspector's challenge to a facility. A sampled challenge keeps the seed
 * (the ledger root hex at `tree_size`) and what it drew from (the workloads of
 * a report range, or named candidates), so anyone can repeat the draw with
 * sampleWorkloads.
 */
export const challenges = pgTable(
  'verification_challenges',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    facilityId: text('facility_id')
      .notNull()
      .references(() => facilities.id),
    issuedBy: integer('issued_by').references(() => users.id, { onDelete: 'set null' }),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    /** Sampled challenges: k, the seed and tree size, and the report range drawn from. */
    sampleSize: integer('sample_size'),
    seedHex: text('seed_hex'),
    treeSize: bigint('tree_size', { mode: 'number' }),
    sequenceFrom: integer('sequence_from'),
    sequenceTo: integer('sequence_to'),
    /** When drawn from named workloads rather than from every workload of the report range: their ids. */
    sampleCandidates: jsonb('sample_candidates').$type<string[]>(),
    status: text('status').$type<ChallengeStatus>().notNull().default('open'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('verification_challenges_facility_idx').on(t.facilityId), index('verification_challenges_status_idx').on(t.status)],
);

export const ANSWER_STATUSES = ['pending', 'passed', 'failed'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/**
 * The workloads a challenge names, and the facility's answer for each. The
 * revealed record and salt are private: inspectors, admins and the
 * facility's operators read them, nobody else.
 */
export const challengeWorkloads = pgTable(
  'verification_challenge_workloads',
  {
    challengeId: integer('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    workloadId: text('workload_id').notNull(),
    sequence: integer('sequence').notNull(),
    status: text('status').$type<AnswerStatus>().notNull().default('pending'),
    problems: jsonb('problems').$type<string[]>(),
    record: jsonb('record').$type<Record<string, unknown>>(),
    salt: text('salt'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: integer('answered_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.challengeId, t.workloadId] })],
);

// ── Settings ───────────────────────────────────────────────────────────────

/** The agency's verification settings: one row (id 1), versioned; every change is logged. */
export const settingsTable = pgTable('verification_settings', {
  id: smallint('id').primaryKey(),
  version: integer('version').notNull(),
  settings: jsonb('settings').$type<VerificationSettings>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
