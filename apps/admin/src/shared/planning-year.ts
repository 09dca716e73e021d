import { isoDateInJakarta } from '@formasi/core';

// Planning looks ahead: the year being planned is next year unless the user picks another.
const YEARS_AHEAD_BY_DEFAULT = 1;
// Years offered in a year select around the current one (history for old reports, five years ahead: domain.md §2).
const YEARS_BACK = 5;
const YEARS_FORWARD = 5;

/** The calendar year in Jakarta. */
export function currentYear(now: Date = new Date()): number {
  return Number(isoDateInJakarta(now).slice(0, 4));
}

/** The planning year screens start at: next year. */
export function defaultPlanningYear(now: Date = new Date()): number {
  return currentYear(now) + YEARS_AHEAD_BY_DEFAULT;
}

/** A four-digit year from a URL parameter, else undefined. */
export function readYear(value: string | null | undefined): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : undefined;
}

/** Years around now, plus any others the caller knows of (saved planning years), newest first. */
export function yearOptions(extra: readonly number[] = [], now: Date = new Date()): number[] {
  const base = currentYear(now);
  const years = new Set(extra);
  for (let year = base - YEARS_BACK; year <= base + YEARS_FORWARD; year += 1) years.add(year);
  return [...years].sort((a, b) => b - a);
}
