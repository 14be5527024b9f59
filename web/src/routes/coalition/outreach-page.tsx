import { useState, type DragEvent } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useAuth } from '../../components/auth-context.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { coalitionApi, STAGES, type OutreachSummary, type Overdue, type Stage, type Target } from './coalition-api.ts';
import { formatDate, groupBy, humanize } from './coalition-format.ts';
import { LoadState } from '../../components/load-state.tsx';
import { useKeptApi, type Loaded } from '../../components/use-api.ts';

const DRAG_TYPE = 'application/x-concord-target';

/** One target on the board: draggable, with a stage select as the keyboard fallback. */
function TargetCard({ target, onMove }: { target: Target; onMove: (id: number, stage: Stage) => void }) {
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
        {humanize(target.category)}
        {target.countryIso3 && ` · ${target.countryIso3}`} · {target.priority}
      </span>
      {target.nextAction && (
        <span className={overdue ? 'next-action overdue' : 'next-action'}>
          Next: {target.nextAction}
          {target.nextActionDue && ` (${formatDate(target.nextActionDue)})`}
        </span>
      )}
      <label className="stage-select">
        <span className="visually-hidden">Stage of {target.name}</span>
        <select value={target.stage} onChange={(e) => onMove(target.id, e.target.value as Stage)} aria-label={`Stage of ${target.name}`}>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
    </li>
  );
}

/** Staff only: the outreach pipeline board, overdue next actions, and counts by country. */
export function OutreachPage() {
  usePageTitle('Outreach');
  const { user } = useAuth();
  const allowed = user?.role === 'admin' || user?.role === 'staff';
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const targets = useKeptApi(() => (allowed ? coalitionApi.targets() : Promise.resolve({ targets: [] })), `${allowed}:${version}`);
  const overdue = useKeptApi(() => (allowed ? coalitionApi.overdue() : Promise.resolve({ overdue: [] })), `${allowed}:${version}`);
  const summary = useKeptApi(() => (allowed ? coalitionApi.outreachSummary() : Promise.resolve(null)), `${allowed}:${version}`);

  if (user === undefined) return <p aria-busy="true">Loading…</p>;
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
      setError(e instanceof ApiError ? e.message : String(e));
    }
    setVersion((v) => v + 1);
  }
  const columns = targets.status === 'ok' ? groupBy(targets.data.targets, STAGES, (t) => t.stage) : null;
  return (
    <article className="outreach">
      <h1>Outreach</h1>
      <p className="lead">
        Whom the coalition is winning over, from identified to committed. Drag a card to another stage, or choose its stage from its menu.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <LoadState state={targets} what="targets" />
      {columns && <Board columns={columns} onMove={(id, stage) => void move(id, stage)} />}
      <OverdueSection overdue={overdue} />
      {summary.status === 'ok' && summary.data && <CountrySection summary={summary.data} />}
    </article>
  );
}

/** The pipeline: a column per stage, each a drop target for the cards of the others. */
function Board({ columns, onMove }: { columns: Record<Stage, Target[]>; onMove: (id: number, stage: Stage) => void }) {
  const [over, setOver] = useState<Stage | null>(null);
  const onDrop = (stage: Stage) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const id = Number(e.dataTransfer.getData(DRAG_TYPE) || e.dataTransfer.getData('text/plain'));
    if (id) onMove(id, stage);
  };
  return (
    <div className="board" role="list" aria-label="Pipeline">
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
            {stage} <span className="count">{columns[stage].length}</span>
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
  return (
    <article>
      <h1>Outreach</h1>
      <p className="notice">
        Outreach is private to the secretariat.{' '}
        <Link to="/login" state={{ from: '/coalition/outreach' }}>
          Log in
        </Link>{' '}
        with a staff or admin account.
      </p>
    </article>
  );
}

/** The next actions past their due date, oldest first. */
function OverdueSection({ overdue }: { overdue: Loaded<{ overdue: Overdue[] }> }) {
  return (
    <section aria-labelledby="overdue-title">
      <h2 id="overdue-title">Overdue next actions</h2>
      <LoadState state={overdue} what="overdue actions" />
      {overdue.status === 'ok' &&
        (overdue.data.overdue.length === 0 ? (
          <p className="muted">Nothing overdue.</p>
        ) : (
          <table className="overdue-table">
            <thead>
              <tr>
                <th scope="col">Target</th>
                <th scope="col">Next action</th>
                <th scope="col">Due</th>
                <th scope="col" className="numeric">
                  Days late
                </th>
                <th scope="col">Owner</th>
              </tr>
            </thead>
            <tbody>
              {overdue.data.overdue.map((o) => (
                <tr key={o.targetId}>
                  <th scope="row">{o.targetName}</th>
                  <td>{o.nextAction}</td>
                  <td>{formatDate(o.nextActionDue)}</td>
                  <td className="numeric">{o.daysOverdue}</td>
                  <td>{o.ownerName ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}

/** How many targets each country has. */
function CountrySection({ summary }: { summary: OutreachSummary }) {
  return (
    <section aria-labelledby="by-country">
      <h2 id="by-country">Targets by country</h2>
      <ul className="country-counts">
        {summary.byCountry.map((c) => (
          <li key={c.countryIso3 ?? 'none'}>
            {c.countryName ?? 'No country'} <span className="count">{c.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
