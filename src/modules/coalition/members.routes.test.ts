import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_PARTNERS, FUNDING_SO_FAR } from './first-start-data.ts';
import { coalitionTestApp, errorCode, logEntries, type CoalitionTestApp } from './coalition.fixture.ts';

let t: CoalitionTestApp;
let admin: string;
beforeAll(async () => {
  t = await coalitionTestApp();
  admin = await t.login();
});
afterAll(() => t.close());

describe('first start', () => {
  it('loads the founding partners from the joint announcement', async () => {
    const { organizations } = await t.json('GET', '/api/coalition/partners');
    expect(organizations.map((o: { name: string }) => o.name).sort()).toEqual(FOUNDING_PARTNERS.map((o) => o.name).sort());
    expect(organizations.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining([
        'Trustless Computing Association',
        'Transnational Working Group on AI of the World Federalist Movement',
        'PauseAI',
        'International Congress for the Governance of Artificial Intelligence',
        'European Center for Peace and Development',
      ]),
    );
    const tca = organizations.find((o: { name: string }) => o.name === 'Trustless Computing Association');
    expect(tca).toMatchObject({ kind: 'partner', joinedOn: '2024-06-24' });
  });
  it('loads the published contributors, undisclosed ones as undisclosed', async () => {
    const { people } = await t.json('GET', '/api/coalition/partners');
    const names = people.map((p: { name: string }) => p.name);
    expect(names).toContain('Rufo Guerreschi');
    expect(names.some((n: string) => /undisclosed/i.test(n))).toBe(false);
    expect(people).toHaveLength(FUNDING_SO_FAR.length - 2);
    const rufo = people.find((p: { name: string }) => p.name === 'Rufo Guerreschi');
    expect(rufo).toMatchObject({ roles: ['executive_director', 'volunteer'], organizationName: 'Trustless Computing Association' });
  });
});

describe('/api/coalition/organizations', () => {
  it('lets an admin add, read, change and remove an organization, each logged', async () => {
    const created = await t.json('POST', '/api/coalition/organizations', {
      cookie: admin,
      body: {
        name: 'Global South AI Forum',
        kind: 'member',
        countryIso3: 'ken',
        joinedOn: '2025-02-01',
        website: 'https://gsaf.example.org',
      },
    });
    expect(created).toMatchObject({ kind: 'member', countryIso3: 'KEN', joinedOn: '2025-02-01' });
    const got = await t.json('GET', `/api/coalition/organizations/${created.id}`, { cookie: admin });
    expect(got.name).toBe('Global South AI Forum');
    const changed = await t.json('PATCH', `/api/coalition/organizations/${created.id}`, {
      cookie: admin,
      body: { kind: 'observer', website: null },
    });
    expect(changed).toMatchObject({ kind: 'observer', website: null, countryIso3: 'KEN' });
    const partners = await t.json('GET', '/api/coalition/partners');
    expect(partners.organizations.find((o: { id: number }) => o.id === created.id)).toMatchObject({ countryName: 'Kenya' });
    expect((await t.request('DELETE', `/api/coalition/organizations/${created.id}`, { cookie: admin })).status).toBe(204);
    expect((await t.request('GET', `/api/coalition/organizations/${created.id}`, { cookie: admin })).status).toBe(404);
    const kinds = (await logEntries(t)).filter((e) => e.subject === `organization:${created.id}`).map((e) => e.kind);
    expect(kinds).toEqual(['coalition.organization-added', 'coalition.organization-changed', 'coalition.organization-removed']);
  });
  it('refuses bad input with stable codes and changes nothing', async () => {
    const before = (await t.json('GET', '/api/coalition/organizations', { cookie: admin })).organizations.length;
    const cases: [unknown, number, string][] = [
      [{ name: 'X', kind: 'ally' }, 400, 'validation_failed'],
      [{ name: 'X', kind: 'member', extra: 1 }, 400, 'unknown_field'],
      [{ name: 'X', kind: 'member', countryIso3: 'ZZZ' }, 400, 'unknown_country'],
      [{ name: 'X', kind: 'member', countryIso3: 'KENYA' }, 400, 'validation_failed'],
      [{ name: 'X', kind: 'member', website: 'javascript:alert(1)' }, 400, 'validation_failed'],
      [{ name: 'X', kind: 'member', joinedOn: '2025-02-30' }, 400, 'validation_failed'],
      [{ name: 'pauseai', kind: 'member' }, 409, 'already_exists'],
      [{ name: '   ', kind: 'member' }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of cases) {
      const res = await t.request('POST', '/api/coalition/organizations', { cookie: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(await errorCode(res)).toBe(code);
    }
    const malformed = await t.request('POST', '/api/coalition/organizations', { cookie: admin, body: '{"name":' });
    expect(await errorCode(malformed)).toBe('malformed_json');
    expect((await t.json('GET', '/api/coalition/organizations', { cookie: admin })).organizations.length).toBe(before);
  });
  it('is closed to the public and to non-admin roles', async () => {
    expect(await errorCode(await t.request('GET', '/api/coalition/organizations'))).toBe('unauthenticated');
    const staff = await t.loginAs('staff');
    const res = await t.request('POST', '/api/coalition/organizations', { cookie: staff.cookie, body: { name: 'Y', kind: 'member' } });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('forbidden');
  });
});

describe('/api/coalition/people', () => {
  it('lets an admin manage people; the partners listing shows only public ones', async () => {
    const org = (await t.json('GET', '/api/coalition/organizations', { cookie: admin })).organizations[0];
    const shy = await t.json('POST', '/api/coalition/people', {
      cookie: admin,
      body: { name: 'Quiet Donor', roles: ['advisor'], organizationId: org.id, visibility: 'undisclosed' },
    });
    expect(shy).toMatchObject({ visibility: 'undisclosed', organizationName: org.name, roles: ['advisor'] });
    const open = await t.json('POST', '/api/coalition/people', {
      cookie: admin,
      body: { name: 'Open Advisor', roles: ['advisor', 'team'] },
    });
    expect(open.visibility).toBe('public');
    let partners = await t.json('GET', '/api/coalition/partners');
    expect(JSON.stringify(partners)).not.toContain('Quiet Donor');
    expect(partners.people.some((p: { id: number }) => p.id === shy.id)).toBe(false);
    expect(partners.people.some((p: { name: string }) => p.name === 'Open Advisor')).toBe(true);
    await t.json('PATCH', `/api/coalition/people/${open.id}`, { cookie: admin, body: { visibility: 'undisclosed' } });
    partners = await t.json('GET', '/api/coalition/partners');
    expect(JSON.stringify(partners)).not.toContain('Open Advisor');
    const all = (await t.json('GET', '/api/coalition/people', { cookie: admin })).people;
    expect(all.some((p: { name: string }) => p.name === 'Quiet Donor')).toBe(true);
    expect((await t.request('DELETE', `/api/coalition/people/${open.id}`, { cookie: admin })).status).toBe(204);
  });
  it('refuses duplicate roles, unknown organizations, and deleting someone with contributions', async () => {
    const dup = await t.request('POST', '/api/coalition/people', { cookie: admin, body: { name: 'D', roles: ['team', 'team'] } });
    expect(await errorCode(dup)).toBe('validation_failed');
    const badRole = await t.request('POST', '/api/coalition/people', { cookie: admin, body: { name: 'D', roles: ['chair'] } });
    expect(await errorCode(badRole)).toBe('validation_failed');
    const badOrg = await t.request('POST', '/api/coalition/people', { cookie: admin, body: { name: 'D', organizationId: 99999 } });
    expect(await errorCode(badOrg)).toBe('unknown_organization');
    const rufo = (await t.json('GET', '/api/coalition/people', { cookie: admin })).people.find(
      (p: { name: string }) => p.name === 'Rufo Guerreschi',
    );
    const del = await t.request('DELETE', `/api/coalition/people/${rufo.id}`, { cookie: admin });
    expect(del.status).toBe(409);
    expect(await errorCode(del)).toBe('person_has_records');
    expect((await t.request('GET', `/api/coalition/people/${rufo.id}`, { cookie: admin })).status).toBe(200);
  });
  it('never writes people to the public log', async () => {
    await t.json('POST', '/api/coalition/people', { cookie: admin, body: { name: 'Zebulon Private' } });
    expect(JSON.stringify(await logEntries(t))).not.toContain('Zebulon');
  });
});

describe('OpenAPI', () => {
  it('documents the coalition routes', async () => {
    const doc = await t.json('GET', '/api/openapi.json');
    for (const path of [
      '/api/coalition/funding',
      '/api/coalition/campaigns/{id}/settle',
      '/api/coalition/events.ics',
      '/api/coalition/outreach/targets',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});
