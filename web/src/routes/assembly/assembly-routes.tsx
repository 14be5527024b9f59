import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../not-found-page.tsx';
import { AmendmentPage } from './amendment-page.tsx';
import { MotionPage } from './motion-page.tsx';
import { MotionsPage } from './motions-page.tsx';
import { ParticipantsPage } from './participants-page.tsx';
import { PowerPage } from './power-page.tsx';
import { TreatiesPage } from './treaties-page.tsx';
import { TreatyPage } from './treaty-page.tsx';

/** The assembly's pages under /assembly/… (the landing page itself is /assembly). */
export function AssemblyRoutes() {
  return (
    <Routes>
      <Route path="participants" element={<ParticipantsPage />} />
      <Route path="treaties" element={<TreatiesPage />} />
      <Route path="treaties/:id" element={<TreatyPage />} />
      <Route path="treaties/:id/amendments/:aid" element={<AmendmentPage />} />
      <Route path="motions" element={<MotionsPage />} />
      <Route path="motions/:id" element={<MotionPage />} />
      <Route path="power" element={<PowerPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
