import { dateTimeFormat, numberFormat } from './locale';

// Numbers and dates in the UI language's notation (lib/locale.ts), always in Western Indonesian Time (the city's
// zone).
const TIME_ZONE = 'Asia/Jakarta';

const integerFormat = numberFormat();
const dateFormat = dateTimeFormat({ dateStyle: 'medium', timeZone: TIME_ZONE });
const dateAndTimeFormat = dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });

export function formatNumber(value: number): string {
  return integerFormat().format(value);
}

export function formatDate(iso: string): string {
  return dateFormat().format(new Date(iso));
}

/** Date and time in Asia/Jakarta, suffixed WIB. */
export function formatDateTime(iso: string): string {
  return `${dateAndTimeFormat().format(new Date(iso))} WIB`;
}
