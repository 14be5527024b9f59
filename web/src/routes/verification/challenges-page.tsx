import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatInteger } from '../../i18n/format.ts';
import { verificationApi } from './api.ts';
import { formatTime } from './format.ts';
import { VerificationLoadState } from './load-state.tsx';
import { VerificationNav } from './verification-nav.tsx';

/** Challenges, newest first: all of them for inspectors, their facilities' for operators. */
export function ChallengesPage() {
  const { t } = useTranslation('verification');
  usePageTitle(t('challenges.title'));
  const loaded = useApi(verificationApi.challenges);
  return (
    <article>
      <h1>{t('challenges.title')}</h1>
      <VerificationNav />
      <p className="lead">{t('challenges.lead')}</p>
      <VerificationLoadState state={loaded} what="challenges" />
      {loaded.status === 'ok' &&
        (loaded.data.challenges.length === 0 ? (
          <p className="muted">{t('challenges.none')}</p>
        ) : (
          <ScrollRegion label={t('challenges.title')}>
            <table className="challenges-table">
              <thead>
                <tr>
                  <th scope="col">{t('challenges.columns.challenge')}</th>
                  <th scope="col">{t('challenges.columns.facility')}</th>
                  <th scope="col">{t('challenges.columns.status')}</th>
                  <th scope="col">{t('challenges.columns.issued')}</th>
                  <th scope="col">{t('challenges.columns.deadline')}</th>
                  <th scope="col" className="numeric">
                    {t('challenges.columns.answered')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {loaded.data.challenges.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/verification/challenges/${c.id}`}>#{c.id}</Link>
                      {c.sample && <span className="muted"> {t('challenges.sampled')}</span>}
                    </th>
                    <td>{c.facilityId}</td>
                    <td>
                      <span className={`badge ${c.status}`}>{t(`status.${c.status}`)}</span>
                    </td>
                    <td>{formatTime(c.issuedAt)}</td>
                    <td>{formatTime(c.deadline)}</td>
                    <td className="numeric">
                      {/* answered/all: a fraction reads left to right in every language */}
                      <bdi dir="ltr">
                        {formatInteger(c.workloads.filter((w) => w.status !== 'pending').length)}/{formatInteger(c.workloads.length)}
                      </bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
    </article>
  );
}
