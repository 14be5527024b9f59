/**
 * Schemas (validation and OpenAPI) of the participants aggregate: participants, the rules, the
 * members' weights, voting power and each state's standing (assembly.routes.ts).
 */
import { z } from '@hono/zod-openapi';
import { safeText, text } from '../../core/http/text.ts';
import { MOTION_KINDS, ORGANIZATION_CATEGORIES, PARTICIPANT_KINDS, PARTICIPANT_STATUSES } from './assembly.table.ts';
import { OrgChamberSchema, RulesSchema } from './assembly-types.ts';
import { queryInt } from './common.dto.ts';

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
  kind: z
    .enum(PARTICIPANT_KINDS)
    .optional()
    .openapi({ param: { name: 'kind', in: 'query' } }),
  status: z
    .enum(PARTICIPANT_STATUSES)
    .optional()
    .openapi({ param: { name: 'status', in: 'query' } }),
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

/** Many participants' status at once (admin): all or nothing. */
export const ParticipantsBulkPatchSchema = z
  .strictObject({
    ids: z
      .array(z.number().int().positive())
      .min(1)
      .max(20_000)
      .refine((ids) => new Set(ids).size === ids.length, 'ids must not repeat an id'),
    status: z.enum(PARTICIPANT_STATUSES),
  })
  .openapi('ParticipantsBulkPatch');

// ── Rules, weights, power ──────────────────────────────────────────────────

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
    orgChamber: OrgChamberSchema,
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

// The bases are left unnamed and each named schema is a whole object: extending a named schema
// gives `allOf` [base, extension] in the document, and with every object closed no answer could
// satisfy both parts.
const PowerPlayerFields = z.object({
  name: z.string(),
  weight: z.number().int(),
  banzhaf: z.number(),
  banzhafAbsolute: z.number(),
  shapleyShubik: z.number().nullable(),
  veto: z.boolean(),
});
export const PowerPlayerSchema = PowerPlayerFields.openapi('PowerPlayer');

const PowerResultFields = z.object({
  quota: z.number().int(),
  totalWeight: z.number().int(),
  players: z.array(PowerPlayerSchema),
  vetoPlayers: z.array(z.string()),
});
export const PowerResultSchema = PowerResultFields.openapi('PowerResult');

export const AssemblyPowerQuerySchema = z.object({
  kind: z
    .enum(MOTION_KINDS)
    .default('adoption')
    .openapi({ param: { name: 'kind', in: 'query' } }),
  resolution: queryInt('resolution', 10000).optional(),
});

export const AssemblyPowerSchema = PowerResultFields.extend({
  kind: z.enum(MOTION_KINDS),
  rulesVersion: z.number().int(),
  threshold: z.number(),
  resolution: z.number().int(),
  players: z.array(PowerPlayerFields.extend({ participantId: z.number().int(), share: z.number() }).openapi('AssemblyPowerPlayer')),
  notes: z.array(z.string()),
}).openapi('AssemblyPower');

/** The rules to try (as PUT takes them) and the kind of motion whose voting power to show. */
export const RulesPreviewRequestSchema = z
  .strictObject({
    rules: RulesSchema,
    kind: z.enum(MOTION_KINDS).default('adoption'),
    resolution: z.number().int().positive().optional(),
  })
  .openapi('AssemblyRulesPreviewRequest');

/** What the rules would give the current members: GET /weights' and GET /power's answers, as if saved now. */
export const RulesPreviewSchema = z.object({ weights: WeightsSchema, power: AssemblyPowerSchema }).openapi('AssemblyRulesPreview');

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

// ── The types the services take and return: inferred, so a shape is declared once ──

export type Participant = z.infer<typeof ParticipantSchema>;
export type ParticipantsQuery = z.infer<typeof ParticipantsQuerySchema>;
export type NewOrganization = z.infer<typeof NewOrganizationSchema>;
export type ParticipantPatch = z.infer<typeof ParticipantPatchSchema>;
export type ParticipantsBulkPatch = z.infer<typeof ParticipantsBulkPatchSchema>;
export type RulesPreviewRequest = z.infer<typeof RulesPreviewRequestSchema>;
export type RulesPreview = z.infer<typeof RulesPreviewSchema>;
export type RulesView = z.infer<typeof RulesViewSchema>;
export type Weights = z.infer<typeof WeightsSchema>;
/** The input of the power computation: `shapleyShubik` may be left out, as in a request. */
export type PowerRequest = z.input<typeof PowerRequestSchema>;
export type PowerResult = z.infer<typeof PowerResultSchema>;
export type AssemblyPower = z.infer<typeof AssemblyPowerSchema>;
export type Standing = z.infer<typeof StandingSchema>;
