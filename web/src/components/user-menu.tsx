import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from './auth-context.tsx';

/** The header's account area: a "Log in" link, or the user's name, role and a Log out button. */
export function UserMenu() {
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
          Log in
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

  return (
    <div className="user-menu">
      <span className="user-name" title={user.email}>
        {user.name}
      </span>
      <span className="role-badge" aria-label={`role: ${user.role}`}>
        {user.role}
      </span>
      <button type="button" className="button secondary" onClick={() => void onLogout()} disabled={busy}>
        Log out
      </button>
    </div>
  );
}
