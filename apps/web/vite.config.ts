import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

// The API serves the built SPA from apps/web/dist; in development Vite proxies /api to it.
// API_URL (environment or .env.local) points the proxy at another port, e.g. http://localhost:3100.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, '.', '');
  return {
    plugins: [react()],
    server: {
      proxy: { '/api': { target: env['API_URL'] ?? 'http://localhost:3000' } },
    },
    build: { outDir: 'dist', sourcemap: true },
  };
});
