import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import { campaigns, people, pledges, type CampaignOutcome, type PledgeStatus } from './coalition.table.ts';
import { isCurrency } from './money.ts';

/*
 * All-or-nothing pledge campaigns.
 *
 * When does a campaign settle? Not on a timer: a setInterval started when the
 * routes are mounted would run inside every test app, race with tests that
 * move the clock, and keep processes alive. Instead a campaign settles
 *   - lazily, the first time it is read or pledged to after its deadline
 *     (GET /campaigns, GET /campaigns/{id}, POST …/pledges), and
 *   - when an admin settles it (POST …/settle) after the deadline.
 * Whatever comes first settles it; the others find it settled. So a public
 * page never shows a campaign that "should" have settled as open, and the
 * outcome is the same as a timer's: settlement depends only on the pledges
 * made before the deadline, since none are accepted after it.
 * `settleDueCampaigns` settles every due campaign at once, for a scheduler
 * (cron, a systemd timer) that wants money to move without anyone visiting.
 *
 * Exactly once: settlement locks the campaign row (FOR UPDATE), checks that
 * it is unsettled, and sets `outcome` with `where outcome is null`; the
 * payment records' unique index refuses a second capture or release.
 */

export type CampaignStatus = 'open' | CampaignOutcome;

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
  createdAt: string;
}

export interface NewCampaign {
  title: string;
  description?: string;
  currency: string;
  goalMinor: number;
  minimumMinor: number;
  deadline: string;
}

export interface NewPledge {
  name?: string;
  email?: string;
  personId?: number;
  amountMinor: number;
  currency: string;
}

export interface PledgeReceipt {
  id: number;
  campaignId: number;
  amountMinor: number;
  currency: string;
  status: PledgeStatus;
  pledgedAt: string;
}

export interface Pledge extends PledgeReceipt {
  personId: number | null;
  pledgerName: string | null;
  pledgerEmail: string | null;
  paymentReference: string | null;
}

/** The outcome of an all-or-nothing campaign: collected when the minimum is reached. */
export const settlementOutcome = (pledgedMinor: number, minimumMinor: number): CampaignOutcome =>
  pledgedMinor >= minimumMinor ? 'collected' : 'released';

async function readCampaigns(db: Db, ids?: number[]): Promise<Campaign[]> {
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
  return rows.map(({ c, pledged, n }) => ({
    id: c.id,
    title: c.title,
    description: c.description,
    currency: c.currency,
    goalMinor: c.goalMinor,
    minimumMinor: c.minimumMinor,
    deadline: c.deadline.toISOString(),
    status: c.outcome ?? 'open',
    settledAt: c.settledAt?.toISOString() ?? null,
    pledgedMinor: Number(pledged ?? 0),
    pledgeCount: Number(n ?? 0),
    createdAt: c.createdAt.toISOString(),
  }));
}

/** Creates a campaign without an access check (demo); the API goes through {@link createCampaign}. */
export async function addCampaign(db: Db, by: Actor | null, input: NewCampaign, env: Pick<CoalitionEnv, 'now'>): Promise<Campaign> {
  if (!isCurrency(input.currency)) throw invalid('unknown_currency', `${input.currency} is not an ISO 4217 currency`);
  if (input.goalMinor <= 0 || input.minimumMinor <= 0) throw invalid('amount_not_positive', 'the goal and the minimum must be greater than zero');
  if (input.minimumMinor > input.goalMinor) throw invalid('minimum_above_goal', 'the minimum goal cannot exceed the goal');
  const deadline = new Date(input.deadline);
  if (Number.isNaN(deadline.getTime())) throw invalid('validation_failed', 'the deadline is not a date-time');
  if (deadline <= env.now()) throw invalid('deadline_in_past', 'the deadline must be in the future');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(campaigns)
      .values({ title: input.title, description: input.description ?? '', currency: input.currency, goalMinor: input.goalMinor, minimumMinor: input.minimumMinor, deadline })
      .returning();
    await appendToLog(tx, {
      kind: 'coalition.campaign-created',
      actor: actorLabel(by),
      subject: `campaign:${row.id}`,
      body: { campaignId: row.id, title: row.title, currency: row.currency, goalMinor: row.goalMinor, minimumMinor: row.minimumMinor, deadline: deadline.toISOString() },
    });
    return (await readCampaigns(tx, [row.id]))[0];
  });
}

export async function createCampaign(db: Db, actor: Actor | null, input: NewCampaign, env: CoalitionEnv): Promise<Campaign> {
  const admin = requireRole(actor, 'admin');
  return addCampaign(db, admin, input, env);
}

/** Public: every campaign, due ones settled first. */
export async function listCampaigns(db: Db, env: CoalitionEnv): Promise<Campaign[]> {
  await settleDueCampaigns(db, env);
  return readCampaigns(db);
}

/** Public: one campaign, settled first if its deadline has passed. */
export async function getCampaign(db: Db, id: number, env: CoalitionEnv): Promise<Campaign> {
  await settleIfDue(db, id, env);
  const [campaign] = await readCampaigns(db, [id]);
  if (!campaign) throw notFound('campaign', { id });
  return campaign;
}

const closed = (id: number) => conflict('campaign_closed', 'this campaign no longer accepts pledges: its deadline has passed', { campaignId: id });

/**
 * Pledges to an open campaign. Anyone may pledge with a name and e-mail; an
 * admin may pledge on behalf of a known person. The amount is authorized
 * with the payment processor and logged (campaign, pledge id, amount; never
 * the pledger's name or e-mail) in the same transaction.
 */
export async function pledge(db: Db, actor: Actor | null, campaignId: number, input: NewPledge, env: CoalitionEnv): Promise<PledgeReceipt> {
  if (input.personId !== undefined) {
    if (actor?.role !== 'admin') throw forbidden('only an admin may pledge on behalf of a person');
    if (input.name !== undefined || input.email !== undefined) throw invalid('pledger_ambiguous', 'give a person or a name and e-mail, not both');
  } else if (!input.name || !input.email) {
    throw invalid('pledger_required', 'a pledge needs the pledger’s name and e-mail');
  }
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) {
    throw invalid('amount_not_positive', 'a pledge must be a whole number of minor units greater than zero');
  }
  const now = env.now();
  let pastDeadline = false;
  try {
    return await db.transaction(async (tx) => {
      const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for('update');
      if (!campaign) throw notFound('campaign', { id: campaignId });
      if (campaign.outcome !== null) throw closed(campaignId);
      if (now >= campaign.deadline) {
        pastDeadline = true;
        throw closed(campaignId);
      }
      if (input.currency !== campaign.currency) {
        throw invalid('currency_mismatch', `this campaign collects ${campaign.currency}, not ${input.currency}`, { currency: campaign.currency });
      }
      if (input.personId !== undefined) {
        const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
        if (!person) throw invalid('unknown_person', `no person with id ${input.personId}`);
      }
      const [row] = await tx
        .insert(pledges)
        .values({
          campaignId,
          personId: input.personId ?? null,
          pledgerName: input.name ?? null,
          pledgerEmail: input.email?.toLowerCase() ?? null,
          amountMinor: input.amountMinor,
          currency: campaign.currency,
          pledgedAt: now,
        })
        .returning();
      const { reference } = await env.payments.authorize(tx, { pledgeId: row.id, campaignId, amountMinor: row.amountMinor, currency: row.currency });
      await tx.update(pledges).set({ paymentReference: reference }).where(eq(pledges.id, row.id));
      await appendToLog(tx, {
        kind: 'coalition.pledge',
        // The pledger's own account would name them in the public log: only an
        // admin pledging on someone's behalf is recorded as the actor.
        actor: actor?.role === 'admin' ? actorLabel(actor) : null,
        subject: `campaign:${campaignId}`,
        body: { campaignId, pledgeId: row.id, amountMinor: row.amountMinor, currency: row.currency },
      });
      return { id: row.id, campaignId, amountMinor: row.amountMinor, currency: row.currency, status: row.status, pledgedAt: row.pledgedAt.toISOString() };
    });
  } finally {
    // The pledge was refused (its transaction rolled back); the campaign it
    // came too late for is now due, so settle it in its own transaction.
    if (pastDeadline) await settleIfDue(db, campaignId, env);
  }
}

export async function listPledges(db: Db, actor: Actor | null, campaignId: number): Promise<Pledge[]> {
  requireRole(actor, 'admin');
  const [campaign] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) throw notFound('campaign', { id: campaignId });
  const rows = await db.select().from(pledges).where(eq(pledges.campaignId, campaignId)).orderBy(asc(pledges.id));
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaignId,
    personId: r.personId,
    pledgerName: r.pledgerName,
    pledgerEmail: r.pledgerEmail,
    amountMinor: r.amountMinor,
    currency: r.currency,
    status: r.status,
    paymentReference: r.paymentReference,
    pledgedAt: r.pledgedAt.toISOString(),
  }));
}

/**
 * Settles a campaign whose deadline has passed, exactly once: every pledge is
 * captured when the pledges reach the minimum goal, else every pledge is
 * released. Throws `already_settled` or `deadline_not_reached` otherwise.
 */
export async function settle(db: Db, by: Actor | null, id: number, env: CoalitionEnv, trigger: 'admin' | 'deadline'): Promise<Campaign> {
  const now = env.now();
  return db.transaction(async (tx) => {
    const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
    if (!campaign) throw notFound('campaign', { id });
    if (campaign.outcome !== null) throw conflict('already_settled', `campaign ${id} was settled (${campaign.outcome}) at ${campaign.settledAt?.toISOString()}`);
    if (now < campaign.deadline) throw conflict('deadline_not_reached', `campaign ${id} settles at its deadline, ${campaign.deadline.toISOString()}`);
    const open = await tx
      .select()
      .from(pledges)
      .where(and(eq(pledges.campaignId, id), eq(pledges.status, 'authorized')))
      .orderBy(asc(pledges.id))
      .for('update');
    const pledged = open.reduce((sum, p) => sum + p.amountMinor, 0);
    const outcome = settlementOutcome(pledged, campaign.minimumMinor);
    for (const p of open) {
      const request = { pledgeId: p.id, campaignId: id, amountMinor: p.amountMinor, currency: p.currency, reference: p.paymentReference ?? '' };
      if (outcome === 'collected') await env.payments.capture(tx, request);
      else await env.payments.release(tx, request);
    }
    await tx
      .update(pledges)
      .set({ status: outcome })
      .where(and(eq(pledges.campaignId, id), eq(pledges.status, 'authorized')));
    const updated = await tx
      .update(campaigns)
      .set({ outcome, settledAt: now, pledgedAtSettlementMinor: pledged, settledBy: actorLabel(by) ?? 'deadline' })
      .where(and(eq(campaigns.id, id), isNull(campaigns.outcome)))
      .returning({ id: campaigns.id });
    if (updated.length !== 1) throw conflict('already_settled', `campaign ${id} was settled meanwhile`);
    await appendToLog(tx, {
      kind: 'coalition.campaign-settled',
      actor: actorLabel(by),
      subject: `campaign:${id}`,
      body: {
        campaignId: id,
        outcome,
        pledgedMinor: pledged,
        minimumMinor: campaign.minimumMinor,
        goalMinor: campaign.goalMinor,
        currency: campaign.currency,
        pledges: open.length,
        pledgeIds: open.map((p) => p.id),
        trigger,
      },
    });
    return (await readCampaigns(tx, [id]))[0];
  });
}

/** Admin: settle a campaign after its deadline (if nothing has settled it yet). */
export async function settleCampaign(db: Db, actor: Actor | null, id: number, env: CoalitionEnv): Promise<Campaign> {
  const admin = requireRole(actor, 'admin');
  return settle(db, admin, id, env, 'admin');
}

/** Settles one campaign if it is due; a concurrent settlement is not an error here. */
export async function settleIfDue(db: Db, id: number, env: CoalitionEnv): Promise<void> {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, id), isNull(campaigns.outcome), lte(campaigns.deadline, env.now())));
  if (!row) return;
  try {
    await settle(db, null, id, env, 'deadline');
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'already_settled')) throw err;
  }
}

/** Settles every campaign whose deadline has passed; returns the ids it settled. */
export async function settleDueCampaigns(db: Db, env: CoalitionEnv): Promise<number[]> {
  const due = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(isNull(campaigns.outcome), lte(campaigns.deadline, env.now())))
    .orderBy(asc(campaigns.id));
  const settled: number[] = [];
  for (const { id } of due) {
    try {
      await settle(db, null, id, env, 'deadline');
      settled.push(id);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'already_settled')) throw err;
    }
  }
  return settled;
}
