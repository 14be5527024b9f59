import type { Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError } from '../../core/errors.ts';
import { addCampaignUnchecked, pledge } from './campaigns.service.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import { findEventIdByTitle } from './events.repository.ts';
import { addEventUnchecked, addMember, addOutput, register } from './events.service.ts';
import { listPublicPersonIds } from './members.repository.ts';
import { findFirstActiveAdmin } from './outreach.repository.ts';
import { addInteraction, addTargetUnchecked, moveStage } from './outreach.service.ts';
import { addMilestoneUnchecked } from './roadmap.service.ts';
import { utcToZoned } from './time-zone.ts';

/*
 * `concord demo`: a realistic demonstration so that a new user sees every
 * coalition page populated. It runs only when asked, once per database.
 * Pledgers and registrants use example.org addresses; outreach targets are
 * generic offices, not real contacts, and say so in their notes.
 */

export const DEMO_SUMMIT_TITLE = '2nd Harnessing AI Risk Summit';

export interface DemoReport {
  campaignId: number;
  eventIds: number[];
  targetIds: number[];
  milestoneIds: number[];
}

/** Local wall time `days` from now at `hour`:00 in `timeZone`. */
function localIn(now: Date, days: number, hour: number, timeZone: string) {
  const day = utcToZoned(new Date(now.getTime() + days * 86_400_000), timeZone).slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

const isoDay = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** An example.org address from a name's first word: "Amira Haddad" → amira@example.org. */
function demoEmail(name: string): string {
  const [firstWord = name] = name.split(' ');
  return `${firstWord.toLowerCase()}@example.org`;
}

export async function loadDemo(db: Db, env: CoalitionEnv): Promise<DemoReport> {
  if ((await findEventIdByTitle(db, DEMO_SUMMIT_TITLE)) !== undefined)
    throw new AppError('already_exists', 'the demonstration is already loaded');
  const owner = await findFirstActiveAdmin(db);
  if (!owner) throw new AppError('not_found', 'no admin account yet: start the server once (or create one) first');
  const actor = { id: owner.id, email: owner.email, name: owner.name, role: owner.role, participantId: null };
  const demo: Demo = { db, env, actor, now: env.now() };
  const campaignId = await loadDemoCampaign(demo);
  const events = await loadDemoEvents(demo);
  const targetIds = await loadDemoOutreach(demo, owner.id);
  const milestoneIds = await loadDemoMilestones(demo, [events.summit, events.group]);
  return { campaignId, eventIds: [events.summit, events.group, events.meeting], targetIds, milestoneIds };
}

/** What every part of the demonstration is loaded with. */
interface Demo {
  db: Db;
  env: CoalitionEnv;
  actor: Actor;
  now: Date;
}

/** A campaign toward a full-time coordinator, as the crowdfunding page describes, with a few pledges. */
async function loadDemoCampaign({ db, env, actor, now }: Demo): Promise<number> {
  const campaign = await addCampaignUnchecked(
    db,
    actor,
    {
      title: 'Fund a full-time coordinator for 2026',
      description:
        'One full-time person and about $400 a month of digital services, to coordinate over 20 volunteer team members and advisors. All or nothing: if the minimum is not reached by the deadline, every pledge is released.',
      currency: 'USD',
      goalMinor: 6_000_000,
      minimumMinor: 2_500_000,
      deadline: new Date(now.getTime() + 45 * 86_400_000).toISOString(),
    },
    env,
  );
  const pledgers: [string, number][] = [
    ['Amira Haddad', 500_000],
    ['Jonas Berg', 250_000],
    ['Lucía Fernández', 100_000],
    ['Kenji Watanabe', 750_000],
    ['Grace Otieno', 50_000],
  ];
  for (const [name, amountMinor] of pledgers) {
    await pledge(db, null, campaign.id, { name, email: demoEmail(name), amountMinor, currency: 'USD' }, env);
  }
  return campaign.id;
}

/** A hybrid summit with registrations and a waiting list, a working group, a meeting. */
async function loadDemoEvents({ db, env, actor, now }: Demo): Promise<{ summit: number; group: number; meeting: number }> {
  const summit = await addEventUnchecked(db, actor, {
    title: DEMO_SUMMIT_TITLE,
    kind: 'summit',
    description:
      'States, experts and NGOs on a treaty-making process for AI: an open intergovernmental constituent assembly, a global AI Safety Agency, and compute verification.',
    start: localIn(now, 60, 9, 'Europe/Zurich'),
    end: localIn(now, 61, 17, 'Europe/Zurich'),
    timeZone: 'Europe/Zurich',
    place: 'Geneva, Switzerland',
    onlineUrl: 'https://meet.example.org/harnessing-ai-risk-2',
    capacity: 6,
    agenda: [
      { time: '09:00', title: 'Opening: why a Baruch Plan for AI, and why without a veto', speaker: 'Secretariat' },
      { time: '10:00', title: 'Panel: an open constituent assembly for AI' },
      { time: '13:30', title: 'Verifying compute without seeing secrets' },
      { time: '15:30', title: 'Building a critical mass of states' },
    ],
  });
  const registrants = [
    'Sofia Rossi',
    'Arjun Mehta',
    'Nadia Benali',
    'Tomás Silva',
    'Ingrid Larsen',
    'Wei Zhang',
    'Olu Adeyemi',
    'Hana Novak',
  ];
  for (const name of registrants) {
    await register(db, summit.id, { name, email: demoEmail(name) }, env);
  }
  const group = await addEventUnchecked(db, actor, {
    title: 'Treaty drafting working group',
    kind: 'working_group',
    description: 'Drafts and refines the treaty framework between summits.',
    start: localIn(now, 7, 16, 'Europe/Rome'),
    end: localIn(now, 7, 17, 'Europe/Rome'),
    timeZone: 'Europe/Rome',
    onlineUrl: 'https://meet.example.org/treaty-wg',
  });
  for (const personId of await listPublicPersonIds(db, 4)) await addMember(db, actor, group.id, personId);
  await addOutput(db, actor, group.id, {
    title: 'Case for a Coalition for a Baruch Plan for AI (v.1)',
    url: 'https://www.cbpai.org',
    publishedOn: isoDay(now, -30),
  });
  const meeting = await addEventUnchecked(db, actor, {
    title: 'Partners’ monthly call',
    kind: 'meeting',
    start: localIn(now, 14, 15, 'UTC'),
    end: localIn(now, 14, 16, 'UTC'),
    timeZone: 'UTC',
    onlineUrl: 'https://meet.example.org/partners',
  });
  return { summit: summit.id, group: group.id, meeting: meeting.id };
}

interface DemoTarget {
  name: string;
  type: 'person' | 'institution';
  category: Parameters<typeof addTargetUnchecked>[2]['category'];
  country: string;
  priority: 'high' | 'medium' | 'low';
  stage: Parameters<typeof moveStage>[3];
  overdue?: boolean;
}

/** Outreach targets across the pipeline: generic offices, not real contacts. */
const DEMO_TARGETS: DemoTarget[] = [
  {
    name: 'Office of the Head of State',
    type: 'institution',
    category: 'head_of_state',
    country: 'USA',
    priority: 'high',
    stage: 'contacted',
    overdue: true,
  },
  {
    name: 'Office of the Head of State',
    type: 'institution',
    category: 'head_of_state',
    country: 'CHN',
    priority: 'high',
    stage: 'identified',
  },
  {
    name: 'National security advisor’s office',
    type: 'institution',
    category: 'advisor',
    country: 'IND',
    priority: 'high',
    stage: 'engaged',
  },
  {
    name: 'Cybersecurity agency',
    type: 'institution',
    category: 'security_agency',
    country: 'DEU',
    priority: 'medium',
    stage: 'contacted',
    overdue: true,
  },
  {
    name: 'Frontier AI lab, policy team',
    type: 'institution',
    category: 'ai_lab',
    country: 'GBR',
    priority: 'medium',
    stage: 'supportive',
  },
  {
    name: 'Permanent mission to the UN in Geneva',
    type: 'institution',
    category: 'state_delegation',
    country: 'BRA',
    priority: 'high',
    stage: 'committed',
  },
  { name: 'Regional AI governance NGO', type: 'institution', category: 'ngo', country: 'KEN', priority: 'low', stage: 'declined' },
  { name: 'Compute governance researcher', type: 'person', category: 'expert', country: 'CHE', priority: 'medium', stage: 'engaged' },
];

/** The demonstration's outreach targets ({@link DEMO_TARGETS}), owned by `ownerId`. */
async function loadDemoOutreach({ db, env, actor, now }: Demo, ownerId: number): Promise<number[]> {
  const note = 'Demonstration data, not a real contact.';
  const targetIds: number[] = [];
  for (const t of DEMO_TARGETS) {
    const created = await addTargetUnchecked(
      db,
      actor,
      { name: t.name, type: t.type, category: t.category, countryIso3: t.country, priority: t.priority, ownerId, notes: note },
      env,
    );
    targetIds.push(created.id);
    await addInteraction(
      db,
      actor,
      created.id,
      {
        occurredOn: isoDay(now, -21),
        channel: 'email',
        summary: 'Sent the open call and the case for the coalition.',
        nextAction: t.overdue ? 'Follow up by phone' : 'Send the summit invitation',
        nextActionDue: t.overdue ? isoDay(now, -7) : isoDay(now, 10),
      },
      env,
    );
    const path = ['contacted', 'engaged', 'supportive', 'committed'] as const;
    if (t.stage === 'declined') await moveStage(db, actor, created.id, 'declined', env);
    else for (const s of path.slice(0, path.indexOf(t.stage as (typeof path)[number]) + 1)) await moveStage(db, actor, created.id, s, env);
  }
  return targetIds;
}

/** Milestones, after the provisional roadmap of the joint announcement; the summit's links to `summitEventIds`. */
async function loadDemoMilestones({ db, actor, now }: Demo, summitEventIds: number[]): Promise<number[]> {
  const milestoneIds: number[] = [];
  for (const m of [
    { title: 'Governance structure among partners agreed', targetDate: isoDay(now, -90), status: 'done' as const },
    { title: 'Membership expanded to the Global South and China', targetDate: isoDay(now, -10), status: 'missed' as const },
    { title: 'Coordinator funded', targetDate: isoDay(now, 45), status: 'in_progress' as const },
    { title: `${DEMO_SUMMIT_TITLE} held`, targetDate: isoDay(now, 61), status: 'planned' as const, eventIds: summitEventIds },
    { title: 'Open intergovernmental constituent assembly convened', targetDate: isoDay(now, 365), status: 'planned' as const },
  ]) {
    milestoneIds.push((await addMilestoneUnchecked(db, actor, m)).id);
  }
  return milestoneIds;
}
