import { describe, expect, it } from 'vitest';
import { type ConfirmedInput, stakeholderWeightFor } from './stakeholder-weight.js';

const gap = { positionId: 'perawat-talawi', unitId: 'pkm-talawi', sectorId: 'kesehatan' };
const input = (over: Partial<ConfirmedInput>): ConfirmedInput => ({
  positionId: null,
  unitId: null,
  sectorId: null,
  weight: 0.2,
  ...over,
});

describe('stakeholderWeightFor', () => {
  it.each<[string, ConfirmedInput[], number]>([
    ['nothing confirmed', [], 0],
    ['about the position', [input({ positionId: 'perawat-talawi', unitId: 'pkm-talawi' })], 0.2],
    ['about another position of the unit', [input({ positionId: 'bidan-talawi', unitId: 'pkm-talawi' })], 0],
    ['about the unit', [input({ unitId: 'pkm-talawi', sectorId: 'kesehatan' })], 0.2],
    ['about the sector', [input({ sectorId: 'kesehatan' })], 0.2],
    ['about another sector', [input({ sectorId: 'pendidikan' })], 0],
    [
      'at every level, added',
      [
        input({ positionId: 'perawat-talawi', weight: 0.3 }),
        input({ unitId: 'pkm-talawi', weight: 0.2 }),
        input({ sectorId: 'kesehatan', weight: 0.1 }),
      ],
      0.6,
    ],
    [
      'capped at 1',
      [input({ sectorId: 'kesehatan', weight: 0.7 }), input({ unitId: 'pkm-talawi', weight: 0.6 })],
      1,
    ],
  ])('%s', (_name, inputs, expected) => {
    expect(stakeholderWeightFor(inputs, gap)).toBeCloseTo(expected, 10);
  });
});
