import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useAuth } from '../../components/auth-context.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { assemblyApi, type AmendmentDetail } from './api.ts';
import { AssemblyNav, dateTime, Load } from './page-parts.tsx';
import { AMENDMENT_STATUS_LABEL, paragraphs } from './standing.ts';

const OP_LABEL = { edit: 'Edit of', replace: 'Replacement of', delete: 'Deletion of', insert: 'New article' };

/** One amendment: the change, its seconds and comments, and the delegate's buttons. */
export function AmendmentPage() {
  const params = useParams();
  const treatyId = Number(params.id);
  const aid = Number(params.aid);
  usePageTitle(`Amendment ${aid}`);
  const [current, setCurrent] = useState<AmendmentDetail | null>(null);
  const loaded = useApi(() => assemblyApi.amendment(treatyId, aid), `${treatyId}:${aid}`);
  return (
    <article>
      <AssemblyNav />
      <p>
        <Link to={`/assembly/treaties/${treatyId}`}>← The treaty</Link>
      </p>
      <Load state={loaded} what="amendment">
        {(first) => <Detail a={current ?? first} onChange={setCurrent} />}
      </Load>
    </article>
  );
}

function Detail({ a, onChange }: { a: AmendmentDetail; onChange: (a: AmendmentDetail) => void }) {
  const { user } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const canSecond =
    user?.role === 'delegate' &&
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
      setError(caught instanceof ApiError ? caught.message : 'That did not work; try again.');
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
      <section className="section" aria-labelledby="seconds-heading">
        <h2 id="seconds-heading">
          Seconds: <span data-testid="seconds">{a.seconds}</span> of {a.secondsRequired} needed
        </h2>
        {a.secondedBy.length > 0 && (
          <ul>
            {a.secondedBy.map((s) => (
              <li key={s.participantId}>
                {s.name} <span className="muted">{dateTime(s.at)}</span>
              </li>
            ))}
          </ul>
        )}
        {canSecond && (
          <button type="button" className="button" disabled={busy} onClick={() => void act(() => assemblyApi.second(a.treatyId, a.id))}>
            Second this amendment
          </button>
        )}
      </section>
      <MotionsSection motions={a.motions} />
      <section className="section" aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments ({a.comments.length})</h2>
        <CommentList comments={a.comments} />
        {user && (
          <form className="form" onSubmit={(event) => void onComment(event)}>
            <label htmlFor="comment-body">Comment</label>
            <textarea id="comment-body" value={comment} onChange={(e) => setComment(e.target.value)} required />
            <button type="submit" className="button" disabled={busy}>
              Add comment
            </button>
          </form>
        )}
      </section>
    </>
  );
}

/** The amendment's title, who proposed it against which version, and its status. */
function AmendmentHeading({ a }: { a: AmendmentDetail }) {
  const target = a.op === 'insert' ? (a.afterKey ? `after ${a.afterKey}` : 'at the start') : a.articleKey;
  return (
    <>
      <h1>
        Amendment {a.id}: {OP_LABEL[a.op]} {target}
      </h1>
      <p>
        Proposed by <strong>{a.participantName}</strong> against version {a.baseVersion} on {dateTime(a.createdAt)} ·{' '}
        <span className={`status-badge ${a.status}`} data-testid="amendment-status">
          {AMENDMENT_STATUS_LABEL[a.status]}
        </span>
        {a.appliedVersion ? ` as version ${a.appliedVersion}` : ''}
      </p>
    </>
  );
}

/** What the amendment changes: the article now, the proposed text, and why. */
function ChangeSection({ a }: { a: AmendmentDetail }) {
  return (
    <section className="section treaty-text" aria-labelledby="change-heading">
      <h2 id="change-heading">The change</h2>
      {a.original && (
        <article>
          <h3>
            Now: {a.original.heading} <span className="article-key">{a.original.key}</span>
          </h3>
          {paragraphs(a.original.body).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </article>
      )}
      {a.op !== 'delete' && (
        <article data-testid="proposed-text">
          <h3>Proposed: {a.heading ?? a.original?.heading}</h3>
          {paragraphs(a.body ?? a.original?.body ?? '').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </article>
      )}
      <h3>Rationale</h3>
      {paragraphs(a.rationale).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </section>
  );
}

/** The motions that put the amendment to a vote. */
function MotionsSection({ motions }: { motions: AmendmentDetail['motions'] }) {
  if (motions.length === 0) return null;
  return (
    <section className="section" aria-labelledby="motions-heading">
      <h2 id="motions-heading">Motions</h2>
      <ul>
        {motions.map((m) => (
          <li key={m.id}>
            <Link to={`/assembly/motions/${m.id}`}>{m.title}</Link> ({m.status})
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The comments on the amendment, oldest first. */
function CommentList({ comments }: { comments: AmendmentDetail['comments'] }) {
  return comments.map((c) => (
    <blockquote key={c.id} className="comment">
      {paragraphs(c.body).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <footer className="muted">
        {c.author}
        {c.participantName ? ` for ${c.participantName}` : ' (secretariat)'}, {dateTime(c.createdAt)}
      </footer>
    </blockquote>
  ));
}
