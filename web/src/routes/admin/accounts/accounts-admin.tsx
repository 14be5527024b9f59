/** The accounts section of the console: the list (/admin/accounts), a new account (new), one account (:id). */
import './accounts.css';
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../not-found-page.tsx';
import { AccountPage } from './account-page.tsx';
import { AccountsList } from './accounts-list.tsx';
import { NewAccountPage } from './new-account.tsx';

export function AccountsAdmin() {
  return (
    <Routes>
      <Route index element={<AccountsList />} />
      <Route path="new" element={<NewAccountPage />} />
      <Route path=":id" element={<AccountPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
