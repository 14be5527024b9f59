import { ModuleIntro } from '../components/module-intro.tsx';

/** Landing page of the coalition module. */
export function CoalitionPage() {
  return (
    <ModuleIntro title="Coalition" lead="The campaign for a global AI treaty: who is in it, what they give, and what it does next.">
      <ul className="feature-list">
        <li>
          <strong>Organizations and people</strong> — partners, members and observers; the executive director, team, advisors and
          volunteers.
        </li>
        <li>
          <strong>Contributions</strong> — hours and money given, with a public “funding so far” page that respects anyone who prefers to
          stay undisclosed.
        </li>
        <li>
          <strong>Pledge campaigns</strong> — all or nothing: if the minimum goal is met by the deadline every pledge is collected,
          otherwise every pledge is released.
        </li>
        <li>
          <strong>Events</strong> — summits, working groups and meetings, in person or online, with agendas, registration and waiting lists.
        </li>
        <li>
          <strong>Outreach</strong> — heads of state, advisors, agencies, AI labs and NGOs, followed from identified to committed.
        </li>
        <li>
          <strong>Roadmap</strong> — the milestones on the way to a treaty.
        </li>
      </ul>
    </ModuleIntro>
  );
}
