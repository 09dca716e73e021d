import { describe, expect, it } from 'vitest';
import { normalizeSector, validateSector, type SectorDraft } from './sectors.js';

const kesehatan: SectorDraft = { code: 'KESEHATAN', name: 'Kesehatan', description: 'Puskesmas dan RSUD.' };

describe('normalizeSector', () => {
  it('upper-cases and trims the code, tidies the name, blanks the description to null', () => {
    expect(
      normalizeSector({ code: '  pendidikan ', name: ' Pendidikan   Dasar ', description: '  ' }),
    ).toEqual({
      code: 'PENDIDIKAN',
      name: 'Pendidikan Dasar',
      description: null,
    });
  });
});

describe('validateSector', () => {
  it.each([
    ['a complete sector', kesehatan, []],
    ['a lower-case code (upper-cased before checking)', { ...kesehatan, code: 'tenaga-teknis' }, []],
    ['a code with digits and underscore', { ...kesehatan, code: 'SPM_2' }, []],
    ['a missing code', { ...kesehatan, code: ' ' }, [['code', 'REQUIRED']]],
    ['a one-letter code', { ...kesehatan, code: 'K' }, [['code', 'TOO_SHORT']]],
    ['a 33-character code', { ...kesehatan, code: 'K'.repeat(33) }, [['code', 'TOO_LONG']]],
    ['a code starting with a digit', { ...kesehatan, code: '1KES' }, [['code', 'INVALID_FORMAT']]],
    ['a code with a space', { ...kesehatan, code: 'TENAGA TEKNIS' }, [['code', 'INVALID_FORMAT']]],
    ['a missing name', { ...kesehatan, name: '' }, [['name', 'REQUIRED']]],
    ['a 2-character name', { ...kesehatan, name: 'Ks' }, [['name', 'TOO_SHORT']]],
    ['a 121-character name', { ...kesehatan, name: 'x'.repeat(121) }, [['name', 'TOO_LONG']]],
    [
      'a 2001-character description',
      { ...kesehatan, description: 'x'.repeat(2001) },
      [['description', 'TOO_LONG']],
    ],
  ])('judges %s', (_name, draft, expected) => {
    expect(validateSector(draft).map((i) => [i.field, i.reason])).toEqual(expected);
  });

  it('says which characters a code may contain', () => {
    expect(validateSector({ ...kesehatan, code: 'KES/DINKES' })[0]?.message).toBe(
      "Code must start with a letter A–Z and contain only letters A–Z, digits 0–9, '_' and '-'; got 'KES/DINKES'.",
    );
  });
});
