import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useAuth } from '../../components/auth-context.tsx';
import './verification.css';

/** The verification section's own navigation; inspectors' pages show for inspectors, admins and operators. */
export function VerificationNav() {
  const { t } = useTranslation('verification');
  const { user } = useAuth();
  const role = user?.role;
  const inspector = role === 'inspector' || role === 'admin';
  return (
    <nav aria-label={t('nav.label')} className="verification-nav">
      <ul>
        <li>
          <NavLink to="/verification" end>
            {t('nav.overview')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/verification/facilities">{t('nav.facilities')}</NavLink>
        </li>
        <li>
          <NavLink to="/verification/runs">{t('nav.runs')}</NavLink>
        </li>
        {inspector && (
          <li>
            <NavLink to="/verification/flags">{t('nav.flags')}</NavLink>
          </li>
        )}
        {(inspector || role === 'operator') && (
          <li>
            <NavLink to="/verification/challenges">{t('nav.challenges')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
