import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EFFECTIVE_HOURS } from './effective-hours.js';
import { requiredFte, validateWorkloadItem, validateWorkloadItems, type WorkloadItem } from './workload.js';

// Analis SDM Aparatur at BKPSDM Kota Sawahlunto: 180,000 minutes a year = 3,000 hours.
const analisSdm: WorkloadItem[] = [
  { task: 'Menyusun rencana kebutuhan pegawai', outputUnit: 'dokumen', annualVolume: 12, normMinutes: 5000 },
  {
    task: 'Memverifikasi usulan kenaikan pangkat',
    outputUnit: 'berkas',
    annualVolume: 600,
    normMinutes: 120,
  },
  { task: 'Mengolah usulan pensiun', outputUnit: 'berkas', annualVolume: 400, normMinutes: 120 },
];
const item = (over: Partial<WorkloadItem>): WorkloadItem => ({ ...analisSdm[1]!, ...over });

describe('requiredFte', () => {
  it('sums three tasks and divides by 1,250 effective hours', () => {
    expect(requiredFte(analisSdm, EFFECTIVE_HOURS.PERMENPANRB_1_2020)).toEqual({
      workloadMinutes: 180_000,
      workloadHours: 3000,
      effectiveHours: 1250,
      fte: 2.4,
      lines: [
        { ...analisSdm[0], minutes: 60_000 },
        { ...analisSdm[1], minutes: 72_000 },
        { ...analisSdm[2], minutes: 48_000 },
      ],
    });
  });

  it.each([
    ['Permendagri 12/2008', EFFECTIVE_HOURS.PERMENDAGRI_12_2008, 3000 / 1300],
    ['Perka BKN 19/2011', EFFECTIVE_HOURS.PERKA_BKN_19_2011, 2.5],
  ])('uses the %s norm when given', (_name, hours, fte) => {
    expect(requiredFte(analisSdm, hours).fte).toBeCloseTo(fte, 12);
  });

  it('gives 0 for no tasks', () => {
    expect(requiredFte([], 1250)).toMatchObject({ workloadMinutes: 0, fte: 0, lines: [] });
  });

  it.each([0, -1250, Number.NaN])('refuses %d effective hours', (hours) => {
    expect(() => requiredFte(analisSdm, hours)).toThrow(expect.objectContaining({ field: 'effectiveHours' }));
  });

  const items = fc.array(
    fc.record({
      task: fc.constant('Tugas'),
      outputUnit: fc.constant('berkas'),
      annualVolume: fc.integer({ min: 0, max: 10_000 }),
      normMinutes: fc.integer({ min: 1, max: 75_000 }),
    }),
    { maxLength: 20 },
  );

  it('is additive over items', () => {
    fc.assert(
      fc.property(items, items, fc.constantFrom(1200, 1250, 1300), (a, b, hours) => {
        const whole = requiredFte([...a, ...b], hours).fte;
        expect(whole).toBeCloseTo(requiredFte(a, hours).fte + requiredFte(b, hours).fte, 6);
      }),
    );
  });

  it('is linear in volume', () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 0, max: 50 }), (rows, k) => {
        const scaled = rows.map((row) => ({ ...row, annualVolume: row.annualVolume * k }));
        expect(requiredFte(scaled, 1250).fte).toBeCloseTo(k * requiredFte(rows, 1250).fte, 6);
      }),
    );
  });
});

describe('validateWorkloadItem', () => {
  it.each([
    ['a complete item', item({}), []],
    ['zero volume', item({ annualVolume: 0 }), []],
    ['a norm of a whole effective year', item({ normMinutes: 75_000 }), []],
    ['a 2-character task', item({ task: 'ab' }), [['workloadItems.2.task', 'TOO_SHORT']]],
    ['a 301-character task', item({ task: 'x'.repeat(301) }), [['workloadItems.2.task', 'TOO_LONG']]],
    ['a blank output unit', item({ outputUnit: ' ' }), [['workloadItems.2.outputUnit', 'REQUIRED']]],
    [
      'a 61-character output unit',
      item({ outputUnit: 'x'.repeat(61) }),
      [['workloadItems.2.outputUnit', 'TOO_LONG']],
    ],
    ['negative volume', item({ annualVolume: -1 }), [['workloadItems.2.annualVolume', 'INVALID_VALUE']]],
    [
      'infinite volume',
      item({ annualVolume: Infinity }),
      [['workloadItems.2.annualVolume', 'INVALID_VALUE']],
    ],
    ['a zero norm', item({ normMinutes: 0 }), [['workloadItems.2.normMinutes', 'INVALID_VALUE']]],
    [
      'a norm over 75,000 minutes',
      item({ normMinutes: 75_001 }),
      [['workloadItems.2.normMinutes', 'INVALID_VALUE']],
    ],
  ])('judges %s', (_name, row, expected) => {
    expect(validateWorkloadItem(row, 2).map((i) => [i.field, i.reason])).toEqual(expected);
  });

  it('numbers rows from 1 in messages and from 0 in fields', () => {
    const issues = validateWorkloadItems([analisSdm[0]!, item({ annualVolume: -5 })]);
    expect(issues).toEqual([
      {
        field: 'workloadItems.1.annualVolume',
        reason: 'INVALID_VALUE',
        message: 'Workload item 2 annual volume must be at least 0; got -5.',
        limit: { kind: 'BELOW', min: 0, exclusive: false },
      },
    ]);
  });
});
