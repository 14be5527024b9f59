import { useState, type DragEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../components/auth-context.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { coalitionApi, STAGES, type OutreachSummary, type Overdue, type Stage, type Target } from './coalition-api.ts';
import { groupBy } from './coalition-format.ts';
import { useErrorText } from '../../i18n/errors.ts';
import { formatDate, formatInteger } from '../../i18n/format.ts';
import { Loading, LoadState } from '../../components/load-state.tsx';
import { useKeptApi, type Loaded } from '../../components/use-api.ts';

const DRAG_TYPE = 'application/x-concord-target';

/** One target on the board: draggable, with a stage select as the keyboard fallback. */
function TargetCard({ target, onMove }: { target: Target; onMove: (id: number, stage: Stage) => void }) {
  const { t } = useTranslation('coalition');
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(DRAG_TYPE, String(target.id));
    e.dataTransfer.setData('text/plain', String(target.id));
    e.dataTransfer.effectAllowed = 'move';
  };
  const overdue = target.nextActionDue !== null && target.nextActionDue < new Date().toISOString().slice(0, 10);
  return (
    <li className={`target-card priority-${target.priority}`} draggable onDragStart={onDragStart} data-target-id={target.id}>
      <strong className="target-name">{target.name}</strong>
      <span className="muted">
        {[t(`outreach.category.${target.category}`), target.countryIso3, t(`outreach.priority.${target.priority}`)]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {target.nextAction && (
        <span className={overdue ? 'next-action overdue' : 'next-action'}>
          {target.nextActionDue
            ? t('outreach.nextDue', { action: target.nextAction, date: formatDate(target.nextActionDue) })
            : t('outreach.next', { action: target.nextAction })}
        </span>
      )}
      <label className="stage-select">
        <span className="visually-hidden">{t('outreach.stageOf', { name: target.name })}</span>
        <select
          value={target.stage}
          onChange={(e) => onMove(target.id, e.target.value as Stage)}
          aria-label={t('outreach.stageOf', { name: target.name })}
        >
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`outreach.stage.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}

/** Staff only: the outreach pipeline board, overdue next actions, and counts by country. */
export function OutreachPage() {
  const { t } = useTranslation('coalition');
  const errorText = useErrorText();
  usePageTitle(t('outreach.title'));
  const { user } = useAuth();
  const allowed = user?.role === 'admin' || user?.role === 'staff';
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const targets = useKeptApi(() => (allowed ? coalitionApi.targets() : Promise.resolve({ targets: [] })), `${allowed}:${version}`);
  const overdue = useKeptApi(() => (allowed ? coalitionApi.overdue() : Promise.resolve({ overdue: [] })), `${allowed}:${version}`);
  const summary = useKeptApi(() => (allowed ? coalitionApi.outreachSummary() : Promise.resolve(null)), `${allowed}:${version}`);

  if (user === undefined) return <Loading />;
  if (!allowed) {
    return <OutreachPrivate />;
  }

  async function move(id: number, stage: Stage) {
    setError(null);
    const current = targets.status === 'ok' ? targets.data.targets.find((t) => t.id === id) : undefined;
    if (!current || current.stage === stage) return;
    try {
      await coalitionApi.moveStage(id, stage);
    } catch (e) {
      setError(errorText(e));
    }
    setVersion((v) => v + 1);
  }
  const columns = targets.status === 'ok' ? groupBy(targets.data.targets, STAGES, (t) => t.stage) : null;
  return (
    <article className="outreach">
      <h1>{t('outreach.title')}</h1>
      <p className="lead">{t('outreach.lead')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <LoadState state={targets} what={t('outreach.what')} />
      {columns && <Board columns={columns} onMove={(id, stage) => void move(id, stage)} />}
      <OverdueSection overdue={overdue} />
      {summary.status === 'ok' && summary.data && <CountrySection summary={summary.data} />}
    </article>
  );
}

/** The pipeline: a column per stage, each a drop target for the cards of the others. */
function Board({ columns, onMove }: { columns: Record<Stage, Target[]>; onMove: (id: number, stage: Stage) => void }) {
  const { t } = useTranslation('coalition');
  const [over, setOver] = useState<Stage | null>(null);
  const onDrop = (stage: Stage) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const id = Number(e.dataTransfer.getData(DRAG_TYPE) || e.dataTransfer.getData('text/plain'));
    if (id) onMove(id, stage);
  };
  return (
    <div className="board" role="list" aria-label={t('outreach.pipeline')}>
      {STAGES.map((stage) => (
        <section
          key={stage}
          role="listitem"
          aria-labelledby={`stage-${stage}`}
          className={`board-column ${over === stage ? 'drop-target' : ''}`}
          data-stage={stage}
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
            setOver(stage);
          }}
          onDragLeave={() => setOver((s) => (s === stage ? null : s))}
          onDrop={onDrop(stage)}
        >
          <h2 id={`stage-${stage}`}>
            {t(`outreach.stage.${stage}`)} <span className="count">{formatInteger(columns[stage].length)}</span>
          </h2>
          <ul>
            {columns[stage].map((t) => (
              <TargetCard key={t.id} target={t} onMove={onMove} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** What someone who is not staff sees. */
function OutreachPrivate() {
  const { t } = useTranslation('coalition');
  return (
    <article>
      <h1>{t('outreach.title')}</h1>
      <p className="notice">
        <Trans t={t} i18nKey="outreach.private" components={{ login: <Link to="/login" state={{ from: '/coalition/outreach' }} /> }} />
      </p>
    </article>
  );
}

/** The next actions past their due date, oldest first. */
function OverdueSection({ overdue }: { overdue: Loaded<{ overdue: Overdue[] }> }) {
  const { t } = useTranslation('coalition');
  return (
    <section aria-labelledby="overdue-title">
      <h2 id="overdue-title">{t('outreach.overdue.title')}</h2>
      <LoadState state={overdue} what={t('outreach.overdue.what')} />
      {overdue.status === 'ok' &&
        (overdue.data.overdue.length === 0 ? (
          <p className="muted">{t('outreach.overdue.none')}</p>
        ) : (
          <ScrollRegion label={t('outreach.overdue.title')}>
            <table className="overdue-table">
              <thead>
                <tr>
                  <th scope="col">{t('outreach.overdue.target')}</th>
                  <th scope="col">{t('outreach.overdue.action')}</th>
                  <th scope="col">{t('outreach.overdue.due')}</th>
                  <th scope="col" className="numeric">
                    {t('outreach.overdue.daysLate')}
                  </th>
                  <th scope="col">{t('outreach.overdue.owner')}</th>
                </tr>
              </thead>
              <tbody>
                {overdue.data.overdue.map((o) => (
                  <tr key={o.targetId}>
                    <th scope="row">{o.targetName}</th>
                    <td>{o.nextAction}</td>
                    <td>{formatDate(o.nextActionDue)}</td>
                    <td className="numeric">{formatInteger(o.daysOverdue)}</td>
                    <td>{o.ownerName ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
    </section>
  );
}

/** How many targets each country has. */
function CountrySection({ summary }: { summary: OutreachSummary }) {
  const { t } = useTranslation('coalition');
  return (
    <section aria-labelledby="by-country">
      <h2 id="by-country">{t('outreach.byCountry')}</h2>
      <ul className="country-counts">
        {summary.byCountry.map((c) => (
          <li key={c.countryIso3 ?? 'none'}>
            {c.countryName ?? t('outreach.noCountry')} <span className="count">{formatInteger(c.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
