import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function MembersAdmin() {
  return <AdminPlaceholder section="members" />;
}
