/** What the accounts section reads, over the typed client; and the roles in the order a form offers them. */
import { data, http, type components, type Role } from '../../../api/client.ts';

export type Account = components['schemas']['User'];
export type Participant = components['schemas']['Participant'];
export type FacilitySummary = components['schemas']['FacilitySummary'];

export const ROLES = ['admin', 'staff', 'delegate', 'operator', 'inspector', 'translator'] as const satisfies readonly Role[];

export const loadAccounts = async () => (await data(http.GET('/api/users'))).users;
export const loadAccount = (id: number) => data(http.GET('/api/users/{id}', { params: { path: { id } } }));
export const loadParticipants = async () => (await data(http.GET('/api/assembly/participants'))).participants;
export const loadFacilities = async () => (await data(http.GET('/api/facilities'))).facilities;

/** The facilities an operator account is bound to: each facility's detail lists its operators to an admin. */
export async function facilitiesOf(userId: number): Promise<{ all: FacilitySummary[]; bound: Set<string> }> {
  const all = await loadFacilities();
  const details = await Promise.all(all.map((f) => data(http.GET('/api/facilities/{id}', { params: { path: { id: f.id } } }))));
  return { all, bound: new Set(details.filter((d) => d.operators?.some((o) => o.userId === userId)).map((d) => d.id)) };
}
