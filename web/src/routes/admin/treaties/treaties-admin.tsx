import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function TreatiesAdmin() {
  return <AdminPlaceholder section="treaties" />;
}
