/**
 * The verification endpoints the web app uses, through the typed client: every shape is the one
 * generated from the server's OpenAPI document, so a field renamed on the server breaks tsc here.
 */
import { data, http, type components } from '../../api/client.ts';

export const verificationApi = {
  facilities: () => data(http.GET('/api/facilities')),
  facility: (id: string) => data(http.GET('/api/facilities/{id}', { params: { path: { id } } })),
  // openapi-fetch's Readable<> reads a tuple as a plain array; the document's [periodEnd, cumulativeFlop] pairs are restored here.
  runAccounting: () =>
    data(http.GET('/api/accounting/runs', { params: { query: { series: 'true' } } })) as Promise<components['schemas']['RunAccounting']>,
  settings: () => data(http.GET('/api/verification/settings')),
  flags: () => data(http.GET('/api/flags')),
  challenges: () => data(http.GET('/api/challenges')),
  challenge: (id: number) => data(http.GET('/api/challenges/{id}', { params: { path: { id } } })),
  openChallenge: (body: NewChallenge) => data(http.POST('/api/challenges', { body })),
  storedReport: (id: string, sequence: number) =>
    data(http.GET('/api/facilities/{id}/reports/{sequence}', { params: { path: { id, sequence } } })),
};

/**
 * The operator's writes, as raw requests for `useAction().run` (which reads the log receipt from
 * the answer's headers) or `acted`.
 */
export const operatorWrites = {
  registerFacility: (body: NewFacility) => http.POST('/api/facilities', { body }),
  rotateKey: (id: string, body: components['schemas']['NewFacilityKey']) =>
    http.POST('/api/facilities/{id}/keys', { params: { path: { id } }, body }),
  declareRun: (body: components['schemas']['NewRun']) => http.POST('/api/runs', { body }),
  submitReport: (body: components['schemas']['SignedReport']) => http.POST('/api/reports', { body }),
  submitReports: (reports: components['schemas']['SignedReport'][]) => http.POST('/api/reports/batch', { body: { reports } }),
  answerChallenge: (id: number, body: components['schemas']['ChallengeAnswer']) =>
    http.POST('/api/challenges/{id}/responses', { params: { path: { id } }, body }),
};

/** The answers' shapes, as the calls above give them. */
type Answer<K extends keyof typeof verificationApi> = Awaited<ReturnType<(typeof verificationApi)[K]>>;
export type FacilityDetail = Answer<'facility'>;
export type RunAccounting = Answer<'runAccounting'>;
export type Flag = Answer<'flags'>['flags'][number];
export type Challenge = Answer<'challenge'>;
export type NewChallenge = components['schemas']['NewChallenge'];
export type NewFacility = components['schemas']['NewFacility'];
export type AcceptedReport = components['schemas']['AcceptedReport'];
export type RefusalDetails = components['schemas']['ReportRefusalDetails'];
