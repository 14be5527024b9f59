import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function ContributionsAdmin() {
  return <AdminPlaceholder section="contributions" />;
}
