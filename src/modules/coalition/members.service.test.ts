/**
 * The member use cases called directly: organization names unique whatever
 * their case, what the log records of an organization (and never of a
 * person), people kept while the ledgers name them, and the public partners
 * page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { adminActor, codeOf, coalitionTestApp, logEntries, newActor, type CoalitionTestApp } from './coalition.fixture.ts';
import { addCampaignUnchecked, pledge } from './campaigns.service.ts';
import { addContributionsUnchecked } from './contributions.service.ts';
import {
  createOrganization,
  createPerson,
  deleteOrganization,
  deletePerson,
  getOrganization,
  getPerson,
  listOrganizations,
  listPartners,
  listPeople,
  updateOrganization,
  updatePerson,
} from './members.service.ts';

let t: CoalitionTestApp;
let db: Db;
let admin: Actor;
let staff: Actor;

beforeAll(async () => {
  t = await coalitionTestApp();
  db = t.database.db;
  admin = await adminActor(t);
  staff = await newActor(t, 'staff');
});
afterAll(() => t.close());

describe('organizations', () => {
  it('are for admins to list, read and change', async () => {
    expect(await codeOf(listOrganizations(db, null))).toBe('unauthenticated');
    expect(await codeOf(listOrganizations(db, staff))).toBe('forbidden');
    expect(await codeOf(createOrganization(db, staff, { name: 'Staff Org', kind: 'member' }))).toBe('forbidden');
    expect(await codeOf(getOrganization(db, admin, 2_000_000))).toBe('not_found');
  });

  it('have unique names whatever their case, on creation and on renaming', async () => {
    const first = await createOrganization(db, admin, { name: 'Unique Forum', kind: 'member' });
    expect(await codeOf(createOrganization(db, admin, { name: 'UNIQUE forum', kind: 'partner' }))).toBe('already_exists');
    const other = await createOrganization(db, admin, { name: 'Other Forum', kind: 'observer' });
    expect(await codeOf(updateOrganization(db, admin, other.id, { name: 'unique FORUM' }))).toBe('already_exists');
    // Renaming an organization to its own name in another case is not a clash with itself.
    expect((await updateOrganization(db, admin, first.id, { name: 'UNIQUE FORUM' })).name).toBe('UNIQUE FORUM');
    expect((await listOrganizations(db, admin)).filter((o) => o.name.toLowerCase() === 'unique forum')).toHaveLength(1);
  });

  it('check their country against the reference states', async () => {
    expect(await codeOf(createOrganization(db, admin, { name: 'Atlantis Org', kind: 'member', countryIso3: 'ATL' }))).toBe(
      'unknown_country',
    );
    const org = await createOrganization(db, admin, { name: 'Kenyan Org', kind: 'member', countryIso3: 'KEN' });
    expect(await codeOf(updateOrganization(db, admin, org.id, { countryIso3: 'ATL' }))).toBe('unknown_country');
    expect((await getOrganization(db, admin, org.id)).countryIso3).toBe('KEN');
  });

  it('log their public facts when added, changed and removed', async () => {
    const org = await createOrganization(db, admin, {
      name: 'Logged Org',
      kind: 'partner',
      website: 'https://logged.example',
      description: 'Not logged.',
    });
    await updateOrganization(db, admin, org.id, { kind: 'member' });
    await deleteOrganization(db, admin, org.id);
    const entries = (await logEntries(t)).filter((e) => e.subject === `organization:${org.id}`);
    expect(entries.map((e) => [e.kind, e.actor])).toEqual([
      ['coalition.organization-added', `user:${admin.id}`],
      ['coalition.organization-changed', `user:${admin.id}`],
      ['coalition.organization-removed', `user:${admin.id}`],
    ]);
    expect(entries[0]?.body).toEqual({
      name: 'Logged Org',
      kind: 'partner',
      countryIso3: null,
      joinedOn: null,
      website: 'https://logged.example',
    });
    expect(entries[1]?.body.kind).toBe('member');
    expect(entries[2]?.body).toEqual({ name: 'Logged Org' });
    expect(await codeOf(deleteOrganization(db, admin, org.id))).toBe('not_found');
  });

  it('leave their people in place, without an organization, when removed', async () => {
    const org = await createOrganization(db, admin, { name: 'Dissolved Org', kind: 'member' });
    const person = await createPerson(db, admin, { name: 'Left Behind', organizationId: org.id });
    expect(person.organizationName).toBe('Dissolved Org');
    await deleteOrganization(db, admin, org.id);
    expect(await getPerson(db, admin, person.id)).toMatchObject({ organizationId: null, organizationName: null });
  });
});

describe('people', () => {
  it('default to public with no roles, need a known organization, and are never logged', async () => {
    const logBefore = (await logEntries(t)).length;
    expect(await codeOf(createPerson(db, admin, { name: 'Orphan', organizationId: 2_000_000 }))).toBe('unknown_organization');
    const person = await createPerson(db, admin, { name: 'Plain Person' });
    expect(person).toMatchObject({ roles: [], organizationId: null, organizationName: null, visibility: 'public' });
    const changed = await updatePerson(db, admin, person.id, { roles: ['advisor', 'volunteer'], visibility: 'undisclosed' });
    expect(changed).toMatchObject({ roles: ['advisor', 'volunteer'], visibility: 'undisclosed' });
    expect(await codeOf(updatePerson(db, admin, person.id, { organizationId: 2_000_000 }))).toBe('unknown_organization');
    expect(await codeOf(updatePerson(db, admin, 2_000_000, { name: 'Nobody' }))).toBe('not_found');
    expect((await logEntries(t)).length).toBe(logBefore);
  });

  it('are listed by name, for admins only', async () => {
    await createPerson(db, admin, { name: 'Zz Last' });
    await createPerson(db, admin, { name: 'Aa First' });
    const names = (await listPeople(db, admin)).map((p) => p.name);
    expect(names.indexOf('Aa First')).toBeLessThan(names.indexOf('Zz Last'));
    expect(names.indexOf('Aa First')).toBeGreaterThanOrEqual(0);
    expect(await codeOf(listPeople(db, staff))).toBe('forbidden');
  });

  it('cannot be removed while a contribution or a pledge names them', async () => {
    const withHours = await createPerson(db, admin, { name: 'Has Hours' });
    await addContributionsUnchecked(db, null, [{ personId: withHours.id, contributedOn: '2025-01-01', hours: 2 }], t.env);
    expect(await codeOf(deletePerson(db, admin, withHours.id))).toBe('person_has_records');

    const withPledge = await createPerson(db, admin, { name: 'Has Pledge' });
    const deadline = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const campaign = await addCampaignUnchecked(
      db,
      admin,
      { title: 'Keeps pledgers', currency: 'EUR', goalMinor: 100, minimumMinor: 100, deadline },
      t.env,
    );
    await pledge(db, admin, campaign.id, { personId: withPledge.id, amountMinor: 50, currency: 'EUR' }, t.env);
    const err = await deletePerson(db, admin, withPledge.id).catch((e: unknown) => e as { code: string; details: unknown });
    expect(err).toMatchObject({ code: 'person_has_records', details: { contributions: 0, pledges: 1 } });

    const free = await createPerson(db, admin, { name: 'No Records' });
    await deletePerson(db, admin, free.id);
    expect(await codeOf(getPerson(db, admin, free.id))).toBe('not_found');
    expect(await codeOf(deletePerson(db, admin, free.id))).toBe('not_found');
  });
});

describe('listPartners', () => {
  it('shows every organization with its country’s name, and only the people who chose to be public', async () => {
    const org = await createOrganization(db, admin, {
      name: 'Partner With Country',
      kind: 'partner',
      countryIso3: 'CHE',
      joinedOn: '2024-06-24',
    });
    await createPerson(db, admin, { name: 'Public Partner Person', organizationId: org.id, roles: ['team'] });
    await createPerson(db, admin, { name: 'Private Partner Person', organizationId: org.id, visibility: 'undisclosed' });
    const partners = await listPartners(db);
    expect(partners.organizations.find((o) => o.id === org.id)).toEqual({
      id: org.id,
      name: 'Partner With Country',
      kind: 'partner',
      countryIso3: 'CHE',
      countryName: 'Switzerland',
      joinedOn: '2024-06-24',
      website: null,
      description: null,
    });
    expect(partners.people.find((p) => p.name === 'Public Partner Person')).toMatchObject({
      organizationId: org.id,
      organizationName: 'Partner With Country',
      roles: ['team'],
    });
    expect(JSON.stringify(partners)).not.toContain('Private Partner Person');
    for (const p of partners.people) expect(Object.keys(p).sort()).toEqual(['id', 'name', 'organizationId', 'organizationName', 'roles']);
  });
});
