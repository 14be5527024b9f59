import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function MotionsAdmin() {
  return <AdminPlaceholder section="motions" />;
}
