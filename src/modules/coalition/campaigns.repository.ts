/**
 * Every query on pledge campaigns, their pledges and the recorded payment
 * steps. Functions take a `Db`, which may be a transaction handed down by a
 * service; none of them checks access or writes to the log.
 */
import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { type Db, firstRow } from '../../core/db/client.ts';
import { campaigns, paymentRecords, pledges, type CampaignOutcome, type PaymentAction } from './coalition.table.ts';

export type CampaignRow = typeof campaigns.$inferSelect;
export type PledgeRow = typeof pledges.$inferSelect;
export type NewCampaignRow = typeof campaigns.$inferInsert;
export type NewPledgeRow = typeof pledges.$inferInsert;

/** A campaign with the sum and number of its pledges. */
export interface CampaignWithTotals {
  campaign: CampaignRow;
  pledgedMinor: number;
  pledgeCount: number;
}

// ── Campaigns ──────────────────────────────────────────────────────────────

/** Campaigns (all, or those in `ids`) with their pledge totals, latest deadline first. */
export async function listCampaignsWithTotals(db: Db, ids?: number[]): Promise<CampaignWithTotals[]> {
  const totals = db
    .select({
      campaignId: pledges.campaignId,
      pledged: sql<string>`sum(${pledges.amountMinor})`.as('pledged'),
      n: sql<number>`count(*)::int`.as('n'),
    })
    .from(pledges)
    .groupBy(pledges.campaignId)
    .as('totals');
  const rows = await db
    .select({ c: campaigns, pledged: totals.pledged, n: totals.n })
    .from(campaigns)
    .leftJoin(totals, eq(totals.campaignId, campaigns.id))
    .where(ids ? inArray(campaigns.id, ids) : undefined)
    .orderBy(desc(campaigns.deadline), desc(campaigns.id));
  return rows.map(({ c, pledged, n }) => ({ campaign: c, pledgedMinor: Number(pledged ?? 0), pledgeCount: Number(n ?? 0) }));
}

export async function findCampaign(db: Db, id: number, lock = false): Promise<CampaignRow | undefined> {
  const query = db.select().from(campaigns).where(eq(campaigns.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function campaignExists(db: Db, id: number): Promise<boolean> {
  const [row] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, id));
  return row !== undefined;
}

export async function insertCampaign(db: Db, values: NewCampaignRow): Promise<CampaignRow> {
  return firstRow(await db.insert(campaigns).values(values).returning(), 'inserted campaign');
}

/** The ids of unsettled campaigns whose deadline is at or before `now` (only `id`'s, when given). */
export async function listDueCampaignIds(db: Db, now: Date, id?: number): Promise<number[]> {
  const rows = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(id !== undefined ? eq(campaigns.id, id) : undefined, isNull(campaigns.outcome), lte(campaigns.deadline, now)))
    .orderBy(asc(campaigns.id));
  return rows.map((r) => r.id);
}

/**
 * Records a campaign's outcome, only if it has none yet (`where outcome is
 * null`, the last guard of exactly-once settlement); false when it had one.
 */
export async function markCampaignSettled(
  db: Db,
  id: number,
  settlement: { outcome: CampaignOutcome; settledAt: Date; pledgedAtSettlementMinor: number; settledBy: string },
): Promise<boolean> {
  const updated = await db
    .update(campaigns)
    .set(settlement)
    .where(and(eq(campaigns.id, id), isNull(campaigns.outcome)))
    .returning({ id: campaigns.id });
  return updated.length === 1;
}

// ── Pledges ────────────────────────────────────────────────────────────────

/** A campaign's pledges, oldest first. */
export async function listPledges(db: Db, campaignId: number): Promise<PledgeRow[]> {
  return db.select().from(pledges).where(eq(pledges.campaignId, campaignId)).orderBy(asc(pledges.id));
}

/** A campaign's pledges still only authorized, oldest first, locked (`for update`). */
export async function lockAuthorizedPledges(db: Db, campaignId: number): Promise<PledgeRow[]> {
  return db
    .select()
    .from(pledges)
    .where(and(eq(pledges.campaignId, campaignId), eq(pledges.status, 'authorized')))
    .orderBy(asc(pledges.id))
    .for('update');
}

export async function insertPledge(db: Db, values: NewPledgeRow): Promise<PledgeRow> {
  return firstRow(await db.insert(pledges).values(values).returning(), 'inserted pledge');
}

export async function setPledgePaymentReference(db: Db, id: number, reference: string): Promise<void> {
  await db.update(pledges).set({ paymentReference: reference }).where(eq(pledges.id, id));
}

/** Gives every still-authorized pledge of a campaign its outcome. */
export async function settleAuthorizedPledges(db: Db, campaignId: number, outcome: CampaignOutcome): Promise<void> {
  await db
    .update(pledges)
    .set({ status: outcome })
    .where(and(eq(pledges.campaignId, campaignId), eq(pledges.status, 'authorized')));
}

// ── Payment records ────────────────────────────────────────────────────────

/** One step the recording payment processor would have asked a real one to do (see payments.ts). */
export async function insertPaymentRecord(
  db: Db,
  record: { pledgeId: number; action: PaymentAction; amountMinor: number; currency: string; reference: string },
): Promise<void> {
  await db.insert(paymentRecords).values(record);
}
