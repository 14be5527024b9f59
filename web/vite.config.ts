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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The chart library and its d3 modules, one chunk however many pages import it: a page that
            // draws no chart does not carry it inside its own chunk. d3-geo and the d3-array it needs are
            // left out (not followed as dependencies), for the map shares them.
            {
              name: 'plot',
              includeDependenciesRecursively: false,
              test: /[\\/]node_modules[\\/](@observablehq[\\/]plot|d3|d3-(?!geo[\\/]|array[\\/])[a-z-]+|interval-tree-1d|isoformat|internmap|delaunator|robust-predicates|binary-search-bounds)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': apiTarget } },
  preview: { proxy: { '/api': apiTarget } },
});
