import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useAuth } from '../../components/auth-context.tsx';
import { usePageTitle } from '../../components/page-title.ts';
import { useApi } from '../../components/use-api.ts';
import { assemblyApi, type Choice, type Motion, type Tally } from './api.ts';
import { ChoiceBar } from './bar-chart.tsx';
import { AssemblyNav, dateTime, Load } from './page-parts.tsx';
import { percent } from './standing.ts';

/** A motion: its frozen rules; the delegate's ballot while open; the result and every ballot once closed. */
export function MotionPage() {
  const id = Number(useParams().id);
  const [reload, setReload] = useState(0);
  // The receipt of the last ballot outlives the reload that shows the new turnout.
  const [receipt, setReceipt] = useState<string | null>(null);
  const data = useApi(() => assemblyApi.motion(id), `${id}:${reload}`);
  usePageTitle(data.status === 'ok' ? data.data.title : 'Motion');
  return (
    <article>
      <AssemblyNav />
      {receipt && (
        <p className="form-ok" role="status">
          {receipt}
        </p>
      )}
      <Load state={data} what="motion">
        {(m) => (
          <MotionView
            m={m}
            onVoted={(message) => {
              setReceipt(message);
              setReload((n) => n + 1);
            }}
          />
        )}
      </Load>
    </article>
  );
}

function MotionView({ m, onVoted }: { m: Motion; onVoted: (receipt: string) => void }) {
  const passed = m.result?.tally.passed;
  return (
    <>
      <h1>{m.title}</h1>
      <p>
        {m.kind} motion ·{' '}
        <span className={`status-badge ${m.status === 'closed' ? (passed ? 'passed' : 'failed') : ''}`} data-testid="motion-status">
          {m.status === 'closed' ? (passed ? 'passed' : 'failed') : m.status}
        </span>{' '}
        · opens {dateTime(m.opensAt)}, closes {dateTime(m.closesAt)}
        {m.amendmentId && m.treatyId && (
          <>
            {' '}
            · <Link to={`/assembly/treaties/${m.treatyId}/amendments/${m.amendmentId}`}>amendment {m.amendmentId}</Link>
          </>
        )}
        {m.kind === 'adoption' && m.treatyId && (
          <>
            {' '}
            · <Link to={`/assembly/treaties/${m.treatyId}`}>the treaty, version {m.treatyVersion}</Link>
          </>
        )}
      </p>
      {m.rules && (
        <p className="muted">
          Rules frozen at opening (version {m.rules.rulesVersion}): yes needs {percent(m.rules.threshold)} of the weight cast for or
          against; quorum {percent(m.rules.quorum)} of the weight
          {m.rules.doubleMajority !== null ? `; and ${percent(m.rules.doubleMajority)} of the member states voting yes` : ''};
          organizations’ chamber {m.rules.orgChamber.mode === 'advisory' ? 'advisory' : `weighted at ${percent(m.rules.orgChamber.share)}`}.
        </p>
      )}
      {m.status === 'open' && m.turnout && (
        <p data-testid="turnout">
          Turnout so far: {m.turnout.states} of {m.turnout.stateMembers} member states, {m.turnout.organizations} of{' '}
          {m.turnout.organizationMembers} member organizations. How each voted is published when the motion closes.
        </p>
      )}
      {m.status === 'open' && <BallotForm m={m} onVoted={onVoted} />}
      {m.status === 'closed' && m.result && <Result m={m} tally={m.result.tally} />}
    </>
  );
}

function BallotForm({ m, onVoted }: { m: Motion; onVoted: (receipt: string) => void }) {
  const { user } = useAuth();
  const mine = m.myBallot;
  const [choice, setChoice] = useState<Choice | null>(mine?.choice ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (user?.role !== 'delegate') return <p className="muted">Delegates of member participants vote here.</p>;
  if (!mine?.eligible) return <p className="muted">Your delegation was not a member when this motion opened, so it does not vote on it.</p>;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!choice) return;
    setBusy(true);
    setError(null);
    try {
      const receipt = await assemblyApi.vote(m.id, choice);
      onVoted(
        `Ballot ${receipt.changed ? 'changed' : 'cast'}: ${receipt.choice}. Log entry ${receipt.logIndex} holds its commitment ${receipt.commitment.slice(0, 12)}….`,
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The ballot could not be cast.');
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="ballot-heading">
      <h2 id="ballot-heading">Your delegation’s ballot</h2>
      {mine.choice && <p data-testid="my-ballot">Standing ballot: {mine.choice}. You may change it until the motion closes.</p>}
      <form className="form" onSubmit={(event) => void onSubmit(event)}>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <fieldset className="ballot-choices">
          <legend>Choice</legend>
          {(['yes', 'no', 'abstain'] as const).map((c) => (
            <label key={c}>
              <input type="radio" name="choice" value={c} checked={choice === c} onChange={() => setChoice(c)} />{' '}
              {c.charAt(0).toUpperCase() + c.slice(1)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={busy || !choice}>
          {mine.choice ? 'Change ballot' : 'Cast ballot'}
        </button>
      </form>
    </section>
  );
}

function Result({ m, tally }: { m: Motion; tally: Tally }) {
  const heads = tally.states.heads;
  const orgHeads = tally.organizations.heads;
  return (
    <>
      <section className="section" aria-labelledby="result-heading">
        <h2 id="result-heading">Result: {tally.passed ? 'passed' : 'failed'}</h2>
        <ul>
          <li>
            Yes {percent(tally.yesShare, 2)} of the weight cast for or against; needed {percent(tally.threshold.required, 2)} (
            {tally.threshold.reached ? 'reached' : 'not reached'}).
          </li>
          <li>
            Present {percent(tally.quorum.present, 2)} of the weight; quorum {percent(tally.quorum.required, 2)} (
            {tally.quorum.reached ? 'reached' : 'not reached'}).
          </li>
          {tally.doubleMajority.required !== null && (
            <li>
              {percent(tally.doubleMajority.yesShare, 1)} of member states voted yes; needed {percent(tally.doubleMajority.required, 1)} (
              {tally.doubleMajority.reached ? 'reached' : 'not reached'}).
            </li>
          )}
          {m.result?.appliedVersion != null && m.kind === 'amendment' && (
            <li>The amendment is applied: version {m.result.appliedVersion}.</li>
          )}
          {m.result?.appliedVersion != null && m.kind === 'adoption' && (
            <li>Version {m.result.appliedVersion} is adopted and open for signature.</li>
          )}
          {m.result?.notApplied && <li>{m.result.notApplied}</li>}
          {tally.reasons.map((r) => (
            <li key={r.code}>{r.message}</li>
          ))}
        </ul>
        <ChoiceBar label="By weight (counted)" parts={tally.combined} total={1} unit={(v) => percent(v, 1)} />
        <ChoiceBar label="States by head" parts={heads} total={heads.members} unit={(v) => String(v)} />
        {orgHeads.members > 0 && (
          <ChoiceBar
            label={`Organizations by head (${tally.organizations.counts > 0 ? `weighted, ${percent(tally.organizations.counts)} of the total` : 'advisory, not counted'})`}
            parts={orgHeads}
            total={orgHeads.members}
            unit={(v) => String(v)}
          />
        )}
        <p className="muted">
          Recompute it from the public log:{' '}
          <code>
            concord assembly retally --motion {m.id} --url {window.location.origin}
          </code>{' '}
          (entries at <a href={`/api/motions/${m.id}/log`}>/api/motions/{m.id}/log</a>).
        </p>
      </section>
      {m.ballots && <BallotsTable ballots={m.ballots} />}
    </>
  );
}

/** Every ballot of a closed motion with its counted weight (the first 500 on the page). */
function BallotsTable({ ballots }: { ballots: NonNullable<Motion['ballots']> }) {
  return (
    <section className="section" aria-labelledby="ballots-heading">
      <h2 id="ballots-heading">Ballots ({ballots.length})</h2>
      <div className="table-scroll">
        <table className="ballots-table">
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">Choice</th>
              <th scope="col" className="numeric">
                Counted weight
              </th>
            </tr>
          </thead>
          <tbody>
            {ballots.slice(0, 500).map((b) => (
              <tr key={b.participantId} data-participant={b.participantId}>
                <th scope="row">{b.name}</th>
                <td>{b.choice}</td>
                <td className="numeric">{percent(b.weight, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ballots.length > 500 && <p className="muted">The first 500 of {ballots.length} ballots; all are in the API and the log.</p>}
    </section>
  );
}
