import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests: happy-dom, Testing Library, @formasi/core from its TypeScript sources.
export default defineConfig({
  plugins: [react()],
  resolve: {
    conditions: ['source', 'module', 'browser', 'development'],
    mainFields: ['module', 'browser', 'main'],
  },
  ssr: {
    resolve: { conditions: ['source', 'module', 'node', 'development'], mainFields: ['module', 'main'] },
  },
  test: {
    name: 'admin',
    root: import.meta.dirname,
    environment: 'happy-dom',
    // build/: the bundle budget, read from the production build (scripts/test.mjs builds before these tests).
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // antd's CommonJS build requires ESM-only packages: resolve its ES build (`module`) and let Vite transform it.
    server: { deps: { inline: ['antd', /@rc-component\//, /@ant-design\//] } },
    testTimeout: 15_000,
    // Files share a worker's module cache (antd is transformed once per worker, not once per file); every test
    // builds its own client, router and i18n instance, and the setup file cleans the DOM and storage.
    isolate: false,
  },
});
