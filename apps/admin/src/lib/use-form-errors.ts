import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { describeError, describeIssue } from './error-text';
import { groupIssuesByField, pathKey, touchesPath, type FieldErrors, type FieldPath } from './form-errors';
import { inputIssuesOf } from './graphql-errors';

interface FormErrorsOptions<P> {
  /** Fields the user cannot change right now (a disabled select): their issues go to the alert instead. */
  isDisabled?: (path: P) => boolean;
}

/**
 * The one way a form shows a failed save. Each BAD_USER_INPUT issue goes under the field it names (`pathOf`), the
 * rest (unknown fields, disabled fields, FORBIDDEN, network) into `messages` for an alert above the form. A field's
 * server error clears as soon as the field changes (wire `handleValuesChange` to the form's `onValuesChange`) and
 * when the next answer no longer reports it; `settle(undefined)` (a success) clears them all.
 */
export function useFormErrors<P extends FieldPath>(
  setFields: (fieldErrors: FieldErrors<NoInfer<P>>[]) => void,
  pathOf: (field: string | undefined) => P | undefined,
  { isDisabled }: FormErrorsOptions<P> = {},
) {
  const { t } = useTranslation();
  const [messages, setMessages] = useState<string[]>([]);
  // The fields showing a server error now.
  const shown = useRef<P[]>([]);

  const show = useCallback(
    (fieldErrors: FieldErrors<P>[]) => {
      const reported = new Set(fieldErrors.map(({ name }) => pathKey(name)));
      const gone = shown.current.filter((name) => !reported.has(pathKey(name)));
      setFields([...gone.map((name) => ({ name, errors: [] })), ...fieldErrors]);
      shown.current = fieldErrors.map(({ name }) => name);
    },
    [setFields],
  );

  const report = useCallback(
    (error: CombinedError) => {
      const issues = inputIssuesOf(error);
      if (issues.length === 0) {
        show([]);
        setMessages([describeError(t, error)]);
        return;
      }
      const { fieldErrors, unmatched } = groupIssuesByField(
        issues,
        pathOf,
        (issue) => describeIssue(t, issue),
        isDisabled,
      );
      show(fieldErrors);
      setMessages(unmatched.map((issue) => `${describeIssue(t, issue)} (${issue.message})`));
    },
    [isDisabled, pathOf, show, t],
  );

  /** After a save: its error shown, or (undefined) every server error cleared. */
  const settle = useCallback(
    (error: CombinedError | undefined) => {
      if (error) {
        report(error);
        return;
      }
      show([]);
      setMessages([]);
    },
    [report, show],
  );

  const clearMessages = useCallback(() => setMessages([]), []);

  const handleValuesChange = useCallback(
    (changedValues: unknown) => {
      const [changed, kept] = partition(shown.current, (name) => touchesPath(changedValues, name));
      if (changed.length === 0) return;
      shown.current = kept;
      setFields(changed.map((name) => ({ name, errors: [] })));
    },
    [setFields],
  );

  return { messages, report, settle, clearMessages, handleValuesChange };
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}
