/**
 * Issue 9, items 2 and 3 for the coalition: free text PostgreSQL cannot store (U+0000, lone
 * surrogates) is refused with 400 validation_failed naming the field and changes nothing; a PATCH
 * that changes nothing answers 200 with the record, writes nothing and logs nothing.
 */
import { eq } from 'drizzle-orm';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { logSize } from '../../core/ledger/log-reader.ts';
import { events } from './coalition.table.ts';
import { MAX_MINOR } from './money.ts';
import { coalitionTestApp, type CoalitionTestApp } from './coalition.fixture.ts';

let t: CoalitionTestApp;
let admin: string;
let ids: { organization: number; person: number; event: number; target: number; milestone: number; campaign: number };

const summit = {
  title: 'Verification Summit',
  kind: 'summit',
  description: 'Two days on verification.',
  start: '2025-11-20T09:00',
  end: '2025-11-21T17:30',
  timeZone: 'Europe/Zurich',
  place: 'Geneva',
  capacity: 50,
  agenda: [{ time: '09:00', title: 'Opening', speaker: 'Secretariat' }, { title: 'Panel' }],
};
const size = () => logSize(t.database.db);

beforeAll(async () => {
  t = await coalitionTestApp();
  admin = await t.login();
  const org = await t.json('POST', '/api/coalition/organizations', {
    cookie: admin,
    body: { name: 'Input Test Forum', kind: 'member', countryIso3: 'KEN', description: 'A forum.' },
  });
  const person = await t.json('POST', '/api/coalition/people', {
    cookie: admin,
    body: { name: 'Grace Hopper', roles: ['volunteer'], organizationId: org.id },
  });
  const event = await t.json('POST', '/api/coalition/events', { cookie: admin, body: summit });
  const target = await t.json('POST', '/api/coalition/outreach/targets', {
    cookie: admin,
    body: {
      name: 'Ministry of Foreign Affairs',
      type: 'institution',
      category: 'advisor',
      countryIso3: 'FRA',
      notes: 'First contact in May.',
    },
  });
  const milestone = await t.json('POST', '/api/coalition/milestones', {
    cookie: admin,
    body: { title: 'Assembly convened', targetDate: '2026-09-01', eventIds: [event.id] },
  });
  const deadline = new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString();
  const campaign = await t.json('POST', '/api/coalition/campaigns', {
    cookie: admin,
    body: { title: 'Coordinator', currency: 'USD', goalMinor: 100_000, minimumMinor: 50_000, deadline },
  });
  ids = { organization: org.id, person: person.id, event: event.id, target: target.id, milestone: milestone.id, campaign: campaign.id };
});
afterAll(() => t.close());

// JSON.stringify writes U+0000 as \u0000 and a lone surrogate as the escape \ud800, so the
// server's JSON parser gives back exactly these strings.
const BAD = { nul: 'a\u0000b', surrogate: 'a\ud800b', lowSurrogate: '\udfff' };

const textOperations: {
  name: string;
  method: string;
  path: () => string;
  body: (bad: string) => Record<string, unknown>;
  field: string;
}[] = [
  {
    name: 'organization name',
    method: 'POST',
    path: () => '/api/coalition/organizations',
    body: (v) => ({ name: v, kind: 'member' }),
    field: 'name',
  },
  {
    name: 'organization description',
    method: 'POST',
    path: () => '/api/coalition/organizations',
    body: (v) => ({ name: 'New Org', kind: 'member', description: v }),
    field: 'description',
  },
  {
    name: 'organization PATCH',
    method: 'PATCH',
    path: () => `/api/coalition/organizations/${ids.organization}`,
    body: (v) => ({ description: v }),
    field: 'description',
  },
  { name: 'person name', method: 'POST', path: () => '/api/coalition/people', body: (v) => ({ name: v }), field: 'name' },
  { name: 'person PATCH', method: 'PATCH', path: () => `/api/coalition/people/${ids.person}`, body: (v) => ({ name: v }), field: 'name' },
  { name: 'event title', method: 'POST', path: () => '/api/coalition/events', body: (v) => ({ ...summit, title: v }), field: 'title' },
  {
    name: 'event description',
    method: 'POST',
    path: () => '/api/coalition/events',
    body: (v) => ({ ...summit, description: v }),
    field: 'description',
  },
  { name: 'event place', method: 'POST', path: () => '/api/coalition/events', body: (v) => ({ ...summit, place: v }), field: 'place' },
  {
    name: 'agenda speaker',
    method: 'POST',
    path: () => '/api/coalition/events',
    body: (v) => ({ ...summit, agenda: [{ title: 'x', speaker: v }] }),
    field: 'agenda.0.speaker',
  },
  {
    name: 'event PATCH title',
    method: 'PATCH',
    path: () => `/api/coalition/events/${ids.event}`,
    body: (v) => ({ title: v }),
    field: 'title',
  },
  {
    name: 'event PATCH place',
    method: 'PATCH',
    path: () => `/api/coalition/events/${ids.event}`,
    body: (v) => ({ place: v }),
    field: 'place',
  },
  {
    name: 'registration name',
    method: 'POST',
    path: () => `/api/coalition/events/${ids.event}/registrations`,
    body: (v) => ({ name: v, email: 'r@example.org' }),
    field: 'name',
  },
  {
    name: 'working group output',
    method: 'POST',
    path: () => `/api/coalition/events/${ids.event}/outputs`,
    body: (v) => ({ title: v, url: 'https://example.org/o' }),
    field: 'title',
  },
  {
    name: 'outreach target name',
    method: 'POST',
    path: () => '/api/coalition/outreach/targets',
    body: (v) => ({ name: v, type: 'institution', category: 'advisor' }),
    field: 'name',
  },
  {
    name: 'outreach target PATCH notes',
    method: 'PATCH',
    path: () => `/api/coalition/outreach/targets/${ids.target}`,
    body: (v) => ({ notes: v }),
    field: 'notes',
  },
  {
    name: 'interaction summary',
    method: 'POST',
    path: () => `/api/coalition/outreach/targets/${ids.target}/interactions`,
    body: (v) => ({ occurredOn: '2025-02-01', channel: 'email', summary: v }),
    field: 'summary',
  },
  {
    name: 'interaction next action',
    method: 'POST',
    path: () => `/api/coalition/outreach/targets/${ids.target}/interactions`,
    body: (v) => ({ occurredOn: '2025-02-01', channel: 'email', summary: 'wrote', nextAction: v }),
    field: 'nextAction',
  },
  {
    name: 'milestone title',
    method: 'POST',
    path: () => '/api/coalition/milestones',
    body: (v) => ({ title: v, targetDate: '2026-01-01' }),
    field: 'title',
  },
  {
    name: 'milestone PATCH description',
    method: 'PATCH',
    path: () => `/api/coalition/milestones/${ids.milestone}`,
    body: (v) => ({ description: v }),
    field: 'description',
  },
  {
    name: 'contribution description',
    method: 'POST',
    path: () => '/api/coalition/contributions',
    body: (v) => ({ personId: ids.person, contributedOn: '2025-01-05', hours: 1, description: v }),
    field: 'description',
  },
  {
    name: 'campaign title',
    method: 'POST',
    path: () => '/api/coalition/campaigns',
    body: (v) => ({ title: v, currency: 'USD', goalMinor: 100, minimumMinor: 50, deadline: '2099-01-01T00:00:00Z' }),
    field: 'title',
  },
  {
    name: 'pledger name',
    method: 'POST',
    path: () => `/api/coalition/campaigns/${ids.campaign}/pledges`,
    body: (v) => ({ name: v, email: 'p@example.org', amountMinor: 100, currency: 'USD' }),
    field: 'name',
  },
];

describe('text PostgreSQL cannot store', () => {
  for (const op of textOperations) {
    it(`${op.name}: U+0000 and lone surrogates get 400 validation_failed naming ${op.field}, and change nothing`, async () => {
      const before = await size();
      const snapshot = op.method === 'PATCH' ? await (await t.request('GET', op.path(), { cookie: admin })).text() : undefined;
      for (const [what, bad] of Object.entries(BAD)) {
        const res = await t.request(op.method, op.path(), { cookie: admin, body: op.body(bad) });
        const body = (await res.json()) as { error: { code: string; message: string; details: { path: string }[] } };
        expect(res.status, `${what}: ${JSON.stringify(body)}`).toBe(400);
        expect(body.error.code).toBe('validation_failed');
        expect(body.error.message).toContain(op.field);
        expect(body.error.details.map((d) => d.path)).toContain(op.field);
      }
      expect(await size()).toBe(before);
      if (snapshot !== undefined) expect(await (await t.request('GET', op.path(), { cookie: admin })).text()).toBe(snapshot);
    });
  }

  it('prose keeps tab and newline, and stores CRLF as LF; a name refuses a line break', async () => {
    const changed = await t.json('PATCH', `/api/coalition/organizations/${ids.organization}`, {
      cookie: admin,
      body: { description: 'Line one\r\n\tLine two' },
    });
    expect(changed.description).toBe('Line one\n\tLine two');
    const res = await t.request('POST', '/api/coalition/people', { cookie: admin, body: { name: 'Two\nLines' } });
    expect(res.status).toBe(400);
  });

  it('refuses U+0000 in an imported CSV description, storing nothing', async () => {
    const before = await size();
    const csv = `person,date,hours,description\n${ids.person},2025-01-06,1,"bad\u0000cell"\n`;
    const res = await t.request('POST', '/api/coalition/contributions/import', {
      cookie: admin,
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain('description: must not contain a control character (U+0000)');
    expect(await size()).toBe(before);
  });
});

/** Each PATCH route: the stored values sent again, a real change, and whether changes are logged. */
const patchRoutes: {
  name: string;
  path: () => string;
  same: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  change: Record<string, unknown>;
  logs: boolean;
}[] = [
  {
    name: 'organization',
    path: () => `/api/coalition/organizations/${ids.organization}`,
    same: async () => {
      const o = await t.json('GET', `/api/coalition/organizations/${ids.organization}`, { cookie: admin });
      return {
        name: o.name,
        kind: o.kind,
        countryIso3: o.countryIso3.toLowerCase(),
        joinedOn: o.joinedOn,
        website: o.website,
        description: o.description,
      };
    },
    change: { kind: 'observer' },
    logs: true,
  },
  {
    name: 'person',
    path: () => `/api/coalition/people/${ids.person}`,
    same: async () => {
      const p = await t.json('GET', `/api/coalition/people/${ids.person}`, { cookie: admin });
      return { name: p.name, roles: p.roles, organizationId: p.organizationId, visibility: p.visibility };
    },
    change: { visibility: 'undisclosed' },
    logs: false,
  },
  {
    name: 'event',
    path: () => `/api/coalition/events/${ids.event}`,
    same: () => ({
      ...summit,
      agenda: [
        { time: '09:00', title: 'Opening', speaker: 'Secretariat' },
        { time: null, title: 'Panel', speaker: null },
      ],
    }),
    change: { capacity: 60 },
    logs: true,
  },
  {
    name: 'outreach target',
    path: () => `/api/coalition/outreach/targets/${ids.target}`,
    same: async () => {
      const o = await t.json('GET', `/api/coalition/outreach/targets/${ids.target}`, { cookie: admin });
      return {
        name: o.name,
        type: o.type,
        category: o.category,
        countryIso3: o.countryIso3,
        priority: o.priority,
        ownerId: o.ownerId,
        notes: o.notes,
      };
    },
    change: { priority: 'high' },
    logs: false,
  },
  {
    name: 'milestone',
    path: () => `/api/coalition/milestones/${ids.milestone}`,
    same: () => ({
      title: 'Assembly convened',
      description: '',
      targetDate: '2026-09-01',
      status: 'planned',
      eventIds: [ids.event, ids.event],
    }),
    change: { status: 'in_progress' },
    logs: true,
  },
];

describe('a PATCH that changes nothing', () => {
  for (const route of patchRoutes) {
    it(`${route.name}: {}, no body and the stored values answer 200 with the record, writing and logging nothing; a change logs ${route.logs ? 'one entry' : 'nothing (not a logged record)'}`, async () => {
      const before = await size();
      const empty = await t.request('PATCH', route.path(), { cookie: admin, body: {} });
      expect(empty.status).toBe(200);
      const stored = (await empty.json()) as Record<string, unknown>;
      expect(stored.id).toBe(Number(route.path().split('/').pop()));
      const noBody = await t.request('PATCH', route.path(), { cookie: admin });
      expect(noBody.status).toBe(200);
      expect(await noBody.json()).toEqual(stored);
      const same = await route.same();
      const again = await t.request('PATCH', route.path(), { cookie: admin, body: same });
      expect(again.status, JSON.stringify(same)).toBe(200);
      expect(await again.json()).toEqual(stored);
      expect(await size()).toBe(before);
      const changed = await t.request('PATCH', route.path(), { cookie: admin, body: route.change });
      expect(changed.status).toBe(200);
      expect(await changed.json()).toMatchObject(route.change);
      expect(await size()).toBe(before + (route.logs ? 1 : 0));
    });
  }

  it('the event is not marked updated by a no-op, and a new agenda is a change', async () => {
    const before = await size();
    const updatedAt = async () => {
      const [row] = await t.database.db.select({ at: events.updatedAt }).from(events).where(eq(events.id, ids.event));
      assert(row, 'the event exists');
      return row.at.getTime();
    };
    const first = await updatedAt();
    await t.json('PATCH', `/api/coalition/events/${ids.event}`, { cookie: admin, body: { agenda: summit.agenda } });
    expect(await updatedAt()).toBe(first);
    expect(await size()).toBe(before);
    const changed = await t.json('PATCH', `/api/coalition/events/${ids.event}`, {
      cookie: admin,
      body: { agenda: [{ title: 'Only item' }] },
    });
    expect(changed.agenda).toEqual([{ time: null, title: 'Only item', speaker: null }]);
    expect(await size()).toBe(before + 1);
  });
});

describe('amounts past MAX_MINOR', () => {
  it('are refused for contributions, campaign goals and pledges, storing and logging nothing', async () => {
    const before = await size();
    const person = ids.person;
    const tooMuch = MAX_MINOR + 1;
    const contribution = await t.request('POST', '/api/coalition/contributions', {
      cookie: admin,
      body: { personId: person, contributedOn: '2025-05-01', amountMinor: tooMuch, currency: 'USD' },
    });
    const refusedFor = async (res: Response, field: string) => {
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; details: { path: string }[] } };
      expect(error.code).toBe('validation_failed');
      expect(error.details.map((d) => d.path)).toContain(field);
    };
    await refusedFor(contribution, 'amountMinor');
    const deadline = new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString();
    const campaign = await t.request('POST', '/api/coalition/campaigns', {
      cookie: admin,
      body: { title: 'Too big', currency: 'USD', goalMinor: tooMuch, minimumMinor: 1, deadline },
    });
    await refusedFor(campaign, 'goalMinor');
    const pledge = await t.request('POST', `/api/coalition/campaigns/${ids.campaign}/pledges`, {
      body: { name: 'Big Donor', email: 'big@example.org', amountMinor: tooMuch },
    });
    await refusedFor(pledge, 'amountMinor');
    expect(await size()).toBe(before);
  });
});
