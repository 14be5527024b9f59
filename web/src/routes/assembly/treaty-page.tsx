import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useAuth } from '../../components/auth-context.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import {
  assemblyApi,
  type Amendment,
  type AmendmentOp,
  type Article,
  type ArticleDiff,
  type NewAmendment,
  type Segment,
  type Treaty,
  type TreatyStatus,
} from './api.ts';
import { AssemblyNav, Load } from './page-parts.tsx';
import { AMENDMENT_STATUS_LABEL, paragraphs, percent } from './standing.ts';

/** The treaty reader: any version, a diff between two, the amendments, and a delegate's proposal form. */
export function TreatyPage() {
  const id = Number(useParams().id);
  const [reload, setReload] = useState(0);
  const data = useApi(
    () => Promise.all([assemblyApi.treaty(id), assemblyApi.amendments(id), assemblyApi.treatyStatus(id)]),
    `${id}:${reload}`,
  );
  usePageTitle(data.status === 'ok' ? data.data[0].title : 'Treaty');
  return (
    <article>
      <AssemblyNav />
      <Load state={data} what="treaty">
        {([treaty, { amendments }, status]) => (
          <>
            <h1>{treaty.title}</h1>
            <p>
              <span className={`status-badge ${treaty.status}`}>{status.stage.replace(/_/g, ' ')}</span> current version{' '}
              <strong data-testid="current-version">{treaty.currentVersion}</strong> ·{' '}
              <a href={`/api/treaties/${id}/export.md`}>Markdown</a> · <a href={`/api/treaties/${id}/export.akn.xml`}>Akoma Ntoso XML</a>
            </p>
            {treaty.status === 'adopted' && <RatificationStatus status={status} />}
            <Reader treaty={treaty} />
            <Amendments treatyId={id} amendments={amendments} />
            {treaty.status === 'draft' && <ProposeForm treaty={treaty} onProposed={() => setReload((n) => n + 1)} />}
          </>
        )}
      </Load>
    </article>
  );
}

function ArticleText({ num, heading, body, articleKey }: { num: number; heading: string; body: string; articleKey: string }) {
  return (
    <article data-article={articleKey}>
      <h3>
        Article {num}
        {heading ? ` — ${heading}` : ''} <span className="article-key">{articleKey}</span>
      </h3>
      {paragraphs(body).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </article>
  );
}

/** The text of a chosen version, or the word diff between two. */
function Reader({ treaty }: { treaty: Treaty }) {
  const versions = Array.from({ length: treaty.currentVersion }, (_, i) => i + 1);
  const [version, setVersion] = useState(treaty.currentVersion);
  const [compare, setCompare] = useState<number | null>(null);
  const text = useApi(
    () => (version === treaty.currentVersion ? Promise.resolve(treaty.text) : assemblyApi.version(treaty.id, version)),
    `${treaty.id}:${version}:${treaty.currentVersion}`,
  );
  const diff = useApi(
    () => (compare === null ? Promise.resolve(null) : assemblyApi.diff(treaty.id, compare, version)),
    `${treaty.id}:${compare}:${version}`,
  );
  return (
    <section className="section" aria-labelledby="text-heading">
      <h2 id="text-heading">Text</h2>
      <div className="toolbar">
        <label>
          Version
          <select value={version} onChange={(e) => setVersion(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v} value={v}>
                {v}
                {v === treaty.currentVersion ? ' (current)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Compare with
          <select value={compare ?? ''} onChange={(e) => setCompare(e.target.value === '' ? null : Number(e.target.value))}>
            <option value="">— no comparison —</option>
            {versions.map((v) => (
              <option key={v} value={v}>
                version {v}
              </option>
            ))}
          </select>
        </label>
      </div>
      {compare === null ? (
        <Load state={text} what="text">
          {(v) => (
            <div className="treaty-text" data-version={v.version}>
              <p className="muted">
                Version {v.version} of {v.date}
                {v.amendmentId ? `, made by amendment ${v.amendmentId}` : ''}.
              </p>
              {v.articles.map((a: Article) => (
                <ArticleText key={a.key} num={a.num} heading={a.heading} body={a.body} articleKey={a.key} />
              ))}
            </div>
          )}
        </Load>
      ) : (
        <Load state={diff} what="comparison">
          {(d) => d && <DiffView from={d.from} to={d.to} articles={d.articles} />}
        </Load>
      )}
    </section>
  );
}

function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.op === 'equal' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'insert' ? (
          <ins key={i} className="diff">
            {s.text}
          </ins>
        ) : (
          <del key={i} className="diff">
            {s.text}
          </del>
        ),
      )}
    </>
  );
}

function DiffView({ from, to, articles }: { from: number; to: number; articles: ArticleDiff[] }) {
  const changed = articles.filter((a) => a.status !== 'unchanged').length;
  return (
    <div className="treaty-text diff-view">
      <p className="muted">
        From version {from} to version {to}: {changed} article{changed === 1 ? '' : 's'} changed. Insertions are underlined on green,
        deletions struck through on red.
      </p>
      {articles.map((a) => (
        <article key={a.key} data-article={a.key} data-status={a.status}>
          <h3>
            {a.status === 'changed' && a.heading ? <Segments segments={a.heading} /> : (a.after ?? a.before)?.heading}{' '}
            <span className="article-key">
              {a.key} · {a.status}
            </span>
          </h3>
          {a.status === 'changed' && a.body ? (
            <p>
              <Segments segments={a.body} />
            </p>
          ) : a.status === 'added' ? (
            <p>
              <ins className="diff">{a.after?.body}</ins>
            </p>
          ) : a.status === 'removed' ? (
            <p>
              <del className="diff">{a.before?.body}</del>
            </p>
          ) : (
            <p className="muted">{a.after?.body}</p>
          )}
        </article>
      ))}
    </div>
  );
}

function Amendments({ treatyId, amendments }: { treatyId: number; amendments: Amendment[] }) {
  return (
    <section className="section" aria-labelledby="amendments-heading">
      <h2 id="amendments-heading">Amendments ({amendments.length})</h2>
      {amendments.length === 0 ? (
        <p className="muted">No amendment proposed yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="amendments-table">
            <thead>
              <tr>
                <th scope="col">Amendment</th>
                <th scope="col">Proposed by</th>
                <th scope="col">Base</th>
                <th scope="col">Seconds</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {amendments.map((a) => (
                <tr key={a.id} data-amendment={a.id}>
                  <th scope="row">
                    <Link to={`/assembly/treaties/${treatyId}/amendments/${a.id}`}>
                      #{a.id}: {a.op} {a.articleKey ?? (a.afterKey ? `after ${a.afterKey}` : 'at the start')}
                    </Link>
                  </th>
                  <td>{a.participantName}</td>
                  <td>v{a.baseVersion}</td>
                  <td>
                    {a.seconds} of {a.secondsRequired}
                  </td>
                  <td>
                    <span className={`status-badge ${a.status}`}>{AMENDMENT_STATUS_LABEL[a.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const OPS: { op: AmendmentOp; label: string }[] = [
  { op: 'edit', label: 'Edit an article’s text' },
  { op: 'replace', label: 'Replace an article' },
  { op: 'insert', label: 'Insert a new article' },
  { op: 'delete', label: 'Delete an article' },
];

/** A member's delegate proposes an amendment against the current version. */
function ProposeForm({ treaty, onProposed }: { treaty: Treaty; onProposed: () => void }) {
  const { user } = useAuth();
  if (user?.role !== 'delegate') {
    return (
      <p className="muted">
        {user ? 'Only delegates of member participants propose amendments.' : 'Delegates log in to propose amendments.'}
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
  const navigate = useNavigate();
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
      setError(caught instanceof ApiError ? caught.message : 'The amendment could not be proposed.');
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="propose-heading">
      <h2 id="propose-heading">Propose an amendment</h2>
      <form className="form" onSubmit={(event) => void onSubmit(event)}>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <label htmlFor="amend-op">Change</label>
        <select id="amend-op" value={op} onChange={(e) => setOp(e.target.value as AmendmentOp)}>
          {OPS.map((o) => (
            <option key={o.op} value={o.op}>
              {o.label}
            </option>
          ))}
        </select>
        <label htmlFor="amend-article">{op === 'insert' ? 'Insert after' : 'Article'}</label>
        <select id="amend-article" value={article} onChange={(e) => choose(e.target.value)}>
          {op === 'insert' && <option value="">— at the start —</option>}
          {articles.map((a) => (
            <option key={a.key} value={a.key}>
              Article {a.num} — {a.heading}
            </option>
          ))}
        </select>
        {op !== 'delete' && (
          <>
            <label htmlFor="amend-heading">{op === 'edit' ? 'New heading (leave empty to keep it)' : 'Heading'}</label>
            <input id="amend-heading" value={heading} onChange={(e) => setHeading(e.target.value)} />
            <label htmlFor="amend-body">New text</label>
            <textarea id="amend-body" value={body} onChange={(e) => setBody(e.target.value)} required />
          </>
        )}
        <label htmlFor="amend-rationale">Rationale</label>
        <textarea id="amend-rationale" value={rationale} onChange={(e) => setRationale(e.target.value)} required />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Proposing…' : 'Propose amendment'}
        </button>
      </form>
    </section>
  );
}

function RatificationStatus({ status }: { status: TreatyStatus }) {
  const c = status.conditions;
  const shares = [
    c.populationShare !== null && `${percent(c.populationShare, 0)} of world population`,
    c.gdpShare !== null && `${percent(c.gdpShare, 0)} of world GDP`,
  ].filter(Boolean);
  return (
    <section className="section" aria-labelledby="ratification-heading">
      <h2 id="ratification-heading">Signature and ratification</h2>
      <p>
        Adopted on {status.adoptedOn} (version {status.adoptedVersion}). {status.signatures} signatures, {status.ratifications}{' '}
        ratifications
        {status.withdrawals > 0 ? `, ${status.withdrawals} withdrawals` : ''}; the ratifying states hold {percent(status.populationShare)}{' '}
        of world population and {percent(status.gdpShare)} of world GDP.
      </p>
      <p>
        Enters into force {c.delayDays} days after at least {c.ratifications} ratifications
        {shares.length ? ` by states holding ${shares.join(c.combine === 'and' ? ' and ' : ' or ')}` : ''}:{' '}
        <strong>
          {status.inForce
            ? `in force since ${status.entryIntoForce}`
            : status.entryIntoForce
              ? `conditions met on ${status.metOn}; enters into force on ${status.entryIntoForce}`
              : 'conditions not yet met'}
        </strong>
        .
      </p>
    </section>
  );
}
