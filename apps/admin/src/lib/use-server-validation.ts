import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { describeError, describeIssue } from './error-text';
import { groupIssuesByField, type FieldErrors } from './form-errors';
import { inputIssuesOf } from './graphql-errors';

/**
 * Shows a failed save on a form: each BAD_USER_INPUT issue under its field (through antd's `form.setFields`),
 * anything else (issues of unknown fields, FORBIDDEN, network) as general messages for an alert above the form.
 */
export function useServerValidation<F extends string>(
  fields: readonly F[],
  setFields: (fieldErrors: FieldErrors<F>[]) => void,
) {
  const { t } = useTranslation();
  const [messages, setMessages] = useState<string[]>([]);

  const report = useCallback(
    (error: CombinedError) => {
      const issues = inputIssuesOf(error);
      if (issues.length === 0) {
        setMessages([describeError(t, error)]);
        return;
      }
      const { fieldErrors, unmatched } = groupIssuesByField(fields, issues, (issue) =>
        describeIssue(t, issue),
      );
      setFields(fieldErrors);
      setMessages(unmatched.map((issue) => `${describeIssue(t, issue)} (${issue.message})`));
    },
    [fields, setFields, t],
  );

  const clear = useCallback(() => setMessages([]), []);
  return { messages, report, clear };
}
