import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, LICENCES, POSITION_KINDS, POSITION_LEVELS } from './catalogue.js';
import { normalizePosition, type PositionDraft } from './position.js';

/** Perawat Terampil at Puskesmas Talawi, as typed by a hurried admin. */
const messyPerawat: PositionDraft = {
  name: '  Perawat \t Terampil  ',
  kind: 'FUNGSIONAL',
  level: 'TERAMPIL',
  isTeacher: false,
  educationLevels: ['S1', 'D3', 'S1', 'PROFESI'],
  studyPrograms: [' D-III  Keperawatan ', '', 'd-iii keperawatan', 'Ners'],
  licences: ['STR', 'SIP', 'STR'],
  competencies: ['   ', 'Asuhan keperawatan dasar'],
  description: '   ',
};

describe('normalizePosition', () => {
  it('cleans a messy draft into its canonical form', () => {
    expect(normalizePosition(messyPerawat)).toEqual({
      name: 'Perawat Terampil',
      kind: 'FUNGSIONAL',
      level: 'TERAMPIL',
      isTeacher: false,
      educationLevels: ['D3', 'S1', 'PROFESI'],
      studyPrograms: ['D-III Keperawatan', 'Ners'],
      licences: ['STR', 'SIP'],
      competencies: ['Asuhan keperawatan dasar'],
      description: null,
    });
  });

  it.each([
    ['keeps a description, trimmed', '  Memberikan asuhan keperawatan.  ', 'Memberikan asuhan keperawatan.'],
    ['keeps line breaks inside a description', 'Tugas:\n- triase', 'Tugas:\n- triase'],
    ['turns a null description into null', null, null],
  ])('%s', (_name, description, expected) => {
    expect(normalizePosition({ ...messyPerawat, description }).description).toBe(expected);
  });

  it('is idempotent', () => {
    const draft: fc.Arbitrary<PositionDraft> = fc.record({
      name: fc.string(),
      kind: fc.constantFrom(...POSITION_KINDS),
      level: fc.constantFrom(...POSITION_LEVELS),
      isTeacher: fc.boolean(),
      educationLevels: fc.array(fc.constantFrom(...EDUCATION_LEVELS)),
      studyPrograms: fc.array(fc.string()),
      licences: fc.array(fc.constantFrom(...LICENCES)),
      competencies: fc.array(fc.string()),
      description: fc.option(fc.string()),
    });
    fc.assert(
      fc.property(draft, (d) => {
        const once = normalizePosition(d);
        expect(normalizePosition(once)).toEqual(once);
      }),
    );
  });
});
