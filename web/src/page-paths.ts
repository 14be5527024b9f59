/**
 * Every page of the web app, as React Router patterns. The server reads this
 * list to answer any other path with the app's not-found page *and* HTTP 404,
 * so crawlers and link checkers see a missing page as missing. When you add a
 * `<Route path=…>`, add its full path here: page-paths.test.ts fails until
 * you do.
 */
export const PAGE_PATHS = [
  '/',
  '/login',
  '/log',
  '/states',
  '/coalition',
  '/coalition/partners',
  '/coalition/funding',
  '/coalition/campaigns',
  '/coalition/campaigns/:id',
  '/coalition/events',
  '/coalition/roadmap',
  '/coalition/outreach',
  '/assembly',
  '/assembly/participants',
  '/assembly/treaties',
  '/assembly/treaties/:id',
  '/assembly/treaties/:id/amendments/:aid',
  '/assembly/motions',
  '/assembly/motions/:id',
  '/assembly/power',
  '/verification',
  '/verification/facilities',
  '/verification/facilities/new',
  '/verification/facilities/:id',
  '/verification/runs',
  '/verification/runs/new',
  '/verification/flags',
  '/verification/challenges',
  '/verification/challenges/:id',
  // The console and the account pages are signed-in areas with routers of their own (each section's
  // pages are declared in its folder); the app answers every path under them and shows its own
  // not-found page there.
  '/admin/*',
  '/account/*',
] as const;

const PATTERNS = PAGE_PATHS.map((p) =>
  p.endsWith('/*') ? new RegExp(`^${p.slice(0, -2)}(/.*)?$`) : new RegExp(`^${p.replace(/:[a-z]+/gi, '[^/]+').replace(/\/$/, '')}/?$`),
);

/** True when `pathname` is one of the app's pages (a trailing slash allowed). */
export function isPagePath(pathname: string): boolean {
  return PATTERNS.some((re) => re.test(pathname));
}
