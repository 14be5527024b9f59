/*
 * axe-core over every public page as the admin (who sees every action a page offers), in English and
 * in Arabic (right to left) on a desktop and in Arabic on a 390 px phone, where no page may be wider
 * than the screen. The loop and the setup are in accessibility-harness.ts.
 */
import { accessibilitySuite, DESKTOP_AR, DESKTOP_EN, PHONE_AR, PUBLIC_PAGES } from './accessibility-harness.ts';

accessibilitySuite(
  'axe-core finds no serious violation on the public pages, as the admin',
  [DESKTOP_EN, DESKTOP_AR, PHONE_AR].map((view) => ({ who: 'admin' as const, view, patterns: PUBLIC_PAGES })),
  3 * 29,
);
