/**
 * The log's witnesses, through the typed client: the public list (configured and registered
 * witnesses, with the quorum), the admin's choice of which registered ones the log asks, and a
 * delegation's own witness (registered by its delegate or the admin, withdrawn by either).
 */
import { data, http, type components } from './client.ts';

export type WitnessList = components['schemas']['WitnessList'];
export type Witness = WitnessList['witnesses'][number];
export type WitnessRegistration = { vkey: string; url: string };

const participantPath = (id: number) => ({ params: { path: { id } } });

export const witnessApi = {
  list: () => data(http.GET('/api/log/witnesses')),
  /** Whether the log asks registered witness `id` to cosign (admin). */
  ask: (id: number, asked: boolean) => http.PATCH('/api/log/witnesses/{id}', { params: { path: { id } }, body: { asked } }),
  /** Registers or replaces participant `id`'s witness (its delegate, or the admin). */
  register: (participantId: number, body: WitnessRegistration) =>
    http.PUT('/api/assembly/participants/{id}/witness', { ...participantPath(participantId), body }),
  /** Withdraws participant `id`'s witness. */
  withdraw: (participantId: number) => http.DELETE('/api/assembly/participants/{id}/witness', participantPath(participantId)),
};

/** The form fields the server's error codes name, for useAction. */
export const WITNESS_CODE_FIELDS = { malformed_key: 'vkey', validation_failed: 'url', witness_already_registered: 'vkey' };
