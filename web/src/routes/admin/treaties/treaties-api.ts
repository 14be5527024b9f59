/**
 * The shapes the treaties and motions console uses, read from the types generated from the
 * server's OpenAPI document (a field the server renames breaks the build, not a page).
 */
import type { components } from '../../../api/client.ts';

type Schemas = components['schemas'];

export type TreatySummary = Schemas['TreatySummary'];
export type Treaty = Schemas['Treaty'];
export type TreatyStatus = Schemas['TreatyStatus'];
export type NewTreaty = Schemas['NewTreaty'];
export type EntryIntoForce = Schemas['EntryIntoForce'];
export type Participant = Schemas['Participant'];
export type Amendment = Schemas['Amendment'];
export type Motion = Schemas['Motion'];
export type NewMotion = Schemas['NewMotion'];
export type MotionKind = NewMotion['kind'];
export type TreatyLanguage = Schemas['TreatyLanguage'];

export const ACT_KINDS = ['signature', 'ratification', 'withdrawal'] as const;
export type ActKind = (typeof ACT_KINDS)[number];

/** The API path segment of each act of the depositary. */
export const ACT_PATHS = {
  signature: '/api/treaties/{id}/signatures',
  ratification: '/api/treaties/{id}/ratifications',
  withdrawal: '/api/treaties/{id}/withdrawals',
} as const satisfies Record<ActKind, string>;

/** Today's date in UTC (YYYY-MM-DD): the server dates acts by the UTC calendar. */
export const todayUtc = (now = Date.now()) => new Date(now).toISOString().slice(0, 10);
