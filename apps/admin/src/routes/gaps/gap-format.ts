// Figures of the dashboard in id-ID notation: FTE and gaps keep up to two decimals (the need is a fraction
// until rounded), priorities one, weights two.
const fteFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const signedFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const priorityFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const weightFormat = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatFte(value: number): string {
  return fteFormat.format(value);
}

/** `+2`, `−1,5`, `0`: the sign says shortage (+) or surplus (−). */
export function formatSigned(value: number): string {
  return signedFormat.format(value);
}

export function formatPriority(value: number): string {
  return priorityFormat.format(value);
}

export function formatWeight(value: number): string {
  return weightFormat.format(value);
}
