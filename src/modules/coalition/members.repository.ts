/**
 * Every query on the coalition's members: organizations and people. Functions
 * take a `Db`, which may be a transaction handed down by a service; none of
 * them checks access or writes to the log.
 */
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { type Db, firstRow } from '../../core/db/client.ts';
import { states } from '../../core/states/states.table.ts';
import { contributions, organizations, people, pledges } from './coalition.table.ts';

export type OrganizationRow = typeof organizations.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type NewOrganizationRow = typeof organizations.$inferInsert;
export type NewPersonRow = typeof people.$inferInsert;

/** A person with the name of their organization (null without one). */
export interface PersonWithOrganization {
  id: number;
  name: string;
  roles: PersonRow['roles'];
  organizationId: number | null;
  organizationName: string | null;
  visibility: PersonRow['visibility'];
  createdAt: Date;
}

// ── Reference states ───────────────────────────────────────────────────────

export async function stateExists(db: Db, iso3: string): Promise<boolean> {
  const [row] = await db.select({ iso3: states.iso3 }).from(states).where(eq(states.iso3, iso3));
  return row !== undefined;
}

// ── Organizations ──────────────────────────────────────────────────────────

export async function listOrganizations(db: Db): Promise<OrganizationRow[]> {
  return db.select().from(organizations).orderBy(asc(organizations.name));
}

export async function findOrganization(db: Db, id: number, lock = false): Promise<OrganizationRow | undefined> {
  const query = db.select().from(organizations).where(eq(organizations.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function organizationExists(db: Db, id: number): Promise<boolean> {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  return row !== undefined;
}

/** The id of an organization with this name, compared case-insensitively (other than `exceptId`). */
export async function findOrganizationIdByName(db: Db, name: string, exceptId?: number): Promise<number | undefined> {
  const [clash] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(sql`lower(${organizations.name}) = lower(${name})`, exceptId ? ne(organizations.id, exceptId) : undefined));
  return clash?.id;
}

export async function insertOrganization(db: Db, values: NewOrganizationRow): Promise<OrganizationRow> {
  return firstRow(await db.insert(organizations).values(values).returning(), 'inserted organization');
}

export async function updateOrganization(db: Db, id: number, changes: Partial<NewOrganizationRow>): Promise<OrganizationRow> {
  return firstRow(await db.update(organizations).set(changes).where(eq(organizations.id, id)).returning(), 'updated organization');
}

/** Deletes an organization (its people keep their row, without it); returns what was deleted. */
export async function deleteOrganization(db: Db, id: number): Promise<OrganizationRow | undefined> {
  const [row] = await db.delete(organizations).where(eq(organizations.id, id)).returning();
  return row;
}

// ── People ─────────────────────────────────────────────────────────────────

const personColumns = {
  id: people.id,
  name: people.name,
  roles: people.roles,
  organizationId: people.organizationId,
  organizationName: organizations.name,
  visibility: people.visibility,
  createdAt: people.createdAt,
};

export async function findPersonWithOrganization(db: Db, id: number): Promise<PersonWithOrganization | undefined> {
  const [row] = await db
    .select(personColumns)
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(people.id, id));
  return row;
}

/** Every person, by name. */
export async function listPeopleWithOrganization(db: Db): Promise<PersonWithOrganization[]> {
  return db
    .select(personColumns)
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .orderBy(asc(people.name), asc(people.id));
}

export async function findPerson(db: Db, id: number, lock = false): Promise<PersonRow | undefined> {
  const query = db.select().from(people).where(eq(people.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function personExists(db: Db, id: number): Promise<boolean> {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.id, id));
  return row !== undefined;
}

/** Every person's id and name (to resolve the people a CSV names). */
export async function listPersonNames(db: Db): Promise<{ id: number; name: string }[]> {
  return db.select({ id: people.id, name: people.name }).from(people);
}

/** The ids of the first `limit` public people, oldest first. */
export async function listPublicPersonIds(db: Db, limit: number): Promise<number[]> {
  const rows = await db.select({ id: people.id }).from(people).where(eq(people.visibility, 'public')).orderBy(asc(people.id)).limit(limit);
  return rows.map((r) => r.id);
}

/** The organization's name, or undefined when there is no such organization. */
export async function findOrganizationName(db: Db, id: number): Promise<string | undefined> {
  const [row] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, id));
  return row?.name;
}

/** Stores a person and returns the stored row (so a new person needs no read-back). */
export async function insertPersonRow(db: Db, values: NewPersonRow): Promise<PersonRow> {
  return firstRow(await db.insert(people).values(values).returning(), 'inserted person');
}

export async function insertPerson(db: Db, values: NewPersonRow): Promise<number> {
  return firstRow(await db.insert(people).values(values).returning({ id: people.id }), 'inserted person').id;
}

/** Changes a person; false when there is no such person. */
export async function updatePerson(db: Db, id: number, changes: Partial<NewPersonRow>): Promise<boolean> {
  const updated = await db.update(people).set(changes).where(eq(people.id, id)).returning({ id: people.id });
  return updated.length > 0;
}

export async function deletePerson(db: Db, id: number): Promise<void> {
  await db.delete(people).where(eq(people.id, id));
}

/** How many contributions and pledges name a person (the ledgers keep them). */
export async function countPersonRecords(db: Db, id: number): Promise<{ contributions: number; pledges: number }> {
  const { n: c } = firstRow(
    await db.select({ n: count() }).from(contributions).where(eq(contributions.personId, id)),
    'count of contributions',
  );
  const { n: p } = firstRow(await db.select({ n: count() }).from(pledges).where(eq(pledges.personId, id)), 'count of pledges');
  return { contributions: c, pledges: p };
}

// ── Public partners page ───────────────────────────────────────────────────

/** Every organization with its country's name, by joining date then name. */
export async function listPartnerOrganizations(db: Db) {
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      kind: organizations.kind,
      countryIso3: organizations.countryIso3,
      countryName: states.name,
      joinedOn: organizations.joinedOn,
      website: organizations.website,
      description: organizations.description,
    })
    .from(organizations)
    .leftJoin(states, eq(states.iso3, organizations.countryIso3))
    .orderBy(asc(organizations.joinedOn), asc(organizations.name));
}

/** The people who chose to be public, by name. */
export async function listPublicPeople(db: Db) {
  return db
    .select({
      id: people.id,
      name: people.name,
      roles: people.roles,
      organizationId: people.organizationId,
      organizationName: organizations.name,
    })
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(people.visibility, 'public'))
    .orderBy(asc(people.name), asc(people.id));
}
