// How a number input reads and writes its text. A text that is no number reads as NaN, never as the last number
// or a number made of its digits, so the form's check (core's bounds) refuses it instead of saving something else.

import { formatLocale } from '../lib/locale';

// In Bahasa Indonesia a comma (or a point) marks decimals and dots group thousands; in English a point marks
// decimals and commas group thousands, so an English "1,250" is no plain number (it is refused, never read as 1.25).
const NOTATIONS = {
  id: {
    plain: /^-?\d+(?:[.,]\d*)?$/,
    amount: /^-?\d+(?:,\d+)?$/,
    grouped: /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/,
    group: /\./g,
    decimal: ',',
  },
  en: {
    plain: /^-?\d+(?:\.\d*)?$/,
    amount: /^-?\d+(?:\.\d+)?$/,
    grouped: /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/,
    group: /,/g,
    decimal: '.',
  },
} as const;

const notation = () => (formatLocale().startsWith('en') ? NOTATIONS.en : NOTATIONS.id);

/** '' → null; '12', '-5', '0,5', '0.5' or '0,' (still typing) → the number; anything else (letters, '1e3', '1.2.3') → NaN. */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return notation().plain.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** The UI language's decimal mark: 0,5 in Bahasa Indonesia, 0.5 in English. */
export function formatNumberText(value: number): string {
  return String(value).replace('.', notation().decimal);
}

/**
 * Rupiah typed in the UI language's notation: '1.250.000' or '1250000' (and a decimal comma) in Bahasa
 * Indonesia, '1,250,000' (and a decimal point) in English; '' → null; anything else → NaN. A group mark only groups
 * thousands, so '1.5' in Bahasa Indonesia or '1,5' in English is not a number.
 */
export function parseAmountText(text: string): number | null {
  const trimmed = text.replace(/\s/g, '');
  if (trimmed === '') return null;
  const { amount, grouped, group, decimal } = notation();
  if (amount.test(trimmed) || grouped.test(trimmed)) {
    return Number(trimmed.replace(group, '').replace(decimal, '.'));
  }
  return Number.NaN;
}
