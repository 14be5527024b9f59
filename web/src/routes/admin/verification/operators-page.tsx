import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { data, http, type components } from '../../../api/client.ts';
import { ActionResult, FieldError, useAction } from '../../../components/action.tsx';
import { useConfirm } from '../../../components/confirm.tsx';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useKeptApi } from '../../../components/use-api.ts';

type FacilityDetail = components['schemas']['FacilityDetail'];
type User = components['schemas']['User'];

/** Every facility with its operator accounts (the admin may inspect each), and the operator accounts. */
async function loadOperators(): Promise<{ facilities: FacilityDetail[]; operators: User[] }> {
  const [{ facilities }, { users }] = await Promise.all([data(http.GET('/api/facilities')), data(http.GET('/api/users'))]);
  const details = await Promise.all(facilities.map((f) => data(http.GET('/api/facilities/{id}', { params: { path: { id: f.id } } }))));
  return { facilities: details, operators: users.filter((u) => u.role === 'operator') };
}

/** "Ada (ada@example.org)", with the account's state when it is disabled. */
function useAccountName() {
  const { t } = useTranslation('admin/verification');
  return (user: { name: string; email: string; disabled?: boolean }) =>
    user.disabled
      ? t('operators.accountNameDisabled', { name: user.name, email: user.email })
      : t('operators.accountName', { name: user.name, email: user.email });
}

function FacilitiesTable({ facilities }: { facilities: FacilityDetail[] }) {
  const { t } = useTranslation('admin/verification');
  const accountName = useAccountName();
  if (facilities.length === 0) return <p className="notice">{t('operators.noFacilities')}</p>;
  return (
    <ScrollRegion label={t('operators.tableLabel')}>
      <table className="operators-table">
        <thead>
          <tr>
            <th scope="col">{t('operators.facility')}</th>
            <th scope="col">{t('operators.organization')}</th>
            <th scope="col">{t('operators.jurisdiction')}</th>
            <th scope="col">{t('operators.accounts')}</th>
          </tr>
        </thead>
        <tbody>
          {facilities.map((f) => (
            <tr key={f.id} data-facility={f.id}>
              <th scope="row">
                <Link to={`/verification/facilities/${encodeURIComponent(f.id)}`}>{f.name}</Link>{' '}
                <code className="muted" dir="ltr">
                  {f.id}
                </code>
              </th>
              <td>{f.operator}</td>
              <td>
                <span dir="ltr">{f.jurisdiction}</span>
              </td>
              <td className="operator-accounts">
                {f.operators && f.operators.length > 0 ? (
                  <ul>
                    {f.operators.map((o) => (
                      <li key={o.userId}>{accountName(o)}</li>
                    ))}
                  </ul>
                ) : (
                  t('operators.none')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Binds an operator account to a facility (POST /api/facilities/{id}/operators), after asking. */
function BindForm({ facilities, operators, onBound }: { facilities: FacilityDetail[]; operators: User[]; onBound: () => void }) {
  const { t } = useTranslation('admin/verification');
  const accountName = useAccountName();
  const action = useAction({ not_an_operator: 'userId', already_exists: 'userId' });
  const [confirm, confirmDialog] = useConfirm();
  const [facilityId, setFacilityId] = useState(facilities[0]?.id ?? '');
  const [userId, setUserId] = useState(operators[0] ? String(operators[0].id) : '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const facility = facilities.find((f) => f.id === facilityId);
    const user = operators.find((u) => String(u.id) === userId);
    if (!facility || !user) return;
    const question = t('operators.confirm', { account: accountName(user), facility: facility.name });
    if (!(await confirm({ question, action: t('operators.bind') }))) return;
    const bound = await action.run(() =>
      http.POST('/api/facilities/{id}/operators', { params: { path: { id: facility.id } }, body: { userId: user.id } }),
    );
    if (bound) onBound();
  };

  if (facilities.length === 0) return null;
  if (operators.length === 0)
    return (
      <p className="notice">
        {t('operators.noAccounts')} <Link to="/admin/accounts">{t('operators.toAccounts')}</Link>
      </p>
    );
  return (
    <form className="form bind-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={action.field('facilityId').id}>{t('operators.facility')}</label>
      <select {...action.field('facilityId')} value={facilityId} onChange={(e) => setFacilityId(e.target.value)}>
        {facilities.map((f) => (
          <option key={f.id} value={f.id}>
            {t('operators.facilityOption', { name: f.name, id: f.id })}
          </option>
        ))}
      </select>
      <FieldError action={action} name="facilityId" />
      <label htmlFor={action.field('userId').id}>{t('operators.account')}</label>
      <select {...action.field('userId')} value={userId} onChange={(e) => setUserId(e.target.value)}>
        {operators.map((u) => (
          <option key={u.id} value={String(u.id)}>
            {accountName(u)}
          </option>
        ))}
      </select>
      <FieldError action={action} name="userId" />
      <ActionResult action={action} done={t('operators.bound')} />
      <button type="submit" className="button" disabled={action.busy}>
        {t('operators.bind')}
      </button>
      {confirmDialog}
    </form>
  );
}

/** /admin/verification/operators: who acts for each facility, and binding another operator account. */
export function OperatorsPage() {
  const { t } = useTranslation('admin/verification');
  usePageTitle(t('operators.title'));
  const [reload, setReload] = useState(0);
  const loaded = useKeptApi(loadOperators, reload);
  return (
    <article className="verification-admin">
      <h1>{t('operators.title')}</h1>
      <p>{t('operators.lead')}</p>
      <LoadState state={loaded} what={t('operators.what')} />
      {loaded.status === 'ok' && (
        <>
          <FacilitiesTable facilities={loaded.data.facilities} />
          <h2>{t('operators.bindTitle')}</h2>
          <p>{t('operators.bindLead')}</p>
          <BindForm facilities={loaded.data.facilities} operators={loaded.data.operators} onBound={() => setReload((n) => n + 1)} />
        </>
      )}
    </article>
  );
}
