import { Trans, useTranslation } from 'react-i18next';
import { ModuleIntro } from '../components/module-intro.tsx';

/** What the module covers: one catalogue text per item, its name in bold. */
const FEATURES = ['people', 'contributions', 'campaigns', 'events', 'outreach', 'roadmap'] as const;

/** Landing page of the coalition module. */
export function CoalitionPage() {
  const { t } = useTranslation('coalition');
  return (
    <ModuleIntro title={t('intro.title')} lead={t('intro.lead')}>
      <ul className="feature-list">
        {FEATURES.map((feature) => (
          <li key={feature}>
            <Trans t={t} i18nKey={`intro.features.${feature}`} components={{ strong: <strong /> }} />
          </li>
        ))}
      </ul>
    </ModuleIntro>
  );
}
