/**
 * The secretariat's console under /admin: one lazily loaded chunk (app.tsx), and each section a
 * chunk of its own, so neither the public pages nor one section carry the others' code.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Loading } from '../../components/load-state.tsx';
import { NotFoundPage } from '../not-found-page.tsx';
import { AdminHome, AdminLayout, SectionGate, SignedIn } from './admin-layout.tsx';
import type { AdminSection } from './sections.ts';

const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const SECTIONS: Record<AdminSection['path'], ComponentType> = {
  accounts: named(() => import('./accounts/accounts-admin.tsx'), 'AccountsAdmin'),
  participants: named(() => import('./assembly/participants-admin.tsx'), 'ParticipantsAdmin'),
  rules: named(() => import('./assembly/rules-admin.tsx'), 'RulesAdmin'),
  treaties: named(() => import('./treaties/treaties-admin.tsx'), 'TreatiesAdmin'),
  motions: named(() => import('./treaties/motions-admin.tsx'), 'MotionsAdmin'),
  witnesses: named(() => import('./witnesses/witnesses-admin.tsx'), 'WitnessesAdmin'),
  members: named(() => import('./coalition/members-admin.tsx'), 'MembersAdmin'),
  contributions: named(() => import('./coalition/contributions-admin.tsx'), 'ContributionsAdmin'),
  campaigns: named(() => import('./coalition/campaigns-admin.tsx'), 'CampaignsAdmin'),
  events: named(() => import('./events/events-admin.tsx'), 'EventsAdmin'),
  roadmap: named(() => import('./events/roadmap-admin.tsx'), 'RoadmapAdmin'),
  outreach: named(() => import('./outreach/outreach-admin.tsx'), 'OutreachAdmin'),
  verification: named(() => import('./verification/verification-admin.tsx'), 'VerificationAdmin'),
};

export function AdminRoutes() {
  return (
    <SignedIn>
      <Routes>
        <Route element={<AdminLayout />}>
          <Route index element={<AdminHome />} />
          {Object.entries(SECTIONS).map(([path, Section]) => (
            <Route
              key={path}
              path={`${path}/*`}
              element={
                <SectionGate section={path as AdminSection['path']}>
                  <Suspense fallback={<Loading />}>
                    <Section />
                  </Suspense>
                </SectionGate>
              }
            />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SignedIn>
  );
}
