/**
 * The compute facilities an operator account is bound to, and binding it to one more
 * (addFacilityOperator): permanent, since no route unbinds an operator, so it is confirmed first.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { http } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { useKeptApi } from '../../../components/use-api.ts';
import { facilitiesOf, type Account } from './api.ts';

const CODE_FIELDS = { already_exists: 'facility', not_an_operator: 'facility', not_found: 'facility' };

export function FacilitiesSection({ account }: { account: Account }) {
  const { t } = useTranslation('admin/accounts');
  const [version, setVersion] = useState(0);
  const facilities = useKeptApi(() => facilitiesOf(account.id), `${account.id}/${version}`);
  const action = useAction(CODE_FIELDS);
  const [confirm, confirmDialog] = useConfirm();
  const [chosen, setChosen] = useState('');
  const [boundName, setBoundName] = useState('');
  const all = facilities.status === 'ok' ? facilities.data.all : [];
  const bound = all.filter((f) => facilities.status === 'ok' && facilities.data.bound.has(f.id));
  const free = all.filter((f) => !bound.includes(f));
  const facility = free.find((f) => f.id === chosen) ?? free[0];
  const bind = async (event: FormEvent) => {
    event.preventDefault();
    if (!facility) return;
    const question = t('facilities.question', { name: account.name, facility: facility.name });
    if (!(await confirm({ question, action: t('facilities.bind') }))) return;
    const params = { path: { id: facility.id } };
    if (!(await action.run(() => http.POST('/api/facilities/{id}/operators', { params, body: { userId: account.id } })))) return;
    setBoundName(facility.name);
    setChosen('');
    setVersion((v) => v + 1);
  };
  return (
    <section aria-labelledby="account-facilities-title" className="account-panel">
      <h2 id="account-facilities-title">{t('facilities.title')}</h2>
      <LoadState state={facilities} what={t('facilities.what')} />
      {facilities.status === 'ok' && (
        <>
          {bound.length === 0 ? (
            <p>{t('facilities.none')}</p>
          ) : (
            <ul className="bound-facilities">
              {bound.map((f) => (
                <li key={f.id}>
                  <Link to={`/verification/facilities/${encodeURIComponent(f.id)}`} lang="en">
                    {f.name}
                  </Link>{' '}
                  <span className="muted" dir="ltr">
                    {f.id}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {free.length > 0 ? (
            <form className="form account-form" onSubmit={(e) => void bind(e)} noValidate>
              <label htmlFor={action.field('facility').id}>{t('facilities.facility')}</label>
              <select {...action.field('facility')} value={facility?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
                {free.map((f) => (
                  <option key={f.id} value={f.id} lang="en">
                    {f.name} ({f.id})
                  </option>
                ))}
              </select>
              <span className="muted">{t('facilities.permanent')}</span>
              <FieldError action={action} name="facility" />
              <button type="submit" className="button" disabled={action.busy}>
                {t('facilities.bind')}
              </button>
            </form>
          ) : (
            all.length === 0 && <p>{t('facilities.noFacilities')}</p>
          )}
          <ActionResult action={action} done={t('facilities.done', { name: account.name, facility: boundName })} />
        </>
      )}
      {confirmDialog}
    </section>
  );
}
