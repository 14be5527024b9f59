import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { coalitionApi } from './coalition-api.ts';
import { localIsoDate } from './coalition-format.ts';
import { LoadState } from '../../components/load-state.tsx';

function TodayMark({ today }: { today: string }) {
  const { t } = useTranslation('coalition');
  return <li className="today-mark">{t('roadmap.today', { date: formatDate(today) })}</li>;
}

/** Public: the milestones on the way to a treaty, as a timeline with today marked. */
export function RoadmapPage() {
  const { t } = useTranslation('coalition');
  usePageTitle(t('roadmap.title'));
  const state = useApi(coalitionApi.roadmap);
  const today = localIsoDate(new Date());
  return (
    <article>
      <h1>{t('roadmap.title')}</h1>
      <p className="lead">{t('roadmap.lead')}</p>
      <LoadState state={state} what={t('roadmap.what')} />
      {state.status === 'ok' && state.data.milestones.length === 0 && <p className="notice">{t('roadmap.none')}</p>}
      {state.status === 'ok' && (
        <ol className="timeline">
          {state.data.milestones.map((m, i, all) => {
            const previous = all[i - 1];
            return (
              <Fragment key={m.id}>
                {m.targetDate > today && (previous === undefined || previous.targetDate <= today) && <TodayMark today={today} />}
                <li className={`milestone status-${m.status}`}>
                  <p className="milestone-date">{formatDate(m.targetDate)}</p>
                  <h2>{m.title}</h2>
                  <p className={`milestone-status status-${m.status}`}>{t(`roadmap.status.${m.status}`)}</p>
                  {m.description && <p>{m.description}</p>}
                  {m.events.length > 0 && (
                    <p>
                      {t('roadmap.events')}{' '}
                      {m.events.map((e, j) => (
                        <span key={e.id}>
                          {j > 0 && t('roadmap.separator')}
                          <a href={`/coalition/events?when=all#event-${e.id}`}>{e.title}</a>
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              </Fragment>
            );
          })}
          {state.data.milestones.every((m) => m.targetDate <= today) && <TodayMark today={today} />}
        </ol>
      )}
    </article>
  );
}
