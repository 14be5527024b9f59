import { request } from '../../api/client.ts';

/** Shapes of the coalition's API (see /api/openapi.json, tags "coalition: …"). */

export interface Money {
  currency: string;
  amountMinor: number;
}

export interface Partners {
  organizations: {
    id: number;
    name: string;
    kind: 'partner' | 'member' | 'observer';
    countryIso3: string | null;
    countryName: string | null;
    joinedOn: string | null;
    website: string | null;
    description: string | null;
  }[];
  people: { id: number; name: string; roles: string[]; organizationId: number | null; organizationName: string | null }[];
}

export interface Funding {
  contributors: { name: string; disclosed: boolean; hours: number; money: Money[] }[];
  totals: { hours: number; money: Money[]; contributors: number };
}

export type CampaignStatus = 'open' | 'collected' | 'released';

export interface Campaign {
  id: number;
  title: string;
  description: string;
  currency: string;
  goalMinor: number;
  minimumMinor: number;
  deadline: string;
  status: CampaignStatus;
  settledAt: string | null;
  pledgedMinor: number;
  pledgeCount: number;
}

export interface PledgeReceipt {
  id: number;
  campaignId: number;
  amountMinor: number;
  currency: string;
  status: string;
  pledgedAt: string;
}

export interface CoalitionEvent {
  id: number;
  title: string;
  kind: 'summit' | 'working_group' | 'meeting';
  description: string;
  startsAt: string;
  endsAt: string;
  start: string;
  end: string;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  mode: 'in_person' | 'online' | 'hybrid';
  capacity: number | null;
  confirmed: number;
  waiting: number;
  spotsLeft: number | null;
  agenda: { time: string | null; title: string; speaker: string | null }[];
  members: { personId: number; name: string }[];
  outputs: { id: number; title: string; url: string; publishedOn: string | null }[];
}

export interface RegistrationReceipt {
  id: number;
  eventId: number;
  status: 'confirmed' | 'waiting' | 'cancelled';
  waitingPosition: number | null;
  cancelToken: string;
}

export const STAGES = ['identified', 'contacted', 'engaged', 'supportive', 'committed', 'declined'] as const;
export type Stage = (typeof STAGES)[number];

export interface Target {
  id: number;
  name: string;
  type: 'person' | 'institution';
  category: string;
  countryIso3: string | null;
  priority: 'high' | 'medium' | 'low';
  ownerId: number | null;
  ownerName: string | null;
  stage: Stage;
  stageChangedAt: string;
  notes: string;
  nextAction: string | null;
  nextActionDue: string | null;
  lastInteractionOn: string | null;
}

export interface Overdue {
  targetId: number;
  targetName: string;
  stage: Stage;
  priority: string;
  ownerName: string | null;
  nextAction: string;
  nextActionDue: string;
  daysOverdue: number;
}

export interface OutreachSummary {
  total: number;
  byStage: { stage: Stage; count: number }[];
  byCountry: { countryIso3: string | null; countryName: string | null; count: number }[];
}

export interface Milestone {
  id: number;
  title: string;
  description: string;
  targetDate: string;
  status: 'planned' | 'in_progress' | 'done' | 'missed';
  events: { id: number; title: string; startsAt: string }[];
}

/** One function per coalition endpoint the pages use. */
export const coalitionApi = {
  partners: () => request<Partners>('GET', '/api/coalition/partners'),
  funding: () => request<Funding>('GET', '/api/coalition/funding'),
  campaigns: () => request<{ campaigns: Campaign[] }>('GET', '/api/coalition/campaigns'),
  campaign: (id: number) => request<Campaign>('GET', `/api/coalition/campaigns/${id}`),
  pledge: (id: number, body: { name: string; email: string; amountMinor: number; currency: string }) =>
    request<PledgeReceipt>('POST', `/api/coalition/campaigns/${id}/pledges`, body),
  settle: (id: number) => request<Campaign>('POST', `/api/coalition/campaigns/${id}/settle`),
  events: (when: 'upcoming' | 'past' | 'all' = 'upcoming') =>
    request<{ events: CoalitionEvent[] }>('GET', `/api/coalition/events?when=${when}`),
  register: (id: number, body: { name: string; email: string }) =>
    request<RegistrationReceipt>('POST', `/api/coalition/events/${id}/registrations`, body),
  cancelRegistration: (id: number, token: string) =>
    request<{ promotedId: number | null }>('POST', `/api/coalition/registrations/${id}/cancel`, { token }),
  targets: () => request<{ targets: Target[] }>('GET', '/api/coalition/outreach/targets'),
  moveStage: (id: number, stage: Stage) => request<Target>('POST', `/api/coalition/outreach/targets/${id}/stage`, { stage }),
  overdue: () => request<{ overdue: Overdue[] }>('GET', '/api/coalition/outreach/overdue'),
  outreachSummary: () => request<OutreachSummary>('GET', '/api/coalition/outreach/summary'),
  roadmap: () => request<{ milestones: Milestone[] }>('GET', '/api/coalition/roadmap'),
};
