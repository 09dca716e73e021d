import { describe, expect, it } from 'vitest';
import {
  effectivenessOf,
  PJ_GRADE_LABELS,
  PJ_GRADES,
  pjGradeFor,
  unitEffectivenessOf,
} from './effectiveness.js';

describe('pjGradeFor', () => {
  it.each([
    [1.5, 'A'],
    [1.0001, 'A'],
    [1.0, 'B'],
    [1.0000000000002, 'B'],
    [0.95, 'B'],
    [0.9, 'B'],
    [0.7 + 0.1 + 0.1, 'B'],
    [0.8999, 'C'],
    [0.89, 'C'],
    [0.7, 'C'],
    [0.6999, 'D'],
    [0.69, 'D'],
    [0.5, 'D'],
    [0.4999, 'E'],
    [0, 'E'],
  ])('grades EJ %d as %s', (ej, grade) => {
    expect(pjGradeFor(ej)).toBe(grade);
  });

  it.each([-0.1, Number.NaN])('refuses EJ %d', (ej) => {
    expect(() => pjGradeFor(ej)).toThrow(expect.objectContaining({ field: 'ej' }));
  });

  it('labels every grade as the Permendagri 12/2008 table does', () => {
    expect(PJ_GRADES.map((g) => `${g} ${PJ_GRADE_LABELS[g]}`)).toEqual([
      'A Sangat Baik',
      'B Baik',
      'C Cukup',
      'D Sedang',
      'E Kurang',
    ]);
  });
});

describe('effectivenessOf', () => {
  it.each([
    ['3,000 h on 2 people', 3000, 2, 1.2, 'A'],
    ['3,000 h on 3 people', 3000, 3, 0.8, 'C'],
    ['2,500 h on 2 people', 2500, 2, 1, 'B'],
    ['1,000 h on 3 people', 1000, 3, 1000 / 3750, 'E'],
  ])('rates %s', (_name, hours, bezetting, ej, grade) => {
    const result = effectivenessOf(hours, bezetting, 1250);
    expect(result.ej).toBeCloseTo(ej, 12);
    expect(result).toMatchObject({ grade, availableHours: bezetting * 1250, workloadHours: hours });
  });

  it('has nothing to rate with no one in post', () => {
    expect(effectivenessOf(3000, 0, 1250)).toMatchObject({ ej: null, grade: null, availableHours: 0 });
  });

  it.each([
    ['negative hours', -1, 2, 1250, 'workloadHours'],
    ['a fractional bezetting', 3000, 1.5, 1250, 'bezetting'],
    ['zero effective hours', 3000, 2, 0, 'effectiveHours'],
  ])('refuses %s', (_name, hours, bezetting, effective, field) => {
    expect(() => effectivenessOf(hours, bezetting, effective)).toThrow(expect.objectContaining({ field }));
  });
});

describe('unitEffectivenessOf', () => {
  it('sums the positions’ workload hours and bezetting before rating, like Form E', () => {
    const unit = unitEffectivenessOf(
      [
        { workloadHours: 2000, bezetting: 1 },
        { workloadHours: 500, bezetting: 1 },
      ],
      1250,
    );
    expect(unit).toEqual(effectivenessOf(2500, 2, 1250));
    expect(unit.ej).toBe(1);
  });

  it('has nothing to rate with no one in post', () => {
    expect(unitEffectivenessOf([{ workloadHours: 900, bezetting: 0 }], 1250)).toMatchObject({
      ej: null,
      grade: null,
    });
    expect(unitEffectivenessOf([], 1250)).toMatchObject({ ej: null, grade: null });
  });
});
