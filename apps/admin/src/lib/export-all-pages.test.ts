import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { aConnection } from '../test/fixtures';
import { mockGraphQL } from '../test/mock-graphql';
import { loadAllPages, type PagedConnection } from './export-all-pages';

interface ThingsData {
  things: PagedConnection<{ id: string }>;
}

// Parsed from a plain string so codegen (which reads gql/graphql tags) leaves this schema-less query alone.
const ThingsQuery: TypedDocumentNode<ThingsData, { first: number; offset: number; search: string }> = parse(
  'query Things($first: Int!, $offset: Int!, $search: String) { things(first: $first, offset: $offset, search: $search) { totalCount edges { node { id } } } }',
);

const things = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `thing-${index}` }));

function request(search = 'x') {
  return {
    query: ThingsQuery,
    variables: (page: { first: number; offset: number }) => ({ search, ...page }),
    connection: (data: ThingsData) => data.things,
  };
}

describe('loadAllPages', () => {
  it('asks page after page of 100 with the same filter until it holds the total, reporting progress', async () => {
    const all = things(250);
    const graphql = mockGraphQL({
      Things: ({ first, offset }) => ({
        data: {
          things: aConnection('Thing', all.slice(Number(offset), Number(offset) + Number(first)), all.length),
        },
      }),
    });
    const onProgress = vi.fn();

    const nodes = await loadAllPages(graphql.client, request('bidan'), onProgress);

    expect(nodes.map((node) => node.id)).toEqual(all.map((node) => node.id));
    expect(graphql.calls.map((call) => call.variables)).toEqual([
      { search: 'bidan', first: 100, offset: 0 },
      { search: 'bidan', first: 100, offset: 100 },
      { search: 'bidan', first: 100, offset: 200 },
    ]);
    expect(onProgress.mock.calls).toEqual([
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
  });

  it('stops when a list that shrank while paging answers an empty page', async () => {
    const graphql = mockGraphQL({
      Things: ({ offset }) => ({
        data: { things: aConnection('Thing', Number(offset) === 0 ? things(100) : [], 180) },
      }),
    });

    const nodes = await loadAllPages(graphql.client, request(), () => undefined);

    expect(nodes).toHaveLength(100);
    expect(graphql.calls).toHaveLength(2);
  });

  it('fails with the GraphQL error of a page', async () => {
    const graphql = mockGraphQL({
      Things: () => ({ data: null, errors: [{ message: 'Nope', extensions: { code: 'FORBIDDEN' } }] }),
    });

    await expect(loadAllPages(graphql.client, request(), () => undefined)).rejects.toThrow('Nope');
  });
});
