import { ModuleIntro } from '../components/module-intro.tsx';

/** Landing page of the verification module. */
export function VerificationPage() {
  return (
    <ModuleIntro title="Verification" lead="The regime that makes the treaty enforceable: accounting for the compute that trains AI.">
      <ul className="feature-list">
        <li>
          <strong>Facilities</strong> — operators declare their jurisdiction, accelerators and signing keys.
        </li>
        <li>
          <strong>Signed compute reports</strong> — metered accelerator-hours and energy, and each workload with a
          commitment to a private record that stays with the facility.
        </li>
        <li>
          <strong>Thresholds and flags</strong> — training runs above the notification and licence thresholds, compute
          unaccounted for, and workloads that look like undeclared training.
        </li>
        <li>
          <strong>Challenges</strong> — inspectors sample workloads; the facility reveals the record before a deadline and
          the server checks it against its commitment.
        </li>
      </ul>
    </ModuleIntro>
  );
}
