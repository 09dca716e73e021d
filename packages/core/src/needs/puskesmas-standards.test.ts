import { describe, expect, it } from 'vitest';
import {
  PUSKESMAS_STAFF_CATEGORIES,
  PUSKESMAS_STAFFING_STANDARDS,
  puskesmasStaffTotal,
  puskesmasStandardNeed,
  type PuskesmasStaffCategory,
  type PuskesmasStaffingTable,
} from './puskesmas-standards.js';

// domain.md §9, Permenkes 75/2014.
const URBAN_COMPOSITION: [PuskesmasStaffCategory, number, number][] = [
  ['DOKTER', 1, 2],
  ['DOKTER_GIGI', 1, 1],
  ['PERAWAT', 5, 8],
  ['BIDAN', 4, 7],
  ['KESMAS', 2, 2],
  ['KESLING', 1, 1],
  ['ATLM', 1, 1],
  ['GIZI', 1, 2],
  ['FARMASI', 1, 2],
  ['ADMIN', 3, 3],
  ['PEKARYA', 2, 2],
];

describe('PUSKESMAS_STAFFING_STANDARDS', () => {
  it('totals 22 staff without inpatient care and 31 with it in urban areas', () => {
    expect(puskesmasStaffTotal(PUSKESMAS_STAFFING_STANDARDS.URBAN_NON_INPATIENT)).toBe(22);
    expect(puskesmasStaffTotal(PUSKESMAS_STAFFING_STANDARDS.URBAN_INPATIENT)).toBe(31);
  });

  it('covers every staff category', () => {
    expect(URBAN_COMPOSITION.map(([category]) => category)).toEqual([...PUSKESMAS_STAFF_CATEGORIES]);
  });

  it.each(URBAN_COMPOSITION)(
    'needs %s: %i without and %i with inpatient care',
    (category, plain, inpatient) => {
      const table = PUSKESMAS_STAFFING_STANDARDS;
      expect(puskesmasStandardNeed(table, 'URBAN_NON_INPATIENT', category)?.need).toBe(plain);
      expect(puskesmasStandardNeed(table, 'URBAN_INPATIENT', category)?.need).toBe(inpatient);
    },
  );

  it('knows no rural row until configuration supplies one', () => {
    expect(puskesmasStandardNeed(PUSKESMAS_STAFFING_STANDARDS, 'RURAL_INPATIENT', 'BIDAN')).toBeNull();
    const configured: PuskesmasStaffingTable = {
      ...PUSKESMAS_STAFFING_STANDARDS,
      RURAL_INPATIENT: { ...PUSKESMAS_STAFFING_STANDARDS.URBAN_INPATIENT, BIDAN: 8 },
    };
    expect(puskesmasStandardNeed(configured, 'RURAL_INPATIENT', 'BIDAN')).toEqual({
      need: 8,
      formula: 'RURAL_INPATIENT puskesmas: 8 BIDAN (of 32 staff)',
      basis: 'Permenkes 75/2014 minimum puskesmas staffing',
    });
  });

  it('refuses a configured row with a negative count', () => {
    const broken: PuskesmasStaffingTable = {
      RURAL_NON_INPATIENT: { ...PUSKESMAS_STAFFING_STANDARDS.URBAN_NON_INPATIENT, GIZI: -1 },
    };
    expect(() => puskesmasStandardNeed(broken, 'RURAL_NON_INPATIENT', 'GIZI')).toThrow(
      expect.objectContaining({ name: 'DomainError' }),
    );
  });
});
