import { Suspense } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Loading } from '../components/load-state.tsx';
import { ModuleIntro } from '../components/module-intro.tsx';
import { formatInteger } from '../i18n/format.ts';
import { AssemblyDashboard } from '../page-chunks.ts';

/** Each feature: its name in bold, then what it is (one catalogue text, so a language may order it freely). */
const FEATURES = [
  'landing.features.participants',
  'landing.features.rules',
  'landing.features.drafts',
  'landing.features.votes',
  'landing.features.power',
  'landing.features.ratification',
] as const;

/** The assembly's overview: live figures that link onward (members, motions, treaties), then how the assembly works. */
export function AssemblyPage() {
  const { t } = useTranslation('assembly');
  return (
    <ModuleIntro title={t('landing.title')} lead={t('landing.lead')}>
      <Suspense fallback={<Loading />}>
        <AssemblyDashboard />
      </Suspense>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('landing.how')}</h2>
        <ul className="feature-list">
          {FEATURES.map((key) => (
            <li key={key}>
              <Trans t={t} i18nKey={key} values={{ states: formatInteger(195) }} components={{ strong: <strong /> }} />
            </li>
          ))}
        </ul>
      </section>
    </ModuleIntro>
  );
}
