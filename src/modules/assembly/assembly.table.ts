import {
  date,
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
import type { AssemblyRules, EntryIntoForceConditions, StoredArticle } from './assembly-types.ts';
import type { Language } from './languages.ts';
import type { TallyResult, TallyRules } from './tally.ts';

// ── Participants and rules ─────────────────────────────────────────────────

export const PARTICIPANT_KINDS = ['state', 'organization'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export const PARTICIPANT_STATUSES = ['invited', 'member', 'observer', 'withdrawn'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const ORGANIZATION_CATEGORIES = ['ngo', 'citizens', 'other'] as const;
export type OrganizationCategory = (typeof ORGANIZATION_CATEGORIES)[number];

/**
 * Who takes part in the assembly: every reference state (one row each, created
 * on first start and lazily when missing) and the organizations the admin adds.
 * Only members vote; delegates are users bound to one participant (users.participant_id).
 */
export const participants = pgTable(
  'assembly_participants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').$type<ParticipantKind>().notNull(),
    /** The state, for kind 'state'; null for organizations. */
    iso3: text('iso3')
      .references(() => states.iso3)
      .unique(),
    name: text('name').notNull(),
    /** Organizations only: NGO, citizens' representative entity, other. */
    category: text('category').$type<OrganizationCategory>(),
    status: text('status').$type<ParticipantStatus>().notNull().default('invited'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assembly_participants_kind_name_idx').on(t.kind, t.name), index('assembly_participants_status_idx').on(t.status)],
);

/** The assembly's rules: one row (id 1), versioned; every change is logged. */
export const rulesTable = pgTable('assembly_rules', {
  id: smallint('id').primaryKey(),
  version: integer('version').notNull(),
  rules: jsonb('rules').$type<AssemblyRules>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// ── Treaty texts ───────────────────────────────────────────────────────────

export const TREATY_STATUSES = ['draft', 'adopted'] as const;
export type TreatyStatus = (typeof TREATY_STATUSES)[number];

/** A treaty: its consolidated text lives in immutable versions. */
export const treaties = pgTable('assembly_treaties', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  title: text('title').notNull(),
  /** The language the articles are written in; translations are into the other five. */
  sourceLanguage: text('source_language').$type<Language>().notNull().default('en'),
  status: text('status').$type<TreatyStatus>().notNull().default('draft'),
  currentVersion: integer('current_version').notNull(),
  /** Next number for a stable article key (`art-<n>`), never reused. */
  nextArticleKey: integer('next_article_key').notNull(),
  entryIntoForce: jsonb('entry_into_force').$type<EntryIntoForceConditions>().notNull(),
  adoptedVersion: integer('adopted_version'),
  adoptedOn: date('adopted_on', { mode: 'string' }),
  adoptedByMotion: integer('adopted_by_motion'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One immutable consolidated text of a treaty. */
export const treatyVersions = pgTable(
  'assembly_treaty_versions',
  {
    treatyId: integer('treaty_id')
      .notNull()
      .references(() => treaties.id),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    articles: jsonb('articles').$type<StoredArticle[]>().notNull(),
    /** The amendment whose adoption made this version; null for the first. */
    amendmentId: integer('amendment_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.treatyId, t.number] })],
);

/**
 * A translation of one article (by stable key) into one language. Append-only: an update is a new
 * row, so the translation of an older version stays readable. `sourceHash` is the SHA-256 of the
 * article text it translates (translation.ts), so whether it is current for a version is exact:
 * it is when that hash equals the hash of the version's article.
 */
export const translations = pgTable(
  'assembly_translations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    treatyId: integer('treaty_id')
      .notNull()
      .references(() => treaties.id),
    articleKey: text('article_key').notNull(),
    language: text('language').$type<Language>().notNull(),
    heading: text('heading').notNull(),
    body: text('body').notNull(),
    /** The treaty's current version when translated (its article text is the source). */
    sourceVersion: integer('source_version').notNull(),
    sourceHash: text('source_hash').notNull(),
    translatorId: integer('translator_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assembly_translations_treaty_idx').on(t.treatyId, t.language, t.articleKey)],
);

export const AMENDMENT_OPS = ['insert', 'replace', 'delete', 'edit'] as const;
export type AmendmentOp = (typeof AMENDMENT_OPS)[number];

export const AMENDMENT_STATUSES = ['proposed', 'on_floor', 'adopted', 'rejected', 'needs_rebase'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** A proposed change to one article of a draft, against a base version. */
export const amendments = pgTable(
  'assembly_amendments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    treatyId: integer('treaty_id')
      .notNull()
      .references(() => treaties.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    proposedBy: integer('proposed_by')
      .notNull()
      .references(() => users.id),
    baseVersion: integer('base_version').notNull(),
    op: text('op').$type<AmendmentOp>().notNull(),
    /** The article replaced, deleted or edited; null for an insertion. */
    articleKey: text('article_key'),
    /** Insertions: the article the new one follows; null inserts at the start. */
    afterKey: text('after_key'),
    heading: text('heading'),
    body: text('body'),
    rationale: text('rationale').notNull(),
    status: text('status').$type<AmendmentStatus>().notNull().default('proposed'),
    /** The version its adoption made. */
    appliedVersion: integer('applied_version'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assembly_amendments_treaty_idx').on(t.treatyId)],
);

/** Seconds: one per participant, never the proposer's. */
export const amendmentSeconds = pgTable(
  'assembly_amendment_seconds',
  {
    amendmentId: integer('amendment_id')
      .notNull()
      .references(() => amendments.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.amendmentId, t.participantId] })],
);

export const amendmentComments = pgTable(
  'assembly_amendment_comments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    amendmentId: integer('amendment_id')
      .notNull()
      .references(() => amendments.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** The delegation the author speaks for; null for the secretariat. */
    participantId: integer('participant_id').references(() => participants.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assembly_amendment_comments_amendment_idx').on(t.amendmentId)],
);

// ── Motions and ballots ────────────────────────────────────────────────────

export const MOTION_KINDS = ['procedural', 'amendment', 'adoption'] as const;
export type MotionKind = (typeof MOTION_KINDS)[number];

/** What a motion's `frozen` column keeps from its opening (the electorate is in its own table). */
export interface FrozenMotionRules {
  rulesVersion: number;
  tally: TallyRules;
}

/** An adoption motion's languages at its opening: those the rules required, and those complete and current. */
export interface MotionLanguages {
  sourceLanguage: Language;
  required: Language[];
  complete: Language[];
}

/** What closing adds beside the tally: whether an adopted amendment or draft took effect. */
export interface MotionOutcome {
  tally: TallyResult;
  /** The treaty version an adopted amendment made, or the version an adoption adopted. */
  appliedVersion?: number | null;
  /** Why an amendment that passed could not be applied (it conflicts with the current text). */
  notApplied?: string;
}

/**
 * A question put to the vote: an amendment on the floor, the adoption of a
 * whole draft, or a procedural question. Rules and electorate are frozen when
 * it opens (lazily, at the first use after `opens_at`); it closes at the first
 * use after `closes_at` or when the admin closes it.
 */
export const motions = pgTable(
  'assembly_motions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').$type<MotionKind>().notNull(),
    title: text('title').notNull(),
    treatyId: integer('treaty_id').references(() => treaties.id),
    amendmentId: integer('amendment_id').references(() => amendments.id),
    /** Adoption: the version put to the vote. */
    treatyVersion: integer('treaty_version'),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    frozen: jsonb('frozen').$type<FrozenMotionRules>(),
    /** Adoption motions: the languages complete and current at the opening. */
    languages: jsonb('languages').$type<MotionLanguages>(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    outcome: jsonb('outcome').$type<MotionOutcome>(),
  },
  (t) => [index('assembly_motions_treaty_idx').on(t.treatyId), index('assembly_motions_amendment_idx').on(t.amendmentId)],
);

/** The members of a motion's electorate at its opening, with their weight share in the states' chamber. */
export const electorate = pgTable(
  'assembly_motion_electorate',
  {
    motionId: integer('motion_id')
      .notNull()
      .references(() => motions.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    kind: text('kind').$type<ParticipantKind>().notNull(),
    /** States: weight share within the states' chamber (sums to 1); organizations: 0. */
    weight: doublePrecision('weight').notNull(),
  },
  (t) => [primaryKey({ columns: [t.motionId, t.participantId] })],
);

export const CHOICES = ['yes', 'no', 'abstain'] as const;

/**
 * The standing ballot of each participant (the last one cast). The salt stays
 * here until the motion closes; the log holds only the commitment until then.
 */
export const ballots = pgTable(
  'assembly_ballots',
  {
    motionId: integer('motion_id')
      .notNull()
      .references(() => motions.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    choice: text('choice').$type<(typeof CHOICES)[number]>().notNull(),
    salt: text('salt').notNull(),
    commitment: text('commitment').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.motionId, t.participantId] })],
);

// ── Signature, ratification, withdrawal ────────────────────────────────────

export const TREATY_ACTS = ['signature', 'ratification', 'withdrawal'] as const;
export type TreatyActKind = (typeof TREATY_ACTS)[number];

/** A state's signature, deposit of ratification, or withdrawal; one of each per state. */
export const treatyActs = pgTable(
  'assembly_treaty_acts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    treatyId: integer('treaty_id')
      .notNull()
      .references(() => treaties.id),
    participantId: integer('participant_id')
      .notNull()
      .references(() => participants.id),
    kind: text('kind').$type<TreatyActKind>().notNull(),
    /** Date of signature, of deposit of the instrument, or of withdrawal (YYYY-MM-DD). */
    date: date('date', { mode: 'string' }).notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assembly_treaty_acts_once_idx').on(t.treatyId, t.participantId, t.kind)],
);
