import { Fragment } from 'react';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { coalitionApi } from './coalition-api.ts';
import { formatDate, humanize, localIsoDate } from './coalition-format.ts';
import { LoadState } from '../../components/load-state.tsx';

function TodayMark({ today }: { today: string }) {
  return <li className="today-mark">Today, {formatDate(today)}</li>;
}

/** Public: the milestones on the way to a treaty, as a timeline with today marked. */
export function RoadmapPage() {
  usePageTitle('Roadmap');
  const state = useApi(coalitionApi.roadmap);
  const today = localIsoDate(new Date());
  return (
    <article>
      <h1>Roadmap</h1>
      <p className="lead">The milestones on the way to a treaty, and where the coalition stands.</p>
      <LoadState state={state} what="roadmap" />
      {state.status === 'ok' && state.data.milestones.length === 0 && <p className="notice">No milestones yet.</p>}
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
                  <p className={`milestone-status status-${m.status}`}>{humanize(m.status)}</p>
                  {m.description && <p>{m.description}</p>}
                  {m.events.length > 0 && (
                    <p>
                      Events:{' '}
                      {m.events.map((e, j) => (
                        <span key={e.id}>
                          {j > 0 && ', '}
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
