import { isIssueReason, type IssueReason, type NumberLimit } from '@formasi/core';
import { type CombinedError } from 'urql';

// The API's error contract: `extensions.code`, and for BAD_USER_INPUT a field, a reason (core's ISSUE_REASONS)
// and every issue.
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface InputIssue {
  field: string | undefined;
  reason: IssueReason | undefined;
  /** The server's English sentence, shown when the reason is unknown. */
  message: string;
  /** The bound a number broke (core's NumberLimit), when the issue is about one. */
  limit: NumberLimit | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrorCode(value: unknown): value is ErrorCode {
  return ERROR_CODES.some((code) => code === value);
}

function limitOf(raw: unknown): NumberLimit | undefined {
  if (!isRecord(raw)) return undefined;
  const { kind, min, max, exclusive } = raw;
  if (kind === 'NOT_A_NUMBER' || kind === 'NOT_WHOLE') return { kind };
  if (kind === 'BELOW' && typeof min === 'number') return { kind, min, exclusive: exclusive === true };
  if (kind === 'ABOVE' && typeof max === 'number') return { kind, max };
  return undefined;
}

function toIssue(raw: Record<string, unknown>, fallbackMessage: string): InputIssue {
  return {
    field: typeof raw.field === 'string' ? raw.field : undefined,
    reason: typeof raw.reason === 'string' && isIssueReason(raw.reason) ? raw.reason : undefined,
    message: typeof raw.message === 'string' ? raw.message : fallbackMessage,
    limit: limitOf(raw.limit),
  };
}

/** The first error code of a result; NETWORK when the server was not reached, UNKNOWN otherwise. */
export function errorCodeOf(error: CombinedError): ErrorCode | 'NETWORK' | 'UNKNOWN' {
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors.map((graphQLError) => graphQLError.extensions.code).find(isErrorCode);
  return code ?? 'UNKNOWN';
}

export function hasErrorCode(error: CombinedError, code: ErrorCode): boolean {
  return error.graphQLErrors.some((graphQLError) => graphQLError.extensions.code === code);
}

/** Every BAD_USER_INPUT issue of a result, from `extensions.issues` or the error's own field and reason. */
export function inputIssuesOf(error: CombinedError): InputIssue[] {
  return error.graphQLErrors
    .filter((graphQLError) => graphQLError.extensions.code === 'BAD_USER_INPUT')
    .flatMap((graphQLError) => {
      const { issues } = graphQLError.extensions;
      if (Array.isArray(issues) && issues.length > 0) {
        return issues.filter(isRecord).map((issue) => toIssue(issue, graphQLError.message));
      }
      return [toIssue(graphQLError.extensions, graphQLError.message)];
    });
}

/** The server's own sentences, for a detail line under a translated summary. */
export function serverMessagesOf(error: CombinedError): string[] {
  if (error.networkError) return [error.networkError.message];
  return error.graphQLErrors.map((graphQLError) => graphQLError.message);
}
