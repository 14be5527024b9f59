import type { Db } from '../../core/db/client.ts';
import { insertPaymentRecord } from './campaigns.repository.ts';

/** One pledge's money, as a payment processor sees it. */
export interface PaymentRequest {
  pledgeId: number;
  campaignId: number;
  amountMinor: number;
  currency: string;
}

/**
 * How pledged money moves. All-or-nothing campaigns need three steps:
 * `authorize` when the pledge is made (hold the amount, or record a mandate),
 * then exactly one of `capture` (the campaign reached its minimum) or
 * `release` (it did not) at settlement.
 *
 * Each call gets the transaction that records the pledge or the settlement.
 * An implementation that talks to a real processor (Stripe, Adyen, a SEPA
 * mandate service) ignores `tx` for its own I/O, sends an idempotency key
 * derived from `pledgeId` and the action (e.g. `pledge-42-capture`) and
 * throws when the processor refuses: the transaction then rolls back, the
 * campaign stays unsettled, and the next settlement attempt retries safely
 * because the idempotency key makes a repeated capture a no-op.
 */
export interface PaymentProcessor {
  /** Holds the pledged amount; returns the processor's reference for it. */
  authorize(tx: Db, request: PaymentRequest): Promise<{ reference: string }>;
  /** Collects a held amount. */
  capture(tx: Db, request: PaymentRequest & { reference: string }): Promise<void>;
  /** Lets a held amount go. */
  release(tx: Db, request: PaymentRequest & { reference: string }): Promise<void>;
}

/**
 * The default processor: moves no money, and records in
 * coalition_payment_records what it would have asked a real processor to do,
 * in the caller's transaction (so a rolled-back pledge leaves no record).
 * A unique index allows one authorize and one capture or release per pledge.
 */
export class RecordingPaymentProcessor implements PaymentProcessor {
  async authorize(tx: Db, request: PaymentRequest) {
    const reference = `rec_${request.campaignId}_${request.pledgeId}`;
    await this.record(tx, 'authorize', { ...request, reference });
    return { reference };
  }
  async capture(tx: Db, request: PaymentRequest & { reference: string }) {
    await this.record(tx, 'capture', request);
  }
  async release(tx: Db, request: PaymentRequest & { reference: string }) {
    await this.record(tx, 'release', request);
  }
  private async record(tx: Db, action: 'authorize' | 'capture' | 'release', r: PaymentRequest & { reference: string }) {
    await insertPaymentRecord(tx, {
      pledgeId: r.pledgeId,
      action,
      amountMinor: r.amountMinor,
      currency: r.currency,
      reference: r.reference,
    });
  }
}
