import { Link } from 'react-router-dom';
import { ModuleIntro } from '../components/module-intro.tsx';

/** Landing page of the assembly module. */
export function AssemblyPage() {
  return (
    <ModuleIntro title="Assembly" lead="The constituent assembly where states and organizations write the treaty together.">
      <nav aria-label="Assembly" className="card-grid">
        <Link className="card" to="/assembly/participants">
          Participants, weights and the map
        </Link>
        <Link className="card" to="/assembly/treaties">
          Treaties and amendments
        </Link>
        <Link className="card" to="/assembly/motions">
          Motions, ballots and results
        </Link>
        <Link className="card" to="/assembly/power">
          Voting power
        </Link>
      </nav>
      <ul className="feature-list">
        <li>
          <strong>Participants and delegates</strong> — the 195 states and the organizations, each speaking through its delegates.
        </li>
        <li>
          <strong>Rules</strong> — how much weight each participant carries (equal, population, GDP, or a mix), the quorum, and the majority
          each kind of motion needs. No participant holds a veto.
        </li>
        <li>
          <strong>Drafts and amendments</strong> — a treaty is a list of articles; delegations propose amendments, which are seconded,
          debated and voted into new consolidated versions.
        </li>
        <li>
          <strong>Votes</strong> — yes, no or abstain, once per participant, with a tally anyone can recompute from the public log.
        </li>
        <li>
          <strong>Voting power</strong> — exact Banzhaf and Shapley–Shubik indices show who really decides.
        </li>
        <li>
          <strong>Signature and ratification</strong> — an adopted treaty enters into force once enough states, and enough of the world’s
          population, have ratified it.
        </li>
      </ul>
    </ModuleIntro>
  );
}
