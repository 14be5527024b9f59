import { AdminPlaceholder } from '../admin-layout.tsx';

/** Replaced by the section's pages. */
export function AccountsAdmin() {
  return <AdminPlaceholder section="accounts" />;
}
