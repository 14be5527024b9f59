import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useAuth } from '../../components/auth-context.tsx';
import { LoginLink } from '../../components/login-link.tsx';
import { Markdown, preloadMarkdown } from '../../components/markdown.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { useErrorText } from '../../i18n/errors.ts';
import { formatDateTime, formatInteger } from '../../i18n/format.ts';
import { assemblyApi, type AmendmentDetail } from './api.ts';
import { AmendmentTitle, useBaseArticles } from './amendment-title.tsx';
import { AssemblyNav, Load } from './page-parts.tsx';

/** One amendment: the change, its seconds and comments, and the delegate's buttons. */
export function AmendmentPage() {
  const { t } = useTranslation('assembly');
  const params = useParams();
  const treatyId = Number(params.id);
  const aid = Number(params.aid);
  usePageTitle(t('amendment.pageTitle', { id: formatInteger(aid) }));
  const [current, setCurrent] = useState<AmendmentDetail | null>(null);
  const loaded = useApi(
    () => Promise.all([assemblyApi.amendment(treatyId, aid), preloadMarkdown()]).then(([amendment]) => amendment),
    `${treatyId}:${aid}`,
  );
  return (
    <article>
      <AssemblyNav />
      <p>
        <Link to={`/assembly/treaties/${treatyId}`}>{t('amendment.back')}</Link>
      </p>
      <Load state={loaded}>{(first) => <Detail a={current ?? first} onChange={setCurrent} />}</Load>
    </article>
  );
}

function Detail({ a, onChange }: { a: AmendmentDetail; onChange: (a: AmendmentDetail) => void }) {
  const { t } = useTranslation('assembly');
  const errorText = useErrorText();
  const { user } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  // Only a member's delegation may second: the delegate's own participant says whether it is one.
  const delegation = useApi(
    () => (user?.role === 'delegate' && user.participantId ? assemblyApi.participant(user.participantId) : Promise.resolve(null)),
    user?.participantId ?? null,
  );
  const memberDelegate = delegation.status === 'ok' && delegation.data?.status === 'member';
  // The server takes comments from delegates (not withdrawn), staff and admins.
  const canComment =
    user?.role === 'staff' ||
    user?.role === 'admin' ||
    (user?.role === 'delegate' && delegation.status === 'ok' && delegation.data?.status !== 'withdrawn');
  const canSecond =
    user?.role === 'delegate' &&
    memberDelegate &&
    user.participantId !== a.participantId &&
    !a.secondedBy.some((s) => s.participantId === user.participantId) &&
    (a.status === 'proposed' || a.status === 'on_floor');

  async function act(fn: () => Promise<AmendmentDetail>) {
    setBusy(true);
    setError(null);
    try {
      onChange(await fn());
      return true;
    } catch (caught) {
      setError(errorText(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function onComment(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await act(() => assemblyApi.comment(a.treatyId, a.id, comment))) setComment('');
  }

  return (
    <>
      <AmendmentHeading a={a} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ChangeSection a={a} />
      <SecondsSection a={a} canSecond={canSecond} busy={busy} onSecond={() => void act(() => assemblyApi.second(a.treatyId, a.id))} />
      <MotionsSection motions={a.motions} />
      <section className="section" aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t('amendment.comments', { n: formatInteger(a.comments.length) })}</h2>
        <CommentList comments={a.comments} />
        {user === null && (
          <p className="muted">
            {t('amendment.logInToAct')}
            <LoginLink />
          </p>
        )}
        {canComment && (
          <form className="form" onSubmit={(event) => void onComment(event)}>
            <label htmlFor="comment-body">{t('amendment.comment')}</label>
            <textarea id="comment-body" value={comment} onChange={(e) => setComment(e.target.value)} required />
            <button type="submit" className="button" disabled={busy}>
              {t('amendment.addComment')}
            </button>
          </form>
        )}
      </section>
    </>
  );
}

/** Who seconded the amendment, how many it needs, and the button of a delegate who may second it. */
function SecondsSection({ a, canSecond, busy, onSecond }: { a: AmendmentDetail; canSecond: boolean; busy: boolean; onSecond: () => void }) {
  const { t } = useTranslation('assembly');
  return (
    <section className="section" aria-labelledby="seconds-heading">
      <h2 id="seconds-heading">
        <Trans
          t={t}
          i18nKey="amendment.seconds"
          values={{ seconds: formatInteger(a.seconds), required: formatInteger(a.secondsRequired) }}
          components={{ n: <span data-testid="seconds" /> }}
        />
      </h2>
      {a.secondedBy.length > 0 && (
        <ul>
          {a.secondedBy.map((s) => (
            <li key={s.participantId}>
              {s.name} <span className="muted">{formatDateTime(s.at)}</span>
            </li>
          ))}
        </ul>
      )}
      {canSecond && (
        <button type="button" className="button" disabled={busy} onClick={onSecond}>
          {t('amendment.second')}
        </button>
      )}
    </section>
  );
}

/** The amendment's title, who proposed it against which version, and its status. */
function AmendmentHeading({ a }: { a: AmendmentDetail }) {
  const { t } = useTranslation('assembly');
  const articles = useBaseArticles(a.treatyId, [a.baseVersion]);
  return (
    <>
      <h1>
        <AmendmentTitle a={a} articles={articles.get(a.baseVersion)} />
      </h1>
      <p>
        <Trans
          t={t}
          i18nKey="amendment.proposedBy"
          values={{ participant: a.participantName, version: formatInteger(a.baseVersion), date: formatDateTime(a.createdAt) }}
          components={{ strong: <strong /> }}
        />{' '}
        ·{' '}
        <span className={`status-badge ${a.status}`} data-testid="amendment-status">
          {t(`amendmentStatus.${a.status}`)}
        </span>
        {a.appliedVersion ? ` ${t('amendment.appliedAs', { version: formatInteger(a.appliedVersion) })}` : ''}
      </p>
    </>
  );
}

/** What the amendment changes: the article now, the proposed text, and why. */
function ChangeSection({ a }: { a: AmendmentDetail }) {
  const { t } = useTranslation('assembly');
  return (
    <section className="section treaty-text" aria-labelledby="change-heading">
      <h2 id="change-heading">{t('amendment.change')}</h2>
      {a.original && (
        <article>
          <h3>
            {t('amendment.now', { heading: a.original.heading })} <span className="article-key">{a.original.key}</span>
          </h3>
          <Markdown source={a.original.body} />
        </article>
      )}
      {a.op !== 'delete' && (
        <article data-testid="proposed-text">
          <h3>{t('amendment.proposed', { heading: a.heading ?? a.original?.heading ?? '' })}</h3>
          <Markdown source={a.body ?? a.original?.body ?? ''} />
        </article>
      )}
      <h3>{t('amendment.rationale')}</h3>
      <Markdown source={a.rationale} />
    </section>
  );
}

/** The motions that put the amendment to a vote. */
function MotionsSection({ motions }: { motions: AmendmentDetail['motions'] }) {
  const { t } = useTranslation('assembly');
  if (motions.length === 0) return null;
  return (
    <section className="section" aria-labelledby="motions-heading">
      <h2 id="motions-heading">{t('amendment.motions')}</h2>
      <ul>
        {motions.map((m) => (
          <li key={m.id}>
            <Link to={`/assembly/motions/${m.id}`}>{m.title}</Link> ({t(`motionStatus.${m.status}`)})
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The comments on the amendment, oldest first. */
function CommentList({ comments }: { comments: AmendmentDetail['comments'] }) {
  const { t } = useTranslation('assembly');
  return comments.map((c) => (
    <blockquote key={c.id} className="comment">
      <Markdown source={c.body} />
      <footer className="muted">
        {c.participantName
          ? t('amendment.commentBy', { author: c.author, participant: c.participantName, date: formatDateTime(c.createdAt) })
          : t('amendment.commentBySecretariat', { author: c.author, date: formatDateTime(c.createdAt) })}
      </footer>
    </blockquote>
  ));
}
