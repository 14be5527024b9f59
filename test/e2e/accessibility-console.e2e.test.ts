/*
 * axe-core over every page of the secretariat's console (CONSOLE_PAGES: each section and its nested
 * pages, those with an id on records made in the setup) as the admin, and over the console's pages
 * a staff member may open (its home and outreach), in English and in Arabic (right to left) on a
 * desktop and in Arabic on a 390 px phone, where no page may be wider than the screen.
 */
import { accessibilitySuite, consolePagesOf, DESKTOP_AR, DESKTOP_EN, PHONE_AR } from './accessibility-harness.ts';

const VIEWS = [DESKTOP_EN, DESKTOP_AR, PHONE_AR];

accessibilitySuite(
  'axe-core finds no serious violation on the console',
  (['admin', 'staff'] as const).flatMap((who) => VIEWS.map((view) => ({ who, view, patterns: consolePagesOf(who) }))),
  3 * (22 + 3),
);
