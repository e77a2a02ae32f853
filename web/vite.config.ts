/**
 * The explorer's build: static files in web/dist, served by the API at `/` (src/server/web-app.ts).
 * `npm run web:dev` serves the sources with hot reload and forwards /graphql (HTTP and
 * graphql-ws) to the API at ECOGRAPH_API_URL (default http://127.0.0.1:4000).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.ECOGRAPH_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL's editor (Monaco) is one large lazy chunk; the first view stays small.
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
    // .vite/manifest.json: which chunks each view loads (the bundle budget test reads it).
    manifest: true,
  },
  worker: { format: 'es' },
  // GraphiQL's worker setup imports Monaco's workers with `?worker`, which the dev server's
  // dependency pre-bundling (esbuild) cannot read: let Vite itself serve that module.
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    strictPort: false,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/healthz': { target: api },
    },
  },
  preview: { host: '127.0.0.1' },
});
