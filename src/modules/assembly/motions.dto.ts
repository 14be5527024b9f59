/**
 * Schemas (validation and OpenAPI) of the motions aggregate: motions, ballots, the tally and the
 * motion's log entries for a retally (motion.routes.ts).
 */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import { text } from '../../core/http/text.ts';
import { CHOICES, MOTION_KINDS, PARTICIPANT_KINDS } from './assembly.table.ts';
import { isoDateTime, queryInt } from './common.dto.ts';
import { OrgChamberSchema } from './assembly-types.ts';
import { LANGUAGES } from './languages.ts';

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
    rules: z
      .object({
        rulesVersion: z.number().int(),
        threshold: z.number(),
        doubleMajority: z.number().nullable(),
        quorum: z.number(),
        orgChamber: OrgChamberSchema,
      })
      .nullable(),
    /**
     * Adoption motions, from their opening: the languages the rules required, and those in which
     * every article of the version put to the vote was translated and current (the source language included).
     */
    languages: z
      .object({ sourceLanguage: z.enum(LANGUAGES), required: z.array(z.enum(LANGUAGES)), complete: z.array(z.enum(LANGUAGES)) })
      .nullable(),
    /** Before close: how many of the electorate have voted (not how). */
    turnout: z
      .object({
        states: z.number().int(),
        organizations: z.number().int(),
        stateMembers: z.number().int(),
        organizationMembers: z.number().int(),
      })
      .nullable(),
    result: z
      .object({ tally: TallySchema, appliedVersion: z.number().int().nullable().optional(), notApplied: z.string().optional() })
      .nullable(),
    /** After close: every ballot, who voted what. */
    ballots: z
      .array(
        z.object({
          participantId: z.number().int(),
          name: z.string(),
          kind: z.enum(PARTICIPANT_KINDS),
          choice: z.enum(CHOICES),
          weight: z.number(),
        }),
      )
      .nullable(),
    /** The caller's delegation's ballot, when the caller is a delegate in the electorate. */
    myBallot: z.object({ participantId: z.number().int(), choice: z.enum(CHOICES).nullable(), eligible: z.boolean() }).nullable(),
    closedAt: z.string().nullable(),
  })
  .openapi('Motion');

export const MotionsQuerySchema = z.object({
  treatyId: queryInt('treatyId', 1).optional(),
  status: z
    .enum(['scheduled', 'open', 'closed'])
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
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

// ── The types the services take and return: inferred, so a shape is declared once ──

export type NewMotion = z.infer<typeof NewMotionSchema>;
export type Motion = z.infer<typeof MotionSchema>;
export type MotionStatus = Motion['status'];
export type MotionsQuery = z.infer<typeof MotionsQuerySchema>;
export type NewBallot = z.infer<typeof NewBallotSchema>;
export type BallotReceipt = z.infer<typeof BallotReceiptSchema>;
export type MotionLog = z.infer<typeof MotionLogSchema>;
