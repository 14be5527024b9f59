/** Every account, filtered as one types (name, e-mail or role, in the reader's language or the API's). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadState } from '../../../components/load-state.tsx';
import { usePageTitle } from '../../../components/page-title.ts';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { useApi } from '../../../components/use-api.ts';
import { formatDate, formatInteger } from '../../../i18n/format.ts';
import { loadAccounts, loadParticipants, type Account } from './api.ts';

export function AccountsList() {
  const { t } = useTranslation('admin/accounts');
  usePageTitle(t('list.title'));
  const accounts = useApi(loadAccounts);
  const participants = useApi(loadParticipants);
  const [query, setQuery] = useState('');
  const names = new Map(participants.status === 'ok' ? participants.data.map((p) => [p.id, p.name]) : []);
  const q = query.trim().toLocaleLowerCase();
  const matches = (a: Account) =>
    !q ||
    [a.name, a.email, a.role, t(`roles.${a.role}`, { ns: 'common' }), a.participantId ? (names.get(a.participantId) ?? '') : ''].some((s) =>
      s.toLocaleLowerCase().includes(q),
    );
  const shown = accounts.status === 'ok' ? accounts.data.filter(matches) : [];
  return (
    <article className="accounts-admin">
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.lead')}</p>
      <p>
        <Link className="button" to="new">
          {t('list.new')}
        </Link>
      </p>
      <LoadState state={accounts} what={t('list.what')} />
      {accounts.status === 'ok' && (
        <section aria-labelledby="accounts-table-title">
          <div className="table-toolbar">
            <h2 id="accounts-table-title">{t('list.tableTitle')}</h2>
            <div className="filter">
              <label htmlFor="accounts-search">{t('list.search')}</label>
              <input id="accounts-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
            </div>
          </div>
          <p className="muted" aria-live="polite">
            {t('list.shown', { count: shown.length, shown: formatInteger(shown.length), total: formatInteger(accounts.data.length) })}
          </p>
          <AccountsTable accounts={shown} participantName={(id) => names.get(id)} />
        </section>
      )}
    </article>
  );
}

function AccountsTable({ accounts, participantName }: { accounts: Account[]; participantName: (id: number) => string | undefined }) {
  const { t } = useTranslation('admin/accounts');
  return (
    <ScrollRegion label={t('list.tableTitle')}>
      <table className="accounts-table">
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.email')}</th>
            <th scope="col">{t('fields.role')}</th>
            <th scope="col">{t('fields.participant')}</th>
            <th scope="col">{t('fields.status')}</th>
            <th scope="col">{t('fields.created')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} data-user-id={a.id}>
              <th scope="row">
                <Link to={String(a.id)}>{a.name}</Link>
              </th>
              <td>
                <span dir="ltr">{a.email}</span>
              </td>
              <td>{t(`roles.${a.role}`, { ns: 'common' })}</td>
              <td lang="en">{a.participantId ? (participantName(a.participantId) ?? `#${a.participantId}`) : '—'}</td>
              <td className={a.disabled ? 'account-disabled' : undefined}>{a.disabled ? t('status.disabled') : t('status.active')}</td>
              <td>
                <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
