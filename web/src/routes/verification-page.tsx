import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ModuleIntro } from '../components/module-intro.tsx';

/** Landing page of the verification module. */
export function VerificationPage() {
  const { t } = useTranslation('verification');
  // Each item is one translated sentence whose links and emphasis are placed by the translator (<Trans>).
  // The tags are not named after HTML void elements (<link>): the parser would leave them empty.
  return (
    <ModuleIntro title={t('intro.title')} lead={t('intro.lead')}>
      <ul className="feature-list">
        <li>
          <Trans t={t} i18nKey="intro.facilities" components={{ strong: <strong />, page: <Link to="/verification/facilities" /> }} />
        </li>
        <li>
          <Trans t={t} i18nKey="intro.reports" components={{ strong: <strong /> }} />
        </li>
        <li>
          <Trans
            t={t}
            i18nKey="intro.thresholds"
            components={{ strong: <strong />, runs: <Link to="/verification/runs" />, flags: <Link to="/verification/flags" /> }}
          />
        </li>
        <li>
          <Trans t={t} i18nKey="intro.challenges" components={{ strong: <strong />, page: <Link to="/verification/challenges" /> }} />
        </li>
      </ul>
    </ModuleIntro>
  );
}
