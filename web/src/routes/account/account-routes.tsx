import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../not-found-page.tsx';
import { SignedIn } from '../admin/admin-layout.tsx';

/** The pages every account has for itself (its API tokens). Replaced by the section's pages. */
export function AccountRoutes() {
  const { t } = useTranslation();
  return (
    <SignedIn>
      <Routes>
        <Route path="tokens" element={<h1>{t('user.tokens')}</h1>} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </SignedIn>
  );
}
