import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The config lives in web/ but is usually run from the repository root
// (`vite build --config web/vite.config.ts`), so the root is pinned to this
// file's folder instead of the current working directory.
const webRoot = fileURLToPath(new URL('.', import.meta.url));

// In development the API runs as a separate process (npm run dev); in
// production the same server serves web/dist, so the browser always talks
// same-origin. LOTSE_API_URL points the dev proxy at a server on another port.
const apiServer = process.env.LOTSE_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
  preview: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
});
