import { data, http, type components, type paths } from '../../api/client.ts';

/**
 * The coalition's API as the pages use it. Every shape is the server's own, generated from its
 * OpenAPI document (web/src/api/openapi.gen.ts): a field the server renames breaks `tsc` here,
 * not a page.
 */
type Schemas = components['schemas'];

export type Funding = Schemas['CoalitionFunding'];
export type Campaign = Schemas['Campaign'];
export type PledgeReceipt = Schemas['PledgeReceipt'];
export type CoalitionEvent = Schemas['CoalitionEvent'];
export type RegistrationReceipt = Schemas['EventRegistrationReceipt'];
export type Target = Schemas['OutreachTarget'];
export type Overdue = Schemas['OutreachOverdue']['overdue'][number];
export type OutreachSummary = Schemas['OutreachSummary'];
export type Stage = Target['stage'];
/** Which events to list: the server's `when` query parameter. */
export type EventsWhen = NonNullable<NonNullable<paths['/api/coalition/events']['get']['parameters']['query']>['when']>;

/** The board's columns in pipeline order: a Record, so tsc requires every stage the server has and no other. */
const STAGE_COLUMNS: Record<Stage, true> = {
  identified: true,
  contacted: true,
  engaged: true,
  supportive: true,
  committed: true,
  declined: true,
};
export const STAGES = Object.keys(STAGE_COLUMNS) as Stage[];

const byId = (id: number) => ({ params: { path: { id } } });

/** One function per coalition endpoint the pages use. */
export const coalitionApi = {
  partners: () => data(http.GET('/api/coalition/partners')),
  funding: () => data(http.GET('/api/coalition/funding')),
  campaigns: () => data(http.GET('/api/coalition/campaigns')),
  campaign: (id: number) => data(http.GET('/api/coalition/campaigns/{id}', byId(id))),
  pledge: (id: number, body: Schemas['NewPledge']) => data(http.POST('/api/coalition/campaigns/{id}/pledges', { ...byId(id), body })),
  settle: (id: number) => data(http.POST('/api/coalition/campaigns/{id}/settle', byId(id))),
  events: (when: EventsWhen = 'upcoming') => data(http.GET('/api/coalition/events', { params: { query: { when } } })),
  register: (id: number, body: Schemas['NewEventRegistration']) =>
    data(http.POST('/api/coalition/events/{id}/registrations', { ...byId(id), body })),
  cancelRegistration: (id: number, token: string) =>
    data(http.POST('/api/coalition/registrations/{id}/cancel', { ...byId(id), body: { token } })),
  targets: () => data(http.GET('/api/coalition/outreach/targets')),
  moveStage: (id: number, stage: Stage) => data(http.POST('/api/coalition/outreach/targets/{id}/stage', { ...byId(id), body: { stage } })),
  overdue: () => data(http.GET('/api/coalition/outreach/overdue')),
  outreachSummary: () => data(http.GET('/api/coalition/outreach/summary')),
  roadmap: () => data(http.GET('/api/coalition/roadmap')),
};
