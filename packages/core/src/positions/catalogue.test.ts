import { describe, expect, it } from 'vitest';
import {
  EDUCATION_LEVELS,
  educationRank,
  isEducationLevel,
  isLevelOfKind,
  isLicence,
  isPositionKind,
  isPositionLevel,
  LEVELS_BY_KIND,
  POSITION_KINDS,
  POSITION_LEVELS,
  sortEducationLevels,
} from './catalogue.js';

describe('position catalogue', () => {
  it('puts every level under exactly one kind', () => {
    const kindsPerLevel = POSITION_LEVELS.map(
      (level) => POSITION_KINDS.filter((kind) => LEVELS_BY_KIND[kind].includes(level)).length,
    );
    expect(kindsPerLevel).toEqual(POSITION_LEVELS.map(() => 1));
  });

  it.each([
    [
      'FUNGSIONAL',
      ['AHLI_UTAMA', 'AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA', 'PENYELIA', 'MAHIR', 'TERAMPIL', 'PEMULA'],
    ],
    ['PELAKSANA', ['PELAKSANA']],
    ['STRUKTURAL', ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS']],
  ] as const)('lists the levels of %s', (kind, levels) => {
    expect(LEVELS_BY_KIND[kind]).toEqual(levels);
  });

  it.each([
    ['FUNGSIONAL', 'AHLI_MUDA', true],
    ['STRUKTURAL', 'AHLI_MUDA', false],
    ['PELAKSANA', 'PELAKSANA', true],
    ['FUNGSIONAL', 'PELAKSANA', false],
  ] as const)('%s with level %s is allowed: %s', (kind, level, allowed) => {
    expect(isLevelOfKind(kind, level)).toBe(allowed);
  });

  it('ranks PROFESI above S1 and below S2', () => {
    expect(educationRank('S1')).toBeLessThan(educationRank('PROFESI'));
    expect(educationRank('PROFESI')).toBeLessThan(educationRank('S2'));
  });

  it('sorts education levels low to high', () => {
    expect(sortEducationLevels(['S2', 'PROFESI', 'D3', 'S1', 'SMA'])).toEqual([
      'SMA',
      'D3',
      'S1',
      'PROFESI',
      'S2',
    ]);
    expect(sortEducationLevels([...EDUCATION_LEVELS].reverse())).toEqual(EDUCATION_LEVELS);
  });

  it.each([
    ['kind', isPositionKind, 'FUNGSIONAL', 'fungsional'],
    ['level', isPositionLevel, 'AHLI_PERTAMA', 'AHLI'],
    ['education level', isEducationLevel, 'PROFESI', 'SMK'],
    ['licence', isLicence, 'STR', 'SKCK'],
  ])('recognises a %s by its exact spelling', (_name, guard, known, unknown) => {
    expect(guard(known)).toBe(true);
    expect(guard(unknown)).toBe(false);
  });
});
