import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function EventsAdmin() {
  return <AdminPlaceholder section="events" />;
}
