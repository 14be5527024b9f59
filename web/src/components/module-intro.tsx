import type { ReactNode } from 'react';
import { usePageTitle } from './page-title.ts';

/** A module's landing page: its name, one-line purpose, and what it covers. */
export function ModuleIntro({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <article className="module-intro">
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      {children}
    </article>
  );
}
