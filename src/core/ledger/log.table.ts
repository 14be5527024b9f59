import { bigint, customType, index, integer, pgTable, smallint, text, primaryKey } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * The log's entries. `canonical` holds the exact leaf bytes (RFC 8785 JSON);
 * kind and subject are copies of its fields, indexed so modules can find
 * their entries (e.g. every ballot of a motion) without parsing every leaf.
 */
export const logEntries = pgTable(
  'log_entries',
  {
    index: bigint('idx', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    subject: text('subject'),
    canonical: text('canonical').notNull(),
  },
  (t) => [index('log_entries_subject_idx').on(t.subject), index('log_entries_kind_idx').on(t.kind)],
);

/**
 * Merkle hashes in tiles (C2SP tlog-tiles, height 8). The row for tile level T,
 * index K holds the 256 hashes of tree level 8T from K·256 on, and above them
 * the interior hashes of their subtree (levels 8T+1 … 8T+8), 511 slots in all,
 * zero where not yet complete, so a proof reads one row per tile level.
 */
export const logTiles = pgTable(
  'log_tiles',
  {
    tileLevel: smallint('tile_level').notNull(),
    tileIndex: bigint('tile_index', { mode: 'number' }).notNull(),
    /** How many base hashes (0–256) are filled. */
    width: integer('width').notNull(),
    nodes: bytea('nodes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tileLevel, t.tileIndex] })],
);

/** One row: the tree size, locked FOR UPDATE by every append so appends serialize. */
export const logState = pgTable('log_state', {
  id: smallint('id').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  /** Random id of this log, so an in-memory cache never serves another database's tiles. */
  instance: text('instance').notNull(),
});

/** The log's Ed25519 signing key, created on first start; never leaves the server. */
export const logKeys = pgTable('log_keys', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  privateKeyPem: text('private_key_pem').notNull(),
  publicKey: bytea('public_key').notNull(),
  createdAt: text('created_at').notNull(),
});
