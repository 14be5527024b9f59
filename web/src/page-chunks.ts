/**
 * The app's lazily loaded pages, and what the page a visitor opens first needs before it is drawn.
 *
 * Each module's pages are a chunk of their own, with a catalogue of their own. Fetched one after the
 * other (the app, then its catalogues, then the page's chunk, then the page's catalogue, then the
 * page's data) each costs a round trip, about 150 ms on a phone's network. main.tsx instead fetches
 * the first page's chunk and catalogue together with the app's own catalogues, and draws the page
 * whole when they are in.
 */
import { preloadable } from './components/preloadable.ts';
import type { Namespace } from './i18n/i18n.ts';

// The map and its world atlas are the heaviest part of the app: load them with their page.
export const StatesPage = preloadable(() => import('./routes/states-page.tsx').then((m) => m.StatesPage));
export const AssemblyRoutes = preloadable(() => import('./routes/assembly/assembly-routes.tsx').then((m) => m.AssemblyRoutes));
// The assembly overview's figures come with the assembly pages' code.
export const AssemblyDashboard = preloadable(() => import('./routes/assembly/dashboard.tsx').then((m) => m.AssemblyDashboard));
export const CoalitionRoutes = preloadable(() => import('./routes/coalition/coalition-routes.tsx').then((m) => m.CoalitionRoutes));
export const VerificationRoutes = preloadable(() =>
  import('./routes/verification/verification-routes.tsx').then((m) => m.VerificationRoutes),
);
// The console and the account pages: the public pages do not carry them.
export const AdminRoutes = preloadable(() => import('./routes/admin/admin-routes.tsx').then((m) => m.AdminRoutes));
export const AccountRoutes = preloadable(() => import('./routes/account/account-routes.tsx').then((m) => m.AccountRoutes));

/** What the page at a path needs beyond the app: its catalogues (besides `common` and `errors`) and its code. */
export interface FirstPage {
  namespaces: Namespace[];
  preload: () => Promise<unknown>;
}

const NOTHING = () => Promise.resolve();

/** By the path's first segment; `overview` is the module's own address (`/assembly`), `pages` any deeper one. */
const MODULES: Record<string, { namespaces: Namespace[]; overview: () => Promise<unknown>; pages: () => Promise<unknown> }> = {
  coalition: { namespaces: ['coalition'], overview: CoalitionRoutes.preload, pages: CoalitionRoutes.preload },
  assembly: { namespaces: ['assembly'], overview: AssemblyDashboard.preload, pages: AssemblyRoutes.preload },
  verification: { namespaces: ['verification'], overview: NOTHING, pages: VerificationRoutes.preload },
  states: { namespaces: [], overview: StatesPage.preload, pages: NOTHING },
  admin: { namespaces: ['admin'], overview: AdminRoutes.preload, pages: AdminRoutes.preload },
  account: { namespaces: ['account'], overview: AccountRoutes.preload, pages: AccountRoutes.preload },
};

/** What the page at `pathname` needs; nothing for the pages that come with the app (home, log, login). */
export function firstPage(pathname: string): FirstPage {
  const [segment = '', ...rest] = pathname.split('/').filter(Boolean);
  const module = Object.hasOwn(MODULES, segment) ? MODULES[segment] : undefined;
  if (!module) return { namespaces: [], preload: NOTHING };
  return { namespaces: module.namespaces, preload: rest.length > 0 ? module.pages : module.overview };
}
