import { describe, expect, it } from 'vitest';
import { chooseDemand } from '../needs/demand.js';
import { requiredFte } from '../needs/workload.js';
import { explainGap } from './explain-gap.js';

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
