import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError } from '@formasi/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes whose message is written for clients; everything else is masked. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const base = (formatted: GraphQLFormattedError) => ({
  message: formatted.message,
  ...(formatted.locations ? { locations: formatted.locations } : {}),
  ...(formatted.path ? { path: formatted.path } : {}),
});

// PostgreSQL's invalid_text_representation: a malformed uuid in a filter or list of ids the services did not screen.
const INVALID_TEXT_REPRESENTATION = '22P02';

const isMalformedValue = (error: unknown): boolean =>
  error instanceof DriverException && error.code === INVALID_TEXT_REPRESENTATION;

/** True when the error is an expected, client-facing answer (not worth an error log). */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof UniqueConstraintViolationException) return true;
  if (isMalformedValue(original)) return true;
  const code = original instanceof GraphQLError ? original.extensions.code : undefined;
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

/** The one place errors become GraphQL answers: domain → BAD_USER_INPUT with field and reason; no stack traces. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      ...base(formatted),
      message: original.message,
      extensions: {
        code: 'BAD_USER_INPUT',
        field: original.field,
        reason: original.reason,
        issues: original.issues,
      },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      ...base(formatted),
      message: 'A record with the same unique value already exists.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'DUPLICATE' },
    };
  }
  if (isMalformedValue(original)) {
    return {
      ...base(formatted),
      message: 'An id or value in the request is malformed (ids are UUIDs).',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_FORMAT' },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...base(formatted), extensions };
  }
  return {
    ...base(formatted),
    message: 'Internal server error.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
