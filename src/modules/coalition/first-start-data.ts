import type { NewOrganization, NewPerson } from './members.dto.ts';

/*
 * The coalition's public facts, loaded on first start.
 *
 * Sources (copies in the project's seeds):
 *  - Organizations: "Joint Announcement of the Coalition for a Baruch Plan
 *    for AI", 10 September 2024 (seed 001): convened by the Trustless
 *    Computing Association on 24 June 2024; "by July 1st it has been joined
 *    by the Transnational Working Group on AI of the World Federalist
 *    Movement, PauseAI, the International Congress for the Governance of
 *    Artificial Intelligence and the European Center for Peace and
 *    Development". They "joined as partners, en route to become members".
 *    The announcement names five organizations although it speaks of six
 *    partners; only the five named ones are loaded. Joined dates are the
 *    dates it gives (24 June for the convenor, "by July 1st" for the others).
 *    Countries and websites are not in the sources and are left empty.
 *    Descriptions quote the crowdfunding page (seed 000).
 *  - People and contributions: the coalition's "Funding so Far" list on its
 *    crowdfunding page (seed 000): everyone who contributed 20 hours or more,
 *    with hours and US dollars as published, the two undisclosed rows kept
 *    undisclosed. Rufo Guerreschi is "Convenor and Executive Director" and
 *    executive director of the Trustless Computing Association; the page
 *    says the work so far is "entirely by the volunteer effort" of the team,
 *    so everyone listed is recorded as a volunteer.
 *  - The list is undated; its entries are dated 18 December 2024, the launch
 *    date the page gives ("December 18th, 2025" there, but the same page
 *    speaks of "President-Elect Trump", which places it before 20 January
 *    2025).
 */

export const SOURCE_DATE = '2024-12-18';

export const FOUNDING_PARTNERS: NewOrganization[] = [
  {
    name: 'Trustless Computing Association',
    kind: 'partner',
    joinedOn: '2024-06-24',
    description: 'Convenor of the coalition; working since 2015 on global governance of AI and digital communications.',
  },
  {
    name: 'Transnational Working Group on AI of the World Federalist Movement',
    kind: 'partner',
    joinedOn: '2024-07-01',
    description: 'Of the World Federalist Movement, which successfully coordinated the Coalition for the International Criminal Court.',
  },
  { name: 'PauseAI', kind: 'partner', joinedOn: '2024-07-01', description: 'Has gained significant traction in AI safety advocacy.' },
  { name: 'International Congress for the Governance of Artificial Intelligence', kind: 'partner', joinedOn: '2024-07-01' },
  {
    name: 'European Center for Peace and Development',
    kind: 'partner',
    joinedOn: '2024-07-01',
    description: 'A UN-established institution.',
  },
];

export interface SeedContributor {
  person: NewPerson & { organizationName?: string };
  hours: number;
  /** US dollars, as published. */
  dollars?: number;
  note?: string;
}

export const FUNDING_SO_FAR: SeedContributor[] = [
  {
    person: { name: 'Rufo Guerreschi', roles: ['executive_director', 'volunteer'], organizationName: 'Trustless Computing Association' },
    hours: 750,
    dollars: 3000,
    note: 'full-time',
  },
  { person: { name: 'Felix De Simone', roles: ['volunteer'] }, hours: 220, dollars: 600 },
  { person: { name: 'Joep Meindertsma', roles: ['volunteer'] }, hours: 130 },
  { person: { name: 'Wendell Wallach', roles: ['volunteer'] }, hours: 80 },
  { person: { name: 'Robert Whitfield', roles: ['volunteer'] }, hours: 60, dollars: 600 },
  { person: { name: 'Tolga Bilge', roles: ['volunteer'] }, hours: 60 },
  { person: { name: 'Richard Pagett', roles: ['volunteer'] }, hours: 40 },
  { person: { name: 'David Wood', roles: ['volunteer'] }, hours: 40 },
  { person: { name: 'Mark Barwinski', roles: ['volunteer'] }, hours: 30 },
  { person: { name: 'Massimiliano Alessandri', roles: ['volunteer'] }, hours: 20 },
  { person: { name: 'Roberto Savio', roles: ['volunteer'] }, hours: 25 },
  // Published as "undisclosed": the names below are placeholders that are never shown.
  { person: { name: 'Undisclosed contributor A', roles: ['volunteer'], visibility: 'undisclosed' }, hours: 60 },
  { person: { name: 'Undisclosed contributor B', roles: ['volunteer'], visibility: 'undisclosed' }, hours: 300 },
];
