/**
 * A state's delegate signs, ratifies and withdraws from an adopted treaty on its page: only the
 * acts the server would take now (treaty-acts-logic.ts), each dated (today by default), confirmed
 * in plain words (what the act means, that it is permanent and public), then the log receipt.
 * An anonymous visitor gets a Log in link; the admin a link to the depositary console.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { http } from '../../api/client.ts';
import { ActionResult, FieldError, useAction } from '../../components/action.tsx';
import { useAuth } from '../../components/auth-context.tsx';
import { useConfirm } from '../../components/confirm.tsx';
import { LoginLink } from '../../components/login-link.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatDate } from '../../i18n/format.ts';
import { assemblyApi, type Treaty, type TreatyStatus } from './api.ts';
import { availableActs, defaultActDate, earliestActDate, todayUtc, type TreatyActKind } from './treaty-acts-logic.ts';

/** The request of each act (openapi-fetch wants each path written out). */
function postAct(kind: TreatyActKind, id: number, date: string) {
  const init = { params: { path: { id } }, body: { date } };
  if (kind === 'signature') return http.POST('/api/treaties/{id}/signatures', init);
  if (kind === 'ratification') return http.POST('/api/treaties/{id}/ratifications', init);
  return http.POST('/api/treaties/{id}/withdrawals', init);
}

interface ActsProps {
  treaty: Treaty;
  status: TreatyStatus;
  /** Called after an act is recorded, so the page reloads the status and the map. */
  onActed: () => void;
}

/** What the visitor may do about signature and ratification, by who they are. */
export function TreatyActs(props: ActsProps) {
  const { t } = useTranslation('assembly');
  const { user } = useAuth();
  if (user === undefined) return null;
  if (user === null) {
    return (
      <p className="notice" data-testid="acts-login">
        {t('acts.logIn')}
        <LoginLink />
      </p>
    );
  }
  if (user.role === 'admin') {
    return (
      <p className="muted">
        <Link to={`/admin/treaties/${props.treaty.id}`}>{t('acts.depositary')}</Link>
      </p>
    );
  }
  if (user.role !== 'delegate' || !user.participantId) return null;
  return <DelegationActs {...props} participantId={user.participantId} />;
}

/** The delegate's own state: what it has recorded, and a form for the acts open to it now. */
function DelegationActs({ treaty, status, onActed, participantId }: ActsProps & { participantId: number }) {
  const { t } = useTranslation('assembly');
  const participant = useApi(() => assemblyApi.participant(participantId), participantId);
  if (participant.status !== 'ok') return null;
  const p = participant.data;
  if (p.kind !== 'state') {
    return <p className="muted">{t('acts.notAState', { name: p.name })}</p>;
  }
  const own = status.states.find((s) => s.participantId === participantId);
  return (
    <section className="section treaty-acts" aria-labelledby="acts-heading" data-testid="treaty-acts">
      <h2 id="acts-heading">{t('acts.heading', { state: p.name })}</h2>
      <p data-testid="own-acts">
        {own?.withdrawnOn
          ? t('acts.withdrawnOn', { state: p.name, date: formatDate(own.withdrawnOn) })
          : own?.ratifiedOn
            ? t('acts.ratifiedOn', { state: p.name, signed: formatDate(own.signedOn), date: formatDate(own.ratifiedOn) })
            : own?.signedOn
              ? t('acts.signedOn', { state: p.name, date: formatDate(own.signedOn) })
              : t('acts.notSigned', { state: p.name })}
      </p>
      <ActsForm treaty={treaty} state={p.name} own={own} onActed={onActed} />
    </section>
  );
}

function ActsForm({
  treaty,
  state,
  own,
  onActed,
}: {
  treaty: Treaty;
  state: string;
  own: TreatyStatus['states'][number] | undefined;
  onActed: () => void;
}) {
  const { t } = useTranslation('assembly');
  const action = useAction({ date_in_future: 'date', dates_out_of_order: 'date' });
  const [confirm, confirmDialog] = useConfirm();
  const acts = availableActs(own);
  const earliest = earliestActDate(own, treaty.adoptedOn ?? '');
  const [date, setDate] = useState(() => defaultActDate(new Date(), earliest));
  const [lastAct, setLastAct] = useState<{ kind: TreatyActKind; date: string } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const kind = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value as TreatyActKind | undefined;
    if (!kind || !acts.includes(kind)) return;
    const values = { state, title: treaty.title, date: formatDate(date) };
    if (
      !(await confirm({
        question: t(`acts.confirm.${kind}`, values),
        action: t(`acts.confirmAction.${kind}`),
        danger: kind === 'withdrawal',
      }))
    )
      return;
    if (await action.run(() => postAct(kind, treaty.id, date))) {
      setLastAct({ kind, date });
      onActed();
    }
  }

  return (
    <>
      {acts.length > 0 && (
        <form className="form acts-form" onSubmit={(event) => void onSubmit(event)}>
          <label htmlFor={action.field('date').id}>{t('acts.date')}</label>
          <input
            type="date"
            {...action.field('date')}
            value={date}
            min={earliest}
            max={todayUtc(new Date())}
            required
            onChange={(e) => setDate(e.target.value)}
          />
          <FieldError action={action} name="date" />
          <p className="muted">{t('acts.dateHint', { earliest: formatDate(earliest) })}</p>
          <div className="acts-buttons">
            {acts.map((kind) => (
              <button
                key={kind}
                type="submit"
                value={kind}
                className={kind === 'withdrawal' ? 'button danger' : 'button'}
                disabled={action.busy}
              >
                {t(`acts.button.${kind}`, { state })}
              </button>
            ))}
          </div>
        </form>
      )}
      <ActionResult action={action} done={lastAct && t(`acts.done.${lastAct.kind}`, { state, date: formatDate(lastAct.date) })} />
      {confirmDialog}
    </>
  );
}
