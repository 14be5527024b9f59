import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `npm run dev:web` and `vite preview` send API calls: a running `npm start`. */
const apiTarget = process.env.CONCORD_API ?? 'http://127.0.0.1:8080';

/**
 * The web app's build: root is web/ (index.html lives here), output in web/dist,
 * which the server serves with an index.html fallback for client-side routes.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': apiTarget } },
  preview: { proxy: { '/api': apiTarget } },
});
