import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs, unescapeText } from './ical.ts';
import { coalitionTestApp, errorCode, logEntries, type CoalitionTestApp } from './coalition.fixture.ts';

let t: CoalitionTestApp;
let admin: string;
beforeAll(async () => {
  t = await coalitionTestApp();
  admin = await t.login();
});
afterAll(() => t.close());

const summit = {
  title: '2nd Harnessing AI Risk Summit',
  kind: 'summit',
  description: 'Treaty-making, verification, and the road to a constituent assembly.',
  start: '2025-11-20T09:00',
  end: '2025-11-21T17:30',
  timeZone: 'Europe/Zurich',
  place: 'Geneva, Switzerland',
  onlineUrl: 'https://meet.example.org/summit',
  capacity: 2,
  agenda: [
    { time: '09:00', title: 'Opening; welcome, and goals', speaker: 'Secretariat' },
    { time: '10:30', title: 'Verification without secrets' },
  ],
};
const createEvent = (body: Record<string, unknown> = {}) =>
  t.json('POST', '/api/coalition/events', { cookie: admin, body: { ...summit, ...body } });
const registerFor = (id: number, name: string, email = `${name.toLowerCase().replace(/\W/g, '')}@example.org`) =>
  t.request('POST', `/api/coalition/events/${id}/registrations`, { body: { name, email } });

describe('POST /api/coalition/events', () => {
  it('stores local times in the event’s zone as instants and shows both', async () => {
    const e = await createEvent();
    expect(e).toMatchObject({
      startsAt: '2025-11-20T08:00:00.000Z',
      endsAt: '2025-11-21T16:30:00.000Z',
      start: '2025-11-20T09:00',
      end: '2025-11-21T17:30',
      timeZone: 'Europe/Zurich',
      mode: 'hybrid',
      capacity: 2,
      confirmed: 0,
      spotsLeft: 2,
    });
    expect(e.agenda).toEqual([
      { time: '09:00', title: 'Opening; welcome, and goals', speaker: 'Secretariat' },
      { time: '10:30', title: 'Verification without secrets', speaker: null },
    ]);
    expect((await logEntries(t)).find((x) => x.subject === `event:${e.id}`)!.kind).toBe('coalition.event-created');
    const online = await createEvent({ place: null, capacity: null, timeZone: 'america/new_york' });
    expect(online).toMatchObject({ mode: 'online', timeZone: 'America/New_York', spotsLeft: null, startsAt: '2025-11-20T14:00:00.000Z' });
  });
  it('refuses bad zones, times and places', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ timeZone: 'Mars/Base' }, 'unknown_time_zone'],
      [{ end: '2025-11-20T08:00' }, 'end_before_start'],
      [{ start: '2025-03-30T02:30', end: '2025-03-30T05:00' }, 'invalid_local_time'],
      [{ start: '2025-11-20 09:00' }, 'validation_failed'],
      [{ start: '2025-11-20T09:00Z' }, 'validation_failed'],
      [{ place: null, onlineUrl: null }, 'place_or_link_required'],
      [{ onlineUrl: 'ftp://x.example.org' }, 'validation_failed'],
      [{ kind: 'party' }, 'validation_failed'],
      [{ capacity: 0 }, 'validation_failed'],
      [{ agenda: [{ time: '9am', title: 'x' }] }, 'validation_failed'],
      [{ agenda: [{ title: 'x', room: 'B' }] }, 'unknown_field'],
    ];
    for (const [body, code] of cases) {
      const res = await t.request('POST', '/api/coalition/events', { cookie: admin, body: { ...summit, ...body } });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorCode(res), JSON.stringify(body)).toBe(code);
    }
    expect((await t.request('POST', '/api/coalition/events', { body: summit })).status).toBe(401);
  });
});

describe('registrations', () => {
  it('confirms up to capacity, then waits; cancelling promotes the first waiting person', async () => {
    const e = await createEvent();
    const receipts = [];
    for (const name of ['Ana', 'Ben', 'Chloé', 'Dev']) {
      const res = await registerFor(e.id, name);
      expect(res.status).toBe(201);
      receipts.push((await res.json()) as { id: number; status: string; waitingPosition: number | null; cancelToken: string });
    }
    expect(receipts.map((r) => [r.status, r.waitingPosition])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waiting', 1],
      ['waiting', 2],
    ]);
    const [ana, ben, chloe, dev] = receipts;
    assert(ana && ben && chloe && dev, 'four registrations');
    expect(await t.json('GET', `/api/coalition/events/${e.id}`)).toMatchObject({ confirmed: 2, waiting: 2, spotsLeft: 0 });

    // A wrong token or none is refused and changes nothing.
    const wrong = await t.request('POST', `/api/coalition/registrations/${ana.id}/cancel`, {
      body: { token: ben.cancelToken },
    });
    expect(wrong.status).toBe(403);
    expect(await errorCode(await t.request('POST', `/api/coalition/registrations/${ana.id}/cancel`, { body: {} }))).toBe('unauthenticated');

    const cancelled = await t.json('POST', `/api/coalition/registrations/${ana.id}/cancel`, {
      body: { token: ana.cancelToken },
      status: 200,
    });
    expect(cancelled).toEqual({ registration: { id: ana.id, eventId: e.id, status: 'cancelled' }, promotedId: chloe.id });
    const again = await t.request('POST', `/api/coalition/registrations/${ana.id}/cancel`, {
      body: { token: ana.cancelToken },
    });
    expect(await errorCode(again)).toBe('already_cancelled');

    // Cancelling a waiting place promotes nobody.
    const waitingCancel = await t.json('POST', `/api/coalition/registrations/${dev.id}/cancel`, {
      cookie: admin,
      body: {},
      status: 200,
    });
    expect(waitingCancel.promotedId).toBeNull();

    const list = await t.json('GET', `/api/coalition/events/${e.id}/registrations`, { cookie: admin });
    expect(list.registrations.map((r: { name: string; status: string }) => `${r.name}:${r.status}`)).toEqual([
      'Ana:cancelled',
      'Ben:confirmed',
      'Chloé:confirmed',
      'Dev:cancelled',
    ]);
    expect(list.registrations[2].promotedAt).not.toBeNull();
    expect((await t.request('GET', `/api/coalition/events/${e.id}/registrations`)).status).toBe(401);
    // The public event view and the log never show registrants.
    expect(JSON.stringify(await t.json('GET', `/api/coalition/events/${e.id}`))).not.toContain('ana@example.org');
    expect(JSON.stringify(await logEntries(t))).not.toContain('ana@example.org');
  });
});

describe('registrations: duplicates, closed events and capacity changes', () => {
  it('refuses a second live registration with the same e-mail, and allows one after cancelling', async () => {
    const e = await createEvent({ capacity: 10 });
    const first = (await (await registerFor(e.id, 'Eve', 'Eve@Example.org')).json()) as { id: number; cancelToken: string };
    const dup = await registerFor(e.id, 'Eve again', 'eve@example.org');
    expect(dup.status).toBe(409);
    expect(await errorCode(dup)).toBe('already_registered');
    await t.json('POST', `/api/coalition/registrations/${first.id}/cancel`, { body: { token: first.cancelToken }, status: 200 });
    expect((await registerFor(e.id, 'Eve', 'eve@example.org')).status).toBe(201);
  });
  it('refuses registration for an event that is over, and bad input', async () => {
    const past = await createEvent({ start: '2025-01-10T09:00', end: '2025-01-10T10:00' });
    const res = await registerFor(past.id, 'Late');
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('event_over');
    const e = await createEvent();
    expect(
      await errorCode(await t.request('POST', `/api/coalition/events/${e.id}/registrations`, { body: { name: 'X', email: 'nope' } })),
    ).toBe('validation_failed');
    expect(
      await errorCode(
        await t.request('POST', `/api/coalition/events/${e.id}/registrations`, { body: { name: 'X', email: 'x@example.org', phone: '1' } }),
      ),
    ).toBe('unknown_field');
    expect((await registerFor(999999, 'Nobody')).status).toBe(404);
  });
  it('promotes from the waiting list when the capacity grows, and refuses shrinking below the confirmed', async () => {
    const e = await createEvent({ capacity: 1 });
    await registerFor(e.id, 'Fay');
    await registerFor(e.id, 'Gus');
    expect(
      await errorCode(
        await t.request('PATCH', `/api/coalition/events/${e.id}`, {
          cookie: admin,
          body: { capacity: null, place: null, onlineUrl: null },
        }),
      ),
    ).toBe('place_or_link_required');
    const grown = await t.json('PATCH', `/api/coalition/events/${e.id}`, { cookie: admin, body: { capacity: 3 } });
    expect(grown).toMatchObject({ confirmed: 2, waiting: 0, spotsLeft: 1 });
    const shrink = await t.request('PATCH', `/api/coalition/events/${e.id}`, { cookie: admin, body: { capacity: 1 } });
    expect(shrink.status).toBe(409);
    expect(await errorCode(shrink)).toBe('capacity_below_confirmed');
  });
});

describe('working groups', () => {
  it('have public members and linked outputs; other events do not', async () => {
    const wg = await createEvent({ kind: 'working_group', title: 'Treaty drafting WG', capacity: null });
    const people = (await t.json('GET', '/api/coalition/people', { cookie: admin })).people;
    const visible = people.find((p: { visibility: string }) => p.visibility === 'public');
    const hidden = people.find((p: { visibility: string }) => p.visibility === 'undisclosed');
    await t.json('POST', `/api/coalition/events/${wg.id}/members`, { cookie: admin, body: { personId: visible.id } });
    const withHidden = await t.json('POST', `/api/coalition/events/${wg.id}/members`, { cookie: admin, body: { personId: hidden.id } });
    expect(withHidden.members).toEqual([{ personId: visible.id, name: visible.name }]);
    // The admin's list names the undisclosed member too; nobody else may read it.
    const all = await t.json('GET', `/api/coalition/events/${wg.id}/members`, { cookie: admin });
    expect(all.members).toHaveLength(2);
    expect(all.members).toEqual(
      expect.arrayContaining([
        { personId: visible.id, name: visible.name, visibility: 'public' },
        { personId: hidden.id, name: hidden.name, visibility: 'undisclosed' },
      ]),
    );
    expect((await t.request('GET', `/api/coalition/events/${wg.id}/members`)).status).toBe(401);
    expect(
      await errorCode(await t.request('POST', `/api/coalition/events/${wg.id}/members`, { cookie: admin, body: { personId: visible.id } })),
    ).toBe('already_member');
    const withOutput = await t.json('POST', `/api/coalition/events/${wg.id}/outputs`, {
      cookie: admin,
      body: { title: 'Draft treaty v0.1', url: 'https://docs.example.org/treaty-v0.1.pdf', publishedOn: '2025-02-01' },
    });
    expect(withOutput.outputs).toEqual([
      { id: expect.any(Number), title: 'Draft treaty v0.1', url: 'https://docs.example.org/treaty-v0.1.pdf', publishedOn: '2025-02-01' },
    ]);
    const removed = await t.json('DELETE', `/api/coalition/events/${wg.id}/outputs/${withOutput.outputs[0].id}`, { cookie: admin });
    expect(removed.outputs).toEqual([]);
    const after = await t.json('DELETE', `/api/coalition/events/${wg.id}/members/${visible.id}`, { cookie: admin });
    expect(after.members).toEqual([]);

    const meeting = await createEvent({ kind: 'meeting' });
    const res = await t.request('POST', `/api/coalition/events/${meeting.id}/members`, { cookie: admin, body: { personId: visible.id } });
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('not_a_working_group');
    const list = await t.request('GET', `/api/coalition/events/${meeting.id}/members`, { cookie: admin });
    expect(list.status).toBe(409);
    expect(await errorCode(list)).toBe('not_a_working_group');
    expect(await errorCode(await t.request('GET', '/api/coalition/events/999999/members', { cookie: admin }))).toBe('not_found');
  });
});

describe('listing and the iCalendar feed', () => {
  it('lists upcoming and past events', async () => {
    const { events: upcoming } = await t.json('GET', '/api/coalition/events?when=upcoming');
    const { events: past } = await t.json('GET', '/api/coalition/events?when=past');
    const now = t.clock.now().toISOString();
    expect(upcoming.every((e: { endsAt: string }) => e.endsAt >= now)).toBe(true);
    expect(past.every((e: { endsAt: string }) => e.endsAt < now)).toBe(true);
    expect(past.length).toBeGreaterThan(0);
    expect(await errorCode(await t.request('GET', '/api/coalition/events?when=soon'))).toBe('validation_failed');
  });
  it('serves RFC 5545 with UTC times, escaping and folding', async () => {
    const e = await createEvent({
      title: 'Summit, with commas; and semicolons \\ and a very long title that needs folding across lines ' + 'é'.repeat(30),
    });
    const res = await t.request('GET', '/api/coalition/events.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const props = parseIcs(text);
    const uidIndex = props.findIndex((p) => p.name === 'UID' && p.value.startsWith(`coalition-event-${e.id}-`));
    expect(uidIndex).toBeGreaterThan(0);
    const end = props.findIndex((p, i) => i > uidIndex && p.name === 'END');
    const vevent = Object.fromEntries(props.slice(uidIndex, end).map((p) => [p.name, p.value]));
    expect(vevent.DTSTART).toBe('20251120T080000Z');
    expect(vevent.DTEND).toBe('20251121T163000Z');
    expect(vevent.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    expect(unescapeText(vevent.SUMMARY ?? '')).toContain('Summit, with commas; and semicolons \\ and');
    expect(vevent.SUMMARY).toContain('Summit\\, with commas\\; and semicolons \\\\ and');
    expect(unescapeText(vevent.LOCATION ?? '')).toBe('Geneva, Switzerland');
    expect(vevent.URL).toBe('https://meet.example.org/summit');
    expect(unescapeText(vevent.DESCRIPTION ?? '')).toContain('09:00 Opening; welcome, and goals (Secretariat)');
    expect(props.filter((p) => p.name === 'BEGIN' && p.value === 'VEVENT').length).toBe(
      props.filter((p) => p.name === 'END' && p.value === 'VEVENT').length,
    );
  });
  it('links an event without an online link to its page, past events included', async () => {
    const e = await createEvent({ title: 'In-person only', onlineUrl: null, start: '2025-01-10T09:00', end: '2025-01-10T12:00' });
    const props = parseIcs(await (await t.request('GET', '/api/coalition/events.ics')).text());
    const uidIndex = props.findIndex((p) => p.name === 'UID' && p.value.startsWith(`coalition-event-${e.id}-`));
    const end = props.findIndex((p, i) => i > uidIndex && p.name === 'END');
    const vevent = Object.fromEntries(props.slice(uidIndex, end).map((p) => [p.name, p.value]));
    expect(vevent.URL).toBe(`http://localhost:8080/coalition/events?when=all#event-${e.id}`);
  });
  it('writes UIDs and links from PUBLIC_URL, whatever Host the request names', async () => {
    const e = await createEvent({ title: 'Host-proof', onlineUrl: null });
    const feed = async (host: string) => {
      // The node server builds the request URL from the Host header; so does this one.
      const res = await t.app.request(`http://${host}/api/coalition/events.ics`, { headers: { host } });
      const props = parseIcs(await res.text());
      const at = props.findIndex((p) => p.name === 'UID' && p.value.startsWith(`coalition-event-${e.id}-`));
      const end = props.findIndex((p, i) => i > at && p.name === 'END');
      return Object.fromEntries(props.slice(at, end).map((p) => [p.name, p.value]));
    };
    const honest = await feed('localhost');
    const forged = await feed('evil.example');
    expect(forged.UID).toBe(honest.UID);
    expect(forged.URL).toBe(honest.URL);
    expect(forged.URL).not.toContain('evil.example');
    // Renaming the event changes neither: a subscriber keeps one copy.
    await t.request('PATCH', `/api/coalition/events/${e.id}`, { cookie: admin, body: { title: 'Host-proof, renamed' } });
    expect((await feed('localhost')).UID).toBe(honest.UID);
  });
  it('deletes an event (admin) and logs it', async () => {
    const e = await createEvent();
    expect((await t.request('DELETE', `/api/coalition/events/${e.id}`)).status).toBe(401);
    expect((await t.request('DELETE', `/api/coalition/events/${e.id}`, { cookie: admin })).status).toBe(204);
    expect((await t.request('GET', `/api/coalition/events/${e.id}`)).status).toBe(404);
    expect((await logEntries(t)).filter((x) => x.subject === `event:${e.id}`).map((x) => x.kind)).toEqual([
      'coalition.event-created',
      'coalition.event-removed',
    ]);
  });
});
