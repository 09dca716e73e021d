import { type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { describeError, describeIssue } from '../../lib/error-text';
import { inputIssuesOf } from '../../lib/graphql-errors';
import { formPathOf, type PositionNeedFieldPath, type PositionNeedFormValues } from './position-need-form';

/**
 * Shows a failed save on a position-need form: issues naming a row cell (`workloadItems.2.annualVolume`) or a
 * field go under it, the rest (and non-input errors) into an alert above the card's form.
 */
export function usePositionNeedErrors(form: FormInstance<PositionNeedFormValues>) {
  const { t } = useTranslation();
  const [messages, setMessages] = useState<string[]>([]);

  const report = useCallback(
    (error: CombinedError) => {
      const issues = inputIssuesOf(error);
      if (issues.length === 0) {
        setMessages([describeError(t, error)]);
        return;
      }
      const rowCount = form.getFieldValue('workloadItems')?.length ?? 0;
      const byPath = new Map<string, { name: PositionNeedFieldPath; errors: string[] }>();
      const unmatched: string[] = [];
      for (const issue of issues) {
        const name = formPathOf(issue.field, rowCount);
        const text = describeIssue(t, issue);
        if (!name) {
          unmatched.push(`${text} (${issue.message})`);
          continue;
        }
        const key = name.join('.');
        byPath.set(key, { name, errors: [...(byPath.get(key)?.errors ?? []), text] });
      }
      form.setFields([...byPath.values()]);
      setMessages(unmatched);
    },
    [form, t],
  );

  const clear = useCallback(() => setMessages([]), []);
  return { messages, report, clear };
}
