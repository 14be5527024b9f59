/**
 * Schemas (validation and OpenAPI) of the treaties aggregate: drafts, versions, diffs and
 * exports, amendments with their seconds and comments, and signature, ratification and
 * withdrawal with the entry-into-force status (treaty.routes.ts).
 */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import { text } from '../../core/http/text.ts';
import { AMENDMENT_OPS, AMENDMENT_STATUSES, TREATY_STATUSES } from './assembly.table.ts';
import { EntryIntoForceSchema, StoredArticleSchema } from './assembly-types.ts';
import { isoDate, queryInt } from './common.dto.ts';
import { LANGUAGES } from './languages.ts';
import { ArticleTranslationSchema, langQuery } from './translations.dto.ts';
import { TRANSLATION_STATES } from './translation.ts';

// ── Treaties ───────────────────────────────────────────────────────────────

/** Article text is kept as sent (no trimming: Markdown's spacing is the author's); the body is prose. */
const heading = text(500, { min: 0, trim: false });
const body = text(100_000, { min: 0, trim: false, multiline: true });

export const NewTreatySchema = z
  .strictObject({
    title: text(500),
    articles: z.array(z.strictObject({ heading, body })).min(1).max(1000),
    entryIntoForce: EntryIntoForceSchema.optional(),
    /** The language the articles are written in; the others are translations of it. */
    sourceLanguage: z.enum(LANGUAGES).default('en'),
  })
  .openapi('NewTreaty');

/** An article in the language asked for: the translation when current, else the source text, flagged by `translation.state`. */
export const ArticleSchema = StoredArticleSchema.extend({ num: z.number().int(), translation: ArticleTranslationSchema }).openapi(
  'Article',
);

// Extended bases stay unnamed: extending a named schema gives `allOf` [base, extension] in the
// document, and with every object closed no answer could satisfy both parts.
const TreatySummaryFields = z.object({
  id: z.number().int(),
  title: z.string(),
  sourceLanguage: z.enum(LANGUAGES),
  status: z.enum(TREATY_STATUSES),
  currentVersion: z.number().int(),
  adoptedVersion: z.number().int().nullable(),
  adoptedOn: z.string().nullable(),
  entryIntoForce: EntryIntoForceSchema,
  createdAt: z.string(),
});
export const TreatySummarySchema = TreatySummaryFields.openapi('TreatySummary');

export const TreatyVersionSchema = z
  .object({
    treatyId: z.number().int(),
    version: z.number().int(),
    title: z.string(),
    date: z.string(),
    amendmentId: z.number().int().nullable(),
    /** The title's translation state; `title` is the translation when current, else the source title. */
    titleTranslation: ArticleTranslationSchema,
    /** The language asked for (the source language without `?lang=`). */
    language: z.enum(LANGUAGES),
    sourceLanguage: z.enum(LANGUAGES),
    articles: z.array(ArticleSchema),
  })
  .openapi('TreatyVersion');

export const TreatySchema = TreatySummaryFields.extend({ text: TreatyVersionSchema }).openapi('Treaty');

export const VersionListSchema = z
  .object({
    versions: z.array(
      z.object({ version: z.number().int(), date: z.string(), amendmentId: z.number().int().nullable(), articles: z.number().int() }),
    ),
  })
  .openapi('TreatyVersions');

export const DiffQuerySchema = z.object({ from: queryInt('from', 1), to: queryInt('to', 2), lang: langQuery });
export const ExportQuerySchema = z.object({ version: queryInt('version', 1).optional(), lang: langQuery });
export const TreatyQuerySchema = z.object({ lang: langQuery });
const StateOrNull = z.enum(TRANSLATION_STATES).nullable();

const SegmentSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });

export const DiffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    language: z.enum(LANGUAGES),
    articles: z.array(
      z.object({
        key: z.string(),
        status: z.enum(['added', 'removed', 'changed', 'unchanged']),
        beforeIndex: z.number().int().nullable(),
        afterIndex: z.number().int().nullable(),
        before: StoredArticleSchema.nullable(),
        after: StoredArticleSchema.nullable(),
        heading: z.array(SegmentSchema).optional(),
        body: z.array(SegmentSchema).optional(),
        /** The translation state of each side in the language asked for (null where the article is absent). */
        beforeTranslation: StateOrNull,
        afterTranslation: StateOrNull,
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

const AmendmentFields = z.object({
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
});
export const AmendmentSchema = AmendmentFields.openapi('Amendment');

export const AmendmentsQuerySchema = z.object({
  status: z
    .enum(AMENDMENT_STATUSES)
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
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

export const AmendmentDetailSchema = AmendmentFields.extend({
  secondedBy: z.array(z.object({ participantId: z.number().int(), name: z.string(), at: z.string() })),
  comments: z.array(CommentSchema),
  /** The article as the base version has it (null for insertions). */
  original: StoredArticleSchema.nullable(),
  motions: z.array(z.object({ id: z.number().int(), title: z.string(), status: z.enum(['pending', 'closed']) })),
}).openapi('AmendmentDetail');

export const SecondSchema = z.strictObject({}).openapi('Second');
export const NewCommentSchema = z.strictObject({ body: text(20_000, { multiline: true }) }).openapi('NewComment');

// ── Signature, ratification ────────────────────────────────────────────────

export const TreatyActSchema = z
  .strictObject({ participantId: z.number().int().positive().max(MAX_INT4).optional(), date: isoDate })
  .openapi('TreatyActInput');

export const TreatyActViewSchema = z
  .object({
    id: z.number().int(),
    treatyId: z.number().int(),
    participantId: z.number().int(),
    kind: z.enum(['signature', 'ratification', 'withdrawal']),
    date: z.string(),
  })
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

// ── The types the services take and return: inferred, so a shape is declared once ──

export type NewTreaty = z.infer<typeof NewTreatySchema>;
export type TreatySummary = z.infer<typeof TreatySummarySchema>;
export type Treaty = z.infer<typeof TreatySchema>;
export type TreatyVersion = z.infer<typeof TreatyVersionSchema>;
export type VersionList = z.infer<typeof VersionListSchema>;
export type TreatyDiff = z.infer<typeof DiffSchema>;
export type NewAmendment = z.infer<typeof NewAmendmentSchema>;
export type Amendment = z.infer<typeof AmendmentSchema>;
export type AmendmentDetail = z.infer<typeof AmendmentDetailSchema>;
export type TreatyActInput = z.infer<typeof TreatyActSchema>;
export type TreatyAct = z.infer<typeof TreatyActViewSchema>;
export type TreatyStatusView = z.infer<typeof TreatyStatusSchema>;
