import { describe, expect, it, vi } from 'vitest';
import { createFormasiFetcher } from './fetcher';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('createFormasiFetcher', () => {
  it('POSTs the operation as JSON with the same-origin session cookie', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ data: { me: null } }));
    const fetcher = createFormasiFetcher('/graphql', fetchImpl);

    const result = await fetcher(
      { query: '{ me { id } }', operationName: null },
      { headers: { 'x-trace': '1' } },
    );

    expect(result).toEqual({ data: { me: null } });
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json', 'x-trace': '1' });
    expect(JSON.parse(String(init?.body))).toEqual({ query: '{ me { id } }', operationName: null });
  });

  it('keeps the JSON content type even when the headers editor sets another one', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(jsonResponse({ data: {} }));
    const fetcher = createFormasiFetcher('/graphql', fetchImpl);

    await fetcher({ query: '{ __typename }' }, { headers: { 'content-type': 'text/plain' } });

    expect(fetchImpl.mock.calls[0]![1]?.headers).toMatchObject({ 'content-type': 'application/json' });
  });

  it('turns a response that is not JSON into a GraphQL error GraphiQL can show', async () => {
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValue(new Response('<h1>Bad gateway</h1>', { status: 502 }));
    const fetcher = createFormasiFetcher('/graphql', fetchImpl);

    const result = await fetcher({ query: '{ __typename }' });

    expect(JSON.parse(JSON.stringify(result))).toMatchObject({
      errors: [
        { message: expect.stringContaining('HTTP 502'), extensions: { body: '<h1>Bad gateway</h1>' } },
      ],
    });
  });
});
