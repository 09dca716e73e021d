import { graphql } from '../gql';

/** Who is signed in: the shell asks it on every load, the sign-in page refreshes it before entering the shell. */
export const AppShellQuery = graphql(`
  query AppShell {
    me {
      id
      roles
      ...UserMenu_user
    }
  }
`);
