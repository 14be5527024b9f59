import { z } from '@hono/zod-openapi';
import { MAX_INT4, pathId } from '../../core/http/openapi.ts';
import { optionalText, text } from '../../core/http/text.ts';
import {
  CHANNELS,
  EVENT_KINDS,
  MILESTONE_STATUSES,
  ORGANIZATION_KINDS,
  PERSON_ROLES,
  PLEDGE_STATUSES,
  PRIORITIES,
  REGISTRATION_STATUSES,
  STAGES,
  TARGET_CATEGORIES,
  TARGET_TYPES,
  VISIBILITIES,
} from './coalition.table.ts';
import { MAX_MINOR } from './money.ts';

// ── Shared pieces ──────────────────────────────────────────────────────────

const isoDate = z.iso.date().openapi({ example: '2025-05-20' });
const instant = z.string().openapi({ example: '2025-05-20T07:00:00.000Z' });
const httpUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .openapi({ example: 'https://example.org' });
const iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 code has three letters')
  .transform((s) => s.toUpperCase())
  .openapi({ example: 'CHE' });
const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 4217 code has three letters')
  .transform((s) => s.toUpperCase())
  .openapi({ example: 'USD' });
/** Free text of many lines (descriptions, notes); names and titles are one line: see core/http/text.ts. */
const prose = (max: number) => text(max, { multiline: true });
const optionalProse = (max: number) => optionalText(max, { multiline: true });
/** Integer minor units (cents for USD). */
const minor = z
  .number()
  .int()
  .max(MAX_MINOR)
  .openapi({ example: 60000, description: `integer minor units of the currency, at most ${MAX_MINOR}` });
const MoneySchema = z.object({ currency: z.string(), amountMinor: z.number().int() }).openapi('CoalitionMoney');

export const idParam = (name = 'id') => z.object({ [name]: pathId(name) });
export const IdParamSchema = idParam();

// ── Members ────────────────────────────────────────────────────────────────

export const OrganizationSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(ORGANIZATION_KINDS),
    countryIso3: z.string().nullable(),
    joinedOn: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Organization');

export const NewOrganizationSchema = z
  .strictObject({
    name: text(200),
    kind: z.enum(ORGANIZATION_KINDS),
    countryIso3: iso3.nullable().optional(),
    joinedOn: isoDate.nullable().optional(),
    website: httpUrl.nullable().optional(),
    description: optionalProse(5000),
  })
  .openapi('NewOrganization');
export const OrganizationPatchSchema = NewOrganizationSchema.partial().openapi('OrganizationPatch');

export const PersonSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    roles: z.array(z.enum(PERSON_ROLES)),
    organizationId: z.number().int().nullable(),
    organizationName: z.string().nullable(),
    visibility: z.enum(VISIBILITIES),
    createdAt: z.string(),
  })
  .openapi('Person');

const roles = z
  .array(z.enum(PERSON_ROLES))
  .max(PERSON_ROLES.length)
  .refine((r) => new Set(r).size === r.length, 'a role is listed twice');

export const NewPersonSchema = z
  .strictObject({
    name: text(200),
    roles: roles.optional(),
    organizationId: z.number().int().positive().max(MAX_INT4).nullable().optional(),
    visibility: z.enum(VISIBILITIES).optional(),
  })
  .openapi('NewPerson');
export const PersonPatchSchema = NewPersonSchema.partial().openapi('PersonPatch');

export const PartnersSchema = z
  .object({
    organizations: z.array(
      OrganizationSchema.omit({ createdAt: true }).extend({ countryName: z.string().nullable() }),
    ),
    people: z.array(PersonSchema.omit({ createdAt: true, visibility: true })),
  })
  .openapi('Partners');

// ── Contributions ──────────────────────────────────────────────────────────

export const ContributionSchema = z
  .object({
    id: z.number().int(),
    personId: z.number().int(),
    personName: z.string(),
    contributedOn: z.string(),
    hours: z.number(),
    amountMinor: z.number().int(),
    currency: z.string().nullable(),
    description: z.string(),
    reversesId: z.number().int().nullable(),
    reversedById: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .openapi('Contribution');

export const NewContributionSchema = z
  .strictObject({
    personId: z.number().int().positive().max(MAX_INT4),
    contributedOn: isoDate,
    hours: z.number().min(0).max(100_000).optional().openapi({ example: 12.5, description: 'at most two decimals' }),
    amountMinor: minor.min(0).optional(),
    currency: currency.optional(),
    description: text(2000, { min: 0, multiline: true }).optional(),
  })
  .openapi('NewContribution');

export const ReversalSchema = z
  .strictObject({ reason: prose(2000).openapi({ example: 'entered twice' }) })
  .openapi('ContributionReversal');

export const ContributionListQuerySchema = z.object({
  personId: z.coerce.number().int().positive().max(MAX_INT4).optional().openapi({ param: { name: 'personId', in: 'query' } }),
  limit: z.coerce.number().int().min(1).max(1000).default(200).openapi({ param: { name: 'limit', in: 'query' } }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ param: { name: 'offset', in: 'query' } }),
});

export const FundingSchema = z
  .object({
    contributors: z.array(
      z.object({
        /** The person's name, or "undisclosed". */
        name: z.string(),
        disclosed: z.boolean(),
        hours: z.number(),
        money: z.array(MoneySchema),
      }),
    ),
    totals: z.object({ hours: z.number(), money: z.array(MoneySchema), contributors: z.number().int() }),
  })
  .openapi('Funding');

export const ImportReportSchema = z
  .object({
    imported: z.number().int(),
    rows: z.array(z.object({ row: z.number().int(), contributionId: z.number().int() })),
  })
  .openapi('ContributionImportReport');

// ── Campaigns ──────────────────────────────────────────────────────────────

export const CampaignSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    currency: z.string(),
    goalMinor: z.number().int(),
    minimumMinor: z.number().int(),
    deadline: z.string(),
    status: z.enum(['open', 'collected', 'released']),
    settledAt: z.string().nullable(),
    pledgedMinor: z.number().int(),
    pledgeCount: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('Campaign');

export const NewCampaignSchema = z
  .strictObject({
    title: text(200),
    description: text(10_000, { min: 0, multiline: true }).optional(),
    currency,
    goalMinor: minor,
    minimumMinor: minor,
    deadline: z.iso.datetime({ offset: true }).openapi({ example: '2025-12-31T23:59:59Z' }),
  })
  .openapi('NewCampaign');

export const NewPledgeSchema = z
  .strictObject({
    name: text(200).optional(),
    email: z.email().max(320).optional(),
    personId: z.number().int().positive().max(MAX_INT4).optional().openapi({ description: 'admin only: pledge on behalf of a known person' }),
    amountMinor: minor,
    currency,
  })
  .openapi('NewPledge');

export const PledgeReceiptSchema = z
  .object({
    id: z.number().int(),
    campaignId: z.number().int(),
    amountMinor: z.number().int(),
    currency: z.string(),
    status: z.enum(PLEDGE_STATUSES),
    pledgedAt: z.string(),
  })
  .openapi('PledgeReceipt');

export const PledgeSchema = PledgeReceiptSchema.extend({
  personId: z.number().int().nullable(),
  pledgerName: z.string().nullable(),
  pledgerEmail: z.string().nullable(),
  paymentReference: z.string().nullable(),
}).openapi('Pledge');

// ── Events ─────────────────────────────────────────────────────────────────

const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'a local date-time is YYYY-MM-DDTHH:MM')
  .openapi({ example: '2025-05-20T09:00', description: 'wall-clock time in the event time zone' });

const AgendaItemSchema = z
  .strictObject({
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM')
      .nullable()
      .optional(),
    title: text(500),
    speaker: optionalText(200),
  })
  .openapi('AgendaItem');

export const EventSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    kind: z.enum(EVENT_KINDS),
    description: z.string(),
    startsAt: instant,
    endsAt: instant,
    start: z.string().openapi({ description: 'local wall-clock time in timeZone' }),
    end: z.string(),
    timeZone: z.string(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    mode: z.enum(['in_person', 'online', 'hybrid']),
    capacity: z.number().int().nullable(),
    confirmed: z.number().int(),
    waiting: z.number().int(),
    spotsLeft: z.number().int().nullable(),
    agenda: z.array(z.object({ time: z.string().nullable(), title: z.string(), speaker: z.string().nullable() })),
    members: z.array(z.object({ personId: z.number().int(), name: z.string() })),
    outputs: z.array(z.object({ id: z.number().int(), title: z.string(), url: z.string(), publishedOn: z.string().nullable() })),
  })
  .openapi('Event');

export const NewEventSchema = z
  .strictObject({
    title: text(300),
    kind: z.enum(EVENT_KINDS),
    description: text(20_000, { min: 0, multiline: true }).optional(),
    start: localDateTime,
    end: localDateTime,
    timeZone: z.string().min(1).max(64).openapi({ example: 'Europe/Rome' }),
    place: optionalText(500),
    onlineUrl: httpUrl.nullable().optional(),
    capacity: z.number().int().positive().max(1_000_000).nullable().optional(),
    agenda: z.array(AgendaItemSchema).max(200).optional(),
  })
  .openapi('NewEvent');
export const EventPatchSchema = NewEventSchema.partial().openapi('EventPatch');

export const EventListQuerySchema = z.object({
  when: z.enum(['upcoming', 'past', 'all']).default('all').openapi({ param: { name: 'when', in: 'query' } }),
});

export const NewRegistrationSchema = z
  .strictObject({ name: text(200), email: z.email().max(320) })
  .openapi('NewRegistration');

export const RegistrationReceiptSchema = z
  .object({
    id: z.number().int(),
    eventId: z.number().int(),
    status: z.enum(REGISTRATION_STATUSES),
    /** 1-based place on the waiting list, or null when confirmed. */
    waitingPosition: z.number().int().nullable(),
    /** Shown once: cancels this registration without logging in. */
    cancelToken: z.string(),
  })
  .openapi('RegistrationReceipt');

export const RegistrationSchema = z
  .object({
    id: z.number().int(),
    eventId: z.number().int(),
    name: z.string(),
    email: z.string(),
    status: z.enum(REGISTRATION_STATUSES),
    createdAt: z.string(),
    promotedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
  })
  .openapi('Registration');

export const CancelRegistrationSchema = z
  .strictObject({ token: z.string().max(200).optional().openapi({ description: 'the cancel token; not needed by an admin' }) })
  .openapi('CancelRegistration');

export const CancelResultSchema = z
  .object({ registration: RegistrationSchema.pick({ id: true, eventId: true, status: true }), promotedId: z.number().int().nullable() })
  .openapi('CancelResult');

export const NewMemberSchema = z.strictObject({ personId: z.number().int().positive().max(MAX_INT4) }).openapi('NewWorkingGroupMember');
export const NewOutputSchema = z
  .strictObject({ title: text(500), url: httpUrl, publishedOn: isoDate.nullable().optional() })
  .openapi('NewWorkingGroupOutput');

// ── Outreach ───────────────────────────────────────────────────────────────

export const TargetSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    type: z.enum(TARGET_TYPES),
    category: z.enum(TARGET_CATEGORIES),
    countryIso3: z.string().nullable(),
    priority: z.enum(PRIORITIES),
    ownerId: z.number().int().nullable(),
    ownerName: z.string().nullable(),
    stage: z.enum(STAGES),
    stageChangedAt: z.string(),
    notes: z.string(),
    nextAction: z.string().nullable(),
    nextActionDue: z.string().nullable(),
    lastInteractionOn: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('OutreachTarget');

export const NewTargetSchema = z
  .strictObject({
    name: text(300),
    type: z.enum(TARGET_TYPES),
    category: z.enum(TARGET_CATEGORIES),
    countryIso3: iso3.nullable().optional(),
    priority: z.enum(PRIORITIES).optional(),
    ownerId: z.number().int().positive().max(MAX_INT4).nullable().optional(),
    notes: text(20_000, { min: 0, multiline: true }).optional(),
  })
  .openapi('NewOutreachTarget');
export const TargetPatchSchema = NewTargetSchema.partial().openapi('OutreachTargetPatch');

export const InteractionSchema = z
  .object({
    id: z.number().int(),
    targetId: z.number().int(),
    occurredOn: z.string(),
    channel: z.enum(CHANNELS),
    summary: z.string(),
    nextAction: z.string().nullable(),
    nextActionDue: z.string().nullable(),
    createdBy: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .openapi('OutreachInteraction');

export const NewInteractionSchema = z
  .strictObject({
    occurredOn: isoDate,
    channel: z.enum(CHANNELS),
    summary: prose(20_000),
    nextAction: optionalProse(2000),
    nextActionDue: isoDate.nullable().optional(),
  })
  .openapi('NewOutreachInteraction');

export const StageChangeSchema = z
  .object({
    fromStage: z.enum(STAGES).nullable(),
    toStage: z.enum(STAGES),
    changedAt: z.string(),
    changedBy: z.number().int().nullable(),
  })
  .openapi('OutreachStageChange');

export const TargetDetailSchema = TargetSchema.extend({
  interactions: z.array(InteractionSchema),
  stageHistory: z.array(StageChangeSchema),
}).openapi('OutreachTargetDetail');

export const StageMoveSchema = z.strictObject({ stage: z.enum(STAGES) }).openapi('OutreachStageMove');

export const TargetListQuerySchema = z.object({
  stage: z.enum(STAGES).optional().openapi({ param: { name: 'stage', in: 'query' } }),
  country: iso3.optional().openapi({ param: { name: 'country', in: 'query' } }),
});

export const OverdueSchema = z
  .object({
    overdue: z.array(
      z.object({
        targetId: z.number().int(),
        targetName: z.string(),
        stage: z.enum(STAGES),
        priority: z.enum(PRIORITIES),
        ownerId: z.number().int().nullable(),
        ownerName: z.string().nullable(),
        nextAction: z.string(),
        nextActionDue: z.string(),
        daysOverdue: z.number().int(),
      }),
    ),
  })
  .openapi('OutreachOverdue');

export const OutreachSummarySchema = z
  .object({
    total: z.number().int(),
    byStage: z.array(z.object({ stage: z.enum(STAGES), count: z.number().int() })),
    byCountry: z.array(z.object({ countryIso3: z.string().nullable(), countryName: z.string().nullable(), count: z.number().int() })),
  })
  .openapi('OutreachSummary');

// ── Roadmap ────────────────────────────────────────────────────────────────

export const MilestoneSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    targetDate: z.string(),
    status: z.enum(MILESTONE_STATUSES),
    events: z.array(z.object({ id: z.number().int(), title: z.string(), startsAt: z.string() })),
  })
  .openapi('Milestone');

export const NewMilestoneSchema = z
  .strictObject({
    title: text(300),
    description: text(10_000, { min: 0, multiline: true }).optional(),
    targetDate: isoDate,
    status: z.enum(MILESTONE_STATUSES).optional(),
    eventIds: z.array(z.number().int().positive().max(MAX_INT4)).max(100).optional(),
  })
  .openapi('NewMilestone');
export const MilestonePatchSchema = NewMilestoneSchema.partial().openapi('MilestonePatch');
