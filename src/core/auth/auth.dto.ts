import { z } from '@hono/zod-openapi';
import { MAX_INT4, pathId } from '../http/openapi.ts';
import { text } from '../http/text.ts';
import { ROLES } from '../actor.ts';

export const RoleSchema = z.enum(ROLES).openapi('Role');

export const UserSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    participantId: z.number().int().nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');

export const UsersSchema = z.object({ users: z.array(UserSchema) }).openapi('Users');

/** The account of a session, as login and /api/auth/me show it to its owner. */
const { disabled: _disabled, createdAt: _createdAt, ...sessionUserFields } = UserSchema.shape;
export const SessionUserSchema = z.object(sessionUserFields).openapi('SessionUser');

// Written out rather than `SessionUserSchema.nullable()`: a named schema made nullable is documented
// as the component itself made nullable or as allOf with it, depending on which route is read first.
export const MeSchema = z.object({ user: z.object(sessionUserFields).nullable() }).openapi('Me');

export const LoggedInSchema = z.object({ user: SessionUserSchema }).openapi('LoggedIn');

export const LoginSchema = z.strictObject({ email: z.string().email().max(320), password: z.string().min(1).max(1024) }).openapi('Login');

const password = z.string().min(12, 'a password needs at least 12 characters').max(1024);

export const NewUserSchema = z
  .strictObject({
    email: z.string().email().max(320),
    name: text(200),
    role: RoleSchema,
    password,
    participantId: z.number().int().positive().max(MAX_INT4).nullable().optional(),
  })
  .openapi('NewUser');

export const UserPatchSchema = z
  .strictObject({
    name: text(200).optional(),
    role: RoleSchema.optional(),
    participantId: z.number().int().positive().max(MAX_INT4).nullable().optional(),
    disabled: z.boolean().optional(),
    password: password.optional(),
    /** Revoke every API token of the account (disabling always does). */
    revokeTokens: z.boolean().optional(),
  })
  .openapi('UserPatch');

export const IdParamSchema = z.object({ id: pathId() });

export const TokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    prefix: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

export const NewTokenSchema = z.strictObject({ name: text(100) }).openapi('NewApiToken');
// Built from the fields, not by extending ApiToken: an extension is documented as allOf of two
// closed objects, which no body can satisfy.
export const CreatedTokenSchema = z.object({ ...TokenSchema.shape, token: z.string() }).openapi('CreatedApiToken');
export const TokensSchema = z.object({ tokens: z.array(TokenSchema) }).openapi('ApiTokens');
