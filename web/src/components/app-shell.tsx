import { useTranslation } from 'react-i18next';
import { NavLink, Link, Outlet } from 'react-router-dom';
import { api } from '../api/client.ts';
import { LanguagePicker } from '../i18n/language-picker.tsx';
import { RouteFocus } from './route-focus.tsx';
import { UserMenu } from './user-menu.tsx';
import { useApi } from './use-api.ts';

/** The header navigation, in the order the design lists the domains (labels are `common` keys). */
const NAV = [
  { to: '/coalition', label: 'nav.coalition' },
  { to: '/assembly', label: 'nav.assembly' },
  { to: '/verification', label: 'nav.verification' },
  { to: '/log', label: 'nav.log' },
  { to: '/states', label: 'nav.states' },
] as const;

/** Page frame: skip link, header with navigation, language picker and account menu, main content, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const health = useApi(api.health);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          {/* The name is the same in every language: "Concord" is never translated. */}
          <Link to="/" className="brand">
            Concord
          </Link>
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{t(item.label)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguagePicker />
            <UserMenu />
          </div>
        </div>
      </header>
      <RouteFocus />
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {t('shell.footer')}
          {health.status === 'ok' && (
            <span className="muted"> {t('shell.version', { version: health.data.version, database: health.data.database })}</span>
          )}
        </p>
      </footer>
    </>
  );
}
