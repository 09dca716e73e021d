import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const apiTarget = process.env.FORMASI_API_URL ?? 'http://localhost:4000';

// Two HTML entries: the admin app (/) and the bundled GraphiQL (/graphiql), both served by the API in production.
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  resolve: {
    // Use @formasi/core's TypeScript sources directly (its `source` export condition).
    conditions: ['source', 'module', 'browser', mode === 'production' ? 'production' : 'development'],
  },
  ssr: {
    resolve: { conditions: ['source', 'module', 'node', 'development'] },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // GraphiQL's React-compiler output carries "use no memo" directives the bundler drops on purpose.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': apiTarget,
      '/healthz': apiTarget,
    },
  },
}));
