import { assertUnreachable, numberLimitOf, type NumberBounds, type NumberLimit } from '@formasi/core';
import { type FormRule } from 'antd';
import { type TFunction } from 'i18next';
import { formatNumber } from './format';

/** The bound a number breaks, in the user's language ("Harus lebih besar dari 0."). */
export function describeNumberLimit(t: TFunction, limit: NumberLimit): string {
  switch (limit.kind) {
    case 'NOT_A_NUMBER':
      return t('forms.numberLimit.NOT_A_NUMBER');
    case 'NOT_WHOLE':
      return t('forms.numberLimit.NOT_WHOLE');
    case 'BELOW':
      return t(limit.exclusive ? 'forms.numberLimit.BELOW_EXCLUSIVE' : 'forms.numberLimit.BELOW', {
        min: formatNumber(limit.min),
      });
    case 'ABOVE':
      return t('forms.numberLimit.ABOVE', { max: formatNumber(limit.max) });
    default:
      return assertUnreachable(limit);
  }
}

/**
 * A form rule checking a number against core's bounds, the ones the server checks: a value out of them is refused
 * with the bound it breaks, never clamped. Empty is left to a `required` rule.
 */
export function numberRule(t: TFunction, bounds: NumberBounds): FormRule {
  return {
    validator: (_, value: unknown) => {
      if (value === null || value === undefined) return Promise.resolve();
      const limit: NumberLimit | null =
        typeof value === 'number' ? numberLimitOf(value, bounds) : { kind: 'NOT_A_NUMBER' };
      return limit ? Promise.reject(new Error(describeNumberLimit(t, limit))) : Promise.resolve();
    },
  };
}
