import { AppError } from '../errors.ts';
import type { Role } from './auth.table.ts';

/** Who is making a request, as the services see it. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  participantId: number | null;
}

/** Throws unless someone is logged in; returns the actor. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated', 'log in or send an API token');
  return actor;
}

/** Throws unless the actor holds one of `roles`; admin may do everything a role may. */
export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  const who = requireActor(actor);
  if (who.role !== 'admin' && !roles.includes(who.role)) {
    throw new AppError('forbidden', `this needs the role ${['admin', ...roles].join(' or ')}`);
  }
  return who;
}

/** The label a ledger entry records as its actor. */
export const actorLabel = (actor: Actor | null) => (actor ? `user:${actor.id}` : null);
