import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: real Chromium (playwright-core) against the production build of the API and admin.
// `pnpm build` first; see e2e/global-setup.ts for how Chromium is found and the server is started.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    // One server and one browser at a time: files run one after another, tests in order.
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
