/*
 * axe-core over every public page, in English on a desktop, as a delegate (of a member state), an
 * operator (of the simulated facilities) and an inspector: the pages offer each of them actions of
 * their own. The loop and the setup are in accessibility-harness.ts.
 */
import { accessibilitySuite, DESKTOP_EN, PUBLIC_PAGES } from './accessibility-harness.ts';

accessibilitySuite(
  'axe-core finds no serious violation on the public pages, as a delegate, an operator and an inspector',
  (['delegate', 'operator', 'inspector'] as const).map((who) => ({ who, view: DESKTOP_EN, patterns: PUBLIC_PAGES })),
  3 * 29,
);
