import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { sectionsFor } from '../routes/admin/sections.ts';
import { useAuth } from './auth-context.tsx';

/** The header's account area: a "Log in" link, or the user's name, role and a Log out button. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  if (user === undefined) return <div className="user-menu" aria-busy="true" />;
  if (user === null) {
    if (location.pathname === '/login') return <div className="user-menu" />;
    return (
      <div className="user-menu">
        <Link className="button" to="/login" state={{ from: location.pathname + location.search }}>
          {t('user.logIn')}
        </Link>
      </div>
    );
  }

  async function onLogout() {
    setBusy(true);
    try {
      await logout();
      void navigate('/');
    } finally {
      setBusy(false);
    }
  }

  // A role the catalogue does not know yet (added on the server first) shows as its code.
  const role = t(`roles.${user.role}`, { defaultValue: user.role });
  return (
    <div className="user-menu">
      <span className="user-name" title={user.email}>
        {user.name}
      </span>
      <span className="role-badge" aria-label={t('user.roleLabel', { role })}>
        {role}
      </span>
      {sectionsFor(user.role).length > 0 && (
        <Link className="user-link" to="/admin">
          {t('user.admin')}
        </Link>
      )}
      <Link className="user-link" to="/account/tokens">
        {t('user.tokens')}
      </Link>
      <button type="button" className="button secondary" onClick={() => void onLogout()} disabled={busy}>
        {t('user.logOut')}
      </button>
    </div>
  );
}
