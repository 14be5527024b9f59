/**
 * Who is making a request. Both the HTTP layer (which carries the actor in a request's
 * context) and auth (which finds the actor and decides what it may do) use this type, so it
 * lives below both of them.
 */

export const ROLES = ['admin', 'staff', 'delegate', 'operator', 'inspector', 'translator'] as const;
export type Role = (typeof ROLES)[number];

/** Who is making a request, as the services see it. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  participantId: number | null;
}
