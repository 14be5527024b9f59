/**
 * What a state's delegate may record on an adopted treaty, and from which day: the rules of
 * ratification.service.ts, so the page offers only the acts the server would take. Pure, so it is
 * tested directly.
 */
import type { TreatyStatus } from './api.ts';

export type TreatyActKind = 'signature' | 'ratification' | 'withdrawal';

/** One state's acts on a treaty, as GET /api/treaties/{id}/status lists them (absent: none yet). */
export type OwnActs = Pick<TreatyStatus['states'][number], 'signedOn' | 'ratifiedOn' | 'withdrawnOn'> | undefined;

/** The acts a state may record now: sign first; then ratify or withdraw; nothing after a withdrawal. */
export function availableActs(own: OwnActs): TreatyActKind[] {
  if (own?.withdrawnOn) return [];
  if (!own?.signedOn) return ['signature'];
  return own.ratifiedOn ? ['withdrawal'] : ['ratification', 'withdrawal'];
}

/**
 * The earliest date the next act may bear: not before the adoption, a ratification not before the
 * signature, a withdrawal not before the latest of the two. The same for every act available at once.
 */
export function earliestActDate(own: OwnActs, adoptedOn: string): string {
  return own?.ratifiedOn ?? own?.signedOn ?? adoptedOn;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as the server counts days (UTC), `YYYY-MM-DD`: no act may bear a later date. */
export const todayUtc = (now: Date): string => now.toISOString().slice(0, 10);

/** The reader's own calendar day, `YYYY-MM-DD`. */
export const localDay = (now: Date): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/**
 * The date an act's form starts with: the reader's today, unless that is already tomorrow in UTC
 * (east of Greenwich before midnight UTC), when it is UTC's today; never before `earliest`.
 */
export function defaultActDate(now: Date, earliest: string): string {
  const local = localDay(now);
  const utc = todayUtc(now);
  const day = local > utc ? utc : local;
  return day < earliest ? earliest : day;
}
