import { describe, expect, it } from 'vitest';
import { type EducationLevel, type PositionKind, type PositionLevel } from './catalogue.js';
import { type PositionDraft } from './position.js';
import { validatePosition, validateServedPerStaffBenchmark } from './position-validation.js';

/** Pranata Komputer Ahli Pertama at Diskominfo Sawahlunto. */
const pranataKomputer: PositionDraft = {
  name: 'Pranata Komputer Ahli Pertama',
  kind: 'FUNGSIONAL',
  level: 'AHLI_PERTAMA',
  isTeacher: false,
  educationLevels: ['D4', 'S1'],
  studyPrograms: ['Teknik Informatika', 'Sistem Informasi'],
  licences: [],
  competencies: ['Administrasi jaringan'],
  description: 'Mengelola sistem informasi kepegawaian.',
};

/** Guru Kelas Ahli Pertama at an SD negeri in Talawi. */
const guruKelas: PositionDraft = {
  name: 'Guru Kelas Ahli Pertama',
  kind: 'FUNGSIONAL',
  level: 'AHLI_PERTAMA',
  isTeacher: true,
  educationLevels: ['S1'],
  studyPrograms: ['Pendidikan Guru Sekolah Dasar'],
  licences: ['SERTIFIKAT_PENDIDIK'],
  competencies: [],
  description: null,
};

const many = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);

type Case = [string, PositionDraft, [string, string][]];

const cases: Case[] = [
  ['a complete JF position is valid', pranataKomputer, []],
  ['a guru with S1 and sertifikat pendidik is valid', guruKelas, []],
  [
    'a guru may also accept D4, PROFESI and S2',
    { ...guruKelas, educationLevels: ['S2', 'PROFESI', 'D4', 'S1'] },
    [],
  ],
  [
    'a messy draft is judged after normalizing',
    { ...pranataKomputer, name: '  Pranata   Komputer ', studyPrograms: ['TI', 'ti', ' '] },
    [],
  ],
  ['a missing name', { ...pranataKomputer, name: '   ' }, [['name', 'REQUIRED']]],
  ['a 2-character name', { ...pranataKomputer, name: ' Pk ' }, [['name', 'TOO_SHORT']]],
  ['a 201-character name', { ...pranataKomputer, name: 'x'.repeat(201) }, [['name', 'TOO_LONG']]],
  ['an unknown kind', { ...pranataKomputer, kind: 'HONORER' as PositionKind }, [['kind', 'INVALID_VALUE']]],
  ['an unknown level', { ...pranataKomputer, level: 'AHLI' as PositionLevel }, [['level', 'INVALID_VALUE']]],
  [
    'a JF level on a structural position',
    { ...pranataKomputer, kind: 'STRUKTURAL' },
    [['level', 'NOT_ALLOWED']],
  ],
  ['no education level', { ...pranataKomputer, educationLevels: [] }, [['educationLevels', 'REQUIRED']]],
  [
    'an unknown education level',
    { ...pranataKomputer, educationLevels: ['SMK' as EducationLevel] },
    [['educationLevels', 'INVALID_VALUE']],
  ],
  [
    '31 study programs',
    { ...pranataKomputer, studyPrograms: many(31, 'Prodi') },
    [['studyPrograms', 'TOO_LONG']],
  ],
  [
    'a 121-character study program',
    { ...pranataKomputer, studyPrograms: ['x'.repeat(121)] },
    [['studyPrograms', 'TOO_LONG']],
  ],
  [
    'an unknown licence',
    { ...pranataKomputer, licences: ['SKCK' as 'STR'] },
    [['licences', 'INVALID_VALUE']],
  ],
  [
    '31 competencies',
    { ...pranataKomputer, competencies: many(31, 'Kompetensi') },
    [['competencies', 'TOO_LONG']],
  ],
  [
    'a 121-character competency',
    { ...pranataKomputer, competencies: ['x'.repeat(121)] },
    [['competencies', 'TOO_LONG']],
  ],
  [
    'a 2001-character description',
    { ...pranataKomputer, description: 'x'.repeat(2001) },
    [['description', 'TOO_LONG']],
  ],
  [
    'a structural teacher',
    { ...guruKelas, kind: 'STRUKTURAL', level: 'PENGAWAS' },
    [['isTeacher', 'NOT_ALLOWED']],
  ],
  [
    'a teacher accepting only D3',
    { ...guruKelas, educationLevels: ['D3'] },
    [
      ['educationLevels', 'REQUIRED'],
      ['educationLevels', 'NOT_ALLOWED'],
    ],
  ],
  [
    'a teacher also accepting SMA',
    { ...guruKelas, educationLevels: ['SMA', 'S1'] },
    [['educationLevels', 'NOT_ALLOWED']],
  ],
  [
    'a teacher accepting only S2',
    { ...guruKelas, educationLevels: ['S2'] },
    [['educationLevels', 'REQUIRED']],
  ],
  ['a teacher without sertifikat pendidik', { ...guruKelas, licences: [] }, [['licences', 'REQUIRED']]],
];

describe('validatePosition', () => {
  it.each(cases)('%s', (_name, draft, expected) => {
    expect(validatePosition(draft).map((i) => [i.field, i.reason])).toEqual(expected);
  });

  it.each([
    ['name', { ...pranataKomputer, name: 'x'.repeat(201) }, 'Name must be at most 200 characters.'],
    [
      'level',
      { ...pranataKomputer, kind: 'PELAKSANA' as const },
      'Level AHLI_PERTAMA is not allowed for kind PELAKSANA; choose one of PELAKSANA.',
    ],
    [
      'studyPrograms',
      { ...pranataKomputer, studyPrograms: ['x'.repeat(121)] },
      'Study program 1 must be at most 120 characters.',
    ],
    [
      'licences',
      { ...guruKelas, licences: [] },
      'Licences of a teacher position must include SERTIFIKAT_PENDIDIK (UU 14/2005).',
    ],
  ])('explains the %s issue in a sentence', (_field, draft, message) => {
    expect(validatePosition(draft)[0]?.message).toBe(message);
  });

  it('accepts a description of exactly 2000 characters', () => {
    expect(validatePosition({ ...pranataKomputer, description: 'x'.repeat(2000) })).toEqual([]);
  });

  it('lists issues in form order, whatever rule found them', () => {
    const draft: PositionDraft = {
      ...guruKelas,
      name: '',
      kind: 'PELAKSANA',
      level: 'PELAKSANA',
      licences: [],
      description: 'x'.repeat(2001),
    };
    expect(validatePosition(draft).map((i) => i.field)).toEqual([
      'name',
      'isTeacher',
      'licences',
      'description',
    ]);
  });
});

describe('validateServedPerStaffBenchmark', () => {
  it.each<[number | null, string[]]>([
    [null, []],
    [1000, []],
    [0.5, []],
    [0, ['servedPerStaffBenchmark']],
    [-5, ['servedPerStaffBenchmark']],
    [Number.NaN, ['servedPerStaffBenchmark']],
  ])('judges %s', (benchmark, fields) => {
    expect(validateServedPerStaffBenchmark(benchmark).map((found) => found.field)).toEqual(fields);
  });

  it('states the bound', () => {
    expect(validateServedPerStaffBenchmark(-5)[0]?.message).toBe(
      'Served per staff benchmark must be greater than 0; got -5.',
    );
  });
});
