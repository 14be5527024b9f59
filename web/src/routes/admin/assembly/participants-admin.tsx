import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function ParticipantsAdmin() {
  return <AdminPlaceholder section="participants" />;
}
