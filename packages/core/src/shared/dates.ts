import { DomainError, issue } from './validation.js';

/** A calendar day without time or zone; dates cross every boundary as ISO strings 'YYYY-MM-DD'. */
export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS_PER_YEAR = 12;
// Asia/Jakarta (WIB) is UTC+7 all year: Indonesia has no daylight saving time.
const JAKARTA_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the Gregorian calendar; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day name a real day (no 30 February, no month 13). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    month >= 1 &&
    month <= MONTHS_PER_YEAR &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function formatIsoDate(date: CalendarDate): string {
  const year = String(date.year).padStart(4, '0');
  return `${year}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** Parses a strict 'YYYY-MM-DD' string naming a real day; anything else gives null. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE_PATTERN.exec(value);
  if (match === null) {
    return null;
  }
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined || !isCalendarDate(year, month, day)) {
    return null;
  }
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Parses an ISO date or throws a DomainError (INVALID_DATE) on `field`. */
export function requireIsoDate(value: string, field: string): CalendarDate {
  const date = parseIsoDate(value);
  if (date === null) {
    throw new DomainError([
      issue(field, 'INVALID_DATE', `${field} must be a real date written YYYY-MM-DD; got '${value}'.`),
    ]);
  }
  return date;
}

/** Orders two calendar dates: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whole years of age on `on`; a 29 February birthday is reached on 1 March in common years. */
export function ageOn(birthDate: string, on: string): number {
  const birth = requireIsoDate(birthDate, 'birthDate');
  const day = requireIsoDate(on, 'on');
  const years = day.year - birth.year;
  const birthdayReached = day.month > birth.month || (day.month === birth.month && day.day >= birth.day);
  return birthdayReached ? years : years - 1;
}

/** The first day of the month after `date`'s month. */
export function firstDayOfNextMonth(date: Pick<CalendarDate, 'year' | 'month'>): CalendarDate {
  return date.month === MONTHS_PER_YEAR
    ? { year: date.year + 1, month: 1, day: 1 }
    : { year: date.year, month: date.month + 1, day: 1 };
}

/** The calendar day after `date` (31 December → 1 January of the next year). */
export function dayAfter(date: CalendarDate): CalendarDate {
  if (date.day < daysInMonth(date.year, date.month)) return { ...date, day: date.day + 1 };
  return firstDayOfNextMonth(date);
}

/** The calendar day in Jakarta (WIB) at a given instant: how the API turns its clock into core's `today`. */
export function isoDateInJakarta(instant: Date): string {
  return new Date(instant.getTime() + JAKARTA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
