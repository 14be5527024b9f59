/** The assembly's endpoints and shapes, as /api/openapi.json documents them. */
import { request } from '../../api/client.ts';

export type ParticipantStatus = 'invited' | 'member' | 'observer' | 'withdrawn';
export type Choice = 'yes' | 'no' | 'abstain';
export type MotionKind = 'procedural' | 'amendment' | 'adoption';
export type Standing = 'withdrawn' | 'invited' | 'observer' | 'member' | 'signed' | 'ratified';

export interface Participant {
  id: number;
  kind: 'state' | 'organization';
  iso3: string | null;
  name: string;
  category: 'ngo' | 'citizens' | 'other' | null;
  status: ParticipantStatus;
  region: string | null;
  population: number | null;
  gdpUsd: number | null;
}

export interface WeightRow {
  participantId: number;
  kind: 'state' | 'organization';
  iso3: string | null;
  name: string;
  weight: number;
  chamberShare: number;
  components: { equal: number; population: number; gdp: number; sqrtPopulation: number } | null;
}

export interface Weights {
  rulesVersion: number;
  orgChamber: { mode: 'advisory' } | { mode: 'weighted'; share: number };
  chambers: { states: number; organizations: number };
  members: WeightRow[];
}

export interface Rules {
  weighting: { equal: number; population: number; gdp: number; sqrtPopulation: number };
  quorum: number;
  thresholds: Record<MotionKind, { threshold: number; doubleMajority: number | null }>;
  orgChamber: { mode: 'advisory' } | { mode: 'weighted'; share: number };
  secondsRequired: number;
}

export interface PowerPlayer {
  participantId: number;
  name: string;
  weight: number;
  share: number;
  banzhaf: number;
  banzhafAbsolute: number;
  shapleyShubik: number | null;
  veto: boolean;
}

export interface AssemblyPower {
  kind: MotionKind;
  rulesVersion: number;
  threshold: number;
  resolution: number;
  quota: number;
  totalWeight: number;
  players: PowerPlayer[];
  vetoPlayers: string[];
  notes: string[];
}

export interface StandingRow {
  participantId: number;
  iso3: string;
  name: string;
  status: ParticipantStatus;
  standing: Standing;
}

export interface Article {
  key: string;
  num: number;
  heading: string;
  body: string;
}

export interface TreatyVersion {
  treatyId: number;
  version: number;
  title: string;
  date: string;
  amendmentId: number | null;
  articles: Article[];
}

export interface EntryIntoForce {
  ratifications: number;
  populationShare: number | null;
  gdpShare: number | null;
  combine: 'and' | 'or';
  delayDays: number;
}

export interface TreatySummary {
  id: number;
  title: string;
  status: 'draft' | 'adopted';
  currentVersion: number;
  adoptedVersion: number | null;
  adoptedOn: string | null;
  entryIntoForce: EntryIntoForce;
  createdAt: string;
}

export interface Treaty extends TreatySummary {
  text: TreatyVersion;
}

export interface Segment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ArticleDiff {
  key: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  beforeIndex: number | null;
  afterIndex: number | null;
  before: { key: string; heading: string; body: string } | null;
  after: { key: string; heading: string; body: string } | null;
  heading?: Segment[];
  body?: Segment[];
}

export type AmendmentOp = 'insert' | 'replace' | 'delete' | 'edit';
export type AmendmentStatus = 'proposed' | 'on_floor' | 'adopted' | 'rejected' | 'needs_rebase';

export interface Amendment {
  id: number;
  treatyId: number;
  participantId: number;
  participantName: string;
  baseVersion: number;
  op: AmendmentOp;
  articleKey: string | null;
  afterKey: string | null;
  heading: string | null;
  body: string | null;
  rationale: string;
  status: AmendmentStatus;
  appliedVersion: number | null;
  seconds: number;
  secondsRequired: number;
  createdAt: string;
}

export interface AmendmentDetail extends Amendment {
  secondedBy: { participantId: number; name: string; at: string }[];
  comments: { id: number; participantId: number | null; participantName: string | null; author: string; body: string; createdAt: string }[];
  original: { key: string; heading: string; body: string } | null;
  motions: { id: number; title: string; status: string }[];
}

export interface NewAmendment {
  baseVersion: number;
  op: AmendmentOp;
  articleKey: string | null;
  afterKey: string | null;
  heading: string | null;
  body: string | null;
  rationale: string;
}

export interface Chamber {
  yes: number;
  no: number;
  abstain: number;
  present: number;
  yesShare: number | null;
  heads: { yes: number; no: number; abstain: number; absent: number; members: number };
  counts: number;
}

export interface Tally {
  states: Chamber;
  organizations: Chamber;
  combined: { yes: number; no: number; abstain: number; present: number };
  yesShare: number | null;
  threshold: { required: number; reached: boolean };
  quorum: { required: number; present: number; reached: boolean };
  doubleMajority: { required: number | null; yesShare: number; reached: boolean };
  passed: boolean;
  reasons: { code: string; message: string }[];
}

export interface Motion {
  id: number;
  kind: MotionKind;
  title: string;
  treatyId: number | null;
  amendmentId: number | null;
  treatyVersion: number | null;
  opensAt: string;
  closesAt: string;
  status: 'scheduled' | 'open' | 'closed';
  rules: { rulesVersion: number; threshold: number; doubleMajority: number | null; quorum: number; orgChamber: Rules['orgChamber'] } | null;
  turnout: { states: number; organizations: number; stateMembers: number; organizationMembers: number } | null;
  result: { tally: Tally; appliedVersion?: number | null; notApplied?: string } | null;
  ballots: { participantId: number; name: string; kind: 'state' | 'organization'; choice: Choice; weight: number }[] | null;
  myBallot: { participantId: number; choice: Choice | null; eligible: boolean } | null;
  closedAt: string | null;
}

export interface TreatyStatus {
  treatyId: number;
  stage: 'draft' | 'open_for_signature' | 'in_force';
  adoptedOn: string | null;
  adoptedVersion: number | null;
  conditions: EntryIntoForce;
  signatures: number;
  ratifications: number;
  withdrawals: number;
  populationShare: number;
  gdpShare: number;
  conditionsMet: boolean;
  metOn: string | null;
  entryIntoForce: string | null;
  inForce: boolean;
  states: {
    participantId: number;
    iso3: string;
    name: string;
    signedOn: string | null;
    ratifiedOn: string | null;
    withdrawnOn: string | null;
  }[];
}

/** The assembly's endpoints, one function each. */
export const assemblyApi = {
  participants: () => request<{ participants: Participant[] }>('GET', '/api/assembly/participants'),
  rules: () => request<{ version: number; rules: Rules }>('GET', '/api/assembly/rules'),
  weights: () => request<Weights>('GET', '/api/assembly/weights'),
  power: (kind: MotionKind) => request<AssemblyPower>('GET', `/api/assembly/power?kind=${kind}`),
  standing: () => request<{ treatyId: number | null; states: StandingRow[] }>('GET', '/api/assembly/standing'),
  treaties: () => request<{ treaties: TreatySummary[] }>('GET', '/api/treaties'),
  treaty: (id: number) => request<Treaty>('GET', `/api/treaties/${id}`),
  version: (id: number, n: number) => request<TreatyVersion>('GET', `/api/treaties/${id}/versions/${n}`),
  diff: (id: number, from: number, to: number) =>
    request<{ from: number; to: number; articles: ArticleDiff[] }>('GET', `/api/treaties/${id}/diff?from=${from}&to=${to}`),
  amendments: (id: number) => request<{ amendments: Amendment[] }>('GET', `/api/treaties/${id}/amendments`),
  amendment: (id: number, aid: number) => request<AmendmentDetail>('GET', `/api/treaties/${id}/amendments/${aid}`),
  propose: (id: number, body: NewAmendment) => request<AmendmentDetail>('POST', `/api/treaties/${id}/amendments`, body),
  second: (id: number, aid: number) => request<AmendmentDetail>('POST', `/api/treaties/${id}/amendments/${aid}/seconds`, {}),
  comment: (id: number, aid: number, body: string) =>
    request<AmendmentDetail>('POST', `/api/treaties/${id}/amendments/${aid}/comments`, { body }),
  treatyStatus: (id: number) => request<TreatyStatus>('GET', `/api/treaties/${id}/status`),
  motions: (treatyId?: number) => request<{ motions: Motion[] }>('GET', `/api/motions${treatyId ? `?treatyId=${treatyId}` : ''}`),
  motion: (id: number) => request<Motion>('GET', `/api/motions/${id}`),
  vote: (id: number, choice: Choice) =>
    request<{ motionId: number; participantId: number; choice: Choice; commitment: string; logIndex: number; changed: boolean }>(
      'POST',
      `/api/motions/${id}/ballots`,
      { choice },
    ),
};
