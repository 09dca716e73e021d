import { describe, expect, it } from 'vitest';
import {
  characterCount,
  checkLength,
  collapseWhitespace,
  normalizeTextList,
  toNullableText,
} from './text.js';

describe('text normalisation', () => {
  it.each([
    ['trims and collapses spaces, tabs and newlines', '  Guru \t Kelas\nAhli  ', 'Guru Kelas Ahli'],
    ['collapses non-breaking spaces', 'Perawat\u00a0Terampil', 'Perawat Terampil'],
    ['leaves a clean value alone', 'Bidan', 'Bidan'],
  ])('collapseWhitespace %s', (_name, input, expected) => {
    expect(collapseWhitespace(input)).toBe(expected);
  });

  it.each([
    ['blank text becomes null', '   ', null],
    ['null stays null', null, null],
    ['text is trimmed', '  Di Lembah Segar  ', 'Di Lembah Segar'],
  ])('toNullableText: %s', (_name, input, expected) => {
    expect(toNullableText(input)).toBe(expected);
  });

  it('drops blanks and case-insensitive repeats from a list, keeping the first spelling', () => {
    expect(normalizeTextList(['Pendidikan  Guru SD', '', ' PGSD ', 'pendidikan guru sd', 'PGSD'])).toEqual([
      'Pendidikan Guru SD',
      'PGSD',
    ]);
  });

  it('counts characters as code points, not UTF-16 units', () => {
    expect(characterCount('Sawahlunto 🏔')).toBe(12);
  });
});

describe('checkLength', () => {
  const rule = { field: 'name', label: 'Name', min: 3, max: 5, required: true };

  it.each([
    ['missing', '  ', [{ field: 'name', reason: 'REQUIRED', message: 'Name is required.' }]],
    [
      'too short',
      'ab',
      [{ field: 'name', reason: 'TOO_SHORT', message: 'Name must be at least 3 characters; got 2.' }],
    ],
    [
      'too long',
      'abcdef',
      [{ field: 'name', reason: 'TOO_LONG', message: 'Name must be at most 5 characters.' }],
    ],
    ['just right', 'abcde', []],
  ])('reports a value that is %s', (_name, value, expected) => {
    expect(checkLength(value, rule)).toEqual(expected);
  });

  it('accepts a missing optional value', () => {
    expect(checkLength(null, { ...rule, required: false })).toEqual([]);
  });
});
