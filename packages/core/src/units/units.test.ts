import { describe, expect, it } from 'vitest';
import { type UnitKind } from './unit-kinds.js';
import { normalizeUnit, validateUnit, type UnitDraft } from './units.js';

const puskesmasTalawi: UnitDraft = {
  code: 'PKM-TALAWI',
  name: 'Puskesmas Talawi',
  kind: 'PUSKESMAS',
  address: 'Jl. Lintas Sumatera, Talawi, Kota Sawahlunto',
};

describe('normalizeUnit', () => {
  it('upper-cases the code and tidies name and address', () => {
    expect(
      normalizeUnit({
        code: ' sd.01-talawi ',
        name: ' SD Negeri  01   Talawi ',
        kind: 'SCHOOL_SD',
        address: ' ',
      }),
    ).toEqual({ code: 'SD.01-TALAWI', name: 'SD Negeri 01 Talawi', kind: 'SCHOOL_SD', address: null });
  });
});

describe('validateUnit', () => {
  it.each([
    ['a complete puskesmas', puskesmasTalawi, []],
    ['a code starting with a digit', { ...puskesmasTalawi, code: '1373.DINKES' }, []],
    ['a one-character code', { ...puskesmasTalawi, code: 'a' }, []],
    ['a missing code', { ...puskesmasTalawi, code: '' }, [['code', 'REQUIRED']]],
    ['a 41-character code', { ...puskesmasTalawi, code: 'P'.repeat(41) }, [['code', 'TOO_LONG']]],
    ['a code starting with a dot', { ...puskesmasTalawi, code: '.PKM' }, [['code', 'INVALID_FORMAT']]],
    ['a code with a slash', { ...puskesmasTalawi, code: 'PKM/TALAWI' }, [['code', 'INVALID_FORMAT']]],
    ['a 2-character name', { ...puskesmasTalawi, name: 'PK' }, [['name', 'TOO_SHORT']]],
    ['a 201-character name', { ...puskesmasTalawi, name: 'x'.repeat(201) }, [['name', 'TOO_LONG']]],
    ['an unknown kind', { ...puskesmasTalawi, kind: 'POSYANDU' as UnitKind }, [['kind', 'INVALID_VALUE']]],
    ['a 501-character address', { ...puskesmasTalawi, address: 'x'.repeat(501) }, [['address', 'TOO_LONG']]],
    ['no address', { ...puskesmasTalawi, address: null }, []],
  ])('judges %s', (_name, draft, expected) => {
    expect(validateUnit(draft).map((i) => [i.field, i.reason])).toEqual(expected);
  });
});
