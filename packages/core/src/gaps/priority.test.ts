import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRIORITY_WEIGHTS,
  priorityOf,
  servedPerStaff,
  validatePriorityWeights,
  type PriorityInputs,
  type PriorityWeights,
} from './priority.js';

// Perawat at a Talawi puskesmas: 3 short of 10, urgent health sector, overloaded, 2 of 8 retiring soon.
const perawat: PriorityInputs = {
  gap: 3,
  need: 10,
  sectorUrgent: true,
  sectorPriority: 0.6,
  servedPerStaff: 1500,
  servedPerStaffBenchmark: 1000,
  retiringWithin2Years: 2,
  staff: 8,
  stakeholderWeight: 0.5,
};
const zeroWeights: PriorityWeights = {
  sectorPriority: 0,
  severity: 0,
  serviceImpact: 0,
  retirements: 0,
  stakeholder: 0,
};

describe('priorityOf', () => {
  it('scores 100 × Σ(weight × value) / Σ weights with the default weights', () => {
    const result = priorityOf(perawat, DEFAULT_PRIORITY_WEIGHTS);
    expect(result.score).toBeCloseTo(63, 9); // (25×1 + 35×0.3 + 20×1 + 10×0.25 + 10×0.5) / 100
    expect(result.factors.map((f) => [f.factor, f.value, f.weight])).toEqual([
      ['sectorPriority', 1, 25],
      ['severity', 0.3, 35],
      ['serviceImpact', 1, 20],
      ['retirements', 0.25, 10],
      ['stakeholder', 0.5, 10],
    ]);
    expect(result.factors.reduce((sum, f) => sum + f.contribution, 0)).toBeCloseTo(result.score, 9);
    expect(result.summary).toBe('Shortage of 3 scores 63.0 of 100.');
  });

  it('explains each factor with its numbers', () => {
    expect(priorityOf(perawat, DEFAULT_PRIORITY_WEIGHTS).factors.map((f) => f.explanation)).toEqual([
      'The sector is marked urgent, so it counts in full.',
      '3 of a need of 10 is unmet (30%).',
      'Each staff member serves 1500 against a benchmark of 1000 (100%, capped at 100%).',
      '2 of 8 staff retire within 2 years (25%).',
      'Confirmed stakeholder requests weigh 0.5 of 1.',
    ]);
  });

  it.each<[string, Partial<PriorityInputs>, string, number]>([
    ['a non-urgent sector uses its priority', { sectorUrgent: false }, 'sectorPriority', 0.6],
    ['an unknown service load counts 0', { servedPerStaff: null }, 'serviceImpact', 0],
    ['an unknown benchmark counts 0', { servedPerStaffBenchmark: null }, 'serviceImpact', 0],
    ['a light service load is a share', { servedPerStaff: 250 }, 'serviceImpact', 0.25],
    ['nobody in post has no retirements', { staff: 0, retiringWithin2Years: 0 }, 'retirements', 0],
    ['severity clamps at 1', { gap: 12 }, 'severity', 1],
    ['stakeholder weight clamps at 1', { stakeholderWeight: 1.7 }, 'stakeholder', 1],
  ])('%s', (_name, over, factor, value) => {
    const found = priorityOf({ ...perawat, ...over }, DEFAULT_PRIORITY_WEIGHTS).factors.find(
      (f) => f.factor === factor,
    );
    expect(found?.value).toBeCloseTo(value, 12);
  });

  it.each([
    ['a surplus', -2],
    ['a balanced gap', 0],
  ])('scores %s 0, still showing its factors', (_name, gap) => {
    const result = priorityOf({ ...perawat, gap }, DEFAULT_PRIORITY_WEIGHTS);
    expect(result.score).toBe(0);
    expect(result.factors.every((f) => f.contribution === 0)).toBe(true);
    expect(result.summary).toBe(`No shortage (gap ${gap}), so the priority score is 0.`);
  });

  it('refuses invalid weights', () => {
    expect(() => priorityOf(perawat, zeroWeights)).toThrow(expect.objectContaining({ field: 'weights' }));
  });

  const weights = fc.record({
    sectorPriority: fc.integer({ min: 0, max: 100 }),
    severity: fc.integer({ min: 1, max: 100 }),
    serviceImpact: fc.integer({ min: 0, max: 100 }),
    retirements: fc.integer({ min: 0, max: 100 }),
    stakeholder: fc.integer({ min: 0, max: 100 }),
  });
  const inputs = fc.record({
    gap: fc.double({ min: -50, max: 50, noNaN: true }),
    need: fc.double({ min: 0, max: 50, noNaN: true }),
    sectorUrgent: fc.boolean(),
    sectorPriority: fc.double({ min: 0, max: 1, noNaN: true }),
    servedPerStaff: fc.option(fc.double({ min: 0, max: 10_000, noNaN: true })),
    servedPerStaffBenchmark: fc.option(fc.double({ min: 0, max: 10_000, noNaN: true })),
    retiringWithin2Years: fc.integer({ min: 0, max: 20 }),
    staff: fc.integer({ min: 0, max: 20 }),
    stakeholderWeight: fc.double({ min: 0, max: 2, noNaN: true }),
  });

  it('keeps the score within 0..100', () => {
    fc.assert(
      fc.property(inputs, weights, (i, w) => {
        const { score } = priorityOf(i, w);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never ranks a larger shortage lower, all else equal', () => {
    fc.assert(
      fc.property(inputs, weights, fc.double({ min: 0, max: 50, noNaN: true }), (i, w, more) => {
        const smaller = priorityOf(i, w).score;
        const larger = priorityOf({ ...i, gap: i.gap + more }, w).score;
        expect(larger).toBeGreaterThanOrEqual(smaller - 1e-9);
      }),
    );
  });
});

describe('priorityOf in Bahasa Indonesia', () => {
  it('explains each factor and the score with id-ID numbers', () => {
    const result = priorityOf({ ...perawat, sectorUrgent: false }, DEFAULT_PRIORITY_WEIGHTS, 'id');
    expect(result.factors.map((f) => f.explanation)).toEqual([
      'Prioritas sektor untuk tahun ini 0,6 dari 1.',
      'Tingkat keparahan: 3 dari kebutuhan 10 belum terpenuhi (30%).',
      'Dampak layanan: setiap pegawai melayani 1.500 dibandingkan patokan 1.000 (100%, paling tinggi 100%).',
      'Pegawai pensiun: 2 dari 8 pegawai pensiun dalam 2 tahun (25%).',
      'Masukan pemangku kepentingan yang dikonfirmasi berbobot 0,5 dari 1.',
    ]);
    expect(result.summary).toBe('Kekurangan 3 pegawai menghasilkan skor prioritas 53,0 dari 100.');
    expect(priorityOf({ ...perawat, gap: -2.5 }, DEFAULT_PRIORITY_WEIGHTS, 'id').summary).toBe(
      'Tidak ada kekurangan (selisih -2,5), sehingga skor prioritas 0.',
    );
  });

  it.each<[string, Partial<PriorityInputs>]>([
    ['an urgent sector', {}],
    ['a ranked sector, unknown service load', { sectorUrgent: false, servedPerStaff: null }],
    ['a surplus', { gap: -2 }],
  ])('words every factor of %s differently from English, with the same numbers', (_name, over) => {
    const english = priorityOf({ ...perawat, ...over }, DEFAULT_PRIORITY_WEIGHTS);
    const indonesian = priorityOf({ ...perawat, ...over }, DEFAULT_PRIORITY_WEIGHTS, 'id');
    expect(indonesian.score).toBe(english.score);
    english.factors.forEach((factor, index) => {
      expect(indonesian.factors[index]).toMatchObject({ factor: factor.factor, value: factor.value });
      expect(indonesian.factors[index]?.explanation).not.toBe(factor.explanation);
    });
    expect(indonesian.summary).not.toBe(english.summary);
  });
});

describe('validatePriorityWeights', () => {
  it.each<[string, PriorityWeights, [string, string][]]>([
    ['the defaults', DEFAULT_PRIORITY_WEIGHTS, []],
    ['a single non-zero weight', { ...zeroWeights, severity: 1 }, []],
    ['all weights zero', zeroWeights, [['weights', 'INVALID_VALUE']]],
    [
      'a negative weight',
      { ...DEFAULT_PRIORITY_WEIGHTS, retirements: -1 },
      [['retirements', 'INVALID_VALUE']],
    ],
    [
      'a NaN weight',
      { ...DEFAULT_PRIORITY_WEIGHTS, stakeholder: Number.NaN },
      [['stakeholder', 'INVALID_VALUE']],
    ],
  ])('judges %s', (_name, w, expected) => {
    expect(validatePriorityWeights(w).map((i) => [i.field, i.reason])).toEqual(expected);
  });
});

describe('servedPerStaff', () => {
  it.each<[number | null, number, number | null]>([
    [12_000, 4, 3000],
    [12_000, 0, 12_000],
    [12_000, 1, 12_000],
    [null, 3, null],
  ])('%s served by %i in post: %s each', (population, staff, expected) => {
    expect(servedPerStaff(population, staff)).toBe(expected);
  });
});
