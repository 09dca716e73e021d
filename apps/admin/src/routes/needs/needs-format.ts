import { numberFormat } from '../../lib/locale';

// FTE and EJ are fractions: always two decimals, in the UI language's notation (2,40 or 2.40).
const decimalFormat = numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatDecimal(value: number): string {
  return decimalFormat().format(value);
}

/** A signed change with two decimals: +1,50 / −0,25 / 0,00. */
export function formatDelta(value: number): string {
  if (value > 0) return `+${formatDecimal(value)}`;
  if (value < 0) return `−${formatDecimal(-value)}`;
  return formatDecimal(0);
}
