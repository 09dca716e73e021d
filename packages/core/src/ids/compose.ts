import { requireIsoDate } from '../shared/dates.js';
import { type NiPppkParts } from './ni-pppk.js';
import { NIK_FEMALE_DAY_OFFSET, type NikParts } from './nik.js';
import { type NipParts } from './nip.js';

const CENTURY = 100;

/**
 * Writes a NIK from its parts (the inverse of parseNik for valid parts): for seed data and test fixtures.
 * Only the birth date is checked (DomainError when it is not a real date); codes and serial are written as given.
 */
export function composeNik(parts: NikParts): string {
  const birth = requireIsoDate(parts.birthDate, 'birthDate');
  const day = parts.gender === 'FEMALE' ? birth.day + NIK_FEMALE_DAY_OFFSET : birth.day;
  return [
    parts.provinceCode,
    parts.regencyCode,
    parts.kecamatanCode,
    pad(day, 2),
    pad(birth.month, 2),
    pad(birth.year % CENTURY, 2),
    parts.serial,
  ].join('');
}

/** Writes a NIP PNS from its parts (the inverse of parseNip for valid parts). */
export function composeNip(parts: NipParts): string {
  return (
    compactDate(parts.birthDate) + parts.tmtCpns.replace('-', '') + sexDigit(parts.gender) + parts.serial
  );
}

/** Writes a NI PPPK from its parts (the inverse of parseNiPppk for valid parts). */
export function composeNiPppk(parts: NiPppkParts): string {
  return (
    compactDate(parts.birthDate) +
    pad(parts.appointmentYear, 4) +
    parts.contractCounter +
    sexDigit(parts.gender) +
    parts.serial
  );
}

function compactDate(isoDate: string): string {
  requireIsoDate(isoDate, 'birthDate');
  return isoDate.replaceAll('-', '');
}

function sexDigit(gender: NikParts['gender']): string {
  return gender === 'MALE' ? '1' : '2';
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
