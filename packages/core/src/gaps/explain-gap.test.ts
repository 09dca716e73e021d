import { describe, expect, it } from 'vitest';
import { chooseDemand, type DemandInput } from '../needs/demand.js';
import { requiredFte } from '../needs/workload.js';
import { type Language } from '../shared/language.js';
import { explainGap, type GapExplanationInput } from './explain-gap.js';

const workload = requiredFte(
  [{ task: 'Asuhan keperawatan rawat jalan', outputUnit: 'pasien', annualVolume: 9000, normMinutes: 30 }],
  1250,
);

describe('explainGap', () => {
  it('walks from need to gap for a service-standard need', () => {
    const demand = chooseDemand({ workloadFte: workload.fte, standardNeed: 8 });
    const result = explainGap({
      year: 2027,
      demand,
      rounding: 'HALF_UP',
      staff: 6,
      leavingByYear: 2,
      leavingByReason: { RETIREMENT: 1, CONTRACT_END: 1, TRANSFER: 0 },
      workload,
    });
    expect(result.steps.map((s) => [s.key, s.formula, s.value])).toEqual([
      ['WORKLOAD', '270000 min / (1250 h × 60) = 3.6', 3.6],
      [
        'NEED',
        'The service standard need 8 exceeds the workload (ABK) need 3.6, so the larger signal is used.',
        8,
      ],
      ['ROUNDED_NEED', 'round half up (≥ 0.5 up): 8 → 8', 8],
      ['STAFF', '6 in post now', 6],
      ['LEAVING', '1 retiring + 1 contract ending + 0 transferring = 2', 2],
      ['PROJECTED_STAFF', '6 − 2 = 4', 4],
      ['GAP', '8 − 4 = 4 (shortage)', 4],
    ]);
    expect(result.gap).toMatchObject({ need: 8, gap: 4, kind: 'SHORTAGE' });
    expect(result.summary).toBe('By the end of 2027 the unit is short of 4: it needs 8 and will have 4.');
  });

  it.each([
    ['HALF_UP', 2, 0, 'BALANCED', 'By the end of 2026 the unit has exactly the 2 it needs.'],
    ['CEIL', 3, 1, 'SHORTAGE', 'By the end of 2026 the unit is short of 1: it needs 3 and will have 2.'],
    ['FLOOR', 2, 0, 'BALANCED', 'By the end of 2026 the unit has exactly the 2 it needs.'],
  ] as const)('rounds the need %s before comparing', (rounding, headcount, gap, kind, summary) => {
    const demand = chooseDemand({ workloadFte: 2.4, standardNeed: null });
    const result = explainGap({ year: 2026, demand, rounding, staff: 2, leavingByYear: 0 });
    expect(result.steps.map((s) => s.key)).toEqual([
      'NEED',
      'ROUNDED_NEED',
      'STAFF',
      'LEAVING',
      'PROJECTED_STAFF',
      'GAP',
    ]);
    expect(result.gap).toMatchObject({ need: headcount, gap, kind });
    expect(result.summary).toBe(summary);
  });

  it('explains a surplus and leaving without a breakdown', () => {
    const demand = chooseDemand({ workloadFte: 1, standardNeed: null });
    const result = explainGap({ year: 2028, demand, rounding: 'HALF_UP', staff: 4, leavingByYear: 1 });
    expect(result.steps.find((s) => s.key === 'LEAVING')?.formula).toBe('1 leave by the end of the year');
    expect(result.summary).toBe(
      'By the end of 2028 the unit has 2 more than needed: it needs 1 and will have 3.',
    );
  });
});

describe('explainGap in Bahasa Indonesia', () => {
  const explain = (language: Language, input: Omit<GapExplanationInput, 'demand'>, demand: DemandInput) =>
    explainGap({ ...input, demand: chooseDemand(demand, language) }, language);
  const cases: [string, Omit<GapExplanationInput, 'demand'>, DemandInput][] = [
    [
      'a shortage with leaving by reason',
      {
        year: 2027,
        rounding: 'HALF_UP',
        staff: 6,
        leavingByYear: 2,
        leavingByReason: { RETIREMENT: 1, CONTRACT_END: 1, TRANSFER: 0 },
        workload,
      },
      { workloadFte: workload.fte, standardNeed: 8 },
    ],
    [
      'a surplus',
      { year: 2028, rounding: 'CEIL', staff: 4, leavingByYear: 1 },
      { workloadFte: 1, standardNeed: null },
    ],
    [
      'a balance',
      { year: 2026, rounding: 'FLOOR', staff: 2, leavingByYear: 0 },
      { workloadFte: 2.4, standardNeed: null },
    ],
  ];

  it('walks from need to gap with Indonesian words and id-ID numbers', () => {
    const [, input, demand] = cases[0]!;
    const result = explain('id', input, demand);
    expect(result.steps.map((s) => [s.label, s.formula])).toEqual([
      ['Kebutuhan menurut beban kerja (FTE)', '270.000 menit / (1.250 jam × 60) = 3,6'],
      [
        'Kebutuhan menurut standar pelayanan',
        'Kebutuhan menurut standar pelayanan sebesar 8 lebih besar daripada kebutuhan menurut beban kerja (ABK) ' +
          'sebesar 3,6, sehingga dipakai sinyal yang lebih besar.',
      ],
      ['Jumlah pegawai yang dibutuhkan', 'dibulatkan ke atas bila ≥ 0,5: 8 → 8'],
      ['Pegawai yang ada (bezetting)', '6 pegawai menjabat saat ini'],
      ['Pegawai keluar hingga akhir 2027', '1 pensiun + 1 kontrak PPPK berakhir + 0 mutasi keluar = 2'],
      ['Pegawai pada akhir 2027', '6 − 2 = 4 pegawai'],
      ['Selisih tahun 2027', '8 − 4 = 4 (kekurangan)'],
    ]);
    expect(result.summary).toBe('Pada akhir 2027 unit kekurangan 4 pegawai: dibutuhkan 8, akan tersedia 4.');
  });

  it.each([
    ['a surplus', 1, 'Pada akhir 2028 unit kelebihan 2 pegawai: dibutuhkan 1, akan tersedia 3.'],
    ['a balance', 2, 'Pada akhir 2026 jumlah pegawai unit tepat sebanyak yang dibutuhkan, yaitu 2.'],
  ])('sums up %s', (_name, index, summary) => {
    const [, input, demand] = cases[index]!;
    expect(explain('id', input, demand).summary).toBe(summary);
  });

  it.each(cases)(
    'words every step of %s differently from English, with the same values',
    (_name, input, demand) => {
      const indonesian = explain('id', input, demand);
      const english = explain('en', input, demand);
      expect(indonesian.steps.map((s) => [s.key, s.value])).toEqual(
        english.steps.map((s) => [s.key, s.value]),
      );
      english.steps.forEach((step, index) => {
        expect(indonesian.steps[index]?.label).not.toBe(step.label);
        expect(indonesian.steps[index]?.formula).not.toBe(step.formula);
      });
      expect(indonesian.summary).not.toBe(english.summary);
    },
  );

  it('writes the leaving total without a breakdown', () => {
    const [, input, demand] = cases[1]!;
    const leaving = explain('id', input, demand).steps.find((s) => s.key === 'LEAVING');
    expect(leaving?.formula).toBe('1 pegawai keluar hingga akhir tahun');
  });
});
