import './verification-admin.css';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../not-found-page.tsx';
import { OperatorsPage } from './operators-page.tsx';
import { SettingsPage } from './settings-page.tsx';

/** The section's two pages, side by side in its own menu. */
function VerificationAdminNav() {
  const { t } = useTranslation('admin/verification');
  return (
    <nav aria-label={t('nav.label')} className="verification-admin-nav">
      <ul>
        <li>
          <NavLink to="/admin/verification" end>
            {t('nav.settings')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/admin/verification/operators">{t('nav.operators')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** /admin/verification/*: the agency's settings (index) and the facilities' operator accounts. */
export function VerificationAdmin() {
  return (
    <>
      <VerificationAdminNav />
      <Routes>
        <Route index element={<SettingsPage />} />
        <Route path="operators" element={<OperatorsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </>
  );
}
