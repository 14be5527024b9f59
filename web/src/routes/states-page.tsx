import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { LoadState } from '../components/load-state.tsx';
import { usePageTitle } from '../components/page-title.ts';
import { StatesTable } from '../components/states-table.tsx';
import { useApi } from '../components/use-api.ts';
import { WorldMap } from '../components/world-map.tsx';

/** The 195 reference states: a population map and a sortable table. */
export function StatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('states.title'));
  const result = useApi(api.states);
  return (
    <article>
      <h1>{t('states.title')}</h1>
      <p className="lead">{t('states.lead')}</p>
      <LoadState state={result} what={t('states.what')} />
      {result.status === 'ok' && (
        <>
          <WorldMap states={result.data.states} />
          <StatesTable states={result.data.states} />
        </>
      )}
    </article>
  );
}
