import { z } from '@hono/zod-openapi';
import { MAX_INT4, pathId } from '../../core/http/openapi.ts';
import { safeText, text } from '../../core/http/text.ts';
import {
  AMENDMENT_OPS,
  AMENDMENT_STATUSES,
  CHOICES,
  MOTION_KINDS,
  ORGANIZATION_CATEGORIES,
  PARTICIPANT_KINDS,
  PARTICIPANT_STATUSES,
  TREATY_STATUSES,
} from './assembly.table.ts';

// ── Shared pieces ──────────────────────────────────────────────────────────

const share = z.number().min(0).max(1);
const positiveShare = z.number().gt(0).max(1);
const isoDate = z.iso.date().openapi({ example: '2026-05-20' });
const isoDateTime = z.iso.datetime({ offset: true }).openapi({ example: '2026-05-20T12:00:00Z' });

export const IdParamSchema = z.object({ id: pathId('id') });
export const AmendmentParamSchema = z.object({ id: pathId('id'), aid: pathId('aid') });
export const VersionParamSchema = z.object({ id: pathId('id'), n: pathId('n') });

/** A positive integer in a query string. */
const queryInt = (name: string, example: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name} must be a positive integer`)
    .transform(Number)
    .refine((n) => n > 0, `${name} must be a positive integer`)
    .openapi({ param: { name, in: 'query' }, example: String(example) } as never);

// ── Participants ───────────────────────────────────────────────────────────

export const ParticipantSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(PARTICIPANT_KINDS),
    iso3: z.string().nullable(),
    name: z.string(),
    category: z.enum(ORGANIZATION_CATEGORIES).nullable(),
    status: z.enum(PARTICIPANT_STATUSES),
    region: z.string().nullable(),
    population: z.number().nullable(),
    gdpUsd: z.number().nullable(),
  })
  .openapi('Participant');

export const ParticipantsQuerySchema = z.object({
  kind: z.enum(PARTICIPANT_KINDS).optional().openapi({ param: { name: 'kind', in: 'query' } }),
  status: z.enum(PARTICIPANT_STATUSES).optional().openapi({ param: { name: 'status', in: 'query' } }),
});

export const NewOrganizationSchema = z
  .strictObject({
    name: text(200),
    category: z.enum(ORGANIZATION_CATEGORIES).default('ngo'),
    status: z.enum(PARTICIPANT_STATUSES).default('invited'),
  })
  // Not 'NewOrganization': the coalition's organization body has that name, and a second schema
  // registered under one name silently replaces the first in the OpenAPI document.
  .openapi('NewParticipantOrganization');

export const ParticipantPatchSchema = z
  .strictObject({
    status: z.enum(PARTICIPANT_STATUSES).optional(),
    name: text(200).optional(),
    category: z.enum(ORGANIZATION_CATEGORIES).optional(),
  })
  .openapi('ParticipantPatch');

// ── Rules, weights, power ──────────────────────────────────────────────────

const ThresholdSchema = z.strictObject({ threshold: positiveShare, doubleMajority: positiveShare.nullable() });

export const RulesSchema = z
  .strictObject({
    weighting: z.strictObject({ equal: share, population: share, gdp: share, sqrtPopulation: share }),
    quorum: share,
    thresholds: z.strictObject({ procedural: ThresholdSchema, amendment: ThresholdSchema, adoption: ThresholdSchema }),
    orgChamber: z.discriminatedUnion('mode', [
      z.strictObject({ mode: z.literal('advisory') }),
      z.strictObject({ mode: z.literal('weighted'), share: z.number().min(0).lt(1) }),
    ]),
    secondsRequired: z.number().int().min(0).max(1000),
  })
  .openapi('AssemblyRules');

export const RulesViewSchema = z.object({ version: z.number().int(), rules: RulesSchema }).openapi('AssemblyRulesView');

export const WeightRowSchema = z
  .object({
    participantId: z.number().int(),
    kind: z.enum(PARTICIPANT_KINDS),
    iso3: z.string().nullable(),
    name: z.string(),
    /** Share of the counted total (what the tally uses); 0 for an advisory organization. */
    weight: z.number(),
    /** Share within the participant's own chamber. */
    chamberShare: z.number(),
    components: z.object({ equal: z.number(), population: z.number(), gdp: z.number(), sqrtPopulation: z.number() }).nullable(),
  })
  .openapi('WeightRow');

export const WeightsSchema = z
  .object({
    rulesVersion: z.number().int(),
    orgChamber: RulesSchema.shape.orgChamber,
    chambers: z.object({ states: z.number(), organizations: z.number() }),
    members: z.array(WeightRowSchema),
  })
  .openapi('AssemblyWeights');

export const PowerRequestSchema = z
  .strictObject({
    weights: z.array(z.number().int().nonnegative()).min(1).max(500),
    quota: z.number().int().positive(),
    names: z.array(safeText().max(200)).max(500).optional(),
    shapleyShubik: z.boolean().default(true),
  })
  .openapi('PowerRequest');

export const PowerPlayerSchema = z
  .object({
    name: z.string(),
    weight: z.number().int(),
    banzhaf: z.number(),
    banzhafAbsolute: z.number(),
    shapleyShubik: z.number().nullable(),
    veto: z.boolean(),
  })
  .openapi('PowerPlayer');

export const PowerResultSchema = z
  .object({
    quota: z.number().int(),
    totalWeight: z.number().int(),
    players: z.array(PowerPlayerSchema),
    vetoPlayers: z.array(z.string()),
  })
  .openapi('PowerResult');

export const AssemblyPowerQuerySchema = z.object({
  kind: z.enum(MOTION_KINDS).default('adoption').openapi({ param: { name: 'kind', in: 'query' } }),
  resolution: queryInt('resolution', 10000).optional(),
});

export const AssemblyPowerSchema = PowerResultSchema.extend({
  kind: z.enum(MOTION_KINDS),
  rulesVersion: z.number().int(),
  threshold: z.number(),
  resolution: z.number().int(),
  players: z.array(PowerPlayerSchema.extend({ participantId: z.number().int(), share: z.number() })),
  notes: z.array(z.string()),
}).openapi('AssemblyPower');

export const StandingSchema = z
  .object({
    treatyId: z.number().int().nullable(),
    states: z.array(
      z.object({
        participantId: z.number().int(),
        iso3: z.string(),
        name: z.string(),
        status: z.enum(PARTICIPANT_STATUSES),
        standing: z.enum(['withdrawn', 'invited', 'observer', 'member', 'signed', 'ratified']),
      }),
    ),
  })
  .openapi('AssemblyStanding');

export const StandingQuerySchema = z.object({ treatyId: queryInt('treatyId', 1).optional() });

// ── Treaties ───────────────────────────────────────────────────────────────

/** Article text is kept as sent (no trimming: Markdown's spacing is the author's); the body is prose. */
const heading = text(500, { min: 0, trim: false });
const body = text(100_000, { min: 0, trim: false, multiline: true });

export const EntryIntoForceSchema = z
  .strictObject({
    ratifications: z.number().int().min(1).max(1000),
    populationShare: positiveShare.nullable(),
    gdpShare: positiveShare.nullable(),
    combine: z.enum(['and', 'or']).default('and'),
    delayDays: z.number().int().min(0).max(3650),
  })
  .openapi('EntryIntoForce');

export const NewTreatySchema = z
  .strictObject({
    title: text(500),
    articles: z.array(z.strictObject({ heading, body })).min(1).max(1000),
    entryIntoForce: EntryIntoForceSchema.optional(),
  })
  .openapi('NewTreaty');

export const ArticleSchema = z
  .object({ key: z.string(), num: z.number().int(), heading: z.string(), body: z.string() })
  .openapi('Article');

export const TreatySummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    status: z.enum(TREATY_STATUSES),
    currentVersion: z.number().int(),
    adoptedVersion: z.number().int().nullable(),
    adoptedOn: z.string().nullable(),
    entryIntoForce: EntryIntoForceSchema,
    createdAt: z.string(),
  })
  .openapi('TreatySummary');

export const TreatyVersionSchema = z
  .object({
    treatyId: z.number().int(),
    version: z.number().int(),
    title: z.string(),
    date: z.string(),
    amendmentId: z.number().int().nullable(),
    articles: z.array(ArticleSchema),
  })
  .openapi('TreatyVersion');

export const TreatySchema = TreatySummarySchema.extend({ text: TreatyVersionSchema }).openapi('Treaty');

export const VersionListSchema = z
  .object({
    versions: z.array(z.object({ version: z.number().int(), date: z.string(), amendmentId: z.number().int().nullable(), articles: z.number().int() })),
  })
  .openapi('TreatyVersions');

export const DiffQuerySchema = z.object({ from: queryInt('from', 1), to: queryInt('to', 2) });
export const ExportQuerySchema = z.object({ version: queryInt('version', 1).optional() });

const SegmentSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
const ArticleTextSchema = z.object({ key: z.string(), heading: z.string(), body: z.string() });

export const DiffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    articles: z.array(
      z.object({
        key: z.string(),
        status: z.enum(['added', 'removed', 'changed', 'unchanged']),
        beforeIndex: z.number().int().nullable(),
        afterIndex: z.number().int().nullable(),
        before: ArticleTextSchema.nullable(),
        after: ArticleTextSchema.nullable(),
        heading: z.array(SegmentSchema).optional(),
        body: z.array(SegmentSchema).optional(),
      }),
    ),
  })
  .openapi('TreatyDiff');

// ── Amendments ─────────────────────────────────────────────────────────────

export const NewAmendmentSchema = z
  .strictObject({
    baseVersion: z.number().int().positive().max(MAX_INT4),
    op: z.enum(AMENDMENT_OPS),
    articleKey: text(40, { min: 0, trim: false }).nullable().default(null),
    afterKey: text(40, { min: 0, trim: false }).nullable().default(null),
    heading: heading.nullable().default(null),
    body: body.nullable().default(null),
    rationale: text(20_000, { multiline: true }),
  })
  .openapi('NewAmendment');

export const AmendmentSchema = z
  .object({
    id: z.number().int(),
    treatyId: z.number().int(),
    participantId: z.number().int(),
    participantName: z.string(),
    baseVersion: z.number().int(),
    op: z.enum(AMENDMENT_OPS),
    articleKey: z.string().nullable(),
    afterKey: z.string().nullable(),
    heading: z.string().nullable(),
    body: z.string().nullable(),
    rationale: z.string(),
    status: z.enum(AMENDMENT_STATUSES),
    appliedVersion: z.number().int().nullable(),
    seconds: z.number().int(),
    secondsRequired: z.number().int(),
    createdAt: z.string(),
  })
  .openapi('Amendment');

export const AmendmentsQuerySchema = z.object({
  status: z.enum(AMENDMENT_STATUSES).optional().openapi({ param: { name: 'status', in: 'query' } }),
});

export const CommentSchema = z
  .object({
    id: z.number().int(),
    participantId: z.number().int().nullable(),
    participantName: z.string().nullable(),
    author: z.string(),
    body: z.string(),
    createdAt: z.string(),
  })
  .openapi('AmendmentComment');

export const AmendmentDetailSchema = AmendmentSchema.extend({
  secondedBy: z.array(z.object({ participantId: z.number().int(), name: z.string(), at: z.string() })),
  comments: z.array(CommentSchema),
  /** The article as the base version has it (null for insertions). */
  original: ArticleTextSchema.nullable(),
  motions: z.array(z.object({ id: z.number().int(), title: z.string(), status: z.string() })),
}).openapi('AmendmentDetail');

export const SecondSchema = z.strictObject({}).openapi('Second');
export const NewCommentSchema = z.strictObject({ body: text(20_000, { multiline: true }) }).openapi('NewComment');

// ── Motions and ballots ────────────────────────────────────────────────────

export const NewMotionSchema = z
  .strictObject({
    kind: z.enum(MOTION_KINDS),
    title: text(500),
    amendmentId: z.number().int().positive().max(MAX_INT4).optional(),
    treatyId: z.number().int().positive().max(MAX_INT4).optional(),
    opensAt: isoDateTime,
    closesAt: isoDateTime,
  })
  .openapi('NewMotion');

const ChamberSchema = z.object({
  yes: z.number(),
  no: z.number(),
  abstain: z.number(),
  present: z.number(),
  yesShare: z.number().nullable(),
  heads: z.object({ yes: z.number(), no: z.number(), abstain: z.number(), absent: z.number(), members: z.number() }),
  counts: z.number(),
});

export const TallySchema = z
  .object({
    states: ChamberSchema,
    organizations: ChamberSchema,
    combined: z.object({ yes: z.number(), no: z.number(), abstain: z.number(), present: z.number() }),
    yesShare: z.number().nullable(),
    threshold: z.object({ required: z.number(), reached: z.boolean() }),
    quorum: z.object({ required: z.number(), present: z.number(), reached: z.boolean() }),
    doubleMajority: z.object({ required: z.number().nullable(), yesShare: z.number(), reached: z.boolean() }),
    passed: z.boolean(),
    reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  })
  .openapi('Tally');

export const MotionSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(MOTION_KINDS),
    title: z.string(),
    treatyId: z.number().int().nullable(),
    amendmentId: z.number().int().nullable(),
    treatyVersion: z.number().int().nullable(),
    opensAt: z.string(),
    closesAt: z.string(),
    status: z.enum(['scheduled', 'open', 'closed']),
    rules: z.object({ rulesVersion: z.number().int(), threshold: z.number(), doubleMajority: z.number().nullable(), quorum: z.number(), orgChamber: RulesSchema.shape.orgChamber }).nullable(),
    /** Before close: how many of the electorate have voted (not how). */
    turnout: z.object({ states: z.number().int(), organizations: z.number().int(), stateMembers: z.number().int(), organizationMembers: z.number().int() }).nullable(),
    result: z
      .object({ tally: TallySchema, appliedVersion: z.number().int().nullable().optional(), notApplied: z.string().optional() })
      .nullable(),
    /** After close: every ballot, who voted what. */
    ballots: z
      .array(z.object({ participantId: z.number().int(), name: z.string(), kind: z.enum(PARTICIPANT_KINDS), choice: z.enum(CHOICES), weight: z.number() }))
      .nullable(),
    /** The caller's delegation's ballot, when the caller is a delegate in the electorate. */
    myBallot: z.object({ participantId: z.number().int(), choice: z.enum(CHOICES).nullable(), eligible: z.boolean() }).nullable(),
    closedAt: z.string().nullable(),
  })
  .openapi('Motion');

export const MotionsQuerySchema = z.object({
  treatyId: queryInt('treatyId', 1).optional(),
  status: z.enum(['scheduled', 'open', 'closed']).optional().openapi({ param: { name: 'status', in: 'query' } }),
});

export const NewBallotSchema = z
  .strictObject({ choice: z.enum(CHOICES), participantId: z.number().int().positive().max(MAX_INT4).optional() })
  .openapi('NewBallot');

export const BallotReceiptSchema = z
  .object({
    motionId: z.number().int(),
    participantId: z.number().int(),
    choice: z.enum(CHOICES),
    commitment: z.string(),
    logIndex: z.number().int(),
    changed: z.boolean(),
  })
  .openapi('BallotReceipt');

export const MotionLogSchema = z
  .object({
    motionId: z.number().int(),
    entries: z.array(
      z.object({
        index: z.number().int(),
        leafHash: z.string(),
        canonical: z.string().openapi({ description: 'base64 of the exact leaf bytes (RFC 8785 JSON)' }),
      }),
    ),
  })
  .openapi('MotionLog');

// ── Signature, ratification ────────────────────────────────────────────────

export const TreatyActSchema = z
  .strictObject({ participantId: z.number().int().positive().max(MAX_INT4).optional(), date: isoDate })
  .openapi('TreatyActInput');

export const TreatyActViewSchema = z
  .object({ id: z.number().int(), treatyId: z.number().int(), participantId: z.number().int(), kind: z.enum(['signature', 'ratification', 'withdrawal']), date: z.string() })
  .openapi('TreatyAct');

export const TreatyStatusSchema = z
  .object({
    treatyId: z.number().int(),
    stage: z.enum(['draft', 'open_for_signature', 'in_force']),
    adoptedOn: z.string().nullable(),
    adoptedVersion: z.number().int().nullable(),
    conditions: EntryIntoForceSchema,
    signatures: z.number().int(),
    ratifications: z.number().int(),
    withdrawals: z.number().int(),
    populationShare: z.number(),
    gdpShare: z.number(),
    conditionsMet: z.boolean(),
    metOn: z.string().nullable(),
    entryIntoForce: z.string().nullable(),
    inForce: z.boolean(),
    states: z.array(
      z.object({
        participantId: z.number().int(),
        iso3: z.string(),
        name: z.string(),
        signedOn: z.string().nullable(),
        ratifiedOn: z.string().nullable(),
        withdrawnOn: z.string().nullable(),
      }),
    ),
  })
  .openapi('TreatyStatus');
