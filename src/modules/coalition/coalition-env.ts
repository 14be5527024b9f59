import { RecordingPaymentProcessor, type PaymentProcessor } from './payments.ts';

/**
 * What the coalition's services need besides the database: the payment
 * processor and the clock (tests move time past a campaign's deadline
 * without waiting for it).
 */
export interface CoalitionEnv {
  payments: PaymentProcessor;
  now(): Date;
}

export const defaultCoalitionEnv = (): CoalitionEnv => ({ payments: new RecordingPaymentProcessor(), now: () => new Date() });

/** The calendar date (UTC) of an instant, as YYYY-MM-DD. */
export const isoDate = (at: Date) => at.toISOString().slice(0, 10);
