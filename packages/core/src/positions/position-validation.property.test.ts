import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, LICENCES, type EducationLevel, type PositionLevel } from './catalogue.js';
import { normalizePosition } from './position.js';
import { validatePosition } from './position-validation.js';

describe('validatePosition properties', () => {
  it('keeps a normalized valid draft valid', () => {
    const padded = (text: string) =>
      fc
        .tuple(fc.constantFrom('', ' ', '  ', '\t'), fc.constantFrom('', ' ', '\n'))
        .map(([a, b]) => `${a}${text}${b}`);
    const validDraft = fc.record({
      name: fc.stringMatching(/^[A-Za-z]{3}[A-Za-z ]{0,100}$/).chain(padded),
      kind: fc.constant('FUNGSIONAL' as const),
      level: fc.constantFrom('AHLI_MUDA' as const, 'AHLI_PERTAMA' as const),
      isTeacher: fc.boolean(),
      educationLevels: fc
        .array(fc.constantFrom<EducationLevel>('D4', 'S1', 'PROFESI', 'S2'), { maxLength: 6 })
        .map((levels) => ['S1' as const, ...levels]),
      studyPrograms: fc.array(fc.stringMatching(/^[A-Za-z ]{0,110}$/).chain(padded), { maxLength: 30 }),
      licences: fc
        .array(fc.constantFrom(...LICENCES), { maxLength: 5 })
        .map((l) => ['SERTIFIKAT_PENDIDIK' as const, ...l]),
      competencies: fc.array(fc.stringMatching(/^[A-Za-z ]{0,110}$/), { maxLength: 30 }),
      description: fc.option(fc.string({ maxLength: 1990 })),
    });
    fc.assert(
      fc.property(validDraft, (draft) => {
        expect(validatePosition(draft)).toEqual([]);
        expect(validatePosition(normalizePosition(draft))).toEqual([]);
      }),
    );
  });

  it('judges a draft and its normalized form alike', () => {
    const anyDraft = fc.record({
      name: fc.string({ maxLength: 210 }),
      kind: fc.constantFrom('FUNGSIONAL' as const, 'PELAKSANA' as const, 'STRUKTURAL' as const),
      level: fc.constantFrom<PositionLevel>('AHLI_MUDA', 'PELAKSANA', 'PENGAWAS'),
      isTeacher: fc.boolean(),
      educationLevels: fc.array(fc.constantFrom(...EDUCATION_LEVELS)),
      studyPrograms: fc.array(fc.string({ maxLength: 130 }), { maxLength: 33 }),
      licences: fc.array(fc.constantFrom(...LICENCES)),
      competencies: fc.array(fc.string({ maxLength: 130 })),
      description: fc.option(fc.string()),
    });
    fc.assert(
      fc.property(anyDraft, (draft) => {
        expect(validatePosition(normalizePosition(draft))).toEqual(validatePosition(draft));
      }),
    );
  });
});
