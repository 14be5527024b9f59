import type { Actor, Role } from '../actor.ts';
import { AppError } from '../errors.ts';

// The services take the actor's type from here, beside the checks they run on it.
export type { Actor } from '../actor.ts';

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
