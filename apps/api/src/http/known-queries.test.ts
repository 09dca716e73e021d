import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';

let app: TestApp;
let cookie: string;
beforeAll(async () => {
  app = await startTestApp({ seed: 'demo' });
  cookie = await app.login();
});
afterAll(() => app.close());

type Answer = { status: number; headers: Record<string, string>; body: string };

/** Headers that differ between any two answers. */
const PER_ANSWER = new Set(['date', 'x-request-id', 'keep-alive', 'connection']);

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify(body),
  });
  const kept = [...response.headers].filter(([name]) => !PER_ANSWER.has(name));
  return { status: response.status, headers: Object.fromEntries(kept), body: await response.text() };
}

/** Sends the same request twice: Apollo answers the first, the known-query path the second. */
async function twice(body: unknown, headers: Record<string, string> = {}) {
  const before = app.knownQueriesMatched();
  const first = await post(body, headers);
  const afterFirst = app.knownQueriesMatched();
  const second = await post(body, headers);
  return {
    first,
    second,
    firstKnown: afterFirst > before,
    secondKnown: app.knownQueriesMatched() > afterFirst,
  };
}

const SECTORS = `query KnownSectors($first: Int!) {
  sectors(first: $first, sort: NAME_ASC) { totalCount edges { node { id code name archived updatedAt } } }
}`;

describe('the known-query path', () => {
  it('answers a repeated query without Apollo, with the same status, headers and body', async () => {
    const { first, second, firstKnown, secondKnown } = await twice({
      query: SECTORS,
      variables: { first: 3 },
    });
    expect([firstKnown, secondKnown]).toEqual([false, true]);
    expect(second).toEqual(first);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(first.body).data.sectors.edges).toHaveLength(3);
  });

  it('answers each Accept header with the content type Apollo chose for it', async () => {
    const accept = 'application/graphql-response+json, application/json;q=0.9';
    const { first, second, secondKnown } = await twice(
      { query: SECTORS, variables: { first: 2 } },
      { accept },
    );
    expect(secondKnown).toBe(true);
    expect(second).toEqual(first);
    expect(first.headers['content-type']).toBe('application/graphql-response+json; charset=utf-8');
  });

  it('leaves an Accept header Apollo refused to Apollo', async () => {
    const { first, second, secondKnown } = await twice(
      { query: SECTORS, variables: { first: 2 } },
      { accept: 'text/html' },
    );
    expect(first.status).toBe(406);
    expect(secondKnown).toBe(false);
    expect(second).toEqual(first);
  });

  it('formats errors as Apollo does: a refused argument, a bad variable, a missing one, no session', async () => {
    const refused = await twice({ query: SECTORS, variables: { first: 1000 } });
    expect(refused.secondKnown).toBe(true);
    expect(refused.second).toEqual(refused.first);
    expect(JSON.parse(refused.first.body).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });

    for (const [variables, reason] of [
      [{ first: 'many' }, 'INVALID_VALUE'],
      [{}, 'REQUIRED'],
    ] as const) {
      const bad = await twice({ query: SECTORS, variables });
      expect(bad.second).toEqual(bad.first);
      expect(bad.first.status).toBe(400);
      expect(JSON.parse(bad.first.body).errors).toEqual([
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'first', reason } }),
      ]);
    }

    const signedOut = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SECTORS, variables: { first: 1 } }),
    });
    const answer = (await signedOut.json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('never takes mutations, persisted-query extensions or batches', async () => {
    const logout = await twice({ query: 'mutation KnownLogout { logout }' });
    expect([logout.firstKnown, logout.secondKnown]).toEqual([false, false]);
    cookie = await app.login();

    const withExtensions = await twice({ query: SECTORS, variables: { first: 1 }, extensions: {} });
    expect(withExtensions.secondKnown).toBe(false);
    expect(withExtensions.second.status).toBe(200);

    const batch = await twice([{ query: SECTORS, variables: { first: 1 } }]);
    expect(batch.secondKnown).toBe(false);
  });
});
