/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** GraphQL endpoint; defaults to `/graphql` on the same origin (the API serves the admin). */
  readonly VITE_GRAPHQL_URL?: string;
}
