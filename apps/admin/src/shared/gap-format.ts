import { numberFormat } from '../lib/locale';

// Figures of the dashboard in the UI language's notation: FTE and gaps keep up to two decimals (the need is a
// fraction until rounded), priorities one, weights two.
const fteFormat = numberFormat({ maximumFractionDigits: 2 });
const priorityFormat = numberFormat({ maximumFractionDigits: 1 });
const weightFormat = numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatFte(value: number): string {
  return fteFormat().format(value);
}

export function formatPriority(value: number): string {
  return priorityFormat().format(value);
}

export function formatWeight(value: number): string {
  return weightFormat().format(value);
}
