import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function VerificationAdmin() {
  return <AdminPlaceholder section="verification" />;
}
