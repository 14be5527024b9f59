import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function RoadmapAdmin() {
  return <AdminPlaceholder section="roadmap" />;
}
