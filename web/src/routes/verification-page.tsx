import { Link } from 'react-router-dom';
import { ModuleIntro } from '../components/module-intro.tsx';

/** Landing page of the verification module. */
export function VerificationPage() {
  return (
    <ModuleIntro title="Verification" lead="The regime that makes the treaty enforceable: accounting for the compute that trains AI.">
      <ul className="feature-list">
        <li>
          <strong>
            <Link to="/verification/facilities">Facilities</Link>
          </strong>{' '}
          — operators declare their jurisdiction, accelerators and signing keys.
        </li>
        <li>
          <strong>Signed compute reports</strong> — metered accelerator-hours and energy, and each workload with a commitment to a private
          record that stays with the facility.
        </li>
        <li>
          <strong>
            <Link to="/verification/runs">Thresholds</Link> and <Link to="/verification/flags">flags</Link>
          </strong>{' '}
          — training runs above the notification and licence thresholds, compute unaccounted for, and workloads that look like undeclared
          training.
        </li>
        <li>
          <strong>
            <Link to="/verification/challenges">Challenges</Link>
          </strong>{' '}
          — inspectors sample workloads; the facility reveals the record before a deadline and the server checks it against its commitment.
        </li>
      </ul>
    </ModuleIntro>
  );
}
