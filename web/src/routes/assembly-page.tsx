import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ModuleIntro } from '../components/module-intro.tsx';
import { formatInteger } from '../i18n/format.ts';

/** Each feature: its name in bold, then what it is (one catalogue text, so a language may order it freely). */
const FEATURES = [
  'landing.features.participants',
  'landing.features.rules',
  'landing.features.drafts',
  'landing.features.votes',
  'landing.features.power',
  'landing.features.ratification',
] as const;

/** Landing page of the assembly module. */
export function AssemblyPage() {
  const { t } = useTranslation('assembly');
  return (
    <ModuleIntro title={t('landing.title')} lead={t('landing.lead')}>
      <nav aria-label={t('nav.label')} className="card-grid">
        <Link className="card" to="/assembly/participants">
          {t('landing.cards.participants')}
        </Link>
        <Link className="card" to="/assembly/treaties">
          {t('landing.cards.treaties')}
        </Link>
        <Link className="card" to="/assembly/motions">
          {t('landing.cards.motions')}
        </Link>
        <Link className="card" to="/assembly/power">
          {t('landing.cards.power')}
        </Link>
      </nav>
      <ul className="feature-list">
        {FEATURES.map((key) => (
          <li key={key}>
            <Trans t={t} i18nKey={key} values={{ states: formatInteger(195) }} components={{ strong: <strong /> }} />
          </li>
        ))}
      </ul>
    </ModuleIntro>
  );
}
