import { Client, cacheExchange, fetchExchange, getOperationName, mapExchange } from 'urql';
import { env } from '../env';
import { hasErrorCode } from './graphql-errors';

// The sign-in mutation answers UNAUTHENTICATED for wrong credentials; the login page shows that itself.
const SIGN_IN_OPERATION = 'LoginPageLogin';

export interface UrqlClientOptions {
  /** Called when the server says the session is missing or expired (not for the sign-in mutation itself). */
  onUnauthenticated: () => void;
  /** Replaces the browser's fetch (component tests). */
  fetch?: typeof fetch;
}

/** The admin's single GraphQL client: same-origin cookie session, POST only (Apollo's CSRF guard rejects GET). */
export function createUrqlClient({ onUnauthenticated, fetch }: UrqlClientOptions): Client {
  return new Client({
    url: env.graphqlUrl,
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    fetch,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          const isSignIn = getOperationName(operation.query) === SIGN_IN_OPERATION;
          if (!isSignIn && hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
  });
}
