import { NavLink, Link, Outlet } from 'react-router-dom';
import { api } from '../api/client.ts';
import { UserMenu } from './user-menu.tsx';
import { useApi } from './use-api.ts';

/** The header navigation, in the order the design lists the domains. */
const NAV = [
  { to: '/coalition', label: 'Coalition' },
  { to: '/assembly', label: 'Assembly' },
  { to: '/verification', label: 'Verification' },
  { to: '/log', label: 'Log' },
  { to: '/states', label: 'States' },
];

/** Page frame: skip link, header with navigation and account menu, main content, footer. */
export function AppShell() {
  const health = useApi(api.health);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            Concord
          </Link>
          <nav aria-label="Main" className="main-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <UserMenu />
        </div>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Concord — open infrastructure for a global AI treaty.
          {health.status === 'ok' && (
            <span className="muted">
              {' '}
              Version {health.data.version}, database {health.data.database}.
            </span>
          )}
        </p>
      </footer>
    </>
  );
}
