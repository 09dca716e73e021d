import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { graphqlDocumentsPlugin } from './build/graphql-documents-plugin';
import { precompressPlugin } from './build/precompress-plugin';

const apiTarget = process.env.FORMASI_API_URL ?? 'http://localhost:4000';

/** A package (pnpm keeps it under `node_modules/.pnpm/<name>@<version>/node_modules/<name>/`). */
const pkg = (...names: string[]) => new RegExp(`[\\\\/]node_modules[\\\\/](?:${names.join('|')})[\\\\/]`);

// Two HTML entries: the admin app (/) and the bundled GraphiQL (/graphiql), both served by the API in production.
export default defineConfig(({ mode }) => ({
  plugins: [react(), graphqlDocumentsPlugin(resolve(import.meta.dirname, 'src/gql')), precompressPlugin()],
  resolve: {
    // Use @formasi/core's TypeScript sources directly (its `source` export condition).
    conditions: ['source', 'module', 'browser', mode === 'production' ? 'production' : 'development'],
  },
  ssr: {
    resolve: { conditions: ['source', 'module', 'node', 'development'] },
  },
  build: {
    outDir: 'dist',
    manifest: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      // GraphiQL's React-compiler output carries "use no memo" directives the bundler drops on purpose.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: pkg('react', 'react-dom', 'scheduler'), priority: 30 },
            { name: 'router', test: pkg('react-router', 'cookie', 'set-cookie-parser'), priority: 20 },
            { name: 'urql', test: pkg('urql', '@urql/core', 'wonka', '@0no-co/graphql\\.web'), priority: 20 },
            {
              name: 'i18n',
              test: pkg('i18next', 'react-i18next', 'html-parse-stringify', 'void-elements'),
              priority: 20,
            },
            {
              name: 'antd',
              test: pkg('antd', '@ant-design[\\\\/][^\\\\/]+', '@rc-component[\\\\/][^\\\\/]+'),
              tags: ['$initial'],
              priority: 10,
            },
          ],
        },
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
