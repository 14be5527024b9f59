import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { formatDate, formatInteger } from '../../i18n/format.ts';
import { coalitionApi } from './coalition-api.ts';
import { formatList } from '../../i18n/format.ts';
import { LoadState } from '../../components/load-state.tsx';

/** Public: the coalition's organizations and the people who chose to be listed. */
export function PartnersPage() {
  const { t } = useTranslation('coalition');
  usePageTitle(t('partners.title'));
  const state = useApi(coalitionApi.partners);
  return (
    <article>
      <h1>{t('partners.title')}</h1>
      <p className="lead">{t('partners.lead')}</p>
      <LoadState state={state} what={t('partners.what')} />
      {state.status === 'ok' && (
        <>
          {(['partner', 'member', 'observer'] as const).map((kind) => {
            const orgs = state.data.organizations.filter((o) => o.kind === kind);
            if (!orgs.length) return null;
            return (
              <section key={kind} aria-labelledby={`kind-${kind}`}>
                <h2 id={`kind-${kind}`}>
                  {t(`partners.kind.${kind}`)} <span className="muted">({formatInteger(orgs.length)})</span>
                </h2>
                <ul className="card-grid org-list">
                  {orgs.map((o) => (
                    <li key={o.id} className="card">
                      <h3>{o.website ? <a href={o.website}>{o.name}</a> : o.name}</h3>
                      {o.description && <p>{o.description}</p>}
                      <p className="muted">
                        {[o.countryName, o.joinedOn && t('partners.joined', { date: formatDate(o.joinedOn) })].filter(Boolean).join(' · ')}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          <section aria-labelledby="people">
            <h2 id="people">{t('partners.people')}</h2>
            <ul className="people-list">
              {state.data.people.map((p) => (
                <li key={p.id}>
                  <strong>{p.name}</strong>
                  {p.roles.length > 0 && <span className="muted"> — {formatList(p.roles.map((role) => t(`partners.role.${role}`)))}</span>}
                  {p.organizationName && <span className="muted"> · {p.organizationName}</span>}
                </li>
              ))}
            </ul>
            <p className="muted">{t('partners.unnamed')}</p>
          </section>
        </>
      )}
    </article>
  );
}
