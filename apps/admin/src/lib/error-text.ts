import { type TFunction } from 'i18next';
import { type CombinedError } from 'urql';
import { errorCodeOf, inputIssuesOf, type InputIssue } from './graphql-errors';
import { describeNumberLimit } from './number-rule';

/**
 * One issue in the user's language: the bound a number broke, else the translated reason, else the server's
 * sentence when the reason is unknown.
 */
export function describeIssue(t: TFunction, issue: InputIssue): string {
  if (issue.limit) return describeNumberLimit(t, issue.limit);
  return issue.reason ? t(`errors.reason.${issue.reason}`) : issue.message;
}

/** A short, translated summary of any failed operation. */
export function describeError(t: TFunction, error: CombinedError): string {
  const code = errorCodeOf(error);
  if (code === 'BAD_USER_INPUT') {
    const [first] = inputIssuesOf(error);
    return first ? describeIssue(t, first) : t('errors.code.UNKNOWN');
  }
  return t(`errors.code.${code}`);
}
