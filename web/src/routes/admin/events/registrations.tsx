import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, http, type components } from '../../../api/client.ts';
import { ActionResult, useAction } from '../../../components/action.tsx';
import type { Confirmation } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useKeptApi } from '../../../components/use-api.ts';
import { formatDateTime, formatInteger } from '../../../i18n/format.ts';
import { csvText, downloadCsv } from './csv.ts';
import { isolate } from './bidi.ts';
import type { CoalitionEvent } from './event-form.tsx';

type Registration = components['schemas']['EventRegistration'];

/** The export's columns: stable names a spreadsheet or a script can rely on, whatever the page's language. */
const CSV_HEADER = ['id', 'name', 'email', 'status', 'registered_at', 'promoted_at', 'cancelled_at'];

export function registrationsCsv(registrations: Registration[]): string {
  return csvText(
    CSV_HEADER,
    registrations.map((r) => [r.id, r.name, r.email, r.status, r.createdAt, r.promotedAt, r.cancelledAt]),
  );
}

/** The registrations, each with its cancel button. */
function RegistrationTable({ rows, busy, onCancel }: { rows: Registration[]; busy: boolean; onCancel: (r: Registration) => void }) {
  const { t } = useTranslation('admin/events');
  return (
    <ScrollRegion label={t('registrations.title')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('registrations.name')}</th>
            <th scope="col">{t('registrations.email')}</th>
            <th scope="col">{t('registrations.status')}</th>
            <th scope="col">{t('registrations.registered')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('registrations.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td dir="ltr">{r.email}</td>
              <td>{t(`status.${r.status}`)}</td>
              <td>{formatDateTime(r.createdAt)}</td>
              <td>
                {r.status !== 'cancelled' && (
                  <button
                    type="button"
                    className="button secondary ev-small"
                    aria-label={t('registrations.cancelOne', { name: r.name })}
                    onClick={() => onCancel(r)}
                    disabled={busy}
                  >
                    {t('registrations.cancelShort')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** An event's registrations: export to CSV, cancel one (the first waiting person moves up). */
export function Registrations({
  event,
  onChange,
  confirm,
}: {
  event: CoalitionEvent;
  onChange: () => void;
  /** The page's one confirm dialog (components/confirm.tsx). */
  confirm: (c: Confirmation) => Promise<boolean>;
}) {
  const { t } = useTranslation('admin/events');
  const [version, setVersion] = useState(0);
  const list = useKeptApi(
    () => data(http.GET('/api/coalition/events/{id}/registrations', { params: { path: { id: event.id } } })),
    `${event.id}:${version}`,
  );
  const cancel = useAction();
  const cancelOne = async (r: Registration) => {
    if (
      !(await confirm({
        question: t('registrations.cancelQuestion', { name: isolate(r.name), email: isolate(r.email) }),
        action: t('registrations.cancel'),
        danger: true,
      }))
    )
      return;
    const done = await cancel.run(() =>
      http.POST('/api/coalition/registrations/{id}/cancel', { params: { path: { id: r.id } }, body: {} }),
    );
    if (done) {
      setVersion((v) => v + 1);
      onChange();
    }
  };
  const rows = list.status === 'ok' ? list.data.registrations : [];
  return (
    <section aria-labelledby="registrations-heading">
      <div className="table-toolbar">
        <h2 id="registrations-heading">{t('registrations.title')}</h2>
        <button
          type="button"
          className="button secondary"
          disabled={list.status !== 'ok'}
          onClick={() => downloadCsv(`event-${event.id}-registrations.csv`, registrationsCsv(rows))}
        >
          {t('registrations.export')}
        </button>
      </div>
      <LoadState state={list} what={t('registrations.what')} />
      <ActionResult action={cancel} done={t('registrations.cancelled')} />
      {list.status === 'ok' && rows.length === 0 && <p>{t('registrations.none')}</p>}
      {rows.length > 0 && <RegistrationTable rows={rows} busy={cancel.busy} onCancel={(r) => void cancelOne(r)} />}
      {list.status === 'ok' && (
        <p className="muted">{t('registrations.count', { count: rows.length, total: formatInteger(rows.length) })}</p>
      )}
    </section>
  );
}
