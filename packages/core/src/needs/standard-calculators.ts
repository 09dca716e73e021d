/** The helpers that fill a position's service-standard need, each from its own rule. */
export const STANDARD_CALCULATORS = ['TEACHER', 'PUSKESMAS', 'POPULATION_RATIO'] as const;
export type StandardCalculator = (typeof STANDARD_CALCULATORS)[number];

/** What decides which helpers fit a position of an analysis. */
export type CalculatorFacts = {
  /** A teacher (guru) position: rombel and JP standards (PP 74/2008, Permendikbudristek 47/2023). */
  isTeacher: boolean;
  /** The analysis's unit kind: a puskesmas staffs to Permenkes 75/2014. */
  unitKind: string;
  /** People one holder is expected to serve, when the position has such a benchmark. */
  servedPerStaffBenchmark: number | null | undefined;
};

/**
 * The calculators that fit a position: teacher ratios for teachers, the puskesmas staffing table for a
 * puskesmas's staff, and a population ratio where the position has a benchmark. None may fit (an OPD's
 * administrative position has only its workload).
 */
export function standardCalculatorsFor(facts: CalculatorFacts): StandardCalculator[] {
  const fits: Record<StandardCalculator, boolean> = {
    TEACHER: facts.isTeacher,
    PUSKESMAS: facts.unitKind === 'PUSKESMAS',
    POPULATION_RATIO: facts.servedPerStaffBenchmark !== null && facts.servedPerStaffBenchmark !== undefined,
  };
  return STANDARD_CALCULATORS.filter((calculator) => fits[calculator]);
}
