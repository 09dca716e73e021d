import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { postgresReachable } from './src/db/temp-postgres.js';

// Every API test runs twice: on the embedded SQLite database and on PostgreSQL (which must be reachable under CI).
const unreachable = await postgresReachable();
if (unreachable && process.env.CI === 'true') {
  throw new Error(`PostgreSQL is not reachable and CI=true: ${unreachable}`);
}
if (unreachable) {
  process.stderr.write(
    `\n!!! SKIPPING the PostgreSQL half of the API tests: no PostgreSQL at ${process.env.FORMASI_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'} (${unreachable}).\n!!! Start one or set FORMASI_TEST_POSTGRES_URL; under CI=true this is a failure.\n\n`,
  );
}

const project = (dialect: 'sqlite' | 'postgresql') => ({
  extends: true as const,
  test: {
    name: dialect,
    env: { FORMASI_TEST_DIALECT: dialect },
  },
});

// type-graphql and Apollo load graphql's CommonJS build; Vite would pick the .mjs one and create a second copy
// ("Cannot use GraphQLScalarType from another module or realm"). Node itself resolves the CommonJS one too.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { conditions: ['source'], alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  ssr: { resolve: { conditions: ['source', 'module', 'node', 'development'] } },
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: unreachable ? [project('sqlite')] : [project('sqlite'), project('postgresql')],
  },
});
