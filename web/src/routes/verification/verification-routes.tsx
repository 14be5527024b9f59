import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../not-found-page.tsx';
import { ChallengePage } from './challenge-page.tsx';
import { ChallengesPage } from './challenges-page.tsx';
import { FacilitiesPage } from './facilities-page.tsx';
import { FacilityPage } from './facility-page.tsx';
import { FlagsPage } from './flags-page.tsx';
import { RunsPage } from './runs-page.tsx';
import { DeclareRunPage } from './operator/declare-run-page.tsx';
import { RegisterFacilityPage } from './operator/register-facility-page.tsx';

/** The pages under /verification/ (loaded with their chart library only when visited). */
export function VerificationRoutes() {
  return (
    <Routes>
      <Route path="facilities" element={<FacilitiesPage />} />
      <Route path="facilities/new" element={<RegisterFacilityPage />} />
      <Route path="facilities/:id" element={<FacilityPage />} />
      <Route path="runs" element={<RunsPage />} />
      <Route path="runs/new" element={<DeclareRunPage />} />
      <Route path="flags" element={<FlagsPage />} />
      <Route path="challenges" element={<ChallengesPage />} />
      <Route path="challenges/:id" element={<ChallengePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
