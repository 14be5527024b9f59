import { api } from '../api/client.ts';
import { usePageTitle } from '../components/page-title.ts';
import { useApi } from '../components/use-api.ts';

/** The transparency log: for now, its latest signed checkpoint. */
export function LogPage() {
  usePageTitle('Log');
  const checkpoint = useApi(api.checkpoint);
  return (
    <article>
      <h1>Log</h1>
      <p className="lead">
        Every decision Concord records is appended to a public transparency log. Its signed checkpoint commits to the
        whole log: anyone can check that an entry is in it and that nothing was rewritten.
      </p>
      <h2>Latest checkpoint</h2>
      {checkpoint.status === 'loading' && <p aria-busy="true">Loading…</p>}
      {checkpoint.status === 'error' && <p className="notice">The log is not available yet.</p>}
      {checkpoint.status === 'ok' && <pre className="checkpoint">{checkpoint.data}</pre>}
    </article>
  );
}
