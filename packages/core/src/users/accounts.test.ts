import { describe, expect, it } from 'vitest';
import {
  changedGrant,
  normalizeEmail,
  validateEmail,
  validateOwnAccountChange,
  validatePassword,
  validateUserName,
} from './accounts.js';
import { type RoleGrant } from '../auth/roles.js';

const OPERATOR: RoleGrant = { role: 'UNIT_OPERATOR', unitId: 'dinkes' };
const ADMIN: RoleGrant = { role: 'ADMIN', unitId: null };

describe('accounts', () => {
  it.each([
    ['operator@dinkes.sawahluntokota.go.id', []],
    ['  Rina.Marlina@Sawahluntokota.go.id ', []],
    ['', ['REQUIRED']],
    ['rina', ['INVALID_FORMAT']],
    ['rina@localhost', ['INVALID_FORMAT']],
    ['rina @x.id', ['INVALID_FORMAT']],
    ['a@b@c.id', ['INVALID_FORMAT']],
    [`${'a'.repeat(250)}@x.id`, ['TOO_LONG']],
  ])('email %j → %j', (email, reasons) => {
    expect(validateEmail(email).map((found) => found.reason)).toEqual(reasons);
  });

  it('normalises emails for comparison', () => {
    expect(normalizeEmail('  Rina@Sawahluntokota.GO.ID ')).toBe('rina@sawahluntokota.go.id');
  });

  it.each([
    ['Rina Marlina', []],
    ['   ', ['REQUIRED']],
    ['x'.repeat(201), ['TOO_LONG']],
  ])('name %j → %j', (name, reasons) => {
    expect(validateUserName(name).map((found) => found.reason)).toEqual(reasons);
  });

  it.each([
    ['kata-sandi-panjang', []],
    ['pendek12', ['TOO_SHORT']],
    ['x'.repeat(201), ['TOO_LONG']],
    ['Rina@Sawahlunto.go.id', ['NOT_ALLOWED']],
  ])('password %j → %j', (password, reasons) => {
    expect(validatePassword(password, 'rina@sawahlunto.go.id').map((found) => found.reason)).toEqual(reasons);
  });

  it.each([
    ['nothing asked keeps the grant', OPERATOR, null, null, null],
    [
      'a new unit keeps the operator role',
      OPERATOR,
      null,
      'dpupr',
      { role: 'UNIT_OPERATOR', unitId: 'dpupr' },
    ],
    ['the same role keeps its unit', OPERATOR, 'UNIT_OPERATOR', null, OPERATOR],
    ['a region role drops the unit', OPERATOR, 'VIEWER', null, { role: 'VIEWER', unitId: null }],
    [
      'an operator role from a region role needs a unit',
      ADMIN,
      'UNIT_OPERATOR',
      null,
      { role: 'UNIT_OPERATOR', unitId: null },
    ],
    [
      'a unit sent with a region role is kept for validation to refuse',
      ADMIN,
      'VIEWER',
      'dinkes',
      { role: 'VIEWER', unitId: 'dinkes' },
    ],
    [
      'an account without a grant becomes a viewer',
      undefined,
      null,
      'dinkes',
      { role: 'VIEWER', unitId: 'dinkes' },
    ],
  ] as const)('%s', (_case, current, role, unitId, expected) => {
    expect(changedGrant(current, role, unitId)).toEqual(expected);
  });

  it('keeps administrators from disabling or demoting themselves', () => {
    expect(validateOwnAccountChange({ disabling: false, grant: null })).toEqual([]);
    expect(validateOwnAccountChange({ disabling: false, grant: ADMIN })).toEqual([]);
    expect(
      validateOwnAccountChange({ disabling: true, grant: { role: 'VIEWER', unitId: null } }).map((found) => [
        found.field,
        found.reason,
      ]),
    ).toEqual([
      ['disabled', 'NOT_ALLOWED'],
      ['role', 'NOT_ALLOWED'],
    ]);
  });
});
