import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../not-found-page.tsx';
import { SignedIn } from '../admin/admin-layout.tsx';
import { TokensPage } from './tokens-page.tsx';

/** The pages every signed-in account has for itself: its API tokens. */
export function AccountRoutes() {
  return (
    <SignedIn>
      <Routes>
        <Route path="tokens" element={<TokensPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </SignedIn>
  );
}
