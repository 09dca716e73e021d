import { type Client } from 'urql';
import { vi } from 'vitest';
import { type Language } from '../i18n/language';
import { createUrqlClient } from '../lib/urql-client';

type Variables = Record<string, unknown>;
type GraphQLResponse = { data?: unknown; errors?: unknown[] };
/** What a request carried besides its variables. */
export type RequestInfo = { language: string | null };
/** Answers one operation by name; return a promise that never settles to keep a screen loading. */
export type Resolver = (
  variables: Variables,
  request: RequestInfo,
) => GraphQLResponse | Promise<GraphQLResponse>;

export interface MockGraphQL {
  /** A client in the mock's language (Bahasa Indonesia unless given). */
  client: Client;
  /** Clients in any language on the same network mock, for AppProviders. */
  createClient: (language: Language) => Client;
  /** Every operation sent, in order, with its Accept-Language. */
  calls: ({ operationName: string; variables: Variables } & RequestInfo)[];
  onUnauthenticated: ReturnType<typeof vi.fn>;
  /** The variables of the last call of an operation. */
  lastVariables: (operationName: string) => Variables | undefined;
}

/** Answers every screen needs and few tests care about; a test's own resolver of the same name wins. */
const DEFAULT_RESOLVERS: Record<string, Resolver> = {
  Region: () => ({
    data: { region: { __typename: 'Region', name: 'Kota Sawahlunto', agency: 'BKPSDM', emblemUrl: null } },
  }),
};

/**
 * The app's real urql client with the network replaced: each request is answered by the resolver named after its
 * operation, so tests exercise the same exchanges, POST bodies and error handling as the browser.
 */
export function mockGraphQL(resolvers: Record<string, Resolver>, language: Language = 'id'): MockGraphQL {
  const calls: MockGraphQL['calls'] = [];
  const onUnauthenticated = vi.fn();
  const fetchMock = async (_input: unknown, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { operationName: string; variables?: Variables };
    const variables = body.variables ?? {};
    const request = { language: new Headers(init?.headers).get('accept-language') };
    calls.push({ operationName: body.operationName, variables, ...request });
    const resolver = resolvers[body.operationName] ?? DEFAULT_RESOLVERS[body.operationName];
    const result = resolver
      ? await resolver(variables, request)
      : {
          errors: [
            { message: `No mock for ${body.operationName}`, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ],
        };
    return new Response(JSON.stringify(result), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const createClient = (clientLanguage: Language) =>
    createUrqlClient({ language: clientLanguage, onUnauthenticated, fetch: fetchMock as typeof fetch });
  const lastVariables = (operationName: string) =>
    calls.filter((call) => call.operationName === operationName).at(-1)?.variables;
  return { client: createClient(language), createClient, calls, onUnauthenticated, lastVariables };
}

/** A BAD_USER_INPUT answer as the API sends it: the first issue on the error, all of them in `issues`. */
export function badUserInput(issues: { field: string; reason: string; message: string }[]): GraphQLResponse {
  const [first] = issues;
  return {
    data: null,
    errors: [
      {
        message: first?.message ?? 'Invalid input.',
        extensions: { code: 'BAD_USER_INPUT', field: first?.field, reason: first?.reason, issues },
      },
    ],
  };
}

export function errorResponse(
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLResponse {
  return { data: null, errors: [{ message, extensions: { code, ...extra } }] };
}
