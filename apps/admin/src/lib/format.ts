// Numbers and dates are always shown the Indonesian way, in Western Indonesian Time (the city's zone).
const TIME_ZONE = 'Asia/Jakarta';

const numberFormat = new Intl.NumberFormat('id-ID');
const dateFormat = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: TIME_ZONE,
});

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** Date and time in Asia/Jakarta, suffixed WIB. */
export function formatDateTime(iso: string): string {
  return `${dateTimeFormat.format(new Date(iso))} WIB`;
}
