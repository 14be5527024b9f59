import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { Loaded } from '../../components/use-api.ts';
import { useErrorText } from '../../i18n/errors.ts';
import './assembly.css';

/** The assembly's section links, shown on each of its pages. */
export function AssemblyNav() {
  const { t } = useTranslation('assembly');
  const sections = [
    { to: '/assembly/participants', label: t('nav.participants') },
    { to: '/assembly/treaties', label: t('nav.treaties') },
    { to: '/assembly/motions', label: t('nav.motions') },
    { to: '/assembly/power', label: t('nav.power') },
  ];
  return (
    <nav aria-label={t('nav.label')} className="assembly-nav">
      <ul>
        {sections.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end={false}>
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Renders `children(data)` once loaded; a busy line while loading; the error, in the reader's language, on failure. */
export function Load<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation('assembly');
  const errorText = useErrorText();
  if (state.status === 'loading') return <p aria-busy="true">{t('load.loading')}</p>;
  if (state.status === 'error') {
    return (
      <p className="form-error" role="alert">
        {t('load.failed', { error: errorText(state.error) })}
      </p>
    );
  }
  return <>{children(state.data)}</>;
}
