/**
 * Who may act for a facility and who may see its private side. The services call these first,
 * before they read or write anything (CONVENTIONS.md 2).
 */
import { requireRole, type Actor } from '../../core/auth/permissions.ts';
import type { Db } from '../../core/db/client.ts';
import { forbidden } from '../../core/errors.ts';
import * as facilitiesRepo from './facilities.repository.ts';

/** Throws unless the actor is an admin or an operator bound to every facility named. */
export async function requireFacilityOperator(db: Db, actor: Actor | null, facilityIds: string[]): Promise<Actor> {
  const who = requireRole(actor, 'operator');
  if (who.role === 'admin') return who;
  const operated = await facilitiesRepo.operatedFacilities(db, who.id, [...new Set(facilityIds)]);
  const other = facilityIds.find((id) => !operated.has(id));
  if (other !== undefined) throw forbidden(`you do not operate facility ${other}`);
  return who;
}

/** Whether the actor may see a facility's private side: admin, inspector, or one of its operators. */
export async function mayInspect(db: Db, actor: Actor | null, facilityId: string): Promise<boolean> {
  if (!actor) return false;
  if (actor.role === 'admin' || actor.role === 'inspector') return true;
  if (actor.role !== 'operator') return false;
  return (await facilitiesRepo.operatedFacilities(db, actor.id, [facilityId])).has(facilityId);
}

/** Throws unless {@link mayInspect}. */
export async function requireInspectAccess(db: Db, actor: Actor | null, facilityId: string): Promise<Actor> {
  const who = requireRole(actor, 'inspector', 'operator');
  if (!(await mayInspect(db, who, facilityId))) throw forbidden(`only inspectors and the operators of facility ${facilityId} may see this`);
  return who;
}
