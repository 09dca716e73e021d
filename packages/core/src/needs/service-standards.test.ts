import { describe, expect, it } from 'vitest';
import {
  classTeacherNeed,
  RATIO_BENCHMARKS,
  ratioNeed,
  ROMBEL_CAPS,
  rombelNeeded,
  subjectTeacherNeed,
  TEACHING_LOAD_JP,
  type SchoolLevel,
} from './service-standards.js';

describe('rombelNeeded', () => {
  it('holds the Permendikbudristek 47/2023 caps', () => {
    expect(ROMBEL_CAPS).toEqual({ SD: 28, SMP: 32, SMA: 36, SMK: 36, SDLB: 5, SMPLB: 8 });
  });

  it.each<[SchoolLevel, number, number]>([
    ['SD', 0, 0],
    ['SD', 28, 1],
    ['SD', 29, 2],
    ['SD', 168, 6],
    ['SMP', 32, 1],
    ['SMP', 33, 2],
    ['SMA', 360, 10],
    ['SMK', 37, 2],
    ['SDLB', 11, 3],
    ['SMPLB', 8, 1],
  ])('%s with %i students needs %i rombel', (level, students, rombel) => {
    expect(rombelNeeded(students, level).need).toBe(rombel);
  });

  it('shows its arithmetic and takes the caps as configuration', () => {
    expect(rombelNeeded(29, 'SD')).toEqual({
      need: 2,
      formula: 'ceil(29 students / 28 per rombel) = 2',
      basis: 'Permendikbudristek 47/2023',
    });
    expect(rombelNeeded(29, 'SD', { ...ROMBEL_CAPS, SD: 30 }).need).toBe(1);
  });

  it('refuses a fractional student count', () => {
    expect(() => rombelNeeded(10.5, 'SD')).toThrow(expect.objectContaining({ field: 'students' }));
  });
});

describe('teacher need', () => {
  it.each([
    [6, 6],
    [12, 12],
    [0, 0],
  ])('an SD with %i rombel needs %i class teachers', (rombel, need) => {
    expect(classTeacherNeed(rombel).need).toBe(need);
  });

  it('needs 2 subject teachers for 12 SMP rombel × 4 JP / 24 JP', () => {
    expect(TEACHING_LOAD_JP).toBe(24);
    expect(subjectTeacherNeed(12, 4)).toEqual({
      need: 2,
      formula: '12 rombel × 4 JP / 24 JP = 2',
      basis: 'subject teachers = rombel × JP per week / 24 JP teaching load',
    });
  });

  it.each([
    [9, 5, 24, 1.875],
    [3, 2, 24, 0.25],
    [12, 4, 18, 48 / 18],
  ])('keeps %i rombel × %i JP / %i JP unrounded', (rombel, jp, load, need) => {
    expect(subjectTeacherNeed(rombel, jp, load).need).toBeCloseTo(need, 12);
  });

  it('refuses a zero teaching load', () => {
    expect(() => subjectTeacherNeed(12, 4, 0)).toThrow(expect.objectContaining({ field: 'teachingLoad' }));
  });
});

describe('ratioNeed', () => {
  it.each([
    ['WHO doctors for 65,000 people', RATIO_BENCHMARKS.WHO_DOCTOR, 65_000, 65],
    ['national GP target for 65,000 people', RATIO_BENCHMARKS.NATIONAL_GP, 65_000, 29.25],
    ['national nurse target for 65,000 people', RATIO_BENCHMARKS.NATIONAL_NURSE, 65_000, 117],
    ['national midwife target for 65,000 people', RATIO_BENCHMARKS.NATIONAL_MIDWIFE, 65_000, 78],
  ])('computes %s', (_name, ratio, population, need) => {
    expect(ratioNeed(population, ratio.perPopulation, ratio.staffPer).need).toBeCloseTo(need, 9);
  });

  it('shows its arithmetic', () => {
    expect(ratioNeed(65_000, 1000, 1).formula).toBe('65000 / 1000 × 1 = 65');
  });

  it('refuses a zero population base', () => {
    expect(() => ratioNeed(65_000, 0, 1)).toThrow(expect.objectContaining({ field: 'perPopulation' }));
  });
});
