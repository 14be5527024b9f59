import { RecordingPaymentProcessor, type PaymentProcessor } from './payments.ts';

/**
 * What the coalition's services need besides the database: the payment
 * processor and the clock (tests move time past a campaign's deadline
 * without waiting for it).
 */
export interface CoalitionEnv {
  payments: PaymentProcessor;
  now(): Date;
  /**
   * Abuse limit on the public writes (pledges, event registrations): at most
   * `limit` per client address per `windowSeconds`. Default 30 per 600 s.
   */
  publicWrites?: { limit: number; windowSeconds: number };
}

export const DEFAULT_PUBLIC_WRITES = { limit: 30, windowSeconds: 600 };

/**
 * The public-write limit from the process environment
 * (COALITION_PUBLIC_WRITES, COALITION_PUBLIC_WRITES_WINDOW_SECONDS), else the default.
 */
export function publicWritesFromEnv(vars: Record<string, string | undefined> = process.env) {
  const int = (v: string | undefined, fallback: number) => {
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`expected a positive integer, got ${JSON.stringify(v)}`);
    return n;
  };
  return {
    limit: int(vars.COALITION_PUBLIC_WRITES, DEFAULT_PUBLIC_WRITES.limit),
    windowSeconds: int(vars.COALITION_PUBLIC_WRITES_WINDOW_SECONDS, DEFAULT_PUBLIC_WRITES.windowSeconds),
  };
}

export const defaultCoalitionEnv = (): CoalitionEnv => ({
  payments: new RecordingPaymentProcessor(),
  now: () => new Date(),
  publicWrites: publicWritesFromEnv(),
});

/** The calendar date (UTC) of an instant, as YYYY-MM-DD. */
export const isoDate = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The latest calendar date anywhere on earth at an instant (UTC+14, Kiribati),
 * as YYYY-MM-DD: a date after it is in the future for everyone, while a date
 * that is already "today" in Auckland or Tokyo is not refused for being
 * tomorrow in UTC.
 */
export const latestDateOnEarth = (at: Date) => isoDate(new Date(at.getTime() + 14 * 3_600_000));
