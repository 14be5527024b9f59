/*
 * axe-core over every page of the secretariat's console (CONSOLE_PAGES) as the admin in Arabic
 * (right to left), on a desktop and on a 390 px phone, where no page may be wider than the screen.
 * English and the staff's pages are in accessibility-console.e2e.test.ts.
 */
import { accessibilitySuite, consolePagesOf, DESKTOP_AR, PHONE_AR } from './accessibility-harness.ts';

accessibilitySuite(
  'axe-core finds no serious violation on the console in Arabic, as the admin',
  [DESKTOP_AR, PHONE_AR].map((view) => ({ who: 'admin' as const, view, patterns: consolePagesOf('admin') })),
  2 * 22,
);
