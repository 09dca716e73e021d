// How a number input reads and writes its text. A text that is no number reads as NaN, never as the last number
// or a number made of its digits, so the form's check (core's bounds) refuses it instead of saving something else.

const PLAIN_NUMBER = /^-?\d+(?:[.,]\d*)?$/;
const GROUPED_AMOUNT = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/** '' → null; '12', '-5', '0,5', '0.5' or '0,' (still typing) → the number; anything else (letters, '1e3', '1.2.3') → NaN. */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return PLAIN_NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** The decimal comma of the admin's id-ID numbers: 0,5. */
export function formatNumberText(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * Rupiah typed the Indonesian way: '1.250.000' or '1250000' (and a decimal comma); '' → null; anything else →
 * NaN. A dot only groups thousands here, so '1.5' is not a number.
 */
export function parseAmountText(text: string): number | null {
  const trimmed = text.replace(/\s/g, '');
  if (trimmed === '') return null;
  if (/^-?\d+(?:,\d+)?$/.test(trimmed) || GROUPED_AMOUNT.test(trimmed)) {
    return Number(trimmed.replace(/\./g, '').replace(',', '.'));
  }
  return Number.NaN;
}
