import { Form } from 'antd';
import { type NamePath } from 'antd/es/form/interface';
import { type CombinedError } from 'urql';
import { useCallback, useMemo } from 'react';
import { rootFieldPath, type FieldErrors } from './form-errors';
import { useFormErrors } from './use-form-errors';

/**
 * A "create" modal's form (useFormErrors over fields named like the input's): on submit, server issues go under
 * their fields and a success empties the form; cancel forgets both the values and the messages.
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
  const fieldOf = useMemo(() => rootFieldPath(fields), [fields]);
  const { messages, settle, clearMessages, handleValuesChange } = useFormErrors(setFields, fieldOf);
  const handleFinish = async (values: Values) => {
    clearMessages();
    const error = await onSubmit(values);
    settle(error);
    if (!error) form.resetFields();
  };
  const handleCancel = () => {
    settle(undefined);
    form.resetFields();
    onClose();
  };
  return { form, messages, handleFinish, handleCancel, handleValuesChange };
}
