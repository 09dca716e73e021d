import { Client, cacheExchange, fetchExchange, getOperationName, mapExchange } from 'urql';
import { env } from '../env';
import { type Language } from '../i18n/language';
import { hasErrorCode } from './graphql-errors';

// The sign-in mutation answers UNAUTHENTICATED for wrong credentials; the login page shows that itself.
const SIGN_IN_OPERATION = 'LoginPageLogin';

export interface UrqlClientOptions {
  /** Sent as Accept-Language: the server writes its explanations (gap steps, reasons, budget) in it. */
  language: Language;
  /** Called when the server says the session is missing or expired (not for the sign-in mutation itself). */
  onUnauthenticated: () => void;
  /** Replaces the browser's fetch (component tests). */
  fetch?: typeof fetch;
}

/**
 * The admin's GraphQL client for one language: same-origin cookie session, POST only (Apollo's CSRF guard rejects
 * GET). Its cache holds answers in that language, so AppProviders makes a new client when the language changes.
 */
export function createUrqlClient({ language, onUnauthenticated, fetch }: UrqlClientOptions): Client {
  return new Client({
    url: env.graphqlUrl,
    preferGetMethod: false,
    fetchOptions: () => ({ credentials: 'same-origin', headers: { 'Accept-Language': language } }),
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
