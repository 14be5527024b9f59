import { sql } from 'drizzle-orm';
import { bigint, type AnyPgColumn, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../../core/auth/auth.table.ts';
import { states } from '../../core/states/states.table.ts';

// ── Members ────────────────────────────────────────────────────────────────

export const ORGANIZATION_KINDS = ['partner', 'member', 'observer'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const PERSON_ROLES = ['executive_director', 'team', 'advisor', 'volunteer'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const VISIBILITIES = ['public', 'undisclosed'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Organizations of the coalition: partners, members and observers. */
export const organizations = pgTable('coalition_organizations', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull().unique(),
  kind: text('kind').$type<OrganizationKind>().notNull(),
  countryIso3: text('country_iso3').references(() => states.iso3),
  joinedOn: date('joined_on'),
  website: text('website'),
  description: text('description'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * People of the coalition. An undisclosed person is never shown publicly:
 * not by name, not by id (the funding page shows "undisclosed").
 */
export const people = pgTable('coalition_people', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  roles: text('roles')
    .array()
    .$type<PersonRole[]>()
    .notNull()
    .default(sql`'{}'::text[]`),
  organizationId: integer('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
  visibility: text('visibility').$type<Visibility>().notNull().default('public'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// ── Contributions ──────────────────────────────────────────────────────────

/**
 * The contributions ledger: append-only. Hours are stored in hundredths
 * (integer, so sums are exact), money in integer minor units of `currency`.
 * A correction is a reversal row (`reverses_id`, negated figures) plus, if
 * needed, a new entry; the unique index makes a second reversal impossible.
 * The (person_id) index with hours, amount and currency lets the funding
 * page aggregate by person without touching the rest of the row.
 */
export const contributions = pgTable(
  'coalition_contributions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    contributedOn: date('contributed_on').notNull(),
    hundredthHours: integer('hundredth_hours').notNull().default(0),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull().default(0),
    currency: text('currency'),
    description: text('description').notNull().default(''),
    reversesId: integer('reverses_id').references((): AnyPgColumn => contributions.id),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('coalition_contributions_reverses_idx').on(t.reversesId),
    index('coalition_contributions_funding_idx').on(t.personId, t.currency, t.hundredthHours, t.amountMinor),
  ],
);

// ── Pledge campaigns ───────────────────────────────────────────────────────

export const CAMPAIGN_OUTCOMES = ['collected', 'released'] as const;
export type CampaignOutcome = (typeof CAMPAIGN_OUTCOMES)[number];

/**
 * All-or-nothing pledge campaigns. `outcome` is null while open; settling
 * sets it once, guarded by `where outcome is null` (see campaigns.service.ts).
 */
export const campaigns = pgTable('coalition_campaigns', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  currency: text('currency').notNull(),
  goalMinor: bigint('goal_minor', { mode: 'number' }).notNull(),
  minimumMinor: bigint('minimum_minor', { mode: 'number' }).notNull(),
  deadline: timestamp('deadline', { withTimezone: true }).notNull(),
  outcome: text('outcome').$type<CampaignOutcome>(),
  pledgedAtSettlementMinor: bigint('pledged_at_settlement_minor', { mode: 'number' }),
  settledAt: timestamp('settled_at', { withTimezone: true }),
  settledBy: text('settled_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const PLEDGE_STATUSES = ['authorized', 'collected', 'released'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

/** Pledges: by a named pledger (name and e-mail) or by a known person. */
export const pledges = pgTable(
  'coalition_pledges',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    personId: integer('person_id').references(() => people.id),
    pledgerName: text('pledger_name'),
    pledgerEmail: text('pledger_email'),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    status: text('status').$type<PledgeStatus>().notNull().default('authorized'),
    paymentReference: text('payment_reference'),
    pledgedAt: timestamp('pledged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coalition_pledges_campaign_idx').on(t.campaignId)],
);

export const PAYMENT_ACTIONS = ['authorize', 'capture', 'release'] as const;
export type PaymentAction = (typeof PAYMENT_ACTIONS)[number];

/** What the recording payment processor would have asked a real processor to do. */
export const paymentRecords = pgTable(
  'coalition_payment_records',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pledgeId: integer('pledge_id')
      .notNull()
      .references(() => pledges.id),
    action: text('action').$type<PaymentAction>().notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    reference: text('reference').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One authorize, and one capture or release, per pledge: a second is a bug.
  (t) => [uniqueIndex('coalition_payment_records_once_idx').on(t.pledgeId, t.action)],
);

// ── Events ─────────────────────────────────────────────────────────────────

export const EVENT_KINDS = ['summit', 'working_group', 'meeting'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Summits, working groups and meetings; in person, online or hybrid. */
export const events = pgTable('coalition_events', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  title: text('title').notNull(),
  kind: text('kind').$type<EventKind>().notNull(),
  description: text('description').notNull().default(''),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  /** IANA time zone the event is held in; times are stored as instants. */
  timeZone: text('time_zone').notNull(),
  place: text('place'),
  onlineUrl: text('online_url'),
  /** Confirmed places; null means no limit. */
  capacity: integer('capacity'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An event's agenda, in order. */
export const agendaItems = pgTable(
  'coalition_agenda_items',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** Local wall time "HH:MM" in the event's time zone, or null. */
    time: text('time'),
    title: text('title').notNull(),
    speaker: text('speaker'),
  },
  (t) => [index('coalition_agenda_items_event_idx').on(t.eventId, t.position)],
);

export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/**
 * Registrations by name and e-mail (no account needed). The cancel token is
 * stored only as its SHA-256. One live registration per e-mail and event.
 */
export const registrations = pgTable(
  'coalition_registrations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    status: text('status').$type<RegistrationStatus>().notNull(),
    cancelTokenHash: text('cancel_token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    index('coalition_registrations_event_idx').on(t.eventId, t.status, t.id),
    uniqueIndex('coalition_registrations_live_idx')
      .on(t.eventId, t.email)
      .where(sql`${t.status} <> 'cancelled'`),
  ],
);

/** Members of a working group (an event of kind working_group). */
export const workingGroupMembers = pgTable(
  'coalition_working_group_members',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.personId] })],
);

/** A working group's outputs: documents linked by URL. */
export const workingGroupOutputs = pgTable('coalition_working_group_outputs', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  eventId: integer('event_id')
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  url: text('url').notNull(),
  publishedOn: date('published_on'),
});

// ── Outreach (private to admin and staff) ──────────────────────────────────

export const TARGET_TYPES = ['person', 'institution'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export const TARGET_CATEGORIES = ['head_of_state', 'advisor', 'security_agency', 'ai_lab', 'state_delegation', 'ngo', 'expert'] as const;
export type TargetCategory = (typeof TARGET_CATEGORIES)[number];

export const STAGES = ['identified', 'contacted', 'engaged', 'supportive', 'committed', 'declined'] as const;
export type Stage = (typeof STAGES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CHANNELS = ['email', 'call', 'video', 'meeting', 'letter', 'event', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Whom the coalition is trying to win over. Never public, never in the public log. */
export const outreachTargets = pgTable(
  'coalition_outreach_targets',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    type: text('type').$type<TargetType>().notNull(),
    category: text('category').$type<TargetCategory>().notNull(),
    countryIso3: text('country_iso3').references(() => states.iso3),
    priority: text('priority').$type<Priority>().notNull().default('medium'),
    ownerId: integer('owner_id').references(() => users.id, { onDelete: 'set null' }),
    stage: text('stage').$type<Stage>().notNull().default('identified'),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coalition_outreach_targets_stage_idx').on(t.stage)],
);

/** Contacts with a target, each with an optional next action and its due date. */
export const outreachInteractions = pgTable(
  'coalition_outreach_interactions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    targetId: integer('target_id')
      .notNull()
      .references(() => outreachTargets.id, { onDelete: 'cascade' }),
    occurredOn: date('occurred_on').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    summary: text('summary').notNull(),
    nextAction: text('next_action'),
    nextActionDue: date('next_action_due'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coalition_outreach_interactions_target_idx').on(t.targetId, t.occurredOn, t.id)],
);

/** Every move of a target between stages, with its date. */
export const outreachStageChanges = pgTable(
  'coalition_outreach_stage_changes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    targetId: integer('target_id')
      .notNull()
      .references(() => outreachTargets.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage').$type<Stage>(),
    toStage: text('to_stage').$type<Stage>().notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    changedBy: integer('changed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('coalition_outreach_stage_changes_target_idx').on(t.targetId, t.id)],
);

// ── Roadmap ────────────────────────────────────────────────────────────────

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'missed'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const milestones = pgTable('coalition_milestones', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  targetDate: date('target_date').notNull(),
  status: text('status').$type<MilestoneStatus>().notNull().default('planned'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const milestoneEvents = pgTable(
  'coalition_milestone_events',
  {
    milestoneId: integer('milestone_id')
      .notNull()
      .references(() => milestones.id, { onDelete: 'cascade' }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.milestoneId, t.eventId] })],
);
