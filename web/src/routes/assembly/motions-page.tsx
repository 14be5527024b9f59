import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { assemblyApi } from './api.ts';
import { MotionState } from './motion-parts.tsx';
import { AssemblyNav, Load } from './page-parts.tsx';

/** Every motion, newest first, with its state and result. */
export function MotionsPage() {
  const { t } = useTranslation('assembly');
  usePageTitle(t('motions.title'));
  const data = useApi(() => assemblyApi.motions());
  return (
    <article>
      <AssemblyNav />
      <h1>{t('motions.title')}</h1>
      <p className="lead">{t('motions.lead')}</p>
      <Load state={data}>
        {({ motions }) =>
          motions.length === 0 ? (
            <p className="muted">{t('motions.none')}</p>
          ) : (
            <ScrollRegion label={t('motions.title')}>
              <table className="motions-table">
                <thead>
                  <tr>
                    <th scope="col">{t('motions.columns.motion')}</th>
                    <th scope="col">{t('motions.columns.kind')}</th>
                    <th scope="col">{t('motions.columns.opens')}</th>
                    <th scope="col">{t('motions.columns.closes')}</th>
                    <th scope="col">{t('motions.columns.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {motions.map((m) => (
                    <tr key={m.id} data-motion={m.id}>
                      <th scope="row">
                        <Link to={`/assembly/motions/${m.id}`}>{m.title}</Link>
                      </th>
                      <td>{t(`motionKind.${m.kind}`)}</td>
                      <td>{formatDateTime(m.opensAt)}</td>
                      <td>{formatDateTime(m.closesAt)}</td>
                      <td>
                        <MotionState m={m} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )
        }
      </Load>
    </article>
  );
}
