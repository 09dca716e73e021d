// Shares and rupiah the Indonesian way: 28,4% and Rp 1.250.000.000.
const percentFormat = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });
const rupiahFormat = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  maximumFractionDigits: 0,
});
const amountFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

export function formatPercent(share: number): string {
  return percentFormat.format(share);
}

export function formatRupiah(amount: number): string {
  return rupiahFormat.format(amount);
}

/** For money inputs: digits grouped with dots, no currency sign (the input shows "Rp" itself). */
export function formatAmount(value: number | string | undefined): string {
  const amount = Number(value);
  return value === undefined || value === '' || !Number.isFinite(amount) ? '' : amountFormat.format(amount);
}
