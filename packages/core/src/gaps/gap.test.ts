import { describe, expect, it } from 'vitest';
import { gapOf } from './gap.js';

describe('gapOf', () => {
  it.each([
    ['a shortage grows as people leave', 10, 8, 1, 7, 3, 'SHORTAGE'],
    ['a surplus is negative', 5, 8, 1, 7, -2, 'SURPLUS'],
    ['need met exactly', 7, 8, 1, 7, 0, 'BALANCED'],
    ['an unrounded FTE need', 2.4, 2, 0, 2, 2.4 - 2, 'SHORTAGE'],
    ['nobody in post', 22, 0, 0, 0, 22, 'SHORTAGE'],
    ['everyone leaves', 0, 3, 3, 0, 0, 'BALANCED'],
  ])('%s', (_name, need, staff, leaving, projectedStaff, gap, kind) => {
    expect(gapOf(need, staff, leaving)).toEqual({ need, staff, leaving, projectedStaff, gap, kind });
  });

  it('treats a gap within 1e-9 of zero as balanced, and no more', () => {
    expect(gapOf(3.001, 3, 0).kind).toBe('SHORTAGE');
    expect(gapOf((0.1 + 0.2) * 10, 3, 0).kind).toBe('BALANCED'); // 3.0000000000000004
  });

  it.each([
    ['more leaving than staff', 5, 2, 3, 'leaving'],
    ['a negative need', -1, 2, 0, 'need'],
    ['fractional staff', 3, 2.5, 0, 'staff'],
  ])('refuses %s', (_name, need, staff, leaving, field) => {
    expect(() => gapOf(need, staff, leaving)).toThrow(
      expect.objectContaining({ name: 'DomainError', field }),
    );
  });
});
