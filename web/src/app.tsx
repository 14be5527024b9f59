import { Suspense } from 'react';
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
import { AccountRoutes, AdminRoutes, AssemblyRoutes, CoalitionRoutes, StatesPage, VerificationRoutes } from './page-chunks.ts';

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
