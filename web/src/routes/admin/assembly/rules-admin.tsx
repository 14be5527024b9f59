import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function RulesAdmin() {
  return <AdminPlaceholder section="rules" />;
}
