import { describe, expect, it } from 'vitest';
import { UNIT_KINDS } from './unit-kinds.js';
import { parentRuleFor, validateUnitParent, type UnitPlacement } from './unit-parent.js';

// Setda ⊃ Dinkes ⊃ UPTD; Puskesmas Talawi is being moved around.
const puskesmasUnderDinkes: UnitPlacement = {
  unitId: 'pkm-talawi',
  parentId: 'dinkes',
  parentAncestorIds: [],
  kind: 'PUSKESMAS',
  parentKind: 'OPD',
};

describe('validateUnitParent', () => {
  it.each([
    ['a puskesmas under Dinas Kesehatan', puskesmasUnderDinkes, []],
    ['a new puskesmas (no id yet) under Dinas Kesehatan', { ...puskesmasUnderDinkes, unitId: null }, []],
    ['a top-level OPD', { ...puskesmasUnderDinkes, kind: 'OPD', parentId: null, parentKind: null }, []],
    [
      'a top-level kecamatan office',
      { ...puskesmasUnderDinkes, kind: 'KECAMATAN_OFFICE', parentId: null, parentKind: null },
      [],
    ],
    [
      'a kecamatan office under Setda',
      { ...puskesmasUnderDinkes, kind: 'KECAMATAN_OFFICE', parentId: 'setda' },
      [],
    ],
    ['an OPD under another unit', { ...puskesmasUnderDinkes, kind: 'OPD' }, [['parentId', 'NOT_ALLOWED']]],
    [
      'a puskesmas without a parent',
      { ...puskesmasUnderDinkes, parentId: null, parentKind: null },
      [['parentId', 'REQUIRED']],
    ],
    [
      'a unit as its own parent',
      { ...puskesmasUnderDinkes, parentId: 'pkm-talawi', parentKind: 'PUSKESMAS' },
      [['parentId', 'CYCLE']],
    ],
    [
      'a unit under one of its descendants',
      {
        ...puskesmasUnderDinkes,
        unitId: 'dinkes',
        kind: 'UPTD',
        parentId: 'uptd-lab',
        parentAncestorIds: ['pkm-talawi', 'dinkes'],
      },
      [['parentId', 'CYCLE']],
    ],
    [
      'an OPD as its own parent',
      { ...puskesmasUnderDinkes, unitId: 'dinkes', kind: 'OPD' },
      [
        ['parentId', 'CYCLE'],
        ['parentId', 'NOT_ALLOWED'],
      ],
    ],
  ] satisfies [string, UnitPlacement, [string, string][]][])('judges %s', (_name, placement, expected) => {
    expect(validateUnitParent(placement).map((i) => [i.field, i.reason])).toEqual(expected);
  });

  it('names the kind that needs a parent', () => {
    expect(
      validateUnitParent({ ...puskesmasUnderDinkes, kind: 'SCHOOL_SMP', parentId: null })[0]?.message,
    ).toBe('Parent unit is required for a unit of kind SCHOOL_SMP.');
  });

  it('gives every unit kind a parent rule', () => {
    expect(UNIT_KINDS.map(parentRuleFor)).toEqual([
      'TOP_LEVEL',
      'PARENT_REQUIRED',
      'PARENT_REQUIRED',
      'PARENT_REQUIRED',
      'PARENT_REQUIRED',
      'PARENT_REQUIRED',
      'PARENT_OPTIONAL',
    ]);
  });
});
