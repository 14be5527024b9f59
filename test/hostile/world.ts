/**
 * A small world for the hostile-input suite: one record of every kind an operation can name in its
 * path, made through the API as the admin (and a delegate where only a delegation may act), and a
 * valid base request for each operation, so that a malformed case differs from an accepted
 * request by one fault and reaches as deep into the server as that fault lets it.
 */
import type { TestApp } from '../fixtures/app.ts';
import type { AssemblyTestClock } from '../../src/modules/assembly/assembly.fixture.ts';
import { facilityBody, keyPair, report, sign, workload } from '../../src/modules/verification/verification.fixture.ts';
import { appendManyToLog } from '../../src/core/ledger/log-writer.ts';
import { generateCosignerKey } from '../../src/core/ledger/cosignature.ts';
import { tileResources } from '../../src/core/ledger/tile.routes.ts';
import type { BaseRequest } from './openapi-cases.ts';

const PASSWORD = 'hostile suite password 1';
const DAY_MS = 86_400_000;
/** The date `days` from now, YYYY-MM-DD: events and deadlines lie ahead whenever the suite runs. */
const ahead = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

async function json<T = any>(res: Response | Promise<Response>, status: number, what: string): Promise<T> {
  const r = await res;
  const text = await r.text();
  if (r.status !== status) throw new Error(`seeding ${what}: expected ${status}, got ${r.status}: ${text}`);
  return JSON.parse(text) as T;
}

export interface World {
  admin: string;
  /**
   * Base requests keyed by `METHOD /path/{template}`; `before` readies the world for that operation.
   * `refusedWith` names the error a base request must get when no small world can make it succeed.
   */
  bases: Record<
    string,
    Omit<BaseRequest, 'pathValues'> & { pathValues?: Record<string, string>; before?: () => Promise<void>; refusedWith?: string }
  >;
  /** The session cookie each operation is sent with: the admin's unless another actor must act ('' for none). */
  cookieFor(key: string): string;
  pathValues(template: string): Record<string, string>;
  /** Gives the assembly its real clock back. */
  close(): void;
}

type Post = <T = any>(path: string, body: unknown, what: string, cookie?: string) => Promise<T>;
/** The admin's session, the suite's app and the assembly's clock: what the seeding steps act with. */
interface Seeding {
  t: TestApp;
  admin: string;
  post: Post;
  assemblyClock: AssemblyTestClock;
}

/** `assemblyClock` is the clock `t`'s assembly runs on (see modulesWithAssembly): the world moves it to open and close motions. */
export async function buildWorld(t: TestApp, assemblyClock: AssemblyTestClock): Promise<World> {
  const admin = await t.login();
  const post: Post = (path, body, what, cookie = admin) => json(t.request('POST', path, { cookie, body }), 201, what);
  const seeding: Seeding = { t, admin, post, assemblyClock };
  const accounts = await seedAccounts(seeding);
  const coalition = await seedCoalition(seeding);
  const members = await seedMembers(seeding);
  const assembly = await seedAssembly(seeding, members);
  const witness = await seedWitness(seeding, members);
  const verification = await seedVerification(seeding);
  await padLog(t);
  const pathValues = pathValuesFrom(seededIds(accounts, coalition, assembly, verification));
  const bases: World['bases'] = {
    ...accountAndLogBases(),
    ...coalitionBases(coalition),
    ...eventAndOutreachBases(coalition),
    ...assemblyBases(seeding, assembly),
    ...verificationBases(verification, accounts.operator),
    ...witnessBases(members, witness),
  };
  const throwaway = await t.login();
  // Only a member's delegation proposes or seconds an amendment (and not its own).
  const cookies: Record<string, string> = {
    'POST /api/treaties/{id}/amendments': assembly.delegate,
    'POST /api/treaties/{id}/amendments/{aid}/seconds': assembly.seconder,
    'POST /api/motions/{id}/ballots': assembly.delegate,
    // Anonymous, so that the cancel token is read (an admin needs none).
    'POST /api/coalition/registrations/{id}/cancel': '',
    // Logging out ends the session it is sent with: not the admin's.
    'POST /api/auth/logout': throwaway,
  };
  return { admin, bases, cookieFor: (k) => cookies[k] ?? admin, pathValues, close: () => assemblyClock.reset() };
}

/** Entries enough for a full level-0 tile and entry bundle (256) and a partial one after them. */
async function padLog(t: TestApp) {
  const size = Number((await (await t.request('GET', '/api/log/checkpoint')).text()).split('\n')[1]);
  const padding = Array.from({ length: Math.max(0, 300 - size) }, (_, i) => ({
    kind: 'test.padding',
    actor: null,
    subject: null,
    body: { i },
  }));
  await t.database.db.transaction((tx) => appendManyToLog(tx, padding));
}

/** Accounts: a user, an operator and a token. */
async function seedAccounts({ post }: Seeding) {
  const user = await post(
    '/api/users',
    { email: 'seed-user@hostile.test', name: 'Seed User', role: 'staff', password: PASSWORD },
    'a user',
  );
  const operator = await post(
    '/api/users',
    { email: 'seed-operator@hostile.test', name: 'Seed Operator', role: 'operator', password: PASSWORD },
    'an operator',
  );
  const token = await post('/api/tokens', { name: 'seed token' }, 'a token');
  return { user, operator, token };
}

/** Coalition: one record of each kind, and a working group with a member and an output. */
async function seedCoalition({ post }: Seeding) {
  const org = await post('/api/coalition/organizations', { name: 'Seed Organization', kind: 'member' }, 'an organization');
  const person = await post('/api/coalition/people', { name: 'Seed Person', roles: ['volunteer'] }, 'a person');
  const member = await post('/api/coalition/people', { name: 'Seed Member', roles: ['team'] }, 'a second person');
  const contribution = await post(
    '/api/coalition/contributions',
    { personId: person.id, contributedOn: '2026-01-02', hours: 2 },
    'a contribution',
  );
  const deadline = new Date(Date.now() + 30 * DAY_MS).toISOString();
  const campaign = await post(
    '/api/coalition/campaigns',
    { title: 'Seed Campaign', currency: 'USD', goalMinor: 100_000, minimumMinor: 50_000, deadline },
    'a campaign',
  );
  const summit = await post(
    '/api/coalition/events',
    {
      title: 'Seed Summit',
      kind: 'summit',
      start: `${ahead(90)}T09:00`,
      end: `${ahead(90)}T17:00`,
      timeZone: 'Europe/Rome',
      place: 'Rome',
      capacity: 100,
    },
    'an event',
  );
  const group = await post(
    '/api/coalition/events',
    {
      title: 'Seed Working Group',
      kind: 'working_group',
      start: `${ahead(91)}T09:00`,
      end: `${ahead(91)}T10:00`,
      timeZone: 'Europe/Rome',
      onlineUrl: 'https://example.org/group',
    },
    'a working group',
  );
  const registration = await post(
    `/api/coalition/events/${summit.id}/registrations`,
    { name: 'Seed Registrant', email: 'registrant@hostile.test' },
    'a registration',
  );
  await post(`/api/coalition/events/${group.id}/members`, { personId: member.id }, 'a working-group member');
  const withOutput = await post(
    `/api/coalition/events/${group.id}/outputs`,
    { title: 'Seed Output', url: 'https://example.org/output' },
    'a working-group output',
  );
  const target = await post(
    '/api/coalition/outreach/targets',
    { name: 'Seed Target', type: 'institution', category: 'ngo' },
    'an outreach target',
  );
  const milestone = await post('/api/coalition/milestones', { title: 'Seed Milestone', targetDate: ahead(30) }, 'a milestone');

  return { org, person, member, contribution, deadline, campaign, summit, group, registration, withOutput, target, milestone };
}

/** Assembly: France and Kenya made members, with a delegate each. */
async function seedMembers({ t, admin, post }: Seeding) {
  const { participants } = await json<{ participants: { id: number; iso3: string }[] }>(
    t.request('GET', '/api/assembly/participants?kind=state', { cookie: admin }),
    200,
    'participants',
  );
  const idOf = (iso3: string) => {
    const state = participants.find((p) => p.iso3 === iso3);
    if (!state) throw new Error(`seeding: no state ${iso3} among the participants`);
    return state.id;
  };
  for (const iso3 of ['FRA', 'KEN']) {
    await json(
      t.request('PATCH', `/api/assembly/participants/${idOf(iso3)}`, { cookie: admin, body: { status: 'member' } }),
      200,
      `${iso3} a member`,
    );
  }
  const delegateOf = async (iso3: string) => {
    const email = `delegate-${iso3.toLowerCase()}@hostile.test`;
    await post(
      '/api/users',
      { email, name: `Delegate of ${iso3}`, role: 'delegate', password: PASSWORD, participantId: idOf(iso3) },
      `a delegate of ${iso3}`,
    );
    return t.login(email, PASSWORD);
  };
  const delegate = await delegateOf('FRA');
  const seconder = await delegateOf('KEN');
  return { idOf, delegate, seconder };
}

/** The log's witnesses: Kenya's delegation registers one (the admin may ask it). */
async function seedWitness({ t, admin }: Seeding, { idOf }: Awaited<ReturnType<typeof seedMembers>>) {
  const { vkey } = generateCosignerKey('witness.hostile.test/ken');
  return json<{ id: number }>(
    t.request('PUT', `/api/assembly/participants/${idOf('KEN')}/witness`, {
      cookie: admin,
      body: { vkey, url: 'https://witness.hostile.test' },
    }),
    201,
    "Kenya's witness",
  );
}

/** Base requests of the witnesses: France registers one, the admin asks Kenya's. */
function witnessBases({ idOf }: Awaited<ReturnType<typeof seedMembers>>, witness: { id: number }): World['bases'] {
  const fra = { id: String(idOf('FRA')) };
  return {
    'PUT /api/assembly/participants/{id}/witness': {
      pathValues: fra,
      body: { vkey: generateCosignerKey('witness.hostile.test/fra').vkey, url: 'https://witness.hostile.test/fra' },
    },
    'DELETE /api/assembly/participants/{id}/witness': { pathValues: fra },
    'PATCH /api/log/witnesses/{id}': { pathValues: { id: String(witness.id) }, body: { asked: true } },
  };
}

/** Assembly: an organization, a treaty with an amendment, a scheduled motion, and a treaty adopted. */
async function seedAssembly(
  { t, admin, post, assemblyClock }: Seeding,
  { idOf, delegate, seconder }: Awaited<ReturnType<typeof seedMembers>>,
) {
  const orgParticipant = await post('/api/assembly/participants', { name: 'Seed Assembly Organization' }, 'an organization participant');
  const treaty = await post(
    '/api/treaties',
    {
      title: 'Seed Treaty',
      articles: [
        { heading: 'Definitions', body: 'Compute means floating-point operations.' },
        { heading: 'Thresholds', body: 'A licence above 10^26 FLOP.' },
      ],
    },
    'a treaty',
  );
  const amendment = await post(
    `/api/treaties/${treaty.id}/amendments`,
    { baseVersion: 1, op: 'insert', afterKey: null, heading: 'Seed', body: 'A seeded article.', rationale: 'Seeding.' },
    'an amendment',
    delegate,
  );
  const now = new Date().toISOString();
  const today = now.slice(0, 10);
  const tomorrow = new Date(Date.now() + DAY_MS).toISOString();
  // Scheduled in an hour, so that no motion is open while the rules change; opened (by moving the
  // assembly's clock) before the ballots are sent.
  const motion = await post(
    '/api/motions',
    { kind: 'procedural', title: 'Seed Motion', opensAt: new Date(Date.now() + 3_600_000).toISOString(), closesAt: tomorrow },
    'a scheduled motion',
  );
  // A second treaty, adopted (both members vote yes), so that signatures and ratifications are accepted.
  const adopted = await post(
    '/api/treaties',
    { title: 'Seed Adopted Treaty', articles: [{ heading: 'Only', body: 'The only article.' }] },
    'a treaty to adopt',
  );
  // The default rules require the title and every article current in all six languages before an
  // adoption motion may be put (the base request of POST /api/motions puts `treaty` to the vote): a
  // translator translates both treaties through the API, as in an assembly.
  await post(
    '/api/users',
    { email: 'seed-translator@hostile.test', name: 'Seed Translator', role: 'translator', password: PASSWORD },
    'a translator',
  );
  const translator = await t.login('seed-translator@hostile.test', PASSWORD);
  type Created = { id: number; title: string; text: { articles: { key: string; heading: string; body: string }[] } };
  for (const { id, title, text } of [treaty, adopted] as Created[]) {
    for (const lang of ['ar', 'es', 'fr', 'ru', 'zh']) {
      const texts = [
        ['title', { heading: `[${lang}] ${title}`, body: '' }] as const,
        ...text.articles.map((a) => [a.key, { heading: `[${lang}] ${a.heading}`, body: `[${lang}] ${a.body}` }] as const),
      ];
      for (const [key, body] of texts) {
        await json(
          t.request('PUT', `/api/treaties/${id}/translations/${lang}/${key}`, { cookie: translator, body: { sourceVersion: 1, ...body } }),
          200,
          `a translation (treaty ${id}, ${lang}, ${key})`,
        );
      }
    }
  }
  const inAMinute = new Date(Date.now() + 60_000).toISOString();
  const adoption = await post(
    '/api/motions',
    { kind: 'adoption', title: 'Adopt it', treatyId: adopted.id, opensAt: now, closesAt: inAMinute },
    'an adoption motion',
  );
  for (const cookie of [delegate, seconder]) await post(`/api/motions/${adoption.id}/ballots`, { choice: 'yes' }, 'a ballot', cookie);
  assemblyClock.runAhead(120_000);
  try {
    await json(t.request('POST', `/api/motions/${adoption.id}/close`, { cookie: admin }), 200, 'closing the adoption motion');
  } finally {
    assemblyClock.reset();
  }

  return { idOf, delegate, seconder, orgParticipant, treaty, amendment, today, motion, adopted };
}

/** Verification: a facility with one accepted report, a declared run, a challenge. */
async function seedVerification({ post }: Seeding) {
  const key = keyPair(7);
  const facility = 'seed-fac';
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  const day = (d: number) => new Date(start + d * DAY_MS).toISOString();
  await post(
    '/api/facilities',
    { ...facilityBody(facility, key), keys: [{ publicKeyPem: key.publicKeyPem, validFrom: day(0) }] },
    'a facility',
  );
  const run = await post(
    '/api/runs',
    { id: 'seed-run', developer: 'Seed Lab', name: 'Seed Run', purpose: 'Seeding', expectedFlop: 3e25 },
    'a run',
  );
  const w1 = workload('seed-w1');
  await post('/api/reports', sign(report(facility, 1, [w1.workload], { periodStart: day(0), periodEnd: day(1) }), key), 'a report');
  const challenge = await post('/api/challenges', { facilityId: facility, workloadIds: ['seed-w1'] }, 'a challenge');

  return { key, facility, day, run, w1, challenge };
}

type Seeded<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

/** The seeded ids each path template names. */
function seededIds(
  { user, token }: Seeded<typeof seedAccounts>,
  { org, person, contribution, campaign, group, member, withOutput, summit, registration, target, milestone }: Seeded<typeof seedCoalition>,
  { orgParticipant, treaty, amendment, adopted, motion }: Seeded<typeof seedAssembly>,
  { facility, run, challenge }: Seeded<typeof seedVerification>,
): Record<string, Record<string, string | number>> {
  return {
    '/api/users/{id}': { id: user.id },
    '/api/tokens/{id}': { id: token.id },
    '/api/states/{iso3}': { iso3: 'FRA' },
    '/api/coalition/organizations/{id}': { id: org.id },
    '/api/coalition/people/{id}': { id: person.id },
    '/api/coalition/contributions/{id}': { id: contribution.id },
    '/api/coalition/campaigns/{id}': { id: campaign.id },
    '/api/coalition/events/{id}/members/{personId}': { id: group.id, personId: member.id },
    '/api/coalition/events/{id}/members': { id: group.id },
    '/api/coalition/events/{id}/outputs/{outputId}': { id: group.id, outputId: withOutput.outputs[0].id },
    '/api/coalition/events/{id}/outputs': { id: group.id },
    '/api/coalition/events/{id}': { id: summit.id },
    '/api/coalition/registrations/{id}': { id: registration.id },
    '/api/coalition/outreach/targets/{id}': { id: target.id },
    '/api/coalition/milestones/{id}': { id: milestone.id },
    '/api/assembly/participants/{id}': { id: orgParticipant.id },
    '/api/treaties/{id}/amendments/{aid}': { id: treaty.id, aid: amendment.id },
    '/api/treaties/{id}/versions/{n}': { id: treaty.id, n: 1 },
    '/api/treaties/{id}/translations/{lang}/{key}': { id: treaty.id, lang: 'fr', key: 'art-1' },
    '/api/treaties/{id}': { id: treaty.id },
    '/api/treaties/{id}/signatures': { id: adopted.id },
    '/api/treaties/{id}/ratifications': { id: adopted.id },
    '/api/treaties/{id}/withdrawals': { id: adopted.id },
    '/api/motions/{id}': { id: motion.id },
    '/api/facilities/{id}/reports/{sequence}': { id: facility, sequence: 1 },
    '/api/facilities/{id}': { id: facility },
    '/api/runs/{id}': { id: run.id },
    '/api/accounting/facilities/{id}': { id: facility },
    '/api/challenges/{id}': { id: challenge.id },
  };
}

/** The seeded ids of the longest prefix of `template` that names them. */
function pathValuesFrom(ids: Record<string, Record<string, string | number>>) {
  return (template: string): Record<string, string> => {
    const prefix = Object.keys(ids)
      .filter((p) => template === p || template.startsWith(`${p}/`) || template.startsWith(`${p}.`))
      .sort((a, b) => b.length - a.length)[0];
    const values = prefix === undefined ? undefined : ids[prefix];
    return Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, String(v)]));
  };
}

/** Base requests of accounts and the log. */
function accountAndLogBases(): World['bases'] {
  return {
    'POST /api/auth/login': { body: { email: 'seed-user@hostile.test', password: PASSWORD } },
    'POST /api/users': { body: { email: 'base-user@hostile.test', name: 'Base User', role: 'staff', password: PASSWORD } },
    'PATCH /api/users/{id}': { body: { name: 'Base User Renamed', role: 'staff' } },
    'POST /api/tokens': { body: { name: 'base token' } },
    'GET /api/log/entries': { query: { start: '0', end: '1' } },
    'GET /api/log/proof/inclusion': { query: { index: '0', size: '2' } },
    'GET /api/log/proof/consistency': { query: { from: '1', to: '2' } },
    'GET /api/log/tile/{L}/{N0}': {
      pathValues: { L: '0', N0: '000' },
      badPaths: [
        '/api/log/tile/abc/000',
        '/api/log/tile/-1/000',
        '/api/log/tile/32768/000',
        '/api/log/tile/64/000',
        '/api/log/tile/99999999999/000',
        '/api/log/tile/0/1',
        '/api/log/tile/0/00',
        '/api/log/tile/0/0000',
        '/api/log/tile/0/x000/000',
        '/api/log/tile/0/000.p/05',
        '/api/log/tile/0/000.p/0',
        '/api/log/tile/0/000.p/256',
        '/api/log/tile/0/000.p/abc',
        '/api/log/tile/0/%00',
        '/api/log/tile/0/..%2f..%2fetc%2fpasswd',
        '/api/log/tile/0/x999/x999/x999/x999/x999/999',
      ],
    },
    ...tileBases(),
  };
}

/**
 * Base requests of the hash tiles and entry bundles: tile 000 of level 0 (full, and partial of
 * width 1) exists in the padded log; a tile index of 2 or more groups (1000 or more) lies past
 * any test log (256,000 entries), so those bases are refused as beyond the tree.
 */
function tileBases(): World['bases'] {
  const bases: World['bases'] = {};
  for (const { template, depth } of tileResources) {
    const pathValues: Record<string, string> = { L: '0', W: '1' };
    for (let g = 0; g < depth; g++) pathValues[`N${g}`] = g === depth - 1 && depth > 1 ? '001' : '000';
    bases[`GET ${template}`] = { pathValues, ...(depth > 1 ? { refusedWith: 'beyond_tree' } : {}) };
  }
  return bases;
}

/** Base requests of organizations, people, contributions and campaigns. */
function coalitionBases({ org, person, deadline }: Seeded<typeof seedCoalition>): World['bases'] {
  return {
    'POST /api/coalition/organizations': {
      body: {
        name: 'Base Organization',
        kind: 'partner',
        countryIso3: 'CHE',
        joinedOn: '2026-05-20',
        website: 'https://example.org',
        description: 'A base organization.',
      },
    },
    'PATCH /api/coalition/organizations/{id}': { body: { name: 'Seed Organization Renamed', description: 'Renamed.' } },
    'POST /api/coalition/people': { body: { name: 'Base Person', roles: ['advisor'], organizationId: org.id, visibility: 'public' } },
    'PATCH /api/coalition/people/{id}': { body: { name: 'Seed Person Renamed', roles: ['volunteer', 'team'] } },
    'GET /api/coalition/contributions': { query: { personId: String(person.id) } },
    'POST /api/coalition/contributions': {
      body: {
        personId: person.id,
        contributedOn: '2026-02-01',
        hours: 1.5,
        amountMinor: 1000,
        currency: 'USD',
        description: 'A base contribution.',
      },
    },
    'POST /api/coalition/contributions/import': {
      body: `person,date,hours,amount,currency,description\n${person.id},2026-02-02,1,,,Imported\n`,
    },
    'POST /api/coalition/contributions/import/preview': {
      body: `person,date,hours,amount,currency,description\n${person.id},2026-02-02,1,,,Previewed\n`,
    },
    'POST /api/coalition/contributions/{id}/reversal': { body: { reason: 'Entered twice.' } },
    'POST /api/coalition/campaigns': {
      body: {
        title: 'Base Campaign',
        description: 'A base campaign.',
        currency: 'EUR',
        goalMinor: 200_000,
        minimumMinor: 100_000,
        deadline,
      },
    },
    'POST /api/coalition/campaigns/{id}/pledges': {
      body: { name: 'Base Pledger', email: 'pledger@hostile.test', amountMinor: 5000, currency: 'USD' },
    },
  };
}

/** Base requests of events, outreach and the roadmap. */
function eventAndOutreachBases({ person, registration, summit }: Seeded<typeof seedCoalition>): World['bases'] {
  return {
    'POST /api/coalition/events': {
      body: {
        title: 'Base Event',
        kind: 'meeting',
        description: 'A base event.',
        start: `${ahead(120)}T09:00`,
        end: `${ahead(120)}T10:00`,
        timeZone: 'Europe/Paris',
        place: 'Paris',
        onlineUrl: 'https://example.org/meet',
        capacity: 10,
        agenda: [{ time: '09:00', title: 'Opening', speaker: 'Chair' }],
      },
    },
    'PATCH /api/coalition/events/{id}': {
      body: { title: 'Seed Summit Renamed', place: 'Rome', agenda: [{ time: '09:30', title: 'Welcome', speaker: null }] },
    },
    'POST /api/coalition/events/{id}/registrations': { body: { name: 'Base Registrant', email: 'base-registrant@hostile.test' } },
    'POST /api/coalition/registrations/{id}/cancel': { body: { token: registration.cancelToken } },
    'POST /api/coalition/events/{id}/members': { body: { personId: person.id } },
    'POST /api/coalition/events/{id}/outputs': {
      body: { title: 'Base Output', url: 'https://example.org/base', publishedOn: '2026-05-20' },
    },
    'POST /api/coalition/outreach/targets': {
      body: { name: 'Base Target', type: 'person', category: 'advisor', countryIso3: 'CHE', priority: 'high', notes: 'Base notes.' },
    },
    'PATCH /api/coalition/outreach/targets/{id}': { body: { name: 'Seed Target Renamed', notes: 'Changed.' } },
    'POST /api/coalition/outreach/targets/{id}/interactions': {
      body: { occurredOn: '2026-05-20', channel: 'email', summary: 'Wrote to them.', nextAction: 'Call back.', nextActionDue: ahead(40) },
    },
    'POST /api/coalition/outreach/targets/{id}/stage': { body: { stage: 'contacted' } },
    'POST /api/coalition/milestones': {
      body: { title: 'Base Milestone', description: 'A base milestone.', targetDate: ahead(60), status: 'planned', eventIds: [summit.id] },
    },
    'PATCH /api/coalition/milestones/{id}': { body: { title: 'Seed Milestone Renamed', status: 'in_progress' } },
  };
}

/** Rules as PUT /api/assembly/rules takes them (and the preview, under `rules`). */
const BASE_RULES = {
  weighting: { equal: 0.5, population: 0.5, gdp: 0, sqrtPopulation: 0 },
  quorum: 0.5,
  thresholds: {
    procedural: { threshold: 0.5, doubleMajority: null },
    amendment: { threshold: 0.6, doubleMajority: 0.5 },
    adoption: { threshold: 0.66, doubleMajority: 0.5 },
  },
  orgChamber: { mode: 'advisory' },
  secondsRequired: 2,
};

/** Base requests of the assembly: participants, rules, power, treaties and motions. */
function assemblyBases({ t, admin, assemblyClock }: Seeding, { idOf, treaty, today, motion }: Seeded<typeof seedAssembly>): World['bases'] {
  return {
    'POST /api/assembly/participants': { body: { name: 'Base Assembly Organization' } },
    'PATCH /api/assembly/participants/{id}': { body: { name: 'Seed Assembly Organization Renamed', category: 'citizens' } },
    'PATCH /api/assembly/participants': { body: { ids: [idOf('NOR'), idOf('CHL')], status: 'observer' } },
    'PUT /api/assembly/rules': { body: BASE_RULES },
    'GET /api/assembly/power': { query: { kind: 'adoption', resolution: '1000' } },
    'POST /api/assembly/rules/preview': { body: { rules: BASE_RULES, kind: 'amendment', resolution: 1000 } },
    'POST /api/power': { body: { weights: [3, 2, 1], quota: 4, names: ['A', 'B', 'C'], shapleyShubik: true } },
    'POST /api/treaties': {
      body: {
        title: 'Base Treaty',
        articles: [{ heading: 'One', body: 'Article one.' }],
        entryIntoForce: { ratifications: 2, populationShare: 0.3, gdpShare: null, combine: 'and', delayDays: 30 },
      },
    },
    'GET /api/treaties/{id}/diff': { query: { from: '1', to: '1' } },
    'POST /api/treaties/{id}/amendments': {
      body: {
        baseVersion: 1,
        op: 'insert',
        articleKey: null,
        afterKey: null,
        heading: 'Base',
        body: 'A base article.',
        rationale: 'For the base.',
      },
    },
    'POST /api/treaties/{id}/amendments/{aid}/seconds': { body: {} },
    'PUT /api/treaties/{id}/translations/{lang}/{key}': {
      body: { sourceVersion: 1, heading: 'Définitions', body: 'Le calcul désigne les opérations en virgule flottante.' },
    },
    'POST /api/treaties/{id}/amendments/{aid}/comments': { body: { body: 'A base comment.' } },
    'POST /api/treaties/{id}/signatures': { body: { participantId: idOf('FRA'), date: today } },
    'POST /api/treaties/{id}/ratifications': { body: { participantId: idOf('FRA'), date: today } },
    'POST /api/treaties/{id}/withdrawals': { body: { participantId: idOf('FRA'), date: today } },
    'POST /api/motions': {
      body: {
        kind: 'adoption',
        title: 'Base Motion',
        treatyId: treaty.id,
        opensAt: new Date(Date.now() + DAY_MS).toISOString(),
        closesAt: new Date(Date.now() + 3 * DAY_MS).toISOString(),
      },
    },
    'POST /api/motions/{id}/ballots': {
      body: { choice: 'yes' },
      async before() {
        assemblyClock.runAhead(2 * 3_600_000);
        await json(t.request('GET', `/api/motions/${motion.id}`, { cookie: admin }), 200, 'opening the seed motion');
      },
    },
  };
}

/** Base requests of verification: facilities, runs, reports, settings and challenges. */
function verificationBases({ key, facility, day, w1 }: Seeded<typeof seedVerification>, operator: { id: number }): World['bases'] {
  const key2 = keyPair(8);
  const w2 = workload('base-w2');
  const w3 = workload('base-w3');
  const secondReport = sign(report(facility, 2, [w2.workload], { periodStart: day(1), periodEnd: day(2) }), key);
  const thirdReport = sign(report(facility, 3, [w3.workload], { periodStart: day(2), periodEnd: day(3) }), key);
  return {
    'POST /api/facilities': { body: facilityBody('base-fac', key2) },
    'POST /api/facilities/{id}/keys': { body: { publicKeyPem: keyPair(9).publicKeyPem, at: day(3) } },
    'POST /api/facilities/{id}/operators': { body: { userId: operator.id } },
    'POST /api/runs': {
      body: { id: 'base-run', developer: 'Base Lab', name: 'Base Run', purpose: 'A base run.', expectedFlop: 2e25, licenceRef: 'LIC-1' },
    },
    'POST /api/reports': { body: secondReport },
    'POST /api/reports/batch': { body: { reports: [thirdReport] } },
    'PUT /api/verification/settings': {
      body: {
        thresholds: { notifyFlop: 1e25, licenceFlop: 1e26 },
        tolerance: 0.05,
        trainingLike: { minConcurrentAccelerators: 256, minUtilization: 0.3, minFlop: 1e23 },
        sustained: { minHours: 24, maxConcurrencyRatio: 1.5, maxUtilizationDelta: 0.2 },
        facilityUndeclared: { windowDays: 30, flop: 1e25 },
        linked: { minOverlap: 0.5, minFacilities: 2, flop: 1e25 },
        challengeDeadlineHours: 72,
      },
    },
    'POST /api/challenges': {
      body: { facilityId: facility, workloadIds: ['seed-w1'], deadline: new Date(Date.now() + 5 * DAY_MS).toISOString() },
    },
    'POST /api/challenges/{id}/responses': { body: { workloadId: 'seed-w1', record: w1.record, salt: w1.salt } },
  };
}
