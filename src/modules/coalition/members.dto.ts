/** Organizations and people: the request and response schemas of the members routes (validation, types and OpenAPI). */
import { z } from '@hono/zod-openapi';
import { MAX_INT4 } from '../../core/http/openapi.ts';
import { text } from '../../core/http/text.ts';
import { httpUrl, iso3, isoDate, optionalProse } from './coalition.dto-parts.ts';
import { ORGANIZATION_KINDS, PERSON_ROLES, VISIBILITIES } from './coalition.table.ts';

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
  .openapi('CoalitionOrganization');

export const NewOrganizationSchema = z
  .strictObject({
    name: text(200),
    kind: z.enum(ORGANIZATION_KINDS),
    countryIso3: iso3.nullable().optional(),
    joinedOn: isoDate.nullable().optional(),
    website: httpUrl.nullable().optional(),
    description: optionalProse(5000),
  })
  .openapi('NewCoalitionOrganization');
export const OrganizationPatchSchema = NewOrganizationSchema.partial().openapi('CoalitionOrganizationPatch');

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
  .openapi('CoalitionPerson');

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
  .openapi('NewCoalitionPerson');
export const PersonPatchSchema = NewPersonSchema.partial().openapi('CoalitionPersonPatch');

export const PartnersSchema = z
  .object({
    organizations: z.array(OrganizationSchema.omit({ createdAt: true }).extend({ countryName: z.string().nullable() })),
    people: z.array(PersonSchema.omit({ createdAt: true, visibility: true })),
  })
  .openapi('CoalitionPartners');

// The types services take and return: each shape is declared once, here.
export type Organization = z.infer<typeof OrganizationSchema>;
export type NewOrganization = z.infer<typeof NewOrganizationSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type NewPerson = z.infer<typeof NewPersonSchema>;
export type Partners = z.infer<typeof PartnersSchema>;
