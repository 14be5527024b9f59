/*
 * axe-core over every public page, in English on a desktop, as a staff member and as a translator;
 * and over the API tokens page (ACCOUNT_PAGES) of every signed-in role in English on a desktop, and
 * of the admin and a staff member in Arabic (right to left) on a desktop and on a 390 px phone, where
 * no page may be wider than the screen. The loop and the setup are in accessibility-harness.ts.
 */
import { accessibilitySuite, ACCOUNT_PAGES, DESKTOP_AR, DESKTOP_EN, PHONE_AR, PUBLIC_PAGES, ROLES } from './accessibility-harness.ts';

accessibilitySuite(
  'axe-core finds no serious violation on the public pages as staff and translator, nor on the account pages',
  [
    ...(['staff', 'translator'] as const).map((who) => ({ who, view: DESKTOP_EN, patterns: PUBLIC_PAGES })),
    ...ROLES.map((who) => ({ who, view: DESKTOP_EN, patterns: ACCOUNT_PAGES })),
    ...(['admin', 'staff'] as const).flatMap((who) => [DESKTOP_AR, PHONE_AR].map((view) => ({ who, view, patterns: ACCOUNT_PAGES }))),
  ],
  2 * 29 + 6 + 4,
);
