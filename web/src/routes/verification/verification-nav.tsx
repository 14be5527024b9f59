import { NavLink } from 'react-router-dom';
import { useAuth } from '../../components/auth-context.tsx';
import './verification.css';

/** The verification section's own navigation; inspectors' pages show for inspectors, admins and operators. */
export function VerificationNav() {
  const { user } = useAuth();
  const role = user?.role;
  const inspector = role === 'inspector' || role === 'admin';
  return (
    <nav aria-label="Verification" className="verification-nav">
      <ul>
        <li>
          <NavLink to="/verification" end>
            Overview
          </NavLink>
        </li>
        <li>
          <NavLink to="/verification/facilities">Facilities</NavLink>
        </li>
        <li>
          <NavLink to="/verification/runs">Runs</NavLink>
        </li>
        {inspector && (
          <li>
            <NavLink to="/verification/flags">Flags</NavLink>
          </li>
        )}
        {(inspector || role === 'operator') && (
          <li>
            <NavLink to="/verification/challenges">Challenges</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
