/**
 * Where a log entry's subject or actor (`treaty:1`, `facility:fac-a`, `user:8`) can be read in the
 * web app: the public page about that thing, or null when there is none (an account, a setting),
 * in which case the Log page shows the reference as plain text.
 */

/** The things with a page of their own: `kind:id` → path. */
const PAGES: Record<string, (id: string) => string> = {
  treaty: (id) => `/assembly/treaties/${id}`,
  motion: (id) => `/assembly/motions/${id}`,
  campaign: (id) => `/coalition/campaigns/${id}`,
  facility: (id) => `/verification/facilities/${id}`,
  challenge: (id) => `/verification/challenges/${id}`,
};

/** The things shown in a list page, without a page of their own. */
const LISTS: Record<string, string> = {
  participant: '/assembly/participants',
  organization: '/coalition/partners',
  contribution: '/coalition/funding',
  event: '/coalition/events',
  milestone: '/coalition/roadmap',
  run: '/verification/runs',
};

const numeric = /^\d+$/;

/**
 * The path of the page about `ref`, or null. An amendment's page sits under its treaty, so it needs
 * the entry's body to name the treaty (`treatyId`), as the assembly's amendment entries do.
 */
export function logRefHref(ref: string | null, body?: unknown): string | null {
  if (ref === null) return null;
  const colon = ref.indexOf(':');
  if (colon <= 0 || colon === ref.length - 1) return null;
  const kind = ref.slice(0, colon);
  const id = ref.slice(colon + 1);
  const page = Object.hasOwn(PAGES, kind) ? PAGES[kind] : undefined;
  if (page) return page(encodeURIComponent(id));
  if (kind === 'amendment') {
    const treatyId = (body as { treatyId?: unknown } | null | undefined)?.treatyId;
    const treaty = typeof treatyId === 'number' || typeof treatyId === 'string' ? String(treatyId) : '';
    return numeric.test(treaty) && numeric.test(id) ? `/assembly/treaties/${treaty}/amendments/${id}` : null;
  }
  return Object.hasOwn(LISTS, kind) ? (LISTS[kind] ?? null) : null;
}
