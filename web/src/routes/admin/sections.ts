import type { Role } from '../../api/client.ts';

/**
 * The console's sections, in the order of its menu, with the roles the server lets act in each
 * (admin may do everything; staff keep the outreach pipeline). The menu shows a section only to
 * those roles; the server checks again on every request.
 */
export const ADMIN_SECTIONS = [
  { path: 'accounts', group: 'accounts', roles: ['admin'] },
  { path: 'participants', group: 'assembly', roles: ['admin'] },
  { path: 'rules', group: 'assembly', roles: ['admin'] },
  { path: 'treaties', group: 'assembly', roles: ['admin'] },
  { path: 'motions', group: 'assembly', roles: ['admin'] },
  { path: 'witnesses', group: 'assembly', roles: ['admin'] },
  { path: 'members', group: 'coalition', roles: ['admin'] },
  { path: 'contributions', group: 'coalition', roles: ['admin'] },
  { path: 'campaigns', group: 'coalition', roles: ['admin'] },
  { path: 'events', group: 'coalition', roles: ['admin'] },
  { path: 'roadmap', group: 'coalition', roles: ['admin'] },
  { path: 'outreach', group: 'coalition', roles: ['admin', 'staff'] },
  { path: 'verification', group: 'verification', roles: ['admin'] },
] as const satisfies readonly { path: string; group: string; roles: readonly Role[] }[];

export type AdminSection = (typeof ADMIN_SECTIONS)[number];
export const ADMIN_GROUPS = ['accounts', 'assembly', 'coalition', 'verification'] as const;

/** The sections a role may open; none for a role outside the console. */
export const sectionsFor = (role: Role | undefined): AdminSection[] =>
  role ? ADMIN_SECTIONS.filter((s) => (s.roles as readonly Role[]).includes(role)) : [];
