import { describe, expect, it } from 'vitest';
import {
  budgetHeadroom,
  PERSONNEL_SPENDING_CAP,
  validateBudgetFigures,
  validateBudgetInput,
  type BudgetFigures,
  type BudgetInput,
} from './budget.js';

// Rupiah, round numbers in the scale of a small kota's APBD.
const BILLION = 1_000_000_000;
const apbd: BudgetInput = {
  totalSpending: 1000 * BILLION,
  personnelSpending: 320 * BILLION,
  excludedTeacherAllowances: 40 * BILLION,
  plannedHires: [],
};
const hires = (count: number) => [
  { positionClass: 'Perawat Ahli Pertama', count, annualCostPerPerson: 0.1 * BILLION },
];

describe('budgetHeadroom', () => {
  it('counts personnel spending without TKD teacher allowances', () => {
    expect(PERSONNEL_SPENDING_CAP).toBe(0.3);
    expect(budgetHeadroom(apbd)).toMatchObject({
      cap: 0.3,
      countedPersonnelSpending: 280 * BILLION,
      currentShare: 0.28,
      plannedCost: 0,
      projectedShare: 0.28,
      headroom: 20 * BILLION,
      exceedsCap: false,
    });
  });

  it.each([
    ['within the cap', 150, 0.295, 5 * BILLION, false],
    ['exactly at 30 %', 200, 0.3, 0, false],
    ['one hire above 30 %', 201, 0.3001, -0.1 * BILLION, true],
  ])('judges hires %s', (_name, count, share, headroom, exceeds) => {
    const result = budgetHeadroom({ ...apbd, plannedHires: hires(count) });
    expect(result.projectedShare).toBeCloseTo(share, 12);
    expect(result.headroom).toBeCloseTo(headroom, 0);
    expect(result.exceedsCap).toBe(exceeds);
    expect(result.plannedLines[0]?.cost).toBeCloseTo(count * 0.1 * BILLION, 0);
  });

  it('is not thrown over by floating point at exactly 30 % of an odd total', () => {
    const total = 1_050_000_000_003;
    const result = budgetHeadroom({
      totalSpending: total,
      personnelSpending: 0.3 * total,
      excludedTeacherAllowances: 0,
      plannedHires: [],
    });
    expect(result.exceedsCap).toBe(false);
  });

  it('explains the arithmetic in English with rupiah grouped the English way', () => {
    expect(budgetHeadroom({ ...apbd, plannedHires: hires(201) }).explanation).toBe(
      'Personnel spending IDR 320,000,000,000 less IDR 40,000,000,000 TKD teacher allowances plus ' +
        'IDR 20,100,000,000 for planned hires is 30.01% of total spending IDR 1,000,000,000,000; the cap is 30%, ' +
        'exceeded by IDR 100,000,000.',
    );
    expect(budgetHeadroom({ ...apbd, plannedHires: hires(150) }).explanation).toContain(
      'leaving IDR 5,000,000,000 of headroom.',
    );
  });

  it.each([
    [
      201,
      'Belanja pegawai Rp320.000.000.000 dikurangi tunjangan guru (TKD) Rp40.000.000.000 ditambah ' +
        'Rp20.100.000.000 untuk rencana pengadaan pegawai menjadi 30,01% dari total belanja daerah ' +
        'Rp1.000.000.000.000; batasnya 30%, terlampaui sebesar Rp100.000.000.',
    ],
    [
      150,
      'Belanja pegawai Rp320.000.000.000 dikurangi tunjangan guru (TKD) Rp40.000.000.000 ditambah ' +
        'Rp15.000.000.000 untuk rencana pengadaan pegawai menjadi 29,5% dari total belanja daerah ' +
        'Rp1.000.000.000.000; batasnya 30%, masih tersisa ruang Rp5.000.000.000.',
    ],
  ])('explains %i hires in Bahasa Indonesia with rupiah in id-ID format', (count, explanation) => {
    const input = { ...apbd, plannedHires: hires(count) };
    expect(budgetHeadroom(input, 'id').explanation).toBe(explanation);
    expect(budgetHeadroom(input, 'en').explanation).not.toBe(explanation);
  });

  it('takes a transition-year cap as configuration', () => {
    expect(budgetHeadroom({ ...apbd, cap: 0.4, plannedHires: hires(201) }).exceedsCap).toBe(false);
  });
});

describe('validateBudgetInput', () => {
  it.each<[string, Partial<BudgetInput>, [string, string][]]>([
    ['a complete input', {}, []],
    ['zero total spending', { totalSpending: 0 }, [['totalSpending', 'INVALID_VALUE']]],
    ['negative personnel spending', { personnelSpending: -1 }, [['personnelSpending', 'INVALID_VALUE']]],
    [
      'allowances above personnel spending',
      { excludedTeacherAllowances: 321 * BILLION },
      [['excludedTeacherAllowances', 'INVALID_VALUE']],
    ],
    ['a cap above 1', { cap: 1.3 }, [['cap', 'INVALID_VALUE']]],
    [
      'a bad planned hire',
      { plannedHires: [{ positionClass: 'Guru', count: 1.5, annualCostPerPerson: -1 }] },
      [
        ['plannedHires.0.count', 'INVALID_VALUE'],
        ['plannedHires.0.annualCostPerPerson', 'INVALID_VALUE'],
      ],
    ],
  ])('judges %s', (_name, over, expected) => {
    expect(validateBudgetInput({ ...apbd, ...over }).map((i) => [i.field, i.reason])).toEqual(expected);
  });

  it('makes budgetHeadroom throw', () => {
    expect(() => budgetHeadroom({ ...apbd, totalSpending: 0 })).toThrow(
      expect.objectContaining({ field: 'totalSpending' }),
    );
  });
});

describe('validateBudgetFigures', () => {
  const none: BudgetFigures = {
    totalSpending: null,
    personnelSpending: null,
    excludedTeacherAllowances: null,
  };
  it.each<[string, Partial<BudgetFigures>, [string, string][]]>([
    ['nothing set yet', {}, []],
    [
      'all three, consistent',
      { totalSpending: 1000, personnelSpending: 320, excludedTeacherAllowances: 40 },
      [],
    ],
    [
      'allowances above personnel spending',
      { personnelSpending: 100, excludedTeacherAllowances: 500 },
      [['excludedTeacherAllowances', 'INVALID_VALUE']],
    ],
    [
      'allowances equal to personnel spending',
      { personnelSpending: 100, excludedTeacherAllowances: 100 },
      [],
    ],
    ['allowances alone', { excludedTeacherAllowances: 500 }, []],
    [
      'negative allowances',
      { excludedTeacherAllowances: -1 },
      [['excludedTeacherAllowances', 'INVALID_VALUE']],
    ],
    ['zero total spending', { totalSpending: 0 }, [['totalSpending', 'INVALID_VALUE']]],
    ['negative personnel spending', { personnelSpending: -5 }, [['personnelSpending', 'INVALID_VALUE']]],
    ['an infinite total', { totalSpending: Number.POSITIVE_INFINITY }, [['totalSpending', 'INVALID_VALUE']]],
  ])('judges %s', (_name, over, expected) => {
    expect(validateBudgetFigures({ ...none, ...over }).map((i) => [i.field, i.reason])).toEqual(expected);
  });
});
