import { numberLimitOf, type NumberBounds } from '@formasi/core';
import { Flex, Typography } from 'antd';
import { type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { describeNumberLimit } from '../lib/number-rule';
import { NumberInput } from './NumberInput';

type CheckedNumberInputProps = ComponentProps<typeof NumberInput> & { bounds: NumberBounds };

/** Whether a typed number (null while empty) is set and inside core's bounds. */
export function fitsBounds(value: number | null, bounds: NumberBounds): value is number {
  return value !== null && numberLimitOf(value, bounds) === null;
}

/**
 * A number input outside a form (a calculator's): what is typed stays as typed, and a value out of core's bounds
 * is marked with the bound it breaks right under it.
 */
export function CheckedNumberInput({ bounds, value, ...props }: CheckedNumberInputProps) {
  const { t } = useTranslation();
  const limit = value === null || value === undefined ? null : numberLimitOf(value, bounds);
  return (
    <Flex vertical gap={2}>
      <NumberInput {...props} value={value} status={limit ? 'error' : undefined} />
      {limit && (
        <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
          {describeNumberLimit(t, limit)}
        </Typography.Text>
      )}
    </Flex>
  );
}
