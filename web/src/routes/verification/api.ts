/** The verification endpoints the web app uses, with the shapes the server documents in /api/openapi.json. */
import { request } from '../../api/client.ts';

export interface InventoryItem {
  model: string;
  count: number;
  peakFlops: number;
}

export interface FacilitySummary {
  id: string;
  name: string;
  operator: string;
  jurisdiction: string;
  inventory: InventoryItem[];
  accelerators: number;
  peakFlops: number;
  reportCount: number;
  lastReport: { sequence: number; periodEnd: string } | null;
}

export interface ReportHeadline {
  reportId: string;
  sequence: number;
  periodStart: string;
  periodEnd: string;
  meteredAcceleratorHours: number;
  declaredAcceleratorHours: number;
  energyKwh: number;
  workloadCount: number;
  keyId: string;
  reportSha256: string;
  logIndex: number;
}

export interface FacilityDetail extends FacilitySummary {
  keys: { keyId: string; publicKeyPem: string; validFrom: string; retiredAt: string | null }[];
  reports: ReportHeadline[];
  viewerMayInspect: boolean;
  operators?: { userId: number; name: string; email: string }[];
}

export interface Crossing {
  threshold: 'notify' | 'licence';
  thresholdFlop: number;
  periodEnd: string;
  reportId?: string;
  cumulativeFlop?: number;
}

export interface RunAccount {
  runId: string;
  declared: boolean;
  developer?: string;
  name?: string;
  licensed: boolean;
  standing: 'below' | 'notify' | 'licence-required';
  crossings: Crossing[];
  cumulativeFlop?: number;
  expectedFlop?: number;
  acceleratorHours?: number;
  workloadCount?: number;
  facilityIds?: string[];
  series?: [string, number][];
}

export interface RunAccounting {
  view: 'full' | 'summary';
  thresholds: { notifyFlop: number; licenceFlop: number };
  runs: RunAccount[];
}

export interface Flag {
  kind: string;
  facilityId?: string;
  facilityIds?: string[];
  runId?: string;
  reportIds: string[];
  workloadIds?: string[];
  challengeId?: string;
  figures: Record<string, number | string>;
  message: string;
}

export interface ChallengeWorkload {
  workloadId: string;
  reportId: string;
  sequence: number;
  class: string;
  acceleratorHours: number;
  utilization: number;
  runId: string | null;
  commitment: string;
  status: 'pending' | 'passed' | 'failed';
  problems: string[] | null;
  answeredAt: string | null;
  record?: unknown;
  salt?: string | null;
}

export interface Challenge {
  id: number;
  facilityId: string;
  issuedAt: string;
  deadline: string;
  status: 'open' | 'passed' | 'failed' | 'overdue';
  decidedAt: string | null;
  sample: {
    size: number;
    seedHex: string;
    treeSize: number;
    sequenceFrom: number | null;
    sequenceTo: number | null;
    candidates: string[] | null;
  } | null;
  workloads: ChallengeWorkload[];
}

export interface NewChallenge {
  facilityId: string;
  workloadIds?: string[];
  sample?: number;
  sequenceFrom?: number;
  sequenceTo?: number;
}

export const verificationApi = {
  facilities: () => request<{ facilities: FacilitySummary[] }>('GET', '/api/facilities'),
  facility: (id: string) => request<FacilityDetail>('GET', `/api/facilities/${encodeURIComponent(id)}`),
  runAccounting: () => request<RunAccounting>('GET', '/api/accounting/runs?series=true'),
  settings: () =>
    request<{ version: number; settings: { tolerance: number; challengeDeadlineHours: number } }>('GET', '/api/verification/settings'),
  flags: () => request<{ computedAt: string; flags: Flag[] }>('GET', '/api/flags'),
  challenges: () => request<{ challenges: Challenge[] }>('GET', '/api/challenges'),
  challenge: (id: number) => request<Challenge>('GET', `/api/challenges/${id}`),
  openChallenge: (body: NewChallenge) => request<Challenge>('POST', '/api/challenges', body),
};
