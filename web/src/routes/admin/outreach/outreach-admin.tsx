import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function OutreachAdmin() {
  return <AdminPlaceholder section="outreach" />;
}
