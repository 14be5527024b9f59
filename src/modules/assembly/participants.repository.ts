/**
 * Queries of the participants aggregate: participants with their states' reference figures, the
 * world totals, and the rules row. Functions take a `Db`, which may be a transaction handed down
 * by a service; none of them checks access.
 */
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { firstRow, type Db } from '../../core/db/client.ts';
import { settingsRow } from '../../core/db/settings-row.ts';
import { states } from '../../core/states/states.table.ts';
import { DEFAULT_RULES, type AssemblyRules } from './assembly-types.ts';
import { participants, type ParticipantKind, type ParticipantStatus } from './assembly.table.ts';

export type ParticipantRow = typeof participants.$inferSelect;

/** A participant with its state's reference figures (null for organizations). */
export interface ParticipantWithFigures extends ParticipantRow {
  region: string | null;
  population: number | null;
  gdpUsd: number | null;
}

// ── Participants ───────────────────────────────────────────────────────────

/**
 * Creates a participant (status invited) for every reference state that has
 * none; idempotent. Returns how many were created.
 */
export async function insertMissingStateParticipants(db: Db): Promise<number> {
  const { missing } = firstRow(
    await db
      .select({ missing: count() })
      .from(states)
      .leftJoin(participants, eq(participants.iso3, states.iso3))
      .where(isNull(participants.id)),
    'count of states without a participant',
  );
  if (missing === 0) return 0;
  await db.execute(sql`
    insert into assembly_participants (kind, iso3, name, status)
    select 'state', s.iso3, s.name, 'invited' from states s
    where not exists (select 1 from assembly_participants p where p.iso3 = s.iso3)
    order by s.iso3
    on conflict do nothing`);
  return missing;
}

const withFigures = {
  id: participants.id,
  kind: participants.kind,
  iso3: participants.iso3,
  name: participants.name,
  category: participants.category,
  status: participants.status,
  createdAt: participants.createdAt,
  updatedAt: participants.updatedAt,
  region: states.region,
  population: states.population,
  gdpUsd: states.gdpUsd,
};

export async function listParticipants(
  db: Db,
  filter: { kind?: ParticipantKind; status?: ParticipantStatus; ids?: number[] } = {},
): Promise<ParticipantWithFigures[]> {
  const conditions = [
    filter.kind ? eq(participants.kind, filter.kind) : undefined,
    filter.status ? eq(participants.status, filter.status) : undefined,
    filter.ids ? inArray(participants.id, filter.ids.length > 0 ? filter.ids : [-1]) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select(withFigures)
    .from(participants)
    .leftJoin(states, eq(states.iso3, participants.iso3))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(participants.id));
}

export async function findParticipant(db: Db, id: number, lock = false): Promise<ParticipantWithFigures | undefined> {
  const query = db
    .select(withFigures)
    .from(participants)
    .leftJoin(states, eq(states.iso3, participants.iso3))
    .where(eq(participants.id, id));
  const [row] = lock ? await query.for('update', { of: participants }) : await query;
  return row;
}

/** The participants with these ids, taken for update (a bulk change serialises with others), by id. */
export async function lockParticipants(db: Db, ids: readonly number[]): Promise<ParticipantWithFigures[]> {
  if (ids.length === 0) return [];
  return db
    .select(withFigures)
    .from(participants)
    .leftJoin(states, eq(states.iso3, participants.iso3))
    .where(inArray(participants.id, [...ids]))
    .orderBy(asc(participants.id))
    .for('update', { of: participants });
}

/** Sets one status on many participants at once. */
export async function updateStatuses(db: Db, ids: readonly number[], status: ParticipantStatus): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(participants)
    .set({ status, updatedAt: new Date() })
    .where(inArray(participants.id, [...ids]));
}

export async function findParticipantByName(db: Db, kind: ParticipantKind, name: string): Promise<ParticipantRow | undefined> {
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.kind, kind), eq(participants.name, name)));
  return row;
}

export async function insertOrganization(db: Db, values: Pick<ParticipantRow, 'name' | 'category' | 'status'>): Promise<ParticipantRow> {
  return firstRow(
    await db
      .insert(participants)
      .values({ kind: 'organization', ...values })
      .returning(),
    'insert into assembly_participants',
  );
}

export async function updateParticipant(db: Db, id: number, patch: Partial<Pick<ParticipantRow, 'name' | 'category' | 'status'>>) {
  return firstRow(
    await db
      .update(participants)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(participants.id, id))
      .returning(),
    `update of participant ${id}`,
  );
}

/** World totals over all reference states (a missing figure counts 0). */
export async function worldTotals(db: Db): Promise<{ population: number; gdpUsd: number }> {
  const row = firstRow(
    await db
      .select({
        population: sql<string>`coalesce(sum(${states.population}), 0)`,
        gdpUsd: sql<string>`coalesce(sum(${states.gdpUsd}), 0)`,
      })
      .from(states),
    'world totals',
  );
  return { population: Number(row.population), gdpUsd: Number(row.gdpUsd) };
}

// ── Rules ──────────────────────────────────────────────────────────────────

/** The rules: one versioned row of assembly_rules, created with the defaults on first read. */
const rulesRow = settingsRow<AssemblyRules>('assembly_rules', 'rules', DEFAULT_RULES);

/** The rules and their version; `lock` takes the row for update (a change serialises with others). */
export async function readRules(db: Db, lock = false): Promise<{ version: number; rules: AssemblyRules }> {
  const { version, value } = await rulesRow.read(db, lock);
  // Rules stored before requiredLanguages existed lack it: they required no language.
  return { version, rules: { ...value, requiredLanguages: value.requiredLanguages ?? [] } };
}

export const writeRules = (db: Db, version: number, rules: AssemblyRules): Promise<void> => rulesRow.write(db, version, rules);
