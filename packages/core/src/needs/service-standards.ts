import { requireNumbers, type NumberBounds } from '../shared/number-checks.js';

/** A need derived from a service standard, with the arithmetic and the rule behind it. */
export type StandardNeed = { need: number; formula: string; basis: string };

/** School levels with a rombel cap; PAUD's caps (10/12/15) depend on age bands that domain.md does not give. */
export const SCHOOL_LEVELS = ['SD', 'SMP', 'SMA', 'SMK', 'SDLB', 'SMPLB'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

// Permendikbudristek 47/2023: maximum students per rombongan belajar (rombel).
export const ROMBEL_CAPS: Readonly<Record<SchoolLevel, number>> = {
  SD: 28,
  SMP: 32,
  SMA: 36,
  SMK: 36,
  SDLB: 5,
  SMPLB: 8,
};
const ROMBEL_BASIS = 'Permendikbudristek 47/2023';
// PP 74/2008 Ps. 52 [M], domain.md §9 [M]: a teacher's full load is 24 JP (tatap muka) a week; configurable.
export const TEACHING_LOAD_JP = 24;

/** Rombel of a school or a subject: a whole count from 0. */
export const ROMBEL_COUNT_BOUNDS: NumberBounds = { min: 0, integer: true };
/** JP a week of one subject in one rombel: from 0. */
export const JP_PER_WEEK_BOUNDS: NumberBounds = { min: 0 };
/** The population a ratio is applied to, and the staff a ratio names: from 0. */
export const RATIO_AMOUNT_BOUNDS: NumberBounds = { min: 0 };
/** The population a ratio is per (1 doctor per 1,000): above 0. */
export const RATIO_PER_POPULATION_BOUNDS: NumberBounds = { min: 0, exclusiveMin: true };

/** Rombel needed for a number of students: ceil(students / cap of the level); `caps` is yearly configuration. */
export function rombelNeeded(
  students: number,
  level: SchoolLevel,
  caps: Readonly<Record<SchoolLevel, number>> = ROMBEL_CAPS,
): StandardNeed {
  const cap = caps[level];
  requireNumbers([
    [students, { field: 'students', label: 'Students', min: 0, integer: true }],
    [cap, { field: 'rombelCap', label: `Rombel cap for ${level}`, min: 1, integer: true }],
  ]);
  const need = Math.ceil(students / cap);
  return { need, formula: `ceil(${students} students / ${cap} per rombel) = ${need}`, basis: ROMBEL_BASIS };
}

/** Guru kelas SD: one per rombel (domain.md §9 [M]). */
export function classTeacherNeed(rombel: number): StandardNeed {
  requireNumbers([[rombel, { field: 'rombel', label: 'Rombel', ...ROMBEL_COUNT_BOUNDS }]]);
  return {
    need: rombel,
    formula: `${rombel} rombel × 1 class teacher = ${rombel}`,
    basis: 'guru kelas SD = rombel',
  };
}

/** Subject teachers for one subject: rombel × JP per week / teaching load (24 JP), unrounded. */
export function subjectTeacherNeed(
  rombel: number,
  jpPerWeek: number,
  teachingLoad: number = TEACHING_LOAD_JP,
): StandardNeed {
  requireNumbers([
    [rombel, { field: 'rombel', label: 'Rombel', ...ROMBEL_COUNT_BOUNDS }],
    [jpPerWeek, { field: 'jpPerWeek', label: 'JP per week', ...JP_PER_WEEK_BOUNDS }],
    [teachingLoad, { field: 'teachingLoad', label: 'Teaching load', min: 0, exclusiveMin: true }],
  ]);
  const need = (rombel * jpPerWeek) / teachingLoad;
  return {
    need,
    formula: `${rombel} rombel × ${jpPerWeek} JP / ${teachingLoad} JP = ${need}`,
    basis: `subject teachers = rombel × JP per week / ${teachingLoad} JP teaching load`,
  };
}

/** A population ratio, e.g. 1 doctor per 1,000 people. */
export type PopulationRatio = { perPopulation: number; staffPer: number; basis: string };

/** Benchmarks of domain.md §9, all [M?]: defaults for configuration, not rules. */
export const RATIO_BENCHMARKS = {
  // WHO 1 doctor per 1,000 population [M?].
  WHO_DOCTOR: { perPopulation: 1000, staffPer: 1, basis: 'WHO 1 doctor per 1,000 [M?]' },
  // Old national targets per 100,000 population [M?].
  NATIONAL_GP: { perPopulation: 100_000, staffPer: 45, basis: 'national target 45 GPs per 100,000 [M?]' },
  NATIONAL_NURSE: {
    perPopulation: 100_000,
    staffPer: 180,
    basis: 'national target 180 nurses per 100,000 [M?]',
  },
  NATIONAL_MIDWIFE: {
    perPopulation: 100_000,
    staffPer: 120,
    basis: 'national target 120 midwives per 100,000 [M?]',
  },
} as const satisfies Record<string, PopulationRatio>;

/** population / perPopulation × staffPer, unrounded. */
export function ratioNeed(population: number, perPopulation: number, staffPer: number): StandardNeed {
  requireNumbers([
    [population, { field: 'population', label: 'Population', ...RATIO_AMOUNT_BOUNDS }],
    [
      perPopulation,
      { field: 'perPopulation', label: 'Population per ratio', ...RATIO_PER_POPULATION_BOUNDS },
    ],
    [staffPer, { field: 'staffPer', label: 'Staff per ratio', ...RATIO_AMOUNT_BOUNDS }],
  ]);
  const need = (population / perPopulation) * staffPer;
  return {
    need,
    formula: `${population} / ${perPopulation} × ${staffPer} = ${need}`,
    basis: `${staffPer} staff per ${perPopulation} population`,
  };
}
