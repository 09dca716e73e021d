import { describe, expect, it } from 'vitest';
import { groupIssuesByField, rootFieldPath, touchesPath } from './form-errors';

describe('touchesPath', () => {
  it.each([
    ['the changed field itself', { name: 'Perawat' }, 'name', true],
    ['another field', { description: 'x' }, 'name', false],
    [
      'the changed cell of a row',
      { workloadItems: [undefined, { annualVolume: 3 }] },
      ['workloadItems', 1, 'annualVolume'],
      true,
    ],
    [
      'another cell of that row',
      { workloadItems: [undefined, { task: 'x' }] },
      ['workloadItems', 1, 'annualVolume'],
      false,
    ],
    [
      'the same cell of another row',
      { workloadItems: [{ annualVolume: 3 }] },
      ['workloadItems', 1, 'annualVolume'],
      false,
    ],
    ['a cell of a list replaced whole', { workloadItems: null }, ['workloadItems', 1, 'annualVolume'], true],
    ['a field cleared to undefined', { level: undefined }, 'level', true],
  ])('sees %s', (_name, changed, path, expected) => {
    expect(touchesPath(changed, path)).toBe(expected);
  });
});

describe('groupIssuesByField', () => {
  const issue = (field: string) => ({ field, reason: undefined, message: field, limit: undefined });

  it('puts issues of unknown and of disabled fields aside for the alert', () => {
    const { fieldErrors, unmatched } = groupIssuesByField(
      [issue('name'), issue('name'), issue('level'), issue('somethingElse')],
      rootFieldPath(['name', 'level'] as const),
      (found) => `! ${found.message}`,
      (field) => field === 'level',
    );
    expect(fieldErrors).toEqual([{ name: 'name', errors: ['! name', '! name'] }]);
    expect(unmatched.map((found) => found.field)).toEqual(['level', 'somethingElse']);
  });
});
