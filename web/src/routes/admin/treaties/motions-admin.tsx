import './treaties-admin.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router-dom';
import { data, http } from '../../../api/client.ts';
import { ActionResult, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { useNow } from '../../../components/use-now.ts';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useKeptApi } from '../../../components/use-api.ts';
import { formatDateTime, formatDateTimeUtc } from '../../../i18n/format.ts';
import { NotFoundPage } from '../../not-found-page.tsx';
import { MotionTally } from './motion-tally.tsx';
import { ScheduleForm } from './schedule-form.tsx';
import type { Motion } from './treaties-api.ts';

/** The motions section: one page to schedule votes and close them. */
export function MotionsAdmin() {
  return (
    <Routes>
      <Route index element={<MotionsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** What the list shows of a motion: the server's status, or `due` when its closing time has passed and it is still open. */
type Shown = 'due' | 'open' | 'scheduled' | 'closed';
const ORDER: Record<Shown, number> = { due: 0, open: 1, scheduled: 2, closed: 3 };

function shownStatus(m: Motion, now: number): Shown {
  if (m.status === 'closed') return 'closed';
  return Date.parse(m.closesAt) <= now ? 'due' : m.status;
}

/** Due motions first (the oldest closing time first), then open, scheduled, and the closed ones newest first. */
export function sortMotions(motions: readonly Motion[], now: number): Motion[] {
  const at = (m: Motion, shown: Shown) =>
    shown === 'closed' ? -Date.parse(m.closedAt ?? m.closesAt) : Date.parse(shown === 'scheduled' ? m.opensAt : m.closesAt);
  return [...motions].sort((a, b) => {
    const sa = shownStatus(a, now);
    const sb = shownStatus(b, now);
    return ORDER[sa] - ORDER[sb] || at(a, sa) - at(b, sb);
  });
}

function MotionsPage() {
  const { t } = useTranslation('admin/treaties');
  usePageTitle(t('motions.title'));
  const [revision, setRevision] = useState(0);
  const state = useKeptApi(() => data(http.GET('/api/motions', { params: { query: {} } })), revision);
  return (
    <article className="treaties-admin">
      <h1>{t('motions.title')}</h1>
      <p>{t('motions.lead')}</p>
      <ScheduleForm onScheduled={() => setRevision((r) => r + 1)} />
      <section className="section" aria-labelledby="motions-heading">
        <h2 id="motions-heading">{t('motions.listHeading')}</h2>
        <LoadState state={state} what={t('motions.what')} />
        {state.status === 'ok' && <MotionList motions={state.data.motions} onClosed={() => setRevision((r) => r + 1)} />}
      </section>
    </article>
  );
}

/** The motions with their times; a due one has a Close button, and the result of the last close is shown above. */
function MotionList({ motions, onClosed }: { motions: Motion[]; onClosed: () => void }) {
  const { t } = useTranslation('admin/treaties');
  const now = useNow(1000);
  const action = useAction();
  const [confirm, confirmDialog] = useConfirm();
  const [closed, setClosed] = useState<Motion | null>(null);

  async function close(m: Motion) {
    if (!(await confirm({ question: t('motions.confirmClose', { title: m.title }), action: t('motions.close'), danger: true }))) return;
    const result = await action.run(() => http.POST('/api/motions/{id}/close', { params: { path: { id: m.id } } }));
    if (result) {
      setClosed(result);
      onClosed();
    }
  }

  if (motions.length === 0) return <p className="muted">{t('motions.none')}</p>;
  return (
    <>
      {(action.error || closed) && (
        <div className="close-result" data-testid="close-result">
          {closed && <MotionTally m={closed} />}
          <ActionResult action={action} done={closed ? t('motions.closed', { title: closed.title }) : null} />
        </div>
      )}
      <ScrollRegion label={t('motions.listHeading')}>
        <table className="admin-table motions-table">
          <thead>
            <tr>
              <th scope="col">{t('motions.columns.motion')}</th>
              <th scope="col">{t('motions.columns.status')}</th>
              <th scope="col">{t('motions.columns.opens')}</th>
              <th scope="col">{t('motions.columns.closes')}</th>
              <th scope="col">{t('motions.columns.act')}</th>
            </tr>
          </thead>
          <tbody>
            {sortMotions(motions, now).map((m) => (
              <MotionRow key={m.id} m={m} shown={shownStatus(m, now)} busy={action.busy} onClose={() => void close(m)} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {confirmDialog}
    </>
  );
}

/** A time in the reader's zone, and in UTC under it. */
function Time({ at }: { at: string }) {
  return (
    <>
      <time dateTime={at}>{formatDateTime(at)}</time>
      <br />
      <span className="muted">{formatDateTimeUtc(at)}</span>
    </>
  );
}

/** One motion of the list; a Close button when it is due. */
function MotionRow({ m, shown, busy, onClose }: { m: Motion; shown: Shown; busy: boolean; onClose: () => void }) {
  const { t } = useTranslation('admin/treaties');
  const outcome = m.status === 'closed' && m.result ? (m.result.tally.passed ? 'passed' : 'failed') : null;
  return (
    <tr data-motion={m.id} data-status={shown}>
      <th scope="row">
        <Link to={`/assembly/motions/${m.id}`}>{m.title}</Link>
        <br />
        <span className="muted">{t(`motionKind.${m.kind}`)}</span>
      </th>
      <td>
        <span className={`status-badge ${outcome ?? shown}`}>{outcome ? t(`outcome.${outcome}`) : t(`motionStatus.${shown}`)}</span>
      </td>
      <td>
        <Time at={m.opensAt} />
      </td>
      <td>
        <Time at={m.closesAt} />
      </td>
      <td>
        {shown === 'due' && (
          <button
            type="button"
            className="button danger"
            disabled={busy}
            aria-label={t('motions.closeLabel', { title: m.title })}
            onClick={onClose}
          >
            {t('motions.close')}
          </button>
        )}
      </td>
    </tr>
  );
}
