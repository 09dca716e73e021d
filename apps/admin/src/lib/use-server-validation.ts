import { Form } from 'antd';
import { type NamePath } from 'antd/es/form/interface';
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

/**
 * A "create" modal's form: on submit, server issues go under their fields and a success empties the form; cancel
 * forgets both the values and the messages.
 */
export function useCreateModalForm<Values, F extends keyof Values & string>(
  fields: readonly F[],
  onSubmit: (values: Values) => Promise<CombinedError | undefined>,
  onClose: () => void,
) {
  const [form] = Form.useForm<Values>();
  // Each error names one of the form's own fields; antd's setFields takes any field of the form by name.
  const setFields = useCallback(
    (fieldErrors: FieldErrors<F>[]) =>
      form.setFields(fieldErrors.map(({ name, errors }) => ({ name: name as NamePath<Values>, errors }))),
    [form],
  );
  const { messages, report, clear } = useServerValidation(fields, setFields);
  const handleFinish = async (values: Values) => {
    clear();
    const error = await onSubmit(values);
    if (error) report(error);
    else form.resetFields();
  };
  const handleCancel = () => {
    clear();
    form.resetFields();
    onClose();
  };
  return { form, messages, handleFinish, handleCancel };
}
