import { bigint, integer, pgTable, smallint, text, timestamp, boolean, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Witnesses the delegations registered (C2SP tlog-witness): one per participant at most. The
 * participant is the assembly's, named by id without a foreign key, as `users.participant_id` is:
 * core uses none of the modules. A registered witness is asked only once the admin sets `asked`.
 * Witnesses configured in LOG_WITNESSES are not rows: they are always asked.
 */
export const logWitnesses = pgTable(
  'log_witnesses',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    vkey: text('vkey').notNull().unique(),
    url: text('url').notNull(),
    participantId: integer('participant_id'),
    asked: boolean('asked').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('log_witnesses_participant_idx').on(t.participantId)],
);

/**
 * How far each witness (configured or registered, by vkey) has cosigned: the size of the last
 * checkpoint it cosigned (from a 200, or the size a 409 told), that cosignature when this log holds
 * it, and the back-off of a witness that failed (`failures` in a row, no request before `next_try_at`).
 */
export const logWitnessProgress = pgTable('log_witness_progress', {
  vkey: text('vkey').primaryKey(),
  size: bigint('size', { mode: 'number' }),
  /** The witness's verified cosignature line on the checkpoint of `size`; null when `size` came from a 409. */
  cosignature: text('cosignature'),
  cosignedAt: timestamp('cosigned_at', { withTimezone: true }),
  lastError: text('last_error'),
  failures: integer('failures').notNull().default(0),
  nextTryAt: timestamp('next_try_at', { withTimezone: true }),
});

/**
 * One row (id 1): the newest checkpoint that reached the quorum, as served: its body, the log's
 * signature line, and every verified cosignature line gathered for exactly that body. It only
 * moves forward: a larger size, or the same size with more cosignatures.
 */
export const logWitnessedCheckpoint = pgTable('log_witnessed_checkpoint', {
  id: smallint('id').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  body: text('body').notNull(),
  logSignature: text('log_signature').notNull(),
  /** Cosignature lines, each newline-terminated, in the order the witnesses were asked. */
  cosignatures: text('cosignatures').notNull(),
  cosignatureCount: integer('cosignature_count').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
