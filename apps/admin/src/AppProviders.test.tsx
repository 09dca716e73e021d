import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { act, render, screen } from '@testing-library/react';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useQuery } from 'urql';
import { AppProviders } from './AppProviders';
import { createI18n } from './i18n/create-i18n';
import { mockGraphQL } from './test/mock-graphql';

// Parsed from a plain string so codegen (which reads gql/graphql tags) leaves this schema-less query alone.
const GreetingQuery: TypedDocumentNode<{ greeting: string }, Record<string, never>> = parse(
  'query Greeting { greeting }',
);

function Greeting() {
  const [{ data }] = useQuery({ query: GreetingQuery });
  return <p>{data?.greeting ?? '…'}</p>;
}

describe('AppProviders', () => {
  it('asks the server in the UI language and asks again when the user switches language', async () => {
    const graphql = mockGraphQL({
      Greeting: (_variables, { language }) => ({ data: { greeting: language === 'en' ? 'Hello' : 'Halo' } }),
    });
    const i18n = createI18n('id');
    render(
      <AppProviders createClient={graphql.createClient} i18n={i18n}>
        <Greeting />
      </AppProviders>,
    );
    expect(await screen.findByText('Halo')).toBeTruthy();

    await act(() => i18n.changeLanguage('en'));

    expect(await screen.findByText('Hello')).toBeTruthy();
    expect(graphql.calls.map((call) => [call.operationName, call.language])).toEqual([
      ['Greeting', 'id'],
      ['Greeting', 'en'],
    ]);
  });
});
