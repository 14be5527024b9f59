/**
 * The shapes the shared pages use, named as they always were, each taken from the types generated
 * from the server's OpenAPI document (openapi.gen.ts): a field renamed on the server breaks tsc here.
 */
import type { components } from './openapi.gen.ts';

type Schemas = components['schemas'];

/** Account roles; see src/core/auth/auth.table.ts. */
export type Role = Schemas['Role'];

/** The logged-in user, as /api/auth/me and /api/auth/login return it. */
export type User = Schemas['SessionUser'];

/** One of the 195 reference states. */
export type State = Schemas['State'];

/** GET /api/health. */
export type Health = Schemas['Health'];

/** One entry of the transparency log with its index, leaf hash and exact bytes, as /api/log/entries returns it. */
export type LogEntry = Schemas['LogEntries']['entries'][number];

/** GET /api/log/proof/inclusion. */
export type InclusionProof = Schemas['InclusionProof'];

/** The body of every error response; each route documents the exact codes of its own. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
