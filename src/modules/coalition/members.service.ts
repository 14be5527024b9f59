/**
 * Members: the coalition's organizations (logged) and people (personal data,
 * not logged), and the public partners page.
 */
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { conflict, invalid, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import { changedFields, isUnchanged } from '../../core/patch.ts';
import type { NewOrganization, NewPerson, Organization, Partners, Person } from './members.dto.ts';
import * as repo from './members.repository.ts';

export type { NewOrganization, NewPerson, Organization, Person } from './members.dto.ts';

const toOrganization = (row: repo.OrganizationRow): Organization => ({
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
  if (!(await repo.stateExists(db, iso3))) throw invalid('unknown_country', `no state with ISO code ${iso3}`, { countryIso3: iso3 });
}

async function checkOrganizationName(db: Db, name: string, exceptId?: number) {
  const clash = await repo.findOrganizationIdByName(db, name, exceptId);
  if (clash !== undefined) throw conflict('already_exists', `an organization named ${name} exists`, { id: clash });
}

/** The public facts of an organization that its log entries record. */
const organizationFacts = (o: Organization) => ({
  name: o.name,
  kind: o.kind,
  countryIso3: o.countryIso3,
  joinedOn: o.joinedOn,
  website: o.website,
});

export async function listOrganizations(db: Db, actor: Actor | null): Promise<Organization[]> {
  requireRole(actor, 'admin');
  return (await repo.listOrganizations(db)).map(toOrganization);
}

export async function getOrganization(db: Db, actor: Actor | null, id: number): Promise<Organization> {
  requireRole(actor, 'admin');
  const row = await repo.findOrganization(db, id);
  if (!row) throw notFound('organization', { id });
  return toOrganization(row);
}

/** Adds an organization without an access check (first start, demo); the API goes through {@link createOrganization}. */
export async function addOrganizationUnchecked(db: Db, by: Actor | null, input: NewOrganization): Promise<Organization> {
  await checkCountry(db, input.countryIso3);
  return db.transaction(async (tx) => {
    await checkOrganizationName(tx, input.name);
    const row = await repo.insertOrganization(tx, {
      name: input.name,
      kind: input.kind,
      countryIso3: input.countryIso3 ?? null,
      joinedOn: input.joinedOn ?? null,
      website: input.website ?? null,
      description: input.description ?? null,
    });
    const org = toOrganization(row);
    await appendToLog(tx, {
      kind: 'coalition.organization-added',
      actor: actorLabel(by),
      subject: `organization:${org.id}`,
      body: organizationFacts(org),
    });
    return org;
  });
}

export async function createOrganization(db: Db, actor: Actor | null, input: NewOrganization): Promise<Organization> {
  const admin = requireRole(actor, 'admin');
  return addOrganizationUnchecked(db, admin, input);
}

export async function updateOrganization(db: Db, actor: Actor | null, id: number, patch: Partial<NewOrganization>): Promise<Organization> {
  const admin = requireRole(actor, 'admin');
  await checkCountry(db, patch.countryIso3);
  return db.transaction(async (tx) => {
    const row = await repo.findOrganization(tx, id, true);
    if (!row) throw notFound('organization', { id });
    // A PATCH that changes nothing writes nothing and logs nothing (the log is permanent).
    const changes = changedFields(row, patch);
    if (isUnchanged(changes)) return toOrganization(row);
    if (changes.name !== undefined) await checkOrganizationName(tx, changes.name, id);
    const org = toOrganization(await repo.updateOrganization(tx, id, changes));
    await appendToLog(tx, {
      kind: 'coalition.organization-changed',
      actor: actorLabel(admin),
      subject: `organization:${id}`,
      body: organizationFacts(org),
    });
    return org;
  });
}

/** Removes an organization; its people stay, without an organization. */
export async function deleteOrganization(db: Db, actor: Actor | null, id: number): Promise<void> {
  const admin = requireRole(actor, 'admin');
  await db.transaction(async (tx) => {
    const row = await repo.deleteOrganization(tx, id);
    if (!row) throw notFound('organization', { id });
    await appendToLog(tx, {
      kind: 'coalition.organization-removed',
      actor: actorLabel(admin),
      subject: `organization:${id}`,
      body: { name: row.name },
    });
  });
}

// ── People ─────────────────────────────────────────────────────────────────
// People are personal data and the public log is permanent, so adding or
// changing a person is not logged; their contributions are, by id and amount.

const toPerson = (row: repo.PersonWithOrganization): Person => ({
  ...row,
  organizationName: row.organizationName ?? null,
  createdAt: row.createdAt.toISOString(),
});

async function checkOrganization(db: Db, id: number | null | undefined) {
  if (id == null) return;
  if (!(await repo.organizationExists(db, id)))
    throw invalid('unknown_organization', `no organization with id ${id}`, { organizationId: id });
}

async function readPerson(db: Db, id: number): Promise<Person> {
  const row = await repo.findPersonWithOrganization(db, id);
  if (!row) throw notFound('person', { id });
  return toPerson(row);
}

export async function listPeople(db: Db, actor: Actor | null): Promise<Person[]> {
  requireRole(actor, 'admin');
  return (await repo.listPeopleWithOrganization(db)).map(toPerson);
}

export async function getPerson(db: Db, actor: Actor | null, id: number): Promise<Person> {
  requireRole(actor, 'admin');
  return readPerson(db, id);
}

/** Adds a person without an access check (first start, demo); the API goes through {@link createPerson}. */
export async function addPersonUnchecked(db: Db, input: NewPerson): Promise<Person> {
  // The organization's name is read while checking it exists, and the insert returns the row: a
  // new person costs one or two statements, not a read-back on top (issue 16).
  let organizationName: string | null = null;
  if (input.organizationId != null) {
    organizationName = (await repo.findOrganizationName(db, input.organizationId)) ?? null;
    if (organizationName === null) {
      throw invalid('unknown_organization', `no organization with id ${input.organizationId}`, { organizationId: input.organizationId });
    }
  }
  const row = await repo.insertPersonRow(db, {
    name: input.name,
    roles: input.roles ?? [],
    organizationId: input.organizationId ?? null,
    visibility: input.visibility ?? 'public',
  });
  return toPerson({ ...row, organizationName });
}

export async function createPerson(db: Db, actor: Actor | null, input: NewPerson): Promise<Person> {
  requireRole(actor, 'admin');
  return addPersonUnchecked(db, input);
}

export async function updatePerson(db: Db, actor: Actor | null, id: number, patch: Partial<NewPerson>): Promise<Person> {
  requireRole(actor, 'admin');
  await checkOrganization(db, patch.organizationId);
  const row = await repo.findPerson(db, id);
  if (!row) throw notFound('person', { id });
  // An empty PATCH, or one that repeats what is stored, writes nothing.
  const changes = changedFields(row, {
    name: patch.name,
    roles: patch.roles,
    organizationId: patch.organizationId,
    visibility: patch.visibility,
  });
  if (!isUnchanged(changes) && !(await repo.updatePerson(db, id, changes))) throw notFound('person', { id });
  return readPerson(db, id);
}

/** Removes a person who has no contributions or pledges (the ledgers are append-only). */
export async function deletePerson(db: Db, actor: Actor | null, id: number): Promise<void> {
  requireRole(actor, 'admin');
  await db.transaction(async (tx) => {
    if (!(await repo.findPerson(tx, id, true))) throw notFound('person', { id });
    const records = await repo.countPersonRecords(tx, id);
    if (records.contributions + records.pledges > 0) {
      throw conflict(
        'person_has_records',
        'this person has contributions or pledges, which are kept; mark them undisclosed instead',
        records,
      );
    }
    await repo.deletePerson(tx, id);
  });
}

/** The public partners listing: every organization, and the people who chose to be public. */
export async function listPartners(db: Db): Promise<Partners> {
  const orgs = await repo.listPartnerOrganizations(db);
  const publicPeople = await repo.listPublicPeople(db);
  return {
    organizations: orgs.map((o) => ({ ...o, countryName: o.countryName ?? null })),
    people: publicPeople.map((p) => ({ ...p, organizationName: p.organizationName ?? null })),
  };
}
