import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/app-shell.tsx';
import { AuthProvider } from './components/auth-context.tsx';
import { Loading } from './components/load-state.tsx';
import { AssemblyPage } from './routes/assembly-page.tsx';
import { HomePage } from './routes/home-page.tsx';
import { LogPage } from './routes/log-page.tsx';
import { LoginPage } from './routes/login-page.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { VerificationPage } from './routes/verification-page.tsx';

// The map and its world atlas are the heaviest part of the app: load them with their page.
const StatesPage = lazy(() => import('./routes/states-page.tsx').then((m) => ({ default: m.StatesPage })));
const AssemblyRoutes = lazy(() => import('./routes/assembly/assembly-routes.tsx').then((m) => ({ default: m.AssemblyRoutes })));
const CoalitionRoutes = lazy(() => import('./routes/coalition/coalition-routes.tsx').then((m) => ({ default: m.CoalitionRoutes })));
// The console and the account pages are their own chunks: the public pages do not carry them.
const AdminRoutes = lazy(() => import('./routes/admin/admin-routes.tsx').then((m) => ({ default: m.AdminRoutes })));
const AccountRoutes = lazy(() => import('./routes/account/account-routes.tsx').then((m) => ({ default: m.AccountRoutes })));
const VerificationRoutes = lazy(() =>
  import('./routes/verification/verification-routes.tsx').then((m) => ({ default: m.VerificationRoutes })),
);

/** The whole app: auth state, router, shell and one route per page. */
export function App() {
  return (
    <AuthProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            <Route
              path="coalition/*"
              element={
                <Suspense fallback={<Loading />}>
                  <CoalitionRoutes />
                </Suspense>
              }
            />
            <Route path="assembly" element={<AssemblyPage />} />
            <Route
              path="assembly/*"
              element={
                <Suspense fallback={<Loading />}>
                  <AssemblyRoutes />
                </Suspense>
              }
            />
            <Route path="verification" element={<VerificationPage />} />
            <Route
              path="verification/*"
              element={
                <Suspense fallback={<Loading />}>
                  <VerificationRoutes />
                </Suspense>
              }
            />
            <Route path="log" element={<LogPage />} />
            <Route
              path="states"
              element={
                <Suspense fallback={<Loading />}>
                  <StatesPage />
                </Suspense>
              }
            />
            <Route
              path="admin/*"
              element={
                <Suspense fallback={<Loading />}>
                  <AdminRoutes />
                </Suspense>
              }
            />
            <Route
              path="account/*"
              element={
                <Suspense fallback={<Loading />}>
                  <AccountRoutes />
                </Suspense>
              }
            />
            <Route path="login" element={<LoginPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  );
}
