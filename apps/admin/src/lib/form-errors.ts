import { type InputIssue } from './graphql-errors';

export interface FieldErrors<F extends string> {
  name: F;
  errors: string[];
}

/** `studyPrograms` for `studyPrograms[2]` or `studyPrograms.2`: list entries show under their list's field. */
function rootField(field: string | undefined): string | undefined {
  return field?.split(/[.[]/)[0];
}

/**
 * Groups server issues by the form field they name (input field names equal form field names), ready for antd's
 * `form.setFields`, and returns the issues that match no field, for a general alert.
 */
export function groupIssuesByField<F extends string>(
  fields: readonly F[],
  issues: readonly InputIssue[],
  describe: (issue: InputIssue) => string,
): { fieldErrors: FieldErrors<F>[]; unmatched: InputIssue[] } {
  const byField = new Map<F, string[]>();
  const unmatched: InputIssue[] = [];
  for (const issue of issues) {
    const field = fields.find((name) => name === rootField(issue.field));
    if (field) byField.set(field, [...(byField.get(field) ?? []), describe(issue)]);
    else unmatched.push(issue);
  }
  return { fieldErrors: [...byField].map(([name, errors]) => ({ name, errors })), unmatched };
}
