import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { coalitionApi } from './coalition-api.ts';
import { formatDate, humanize } from './coalition-format.ts';
import { LoadState } from '../../components/load-state.tsx';

const KIND_TITLES = { partner: 'Partners', member: 'Members', observer: 'Observers' } as const;

/** Public: the coalition's organizations and the people who chose to be listed. */
export function PartnersPage() {
  usePageTitle('Partners');
  const state = useApi(coalitionApi.partners);
  return (
    <article>
      <h1>Partners</h1>
      <p className="lead">The organizations that make up the coalition, and the people who work for it.</p>
      <LoadState state={state} what="partners" />
      {state.status === 'ok' && (
        <>
          {(['partner', 'member', 'observer'] as const).map((kind) => {
            const orgs = state.data.organizations.filter((o) => o.kind === kind);
            if (!orgs.length) return null;
            return (
              <section key={kind} aria-labelledby={`kind-${kind}`}>
                <h2 id={`kind-${kind}`}>
                  {KIND_TITLES[kind]} <span className="muted">({orgs.length})</span>
                </h2>
                <ul className="card-grid org-list">
                  {orgs.map((o) => (
                    <li key={o.id} className="card">
                      <h3>{o.website ? <a href={o.website}>{o.name}</a> : o.name}</h3>
                      {o.description && <p>{o.description}</p>}
                      <p className="muted">
                        {[o.countryName, o.joinedOn && `joined ${formatDate(o.joinedOn)}`].filter(Boolean).join(' · ')}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          <section aria-labelledby="people">
            <h2 id="people">People</h2>
            <ul className="people-list">
              {state.data.people.map((p) => (
                <li key={p.id}>
                  <strong>{p.name}</strong>
                  {p.roles.length > 0 && <span className="muted"> — {p.roles.map(humanize).join(', ')}</span>}
                  {p.organizationName && <span className="muted">, {p.organizationName}</span>}
                </li>
              ))}
            </ul>
            <p className="muted">People who asked not to be named are not listed.</p>
          </section>
        </>
      )}
    </article>
  );
}
