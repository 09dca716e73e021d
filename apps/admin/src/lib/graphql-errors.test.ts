import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, inputIssuesOf } from './graphql-errors';

function combined(...errors: GraphQLError[]) {
  return new CombinedError({ graphQLErrors: errors });
}

describe('API error contract', () => {
  it('reads every issue of a BAD_USER_INPUT error', () => {
    const error = combined(
      new GraphQLError('Name is too short.', {
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'name',
          reason: 'TOO_SHORT',
          issues: [
            { field: 'name', reason: 'TOO_SHORT', message: 'Name is too short.' },
            {
              field: 'level',
              reason: 'NOT_ALLOWED',
              message: 'Level PELAKSANA is not a level of FUNGSIONAL.',
            },
          ],
        },
      }),
    );
    expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
    expect(inputIssuesOf(error)).toEqual([
      { field: 'name', reason: 'TOO_SHORT', message: 'Name is too short.' },
      { field: 'level', reason: 'NOT_ALLOWED', message: 'Level PELAKSANA is not a level of FUNGSIONAL.' },
    ]);
  });

  it('falls back to the error’s own field and reason, and drops unknown reasons', () => {
    const error = combined(
      new GraphQLError('Unit has active positions.', {
        extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'SOMETHING_NEW' },
      }),
    );
    expect(inputIssuesOf(error)).toEqual([
      { field: 'id', reason: undefined, message: 'Unit has active positions.' },
    ]);
  });

  it('reads the bound a number broke, and ignores a malformed one', () => {
    const error = combined(
      new GraphQLError('Weight must be at least 0; got -10.', {
        extensions: {
          code: 'BAD_USER_INPUT',
          issues: [
            {
              field: 'weight',
              reason: 'INVALID_VALUE',
              message: 'Weight must be at least 0; got -10.',
              limit: { kind: 'BELOW', min: 0, exclusive: false },
            },
            { field: 'priority', reason: 'INVALID_VALUE', message: '?', limit: { kind: 'ABOVE', max: '1' } },
          ],
        },
      }),
    );
    expect(inputIssuesOf(error).map((issue) => issue.limit)).toEqual([
      { kind: 'BELOW', min: 0, exclusive: false },
      undefined,
    ]);
  });

  it('names network failures and unknown codes', () => {
    expect(errorCodeOf(new CombinedError({ networkError: new Error('offline') }))).toBe('NETWORK');
    expect(errorCodeOf(combined(new GraphQLError('?', { extensions: { code: 'TEAPOT' } })))).toBe('UNKNOWN');
    expect(errorCodeOf(combined(new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })))).toBe(
      'FORBIDDEN',
    );
  });
});
