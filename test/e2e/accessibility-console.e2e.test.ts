/*
 * axe-core over every page of the secretariat's console (CONSOLE_PAGES: each section and its nested
 * pages, those with an id on records made in the setup) as the admin in English on a desktop, and
 * over the console's pages a staff member may open (its home and outreach) in English and in Arabic
 * (right to left) on a desktop and in Arabic on a 390 px phone, where no page may be wider than the
 * screen. The admin's console in Arabic is in accessibility-console-ar.e2e.test.ts.
 */
import { accessibilitySuite, consolePagesOf, DESKTOP_AR, DESKTOP_EN, PHONE_AR } from './accessibility-harness.ts';

accessibilitySuite(
  'axe-core finds no serious violation on the console, in English as the admin and in every view as staff',
  [
    { who: 'admin' as const, view: DESKTOP_EN, patterns: consolePagesOf('admin') },
    ...[DESKTOP_EN, DESKTOP_AR, PHONE_AR].map((view) => ({ who: 'staff' as const, view, patterns: consolePagesOf('staff') })),
  ],
  22 + 3 * 3,
);
