import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { startI18n } from './i18n/i18n.ts';
import './styles.css';
import './page-frame.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The catalogue of the reader's language loads before the first paint, so no page flashes in English.
void startI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      {/* A module's catalogue loads with its first page: until then the page waits here. */}
      <Suspense fallback={<p aria-busy="true">…</p>}>
        <App />
      </Suspense>
    </StrictMode>,
  ),
);
