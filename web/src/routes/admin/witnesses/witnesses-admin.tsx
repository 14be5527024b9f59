/**
 * /admin/witnesses: every witness of the log (those the operator configured, those delegations
 * registered), with the admin's choice of which registered ones the log asks to cosign; and the
 * witness of any member delegation, registered, replaced or withdrawn on its behalf.
 */
// The participant picker's look comes with the accounts section's styles.
import '../accounts/accounts.css';
import './witnesses-admin.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { witnessApi, type Witness } from '../../../api/witnesses.ts';
import { ActionResult, useAction } from '../../../components/action.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useKeptApi } from '../../../components/use-api.ts';
import { formatDateTime, formatInteger } from '../../../i18n/format.ts';
import { DelegationWitness } from '../../assembly/delegation-witness.tsx';
import { loadParticipants, type Participant } from '../accounts/api.ts';
import { ParticipantPicker } from '../accounts/participant-picker.tsx';

export function WitnessesAdmin() {
  const { t } = useTranslation('admin/witnesses');
  usePageTitle(t('title'));
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  // Kept while reloading after a change, so the forms and their outcomes stay on screen.
  const loaded = useKeptApi(async () => ({ list: await witnessApi.list(), participants: await loadParticipants() }), version);
  return (
    <article>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <LoadState state={loaded} what={t('what')} />
      {loaded.status === 'ok' && (
        <>
          <WitnessesTable
            witnesses={loaded.data.list.witnesses}
            quorum={loaded.data.list.quorum}
            participants={loaded.data.participants}
            onChanged={reload}
          />
          <RegisterForParticipant witnesses={loaded.data.list.witnesses} participants={loaded.data.participants} onChanged={reload} />
        </>
      )}
    </article>
  );
}

/** The list, each registered witness with its "ask" switch; the operator's configured ones are always asked. */
function WitnessesTable({
  witnesses,
  quorum,
  participants,
  onChanged,
}: {
  witnesses: Witness[];
  quorum: number;
  participants: Participant[];
  onChanged: () => void;
}) {
  const { t } = useTranslation('admin/witnesses');
  const action = useAction();
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const asked = witnesses.filter((w) => w.asked).length;
  const toggle = async (witness: Witness, ask: boolean) => {
    if (witness.id === null) return false;
    const id = witness.id;
    const saved = await action.run(() => witnessApi.ask(id, ask));
    if (saved) onChanged();
    return saved !== undefined;
  };
  return (
    <section aria-labelledby="witness-list-heading">
      <h2 id="witness-list-heading">{t('list.heading')}</h2>
      <p data-testid="admin-quorum">{t('list.quorum', { quorum: formatInteger(quorum), asked: formatInteger(asked) })}</p>
      <ActionResult action={action} done={t('list.saved')} />
      {witnesses.length === 0 ? (
        <p className="notice">{t('list.none')}</p>
      ) : (
        <ScrollRegion label={t('list.heading')}>
          <table className="witnesses-admin-table">
            <thead>
              <tr>
                <th scope="col">{t('list.witness')}</th>
                <th scope="col">{t('list.ask')}</th>
                <th scope="col">{t('list.delegation')}</th>
                <th scope="col">{t('list.url')}</th>
                <th scope="col">{t('list.last')}</th>
              </tr>
            </thead>
            <tbody>
              {witnesses.map((w) => (
                <WitnessRow
                  key={w.vkey}
                  witness={w}
                  delegation={w.participantId === null ? null : (names.get(w.participantId) ?? `#${w.participantId}`)}

                  onAsk={(ask) => toggle(w, ask)}
                />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

/** One witness: its name and key, the "ask" switch (a registered one), who registered it, where, and how far it has cosigned. */
function WitnessRow({
  witness: w,
  delegation,
  onAsk,
}: {
  witness: Witness;
  delegation: string | null;
  onAsk: (ask: boolean) => Promise<boolean>;
}) {
  const { t } = useTranslation('admin/witnesses');
  // The box shows the admin's choice at once, until the list read again says otherwise (`basis`
  // is what the list said when it was ticked); a refused change puts it back.
  const [wanted, setWanted] = useState<{ value: boolean; basis: boolean } | null>(null);
  const checked = wanted !== null && wanted.basis === w.asked ? wanted.value : w.asked;
  const ask = (value: boolean) => {
    setWanted({ value, basis: w.asked });
    void onAsk(value).then((ok) => ok || setWanted(null));
  };
  return (
    <tr data-witness={w.name}>
      <th scope="row">
        <span lang="zxx" dir="ltr">
          {w.name}
        </span>
        <details className="witness-vkey">
          <summary>{t('list.key')}</summary>
          <code lang="zxx" dir="ltr">
            {w.vkey}
          </code>
        </details>
      </th>
      <td>
        {w.source === 'configured' ? (
          t('list.always')
        ) : (
          <label className="witness-ask">
            <input type="checkbox" checked={checked} onChange={(e) => ask(e.target.checked)} />
            <span>{t('list.askThis', { name: w.name })}</span>
          </label>
        )}
      </td>
      <td>{delegation === null ? t('list.configured') : <span lang="en">{delegation}</span>}</td>
      <td>
        <code lang="zxx" dir="ltr" className="witness-url">
          {w.url}
        </code>
      </td>
      <td>
        {w.lastSize === null
          ? t('list.never')
          : t('list.lastCosigned', {
              size: formatInteger(w.lastSize),
              at: w.lastCosignedAt ? formatDateTime(w.lastCosignedAt) : '—',
            })}
        {w.lastError && (
          <p className="muted witness-error">
            {t('list.lastError')} <span lang="en">{w.lastError}</span>
          </p>
        )}
      </td>
    </tr>
  );
}

/** The witness of a member delegation the admin picks: shown, registered, replaced or withdrawn on its behalf. */
function RegisterForParticipant({
  witnesses,
  participants,
  onChanged,
}: {
  witnesses: Witness[];
  participants: Participant[];
  onChanged: () => void;
}) {
  const { t } = useTranslation('admin/witnesses');
  const picker = useAction();
  const [participantId, setParticipantId] = useState<number | null>(null);
  const members = participants.filter((p) => p.status === 'member');
  const chosen = members.find((p) => p.id === participantId);
  return (
    <section aria-labelledby="witness-register-heading" className="witness-register">
      <h2 id="witness-register-heading">{t('register.heading')}</h2>
      <p>{t('register.lead')}</p>
      {members.length === 0 ? (
        <p className="notice">{t('register.noMembers')}</p>
      ) : (
        <div className="form account-form">
          <ParticipantPicker
            participants={members}
            value={participantId}
            onChange={setParticipantId}
            action={picker}
            legend={t('register.picker')}
          />
        </div>
      )}
      {chosen && (
        <>
          <h3 lang="en">{chosen.name}</h3>
          <DelegationWitness
            key={chosen.id}
            participantId={chosen.id}
            participantName={chosen.name}
            witness={witnesses.find((w) => w.participantId === chosen.id) ?? null}
            onChanged={onChanged}
            headingLevel={4}
          />
        </>
      )}
    </section>
  );
}
