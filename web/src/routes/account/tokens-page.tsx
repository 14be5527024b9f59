/**
 * /account/tokens: the signed-in account's API tokens (for machine clients, sent as
 * `Authorization: Bearer …`): create one by name (its secret shown this once), list, revoke.
 */
import './account.css';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { http, data, type components } from '../../api/client.ts';
import { ActionResult, FieldError, useAction } from '../../components/action.tsx';
import { useConfirm } from '../../components/confirm.tsx';
import { LoadState } from '../../components/load-state.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useKeptApi } from '../../components/use-api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { SecretOnce } from './secret-once.tsx';

type Token = components['schemas']['ApiToken'];

export function TokensPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('tokens.title'));
  const [version, setVersion] = useState(0);
  const tokens = useKeptApi(() => data(http.GET('/api/tokens')), version);
  const reload = () => setVersion((v) => v + 1);
  return (
    <article className="tokens-page">
      <div>
        <h1>{t('tokens.title')}</h1>
        <p className="lead">
          <Trans t={t} i18nKey="tokens.lead" values={{ header: 'Authorization: Bearer …' }} components={{ code: <code dir="ltr" /> }} />
        </p>
      </div>
      <NewTokenForm onCreated={reload} />
      <section aria-labelledby="tokens-list">
        <h2 id="tokens-list">{t('tokens.listTitle')}</h2>
        <LoadState state={tokens} what={t('tokens.what')} />
        {tokens.status === 'ok' && <TokensTable tokens={tokens.data.tokens} onRevoked={reload} />}
      </section>
    </article>
  );
}

function NewTokenForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('account');
  const action = useAction();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const token = await action.run(() => http.POST('/api/tokens', { body: { name } }));
    if (!token) return;
    setCreated({ name: token.name, token: token.token });
    setName('');
    onCreated();
  };
  return (
    <section aria-labelledby="tokens-new">
      <h2 id="tokens-new">{t('tokens.newTitle')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={action.field('name').id}>{t('tokens.name')}</label>
        <input
          {...action.field('name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={100}
          autoComplete="off"
        />
        <span className="muted">{t('tokens.nameHint')}</span>
        <FieldError action={action} name="name" />
        <button type="submit" className="button" disabled={action.busy}>
          {t('tokens.create')}
        </button>
        <ActionResult action={action} done={created ? t('tokens.created', { name: created.name }) : undefined} />
        {created && (
          <SecretOnce label={t('tokens.secretLabel', { name: created.name })} secret={created.token} warning={t('tokens.once')} />
        )}
      </form>
    </section>
  );
}

function TokensTable({ tokens, onRevoked }: { tokens: Token[]; onRevoked: () => void }) {
  const { t } = useTranslation('account');
  const action = useAction();
  const [confirm, confirmDialog] = useConfirm();
  const [revoked, setRevoked] = useState('');
  const revoke = async (token: Token) => {
    if (!(await confirm({ question: t('tokens.revokeQuestion', { name: token.name }), action: t('tokens.revoke'), danger: true }))) return;
    const done = await action.run(() => http.DELETE('/api/tokens/{id}', { params: { path: { id: token.id } } }));
    if (!done) return;
    setRevoked(done.name);
    onRevoked();
  };
  if (tokens.length === 0) return <p>{t('tokens.none')}</p>;
  return (
    <>
      <ActionResult action={action} done={t('tokens.revoked', { name: revoked })} />
      <ScrollRegion label={t('tokens.listTitle')}>
        <table className="tokens-table">
          <thead>
            <tr>
              <th scope="col">{t('tokens.columns.name')}</th>
              <th scope="col">{t('tokens.columns.prefix')}</th>
              <th scope="col">{t('tokens.columns.created')}</th>
              <th scope="col">{t('tokens.columns.status')}</th>
              <th scope="col">{t('tokens.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-token-id={token.id}>
                <th scope="row">{token.name}</th>
                <td>
                  <code dir="ltr">{token.prefix}…</code>
                </td>
                <td>
                  <time dateTime={token.createdAt}>{formatDateTime(token.createdAt)}</time>
                </td>
                <td className={token.revokedAt ? 'token-status-revoked' : undefined}>
                  {token.revokedAt ? t('tokens.revokedAt', { at: formatDateTime(token.revokedAt) }) : t('tokens.active')}
                </td>
                <td>
                  {!token.revokedAt && (
                    <button type="button" className="button secondary" disabled={action.busy} onClick={() => void revoke(token)}>
                      {t('tokens.revokeOne', { name: token.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {confirmDialog}
    </>
  );
}
