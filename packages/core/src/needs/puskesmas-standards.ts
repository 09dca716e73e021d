import { requireNumbers } from '../shared/number-checks.js';
import { type StandardNeed } from './service-standards.js';

export const PUSKESMAS_TYPES = [
  'URBAN_NON_INPATIENT',
  'URBAN_INPATIENT',
  'RURAL_NON_INPATIENT',
  'RURAL_INPATIENT',
] as const;
export type PuskesmasType = (typeof PUSKESMAS_TYPES)[number];

/** Staff categories of the Permenkes 75/2014 minimum staffing table. */
export const PUSKESMAS_STAFF_CATEGORIES = [
  'DOKTER',
  'DOKTER_GIGI',
  'PERAWAT',
  'BIDAN',
  'KESMAS',
  'KESLING',
  'ATLM',
  'GIZI',
  'FARMASI',
  'ADMIN',
  'PEKARYA',
] as const;
export type PuskesmasStaffCategory = (typeof PUSKESMAS_STAFF_CATEGORIES)[number];

export type PuskesmasStaffing = Readonly<Record<PuskesmasStaffCategory, number>>;
/** Minimum staffing per puskesmas type; a type may be missing (then its need is unknown, not zero). */
export type PuskesmasStaffingTable = Readonly<Partial<Record<PuskesmasType, PuskesmasStaffing>>>;

// Permenkes 75/2014 lampiran, urban puskesmas without inpatient care: 22 staff.
const URBAN_NON_INPATIENT: PuskesmasStaffing = {
  DOKTER: 1,
  DOKTER_GIGI: 1,
  PERAWAT: 5,
  BIDAN: 4,
  KESMAS: 2,
  KESLING: 1,
  ATLM: 1,
  GIZI: 1,
  FARMASI: 1,
  ADMIN: 3,
  PEKARYA: 2,
};

/**
 * Permenkes 75/2014 minimum staffing as domain.md §9 gives it: only the urban rows (22 and 31 staff). The rural
 * rows are not in domain.md and must come from configuration (pass a fuller table to puskesmasStandardNeed).
 */
export const PUSKESMAS_STAFFING_STANDARDS = {
  URBAN_NON_INPATIENT,
  // Permenkes 75/2014, urban with inpatient care: 31 staff; the categories not listed are as without inpatient care.
  URBAN_INPATIENT: { ...URBAN_NON_INPATIENT, DOKTER: 2, PERAWAT: 8, BIDAN: 7, GIZI: 2, FARMASI: 2 },
} as const satisfies PuskesmasStaffingTable;

const PUSKESMAS_BASIS = 'Permenkes 75/2014 minimum puskesmas staffing';

/** Total staff of one row of the table. */
export function puskesmasStaffTotal(row: PuskesmasStaffing): number {
  return PUSKESMAS_STAFF_CATEGORIES.reduce((sum, category) => sum + row[category], 0);
}

/** The standard's count of one staff category in one puskesmas type, or null when the table lacks the type. */
export function puskesmasStandardNeed(
  table: PuskesmasStaffingTable,
  type: PuskesmasType,
  staffCategory: PuskesmasStaffCategory,
): StandardNeed | null {
  const row = table[type];
  if (row === undefined) {
    return null;
  }
  const need = row[staffCategory];
  requireNumbers([[need, { field: 'need', label: `Standard for ${staffCategory}`, min: 0, integer: true }]]);
  return {
    need,
    formula: `${type} puskesmas: ${need} ${staffCategory} (of ${puskesmasStaffTotal(row)} staff)`,
    basis: PUSKESMAS_BASIS,
  };
}
