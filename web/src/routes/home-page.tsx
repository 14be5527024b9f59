import { Link } from 'react-router-dom';
import { usePageTitle } from '../components/page-title.ts';

/** The front page: what Concord is, and the way into each part. */
export function HomePage() {
  usePageTitle('');
  return (
    <article>
      <h1>Concord</h1>
      <p className="lead">
        Open infrastructure for a global AI treaty: the coalition that campaigns for it, the constituent assembly that writes it, and the
        verification regime that makes it enforceable.
      </p>
      <ul className="card-grid">
        <li className="card">
          <h2>
            <Link to="/coalition">Coalition</Link>
          </h2>
          <p>Members, contributions, pledge campaigns, events, outreach and the roadmap.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/assembly">Assembly</Link>
          </h2>
          <p>Delegations, treaty drafts, amendments, votes, voting power and ratification.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/verification">Verification</Link>
          </h2>
          <p>Compute facilities, signed compute reports, thresholds, flags and challenges.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/log">Log</Link>
          </h2>
          <p>Every decision is appended to a public, verifiable transparency log.</p>
        </li>
        <li className="card">
          <h2>
            <Link to="/states">States</Link>
          </h2>
          <p>The 195 states, their population and economy, on a world map.</p>
        </li>
      </ul>
    </article>
  );
}
