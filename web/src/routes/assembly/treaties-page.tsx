import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { assemblyApi } from './api.ts';
import { AssemblyNav, Load } from './page-parts.tsx';

/** Every treaty, draft or adopted. */
export function TreatiesPage() {
  usePageTitle('Treaties');
  const data = useApi(assemblyApi.treaties);
  return (
    <article>
      <AssemblyNav />
      <h1>Treaties</h1>
      <p className="lead">Drafts are written article by article; delegations amend them; adopted texts open for signature.</p>
      <Load state={data} what="treaties">
        {({ treaties }) =>
          treaties.length === 0 ? (
            <p className="muted">No draft yet: the secretariat creates one.</p>
          ) : (
            <ul className="card-grid">
              {treaties.map((t) => (
                <li key={t.id} className="card">
                  <h2>
                    <Link to={`/assembly/treaties/${t.id}`}>{t.title}</Link>
                  </h2>
                  <p>
                    <span className={`status-badge ${t.status}`}>{t.status === 'draft' ? 'draft' : 'adopted'}</span> version{' '}
                    {t.currentVersion}
                    {t.adoptedOn ? `, adopted on ${t.adoptedOn}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Load>
    </article>
  );
}
