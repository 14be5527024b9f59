import { actorLabel, requireRole, type Actor } from '../../core/auth/permissions.ts';
import { type Db, firstRow } from '../../core/db/client.ts';
import { AppError, conflict, forbidden, invalid, notFound } from '../../core/errors.ts';
import { appendToLog } from '../../core/ledger/log-writer.ts';
import type { Campaign, NewCampaign, NewPledge, Pledge, PledgeReceipt } from './campaigns.dto.ts';
import * as repo from './campaigns.repository.ts';
import type { CoalitionEnv } from './coalition-env.ts';
import type { CampaignOutcome } from './coalition.table.ts';
import { personExists } from './members.repository.ts';
import { isCurrency } from './money.ts';

export type { Campaign, NewCampaign, NewPledge, Pledge, PledgeReceipt } from './campaigns.dto.ts';

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

export type CampaignStatus = Campaign['status'];

/** The outcome of an all-or-nothing campaign: collected when the minimum is reached. */
export const settlementOutcome = (pledgedMinor: number, minimumMinor: number): CampaignOutcome =>
  pledgedMinor >= minimumMinor ? 'collected' : 'released';

const toCampaign = ({ campaign: c, pledgedMinor, pledgeCount }: repo.CampaignWithTotals): Campaign => ({
  id: c.id,
  title: c.title,
  description: c.description,
  currency: c.currency,
  goalMinor: c.goalMinor,
  minimumMinor: c.minimumMinor,
  deadline: c.deadline.toISOString(),
  status: c.outcome ?? 'open',
  settledAt: c.settledAt?.toISOString() ?? null,
  pledgedMinor,
  pledgeCount,
  createdAt: c.createdAt.toISOString(),
});

async function readCampaigns(db: Db, ids?: number[]): Promise<Campaign[]> {
  return (await repo.listCampaignsWithTotals(db, ids)).map(toCampaign);
}

const toPledge = (r: repo.PledgeRow): Pledge => ({
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
});

/** Creates a campaign without an access check (demo); the API goes through {@link createCampaign}. */
export async function addCampaignUnchecked(
  db: Db,
  by: Actor | null,
  input: NewCampaign,
  env: Pick<CoalitionEnv, 'now'>,
): Promise<Campaign> {
  if (!isCurrency(input.currency)) throw invalid('unknown_currency', `${input.currency} is not an ISO 4217 currency`);
  if (input.goalMinor <= 0 || input.minimumMinor <= 0)
    throw invalid('amount_not_positive', 'the goal and the minimum must be greater than zero');
  if (input.minimumMinor > input.goalMinor) throw invalid('minimum_above_goal', 'the minimum goal cannot exceed the goal');
  const deadline = new Date(input.deadline);
  if (Number.isNaN(deadline.getTime())) throw invalid('validation_failed', 'the deadline is not a date-time');
  if (deadline <= env.now()) throw invalid('deadline_in_past', 'the deadline must be in the future');
  return db.transaction(async (tx) => {
    const row = await repo.insertCampaign(tx, {
      title: input.title,
      description: input.description ?? '',
      currency: input.currency,
      goalMinor: input.goalMinor,
      minimumMinor: input.minimumMinor,
      deadline,
    });
    await appendToLog(tx, {
      kind: 'coalition.campaign-created',
      actor: actorLabel(by),
      subject: `campaign:${row.id}`,
      body: {
        campaignId: row.id,
        title: row.title,
        currency: row.currency,
        goalMinor: row.goalMinor,
        minimumMinor: row.minimumMinor,
        deadline: deadline.toISOString(),
      },
    });
    return firstRow(await readCampaigns(tx, [row.id]), 'campaign just created');
  });
}

export async function createCampaign(db: Db, actor: Actor | null, input: NewCampaign, env: CoalitionEnv): Promise<Campaign> {
  const admin = requireRole(actor, 'admin');
  return addCampaignUnchecked(db, admin, input, env);
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

const closed = (id: number) =>
  conflict('campaign_closed', 'this campaign no longer accepts pledges: its deadline has passed', { campaignId: id });

/**
 * Pledges to an open campaign. Anyone may pledge with a name and e-mail; an
 * admin may pledge on behalf of a known person. The amount is authorized
 * with the payment processor and logged (campaign, pledge id, amount; never
 * the pledger's name or e-mail) in the same transaction.
 */
export async function pledge(db: Db, actor: Actor | null, campaignId: number, input: NewPledge, env: CoalitionEnv): Promise<PledgeReceipt> {
  if (input.personId !== undefined) {
    if (actor?.role !== 'admin') throw forbidden('only an admin may pledge on behalf of a person');
    if (input.name !== undefined || input.email !== undefined)
      throw invalid('pledger_ambiguous', 'give a person or a name and e-mail, not both');
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
      const campaign = await repo.findCampaign(tx, campaignId, true);
      if (!campaign) throw notFound('campaign', { id: campaignId });
      if (campaign.outcome !== null) throw closed(campaignId);
      if (now >= campaign.deadline) {
        pastDeadline = true;
        throw closed(campaignId);
      }
      if (input.currency !== campaign.currency) {
        throw invalid('currency_mismatch', `this campaign collects ${campaign.currency}, not ${input.currency}`, {
          currency: campaign.currency,
        });
      }
      if (input.personId !== undefined && !(await personExists(tx, input.personId))) {
        throw invalid('unknown_person', `no person with id ${input.personId}`);
      }
      const row = await repo.insertPledge(tx, {
        campaignId,
        personId: input.personId ?? null,
        pledgerName: input.name ?? null,
        pledgerEmail: input.email?.toLowerCase() ?? null,
        amountMinor: input.amountMinor,
        currency: campaign.currency,
        pledgedAt: now,
      });
      const { reference } = await env.payments.authorize(tx, {
        pledgeId: row.id,
        campaignId,
        amountMinor: row.amountMinor,
        currency: row.currency,
      });
      await repo.setPledgePaymentReference(tx, row.id, reference);
      await appendToLog(tx, {
        kind: 'coalition.pledge',
        // The pledger's own account would name them in the public log: only an
        // admin pledging on someone's behalf is recorded as the actor.
        actor: actor?.role === 'admin' ? actorLabel(actor) : null,
        subject: `campaign:${campaignId}`,
        body: { campaignId, pledgeId: row.id, amountMinor: row.amountMinor, currency: row.currency },
      });
      return {
        id: row.id,
        campaignId,
        amountMinor: row.amountMinor,
        currency: row.currency,
        status: row.status,
        pledgedAt: row.pledgedAt.toISOString(),
      };
    });
  } finally {
    // The pledge was refused (its transaction rolled back); the campaign it
    // came too late for is now due, so settle it in its own transaction.
    if (pastDeadline) await settleIfDue(db, campaignId, env);
  }
}

export async function listPledges(db: Db, actor: Actor | null, campaignId: number): Promise<Pledge[]> {
  requireRole(actor, 'admin');
  if (!(await repo.campaignExists(db, campaignId))) throw notFound('campaign', { id: campaignId });
  return (await repo.listPledges(db, campaignId)).map(toPledge);
}

/**
 * Settles a campaign whose deadline has passed, exactly once: every pledge is
 * captured when the pledges reach the minimum goal, else every pledge is
 * released. Throws `already_settled` or `deadline_not_reached` otherwise.
 */
export async function settleUnchecked(
  db: Db,
  by: Actor | null,
  id: number,
  env: CoalitionEnv,
  trigger: 'admin' | 'deadline',
): Promise<Campaign> {
  const now = env.now();
  return db.transaction(async (tx) => {
    const campaign = await repo.findCampaign(tx, id, true);
    if (!campaign) throw notFound('campaign', { id });
    if (campaign.outcome !== null)
      throw conflict('already_settled', `campaign ${id} was settled (${campaign.outcome}) at ${campaign.settledAt?.toISOString()}`);
    if (now < campaign.deadline)
      throw conflict('deadline_not_reached', `campaign ${id} settles at its deadline, ${campaign.deadline.toISOString()}`);
    const open = await repo.lockAuthorizedPledges(tx, id);
    const pledged = open.reduce((sum, p) => sum + p.amountMinor, 0);
    const outcome = settlementOutcome(pledged, campaign.minimumMinor);
    for (const p of open) {
      const request = {
        pledgeId: p.id,
        campaignId: id,
        amountMinor: p.amountMinor,
        currency: p.currency,
        reference: p.paymentReference ?? '',
      };
      if (outcome === 'collected') await env.payments.capture(tx, request);
      else await env.payments.release(tx, request);
    }
    await repo.settleAuthorizedPledges(tx, id, outcome);
    const marked = await repo.markCampaignSettled(tx, id, {
      outcome,
      settledAt: now,
      pledgedAtSettlementMinor: pledged,
      settledBy: actorLabel(by) ?? 'deadline',
    });
    if (!marked) throw conflict('already_settled', `campaign ${id} was settled meanwhile`);
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
    return firstRow(await readCampaigns(tx, [id]), 'campaign just settled');
  });
}

/** Admin: settle a campaign after its deadline (if nothing has settled it yet). */
export async function settleCampaign(db: Db, actor: Actor | null, id: number, env: CoalitionEnv): Promise<Campaign> {
  const admin = requireRole(actor, 'admin');
  return settleUnchecked(db, admin, id, env, 'admin');
}

/** Settles one campaign if it is due; a concurrent settlement is not an error here. */
export async function settleIfDue(db: Db, id: number, env: CoalitionEnv): Promise<void> {
  const [due] = await repo.listDueCampaignIds(db, env.now(), id);
  if (due === undefined) return;
  try {
    await settleUnchecked(db, null, id, env, 'deadline');
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'already_settled')) throw err;
  }
}

/** Settles every campaign whose deadline has passed; returns the ids it settled. */
export async function settleDueCampaigns(db: Db, env: CoalitionEnv): Promise<number[]> {
  const due = await repo.listDueCampaignIds(db, env.now());
  const settled: number[] = [];
  for (const id of due) {
    try {
      await settleUnchecked(db, null, id, env, 'deadline');
      settled.push(id);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'already_settled')) throw err;
    }
  }
  return settled;
}
