import { numberFormat } from '../lib/locale';

// Shares and rupiah in the UI language's notation: 28,4% and Rp 1.250.000.000, or 28.4% and IDR 1,250,000,000.
const percentFormat = numberFormat({ style: 'percent', maximumFractionDigits: 1 });
const rupiahFormat = numberFormat({ style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
const amountFormat = numberFormat({ maximumFractionDigits: 0 });

export function formatPercent(share: number): string {
  return percentFormat().format(share);
}

export function formatRupiah(amount: number): string {
  return rupiahFormat().format(amount);
}

/** For money inputs: digits grouped the UI language's way, no currency sign (the input shows "Rp" itself). */
export function formatAmount(value: number | string | undefined): string {
  const amount = Number(value);
  return value === undefined || value === '' || !Number.isFinite(amount) ? '' : amountFormat().format(amount);
}
