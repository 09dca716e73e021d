import { describe, expect, it, vi } from 'vitest';
import { AppShellQuery } from '../shared/app-shell-query';
import { createUrqlClient } from './urql-client';

describe('createUrqlClient', () => {
  it('sends queries as same-origin POST to /graphql (Apollo rejects GET) in its language and reports UNAUTHENTICATED', async () => {
    const onUnauthenticated = vi.fn();
    const fetchMock = vi.fn(async () =>
      Response.json({
        data: null,
        errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    );
    const client = createUrqlClient({ language: 'en', onUnauthenticated, fetch: fetchMock });

    const result = await client.query(AppShellQuery, {}).toPromise();

    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(onUnauthenticated).toHaveBeenCalledOnce();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(new Headers(init.headers).get('accept-language')).toBe('en');
  });
});
