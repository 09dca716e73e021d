import { isOneOf } from '../shared/validation.js';

/**
 * Kinds of organisational unit: OPD (perangkat daerah) at the top; puskesmas, RSUD, SD/SMP schools (kab/kota manage
 * PAUD, SD, SMP under UU 23/2014), UPTD and kecamatan offices below.
 */
export const UNIT_KINDS = [
  'OPD',
  'PUSKESMAS',
  'RSUD',
  'SCHOOL_SD',
  'SCHOOL_SMP',
  'UPTD',
  'KECAMATAN_OFFICE',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export function isUnitKind(value: string): value is UnitKind {
  return isOneOf(UNIT_KINDS, value);
}
