import { describe, expect, it } from 'vitest';
import { liveWorkload } from './live-workload';

describe('liveWorkload', () => {
  it('divides Σ(volume × norm) by effective hours × 60 and rounds with the year’s rule', () => {
    const rows = [
      { annualVolume: 6000, normMinutes: 15 },
      { annualVolume: 500, normMinutes: 60 },
    ];
    expect(liveWorkload(rows, 1250, 'HALF_UP')).toEqual({
      minutes: 120_000,
      hours: 2000,
      fte: 1.6,
      headcount: 2,
      rowMinutes: [90_000, 30_000],
    });
    expect(liveWorkload(rows, 1250, 'FLOOR')?.headcount).toBe(1);
  });

  it('counts cells still being typed (empty, negative) as 0', () => {
    const live = liveWorkload(
      [{ annualVolume: null, normMinutes: 10 }, undefined, { annualVolume: -3 }],
      1250,
      'CEIL',
    );
    expect(live).toMatchObject({ minutes: 0, fte: 0, headcount: 0, rowMinutes: [0, 0, 0] });
  });

  it('gives nothing when the effective hours are unusable', () => {
    expect(liveWorkload([], 0, 'HALF_UP')).toBeUndefined();
  });
});
