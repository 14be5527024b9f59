import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginLink } from '../../components/login-link.tsx';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../components/auth-context.tsx';
import { useErrorText } from '../../i18n/errors.ts';
import { formatInteger } from '../../i18n/format.ts';
import { assemblyApi, type AmendmentOp, type NewAmendment, type Treaty } from './api.ts';

const OPS: readonly AmendmentOp[] = ['edit', 'replace', 'insert', 'delete'];

/** A member's delegate proposes an amendment against the current version. */
export function ProposeForm({ treaty, onProposed }: { treaty: Treaty; onProposed: () => void }) {
  const { t } = useTranslation('assembly');
  const { user } = useAuth();
  if (user?.role !== 'delegate') {
    return (
      <p className="muted">
        {user ? t('propose.delegatesOnly') : t('propose.logIn')}
        {!user && <LoginLink />}
      </p>
    );
  }
  return <DelegateProposeForm treaty={treaty} onProposed={onProposed} />;
}

/** The amendment as the form states it: `article` is the article changed, or the one to insert after ('' for the start). */
function newAmendment(
  treaty: Treaty,
  form: { op: AmendmentOp; article: string; heading: string; body: string; rationale: string },
): NewAmendment {
  const { op, article, heading, body, rationale } = form;
  const insert = op === 'insert';
  return {
    baseVersion: treaty.currentVersion,
    op,
    articleKey: insert ? null : article,
    afterKey: insert ? (article === '' ? null : article) : null,
    heading: op === 'delete' ? null : heading.trim() === '' ? (op === 'edit' ? null : '') : heading.trim(),
    body: op === 'delete' ? null : body,
    rationale,
  };
}

function DelegateProposeForm({ treaty, onProposed }: { treaty: Treaty; onProposed: () => void }) {
  const { t } = useTranslation('assembly');
  const errorText = useErrorText();
  const navigate = useNavigate();
  // Amendments are written against the source text: the text the assembly amends and votes on.
  const articles = treaty.text.articles;
  const [op, setOp] = useState<AmendmentOp>('edit');
  const [article, setArticle] = useState(articles[0]?.key ?? '');
  const [heading, setHeading] = useState('');
  const [body, setBody] = useState(articles[0]?.body ?? '');
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (key: string) => {
    setArticle(key);
    const a = articles.find((x) => x.key === key);
    if (op === 'edit' && a) setBody(a.body);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await assemblyApi.propose(treaty.id, newAmendment(treaty, { op, article, heading, body, rationale }));
      onProposed();
      void navigate(`/assembly/treaties/${treaty.id}/amendments/${created.id}`);
    } catch (caught) {
      setError(errorText(caught));
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="propose-heading">
      <h2 id="propose-heading">{t('propose.heading')}</h2>
      <form className="form" onSubmit={(event) => void onSubmit(event)}>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <label htmlFor="amend-op">{t('propose.change')}</label>
        <select id="amend-op" value={op} onChange={(e) => setOp(e.target.value as AmendmentOp)}>
          {OPS.map((o) => (
            <option key={o} value={o}>
              {t(`propose.ops.${o}`)}
            </option>
          ))}
        </select>
        <label htmlFor="amend-article">{op === 'insert' ? t('propose.insertAfter') : t('propose.article')}</label>
        <select id="amend-article" value={article} onChange={(e) => choose(e.target.value)}>
          {op === 'insert' && <option value="">{t('propose.atStart')}</option>}
          {articles.map((a) => (
            <option key={a.key} value={a.key}>
              {t('text.articleHeading', { num: formatInteger(a.num), heading: a.heading })}
            </option>
          ))}
        </select>
        {op !== 'delete' && (
          <>
            <label htmlFor="amend-heading">{op === 'edit' ? t('propose.newHeading') : t('propose.headingField')}</label>
            <input id="amend-heading" value={heading} onChange={(e) => setHeading(e.target.value)} />
            <label htmlFor="amend-body">{t('propose.newText')}</label>
            <textarea id="amend-body" value={body} onChange={(e) => setBody(e.target.value)} required />
          </>
        )}
        <label htmlFor="amend-rationale">{t('propose.rationale')}</label>
        <textarea id="amend-rationale" value={rationale} onChange={(e) => setRationale(e.target.value)} required />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('propose.proposing') : t('propose.submit')}
        </button>
      </form>
    </section>
  );
}
