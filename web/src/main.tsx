import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { startI18n } from './i18n/i18n.ts';
import { firstPage } from './page-chunks.ts';
import './styles.css';
import './page-frame.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The catalogue of the reader's language loads before the first paint, so no page flashes in English;
// the first page's code and catalogue load alongside it (page-chunks.ts). A chunk that fails to load
// is not fatal here: the page's own Suspense tries it again.
const first = firstPage(window.location.pathname);
void Promise.all([startI18n(first.namespaces), first.preload().catch(() => undefined)]).then(() =>
  createRoot(root).render(
    <StrictMode>
      {/* A module's catalogue loads with its first page: until then the page waits here. */}
      <Suspense fallback={<p aria-busy="true">…</p>}>
        <App />
      </Suspense>
    </StrictMode>,
  ),
);
