import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { conflict, invalid, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { changedFields, isUnchanged } from '../../core/patch.ts';
import { states } from '../../core/states/states.table.ts';
import {
  contributions,
  organizations,
  people,
  pledges,
  type OrganizationKind,
  type PersonRole,
  type Visibility,
} from './coalition.table.ts';

export interface Organization {
  id: number;
  name: string;
  kind: OrganizationKind;
  countryIso3: string | null;
  joinedOn: string | null;
  website: string | null;
  description: string | null;
  createdAt: string;
}

export interface NewOrganization {
  name: string;
  kind: OrganizationKind;
  countryIso3?: string | null;
  joinedOn?: string | null;
  website?: string | null;
  description?: string | null;
}

const toOrganization = (row: typeof organizations.$inferSelect): Organization => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  countryIso3: row.countryIso3,
  joinedOn: row.joinedOn,
  website: row.website,
  description: row.description,
  createdAt: row.createdAt.toISOString(),
});

/** Throws `unknown_country` unless `iso3` is one of the reference states. */
export async function checkCountry(db: Db, iso3: string | null | undefined): Promise<void> {
  if (iso3 == null) return;
  const [row] = await db.select({ iso3: states.iso3 }).from(states).where(eq(states.iso3, iso3));
  if (!row) throw invalid('unknown_country', `no state with ISO code ${iso3}`, { countryIso3: iso3 });
}

async function checkOrganizationName(db: Db, name: string, exceptId?: number) {
  const clash = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(sql`lower(${organizations.name}) = lower(${name})`, exceptId ? ne(organizations.id, exceptId) : undefined));
  if (clash.length) throw conflict('already_exists', `an organization named ${name} exists`, { id: clash[0].id });
}

/** The public facts of an organization that its log entries record. */
const organizationFacts = (o: Organization) => ({ name: o.name, kind: o.kind, countryIso3: o.countryIso3, joinedOn: o.joinedOn, website: o.website });

export async function listOrganizations(db: Db, actor: Actor | null): Promise<Organization[]> {
  requireRole(actor, 'admin');
  return (await db.select().from(organizations).orderBy(asc(organizations.name))).map(toOrganization);
}

export async function getOrganization(db: Db, actor: Actor | null, id: number): Promise<Organization> {
  requireRole(actor, 'admin');
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  if (!row) throw notFound('organization', { id });
  return toOrganization(row);
}

/** Adds an organization without an access check (first start, demo); the API goes through {@link createOrganization}. */
export async function addOrganization(db: Db, by: Actor | null, input: NewOrganization): Promise<Organization> {
  await checkCountry(db, input.countryIso3);
  return db.transaction(async (tx) => {
    await checkOrganizationName(tx, input.name);
    const [row] = await tx
      .insert(organizations)
      .values({
        name: input.name,
        kind: input.kind,
        countryIso3: input.countryIso3 ?? null,
        joinedOn: input.joinedOn ?? null,
        website: input.website ?? null,
        description: input.description ?? null,
      })
      .returning();
    const org = toOrganization(row);
    await appendToLog(tx, { kind: 'coalition.organization-added', actor: actorLabel(by), subject: `organization:${org.id}`, body: organizationFacts(org) });
    return org;
  });
}

export async function createOrganization(db: Db, actor: Actor | null, input: NewOrganization): Promise<Organization> {
  const admin = requireRole(actor, 'admin');
  return addOrganization(db, admin, input);
}

export async function updateOrganization(db: Db, actor: Actor | null, id: number, patch: Partial<NewOrganization>): Promise<Organization> {
  const admin = requireRole(actor, 'admin');
  await checkCountry(db, patch.countryIso3);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(organizations).where(eq(organizations.id, id)).for('update');
    if (!row) throw notFound('organization', { id });
    // A PATCH that changes nothing writes nothing and logs nothing (the log is permanent).
    const changes = changedFields(row, patch);
    if (isUnchanged(changes)) return toOrganization(row);
    if (changes.name !== undefined) await checkOrganizationName(tx, changes.name, id);
    const [updated] = await tx.update(organizations).set(changes).where(eq(organizations.id, id)).returning();
    const org = toOrganization(updated);
    await appendToLog(tx, { kind: 'coalition.organization-changed', actor: actorLabel(admin), subject: `organization:${id}`, body: organizationFacts(org) });
    return org;
  });
}

/** Removes an organization; its people stay, without an organization. */
export async function deleteOrganization(db: Db, actor: Actor | null, id: number): Promise<void> {
  const admin = requireRole(actor, 'admin');
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(organizations).where(eq(organizations.id, id)).returning();
    if (!row) throw notFound('organization', { id });
    await appendToLog(tx, { kind: 'coalition.organization-removed', actor: actorLabel(admin), subject: `organization:${id}`, body: { name: row.name } });
  });
}

// ── People ─────────────────────────────────────────────────────────────────
// People are personal data and the public log is permanent, so adding or
// changing a person is not logged; their contributions are, by id and amount.

export interface Person {
  id: number;
  name: string;
  roles: PersonRole[];
  organizationId: number | null;
  organizationName: string | null;
  visibility: Visibility;
  createdAt: string;
}

export interface NewPerson {
  name: string;
  roles?: PersonRole[];
  organizationId?: number | null;
  visibility?: Visibility;
}

const personColumns = {
  id: people.id,
  name: people.name,
  roles: people.roles,
  organizationId: people.organizationId,
  organizationName: organizations.name,
  visibility: people.visibility,
  createdAt: people.createdAt,
};

const toPerson = (row: { createdAt: Date; organizationName: string | null } & Omit<Person, 'createdAt' | 'organizationName'>): Person => ({
  ...row,
  organizationName: row.organizationName ?? null,
  createdAt: row.createdAt.toISOString(),
});

async function checkOrganization(db: Db, id: number | null | undefined) {
  if (id == null) return;
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id));
  if (!row) throw invalid('unknown_organization', `no organization with id ${id}`, { organizationId: id });
}

async function readPerson(db: Db, id: number): Promise<Person> {
  const [row] = await db.select(personColumns).from(people).leftJoin(organizations, eq(organizations.id, people.organizationId)).where(eq(people.id, id));
  if (!row) throw notFound('person', { id });
  return toPerson(row);
}

export async function listPeople(db: Db, actor: Actor | null): Promise<Person[]> {
  requireRole(actor, 'admin');
  const rows = await db.select(personColumns).from(people).leftJoin(organizations, eq(organizations.id, people.organizationId)).orderBy(asc(people.name), asc(people.id));
  return rows.map(toPerson);
}

export async function getPerson(db: Db, actor: Actor | null, id: number): Promise<Person> {
  requireRole(actor, 'admin');
  return readPerson(db, id);
}

/** Adds a person without an access check (first start, demo); the API goes through {@link createPerson}. */
export async function addPerson(db: Db, input: NewPerson): Promise<Person> {
  await checkOrganization(db, input.organizationId);
  const [row] = await db
    .insert(people)
    .values({ name: input.name, roles: input.roles ?? [], organizationId: input.organizationId ?? null, visibility: input.visibility ?? 'public' })
    .returning({ id: people.id });
  return readPerson(db, row.id);
}

export async function createPerson(db: Db, actor: Actor | null, input: NewPerson): Promise<Person> {
  requireRole(actor, 'admin');
  return addPerson(db, input);
}

export async function updatePerson(db: Db, actor: Actor | null, id: number, patch: Partial<NewPerson>): Promise<Person> {
  requireRole(actor, 'admin');
  await checkOrganization(db, patch.organizationId);
  const [row] = await db.select().from(people).where(eq(people.id, id));
  if (!row) throw notFound('person', { id });
  // An empty PATCH, or one that repeats what is stored, writes nothing.
  const changes = changedFields(row, { name: patch.name, roles: patch.roles, organizationId: patch.organizationId, visibility: patch.visibility });
  if (!isUnchanged(changes)) {
    const [updated] = await db.update(people).set(changes).where(eq(people.id, id)).returning({ id: people.id });
    if (!updated) throw notFound('person', { id });
  }
  return readPerson(db, id);
}

/** Removes a person who has no contributions or pledges (the ledgers are append-only). */
export async function deletePerson(db: Db, actor: Actor | null, id: number): Promise<void> {
  requireRole(actor, 'admin');
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ id: people.id }).from(people).where(eq(people.id, id)).for('update');
    if (!row) throw notFound('person', { id });
    const [{ n: c }] = await tx.select({ n: count() }).from(contributions).where(eq(contributions.personId, id));
    const [{ n: p }] = await tx.select({ n: count() }).from(pledges).where(eq(pledges.personId, id));
    if (c + p > 0) {
      throw conflict('person_has_records', 'this person has contributions or pledges, which are kept; mark them undisclosed instead', {
        contributions: c,
        pledges: p,
      });
    }
    await tx.delete(people).where(eq(people.id, id));
  });
}

/** The public partners listing: every organization, and the people who chose to be public. */
export async function listPartners(db: Db) {
  const orgs = await db
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
  const publicPeople = await db
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
  return { organizations: orgs.map((o) => ({ ...o, countryName: o.countryName ?? null })), people: publicPeople.map((p) => ({ ...p, organizationName: p.organizationName ?? null })) };
}
