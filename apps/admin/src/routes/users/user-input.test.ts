import { describe, expect, it } from 'vitest';
import { toCreateUserInput, toUpdateUserInput, type SavedUser, type UserEditValues } from './user-input';

const OPERATOR: SavedUser = {
  name: 'Dedi Saputra',
  role: 'UNIT_OPERATOR',
  unitId: 'unit-pkm-talawi',
  disabled: false,
};
const UNCHANGED: UserEditValues = {
  name: 'Dedi Saputra',
  role: 'UNIT_OPERATOR',
  unitId: 'unit-pkm-talawi',
  password: '',
  disabled: false,
};

describe('toCreateUserInput', () => {
  it('drops a unit left over from a unit role when the role covers the region', () => {
    expect(
      toCreateUserInput({
        name: ' Sari ',
        email: ' sari@sawahluntokota.go.id ',
        password: 'kata-sandi-panjang',
        role: 'VIEWER',
        unitId: 'unit-pkm-talawi',
      }),
    ).toEqual({
      name: 'Sari',
      email: 'sari@sawahluntokota.go.id',
      password: 'kata-sandi-panjang',
      role: 'VIEWER',
    });
  });
});

describe('toUpdateUserInput', () => {
  it.each<[string, Partial<UserEditValues>, Record<string, unknown>]>([
    ['sends nothing when nothing changed', {}, {}],
    ['sends a new name trimmed', { name: ' Dedi S. ' }, { name: 'Dedi S.' }],
    [
      'sends a new unit with its role',
      { unitId: 'unit-dinkes' },
      { role: 'UNIT_OPERATOR', unitId: 'unit-dinkes' },
    ],
    ['sends a region role without the old unit', { role: 'VIEWER' }, { role: 'VIEWER' }],
    [
      'sends a new password only when typed',
      { password: 'kata-sandi-baru-1' },
      { password: 'kata-sandi-baru-1' },
    ],
    ['sends disabling', { disabled: true }, { disabled: true }],
  ])('%s', (_, change, expected) => {
    expect(toUpdateUserInput(OPERATOR, { ...UNCHANGED, ...change })).toEqual(expected);
  });
});
