// Build-time configuration, read once. The API serves the admin and GraphQL from the same origin by default.
export const env = {
  graphqlUrl: import.meta.env.VITE_GRAPHQL_URL ?? '/graphql',
};
