import { describe, expect, it } from 'vitest';
import { normalizeEmail, validateEmail, validatePassword, validateUserName } from './accounts.js';

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
});
