/** Shapes of the Concord JSON API, as the server documents them in /api/openapi.json. */

/** Account roles; see src/core/auth/auth.table.ts. */
export type Role = 'admin' | 'staff' | 'delegate' | 'operator' | 'inspector';

/** The logged-in user, as /api/auth/me and /api/auth/login return it. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The assembly participant a delegate speaks for, else null. */
  participantId: number | null;
}

/** One of the 195 reference states. */
export interface State {
  iso3: string;
  name: string;
  unMember: boolean;
  region: string;
  population: number | null;
  populationYear: number | null;
  gdpUsd: number | null;
  gdpYear: number | null;
}

/** GET /api/health. */
export interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
  version: string;
}

/** The body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** One entry of the transparency log, as /api/log/entries returns it. */
export interface LogEntry {
  index: number;
  leafHash: string;
  entry: { kind: string; at: string; actor: string | null; subject: string | null; body: unknown };
  /** RFC 8785 canonical JSON of `entry`, base64. */
  canonical: string;
}

/** GET /api/log/proof/inclusion. */
export interface InclusionProof {
  index: number;
  size: number;
  leafHash: string;
  rootHash: string;
  path: string[];
}
