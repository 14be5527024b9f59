import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import type { Loaded } from '../../components/use-api.ts';
import './assembly.css';

const SECTIONS = [
  { to: '/assembly/participants', label: 'Participants and weights' },
  { to: '/assembly/treaties', label: 'Treaties' },
  { to: '/assembly/motions', label: 'Motions' },
  { to: '/assembly/power', label: 'Voting power' },
];

/** The assembly's section links, shown on each of its pages. */
export function AssemblyNav() {
  return (
    <nav aria-label="Assembly" className="assembly-nav">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end={false}>
              {s.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Renders `children(data)` once loaded; a busy line while loading; the server's message on failure. */
export function Load<T>({ state, what, children }: { state: Loaded<T>; what: string; children: (data: T) => ReactNode }) {
  if (state.status === 'loading') return <p aria-busy="true">Loading {what}…</p>;
  if (state.status === 'error') {
    return (
      <p className="form-error" role="alert">
        The {what} could not be loaded: {state.error.message}
      </p>
    );
  }
  return <>{children(state.data)}</>;
}

/** A local date and time, e.g. for a motion's opening. */
export const dateTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
