import { useAuth } from '../../../components/auth-context.tsx';
import type { FacilityDetail } from '../api.ts';

/** Whether the signed-in account may register facilities and declare runs (operators, the admin). */
export function useMayRegister(): boolean {
  const role = useAuth().user?.role;
  return role === 'operator' || role === 'admin';
}

/** Whether the signed-in account acts for this facility: one of its operators, or the admin (the server checks again). */
export function useActsFor(facility: Pick<FacilityDetail, 'operators'>): boolean {
  const user = useAuth().user;
  if (!user) return false;
  if (user.role === 'admin') return true;
  return user.role === 'operator' && (facility.operators ?? []).some((o) => o.userId === user.id);
}

/** Whether the signed-in account may answer a challenge it can read: operators see only their facilities', and the admin. */
export function useMayAnswer(): boolean {
  const role = useAuth().user?.role;
  return role === 'operator' || role === 'admin';
}
