import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollUpGaps, sumGaps, type GapRow } from './rollup.js';

type Key = { unit: string; position: string };
const row = (unit: string, position: string, need: number, staff: number, leaving: number): GapRow<Key> => ({
  key: { unit, position },
  need,
  staff,
  leaving,
  gap: need - (staff - leaving),
});

const rows = [
  row('PKM-TALAWI', 'PERAWAT', 8, 6, 1), // +3
  row('PKM-TALAWI', 'BIDAN', 4, 6, 0), // −2
  row('SDN-01', 'GURU_KELAS', 6, 7, 0), // −1
  row('PKM-TALAWI', 'DOKTER', 2, 2, 0), // 0
];

describe('rollUpGaps', () => {
  it('keeps shortage and surplus apart per unit and gives the net', () => {
    expect(rollUpGaps(rows, (k) => k.unit)).toEqual([
      { key: 'PKM-TALAWI', rows: 3, need: 14, staff: 14, leaving: 1, shortage: 3, surplus: 2, net: 1 },
      { key: 'SDN-01', rows: 1, need: 6, staff: 7, leaving: 0, shortage: 0, surplus: 1, net: -1 },
    ]);
  });

  it('sums all rows without letting surplus cancel shortage', () => {
    expect(sumGaps(rows)).toEqual({
      rows: 4,
      need: 20,
      staff: 21,
      leaving: 1,
      shortage: 3,
      surplus: 3,
      net: 0,
    });
  });

  it('gives nothing for no rows', () => {
    expect(rollUpGaps([], (k: Key) => k.unit)).toEqual([]);
  });

  it('totals over groups equal the totals over rows', () => {
    const anyRow = fc
      .record({
        unit: fc.constantFrom('A', 'B', 'C', 'D'),
        need: fc.integer({ min: 0, max: 40 }),
        staff: fc.integer({ min: 0, max: 40 }),
        leaving: fc.integer({ min: 0, max: 40 }),
      })
      .map((r) => row(r.unit, 'X', r.need, r.staff, Math.min(r.leaving, r.staff)));
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 40 }), (list) => {
        const groups = rollUpGaps(list, (k) => k.unit);
        const all = sumGaps(list);
        const sum = (pick: (g: (typeof groups)[number]) => number) => groups.reduce((s, g) => s + pick(g), 0);
        expect(sum((g) => g.rows)).toBe(list.length);
        expect(sum((g) => g.need)).toBe(all.need);
        expect(sum((g) => g.staff)).toBe(all.staff);
        expect(sum((g) => g.leaving)).toBe(all.leaving);
        expect(sum((g) => g.shortage)).toBe(all.shortage);
        expect(sum((g) => g.surplus)).toBe(all.surplus);
        expect(sum((g) => g.net)).toBe(list.reduce((s, r) => s + r.gap, 0));
        expect(all.net).toBe(all.shortage - all.surplus);
      }),
    );
  });
});
