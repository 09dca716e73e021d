import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRounding, roundHeadcount, ROUNDING_RULES } from './rounding.js';

describe('roundHeadcount', () => {
  it.each([
    ['0', 0, 0, 0, 0],
    ['2.4', 2.4, 2, 3, 2],
    ['2.49', 2.49, 2, 3, 2],
    ['2.5', 2.5, 3, 3, 2],
    ['2.6', 2.6, 3, 3, 2],
    ['3', 3, 3, 3, 3],
    ['2.4999999999, a sum meant to be 2.5', 2.4999999999, 3, 3, 2],
    ['0.2 + 0.2 + 2.1 = 2.4999999999999996', 0.2 + 0.2 + 2.1, 3, 3, 2],
    ['2.0000000001, a sum meant to be 2', 2.0000000001, 2, 2, 2],
    ['2.9999999999, a sum meant to be 3', 2.9999999999, 3, 3, 3],
  ])('rounds %s: %i half up, %i up, %i down', (_label, fte, halfUp, ceil, floor) => {
    expect([
      roundHeadcount(fte, 'HALF_UP'),
      roundHeadcount(fte, 'CEIL'),
      roundHeadcount(fte, 'FLOOR'),
    ]).toEqual([halfUp, ceil, floor]);
  });

  it.each([-0.5, Number.NaN, Infinity])('refuses an FTE of %d', (fte) => {
    expect(() => roundHeadcount(fte, 'HALF_UP')).toThrow(expect.objectContaining({ field: 'fte' }));
  });

  it('orders the rules and stays within half a person of the FTE', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), (fte) => {
        const [halfUp, ceil, floor] = ROUNDING_RULES.map((rule) => roundHeadcount(fte, rule));
        expect(floor).toBeLessThanOrEqual(halfUp!);
        expect(halfUp).toBeLessThanOrEqual(ceil!);
        expect(Math.abs(halfUp! - fte)).toBeLessThanOrEqual(0.5 + 1e-9);
      }),
    );
  });

  it('describes every rule', () => {
    expect(ROUNDING_RULES.map((rule) => describeRounding(rule))).toEqual([
      'round half up (≥ 0.5 up)',
      'round up',
      'round down',
    ]);
  });

  it('describes every rule in Bahasa Indonesia', () => {
    expect(ROUNDING_RULES.map((rule) => describeRounding(rule, 'id'))).toEqual([
      'dibulatkan ke atas bila ≥ 0,5',
      'selalu dibulatkan ke atas',
      'selalu dibulatkan ke bawah',
    ]);
  });
});
