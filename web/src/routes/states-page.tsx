import { api } from '../api/client.ts';
import { usePageTitle } from '../components/page-title.ts';
import { StatesTable } from '../components/states-table.tsx';
import { useApi } from '../components/use-api.ts';
import { WorldMap } from '../components/world-map.tsx';

/** The 195 reference states: a population map and a sortable table. */
export function StatesPage() {
  usePageTitle('States');
  const result = useApi(api.states);
  return (
    <article>
      <h1>States</h1>
      <p className="lead">
        The 195 states that can take part in the assembly: the 193 members of the United Nations, and Palestine and the Holy See.
      </p>
      {result.status === 'loading' && <p aria-busy="true">Loading states…</p>}
      {result.status === 'error' && (
        <p className="form-error" role="alert">
          The states could not be loaded: {result.error.message}
        </p>
      )}
      {result.status === 'ok' && (
        <>
          <WorldMap states={result.data.states} />
          <StatesTable states={result.data.states} />
        </>
      )}
    </article>
  );
}
