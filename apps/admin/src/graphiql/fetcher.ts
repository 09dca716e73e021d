import { type GraphiQLProps } from 'graphiql';
import { GraphQLError } from 'graphql';

type Fetcher = GraphiQLProps['fetcher'];
type FetcherResult = Awaited<ReturnType<Fetcher>>;

// A minimal stand-in for @graphiql/toolkit's createGraphiQLFetcher, which pnpm's isolation hides from this package.
// Always POST with a JSON body: Apollo's CSRF prevention rejects GET and simple content types. The session lives in
// an httpOnly cookie, so credentials stay same-origin (the API serves this page) and nothing leaves that origin.
export function createFormasiFetcher(url: string, fetchImpl: typeof fetch = fetch): Fetcher {
  return async (params, options) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/graphql-response+json, application/json;q=0.9',
        ...options?.headers,
        'content-type': 'application/json',
      },
      body: JSON.stringify(params),
    });
    return readResult(response);
  };
}

async function readResult(response: Response): Promise<FetcherResult> {
  const text = await response.text();
  try {
    // The result is shown as-is in GraphiQL's response pane; its shape is the server's business.
    const result: FetcherResult = JSON.parse(text);
    return result;
  } catch {
    const excerpt = text.length > 500 ? `${text.slice(0, 500)}…` : text;
    return {
      errors: [
        new GraphQLError(`HTTP ${response.status} ${response.statusText}: the response is not JSON`, {
          extensions: { body: excerpt },
        }),
      ],
    };
  }
}
