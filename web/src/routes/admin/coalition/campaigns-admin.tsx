import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function CampaignsAdmin() {
  return <AdminPlaceholder section="campaigns" />;
}
