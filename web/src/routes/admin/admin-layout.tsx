import './admin.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../../components/auth-context.tsx';
import { Loading } from '../../components/load-state.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { ADMIN_GROUPS, sectionsFor, type AdminSection } from './sections.ts';

/** Shows its children to a logged-in user; sends anyone else to the login page, and back here after. */
export function SignedIn({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/** Shows a section to the roles that may act in it, and says plainly to anyone else that it is not theirs. */
export function SectionGate({ section, children }: { section: AdminSection['path']; children: ReactNode }) {
  const { t } = useTranslation('admin');
  const { user } = useAuth();
  if (!sectionsFor(user?.role).some((s) => s.path === section))
    return (
      <p className="form-error" role="alert">
        {t('notAllowed')}
      </p>
    );
  return children;
}

/** The console's menu, grouped, with only the sections the user may open. */
function AdminNav() {
  const { t } = useTranslation('admin');
  const { user } = useAuth();
  const mine = sectionsFor(user?.role);
  return (
    <nav className="admin-nav" aria-label={t('navLabel')}>
      {ADMIN_GROUPS.map((group) => {
        const sections = mine.filter((s) => s.group === group);
        if (sections.length === 0) return null;
        return (
          <div key={group}>
            <h2 className="admin-nav-group">{t(`groups.${group}`)}</h2>
            <ul>
              {sections.map((s) => (
                <li key={s.path}>
                  <NavLink to={`/admin/${s.path}`}>{t(`sections.${s.path}`)}</NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

/** The console's frame: its menu beside the section shown. */
export function AdminLayout() {
  return (
    <div className="admin-layout">
      <AdminNav />
      <div className="admin-main">
        <Outlet />
      </div>
    </div>
  );
}

/** The console's first page: what each section is for, linked. */
export function AdminHome() {
  const { t } = useTranslation('admin');
  const { user } = useAuth();
  usePageTitle(t('title'));
  return (
    <article>
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <ul className="admin-overview">
        {sectionsFor(user?.role).map((s) => (
          <li key={s.path}>
            <NavLink to={`/admin/${s.path}`}>{t(`sections.${s.path}`)}</NavLink> — {t(`about.${s.path}`)}
          </li>
        ))}
      </ul>
    </article>
  );
}

/** A section not built yet. */
export function AdminPlaceholder({ section }: { section: AdminSection['path'] }) {
  const { t } = useTranslation('admin');
  usePageTitle(t(`sections.${section}`));
  return <h1>{t(`sections.${section}`)}</h1>;
}
