import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeNik } from './compose.js';
import { NIK_PROVINCE_CODES } from './nik-provinces.js';
import { nikBirthYear, parseNik, type NikParts } from './nik.js';

const TODAY = '2025-06-15';

/** A Kota Sawahlunto resident (13.73), kecamatan 01 Lembah Segar unless overridden. */
function sawahluntoNik(overrides: Partial<NikParts> = {}): string {
  return composeNik({
    provinceCode: '13',
    regencyCode: '73',
    kecamatanCode: '01',
    birthDate: '1985-03-15',
    gender: 'MALE',
    serial: '0001',
    ...overrides,
  });
}

describe('parseNik accepts', () => {
  it.each([
    ['a man registered in Lembah Segar', '1373011503850001', '1985-03-15', 'MALE', '01'],
    ['a woman registered in Talawi (day + 40)', '1373044407900002', '1990-07-04', 'FEMALE', '04'],
    ['a woman born on the 31st (day 71)', '1373027112880003', '1988-12-31', 'FEMALE', '02'],
    ['a woman born on 29 February 2000', '1373036902000004', '2000-02-29', 'FEMALE', '03'],
    ['a NIK grouped with dots and spaces', '13.73.01 150385 0001', '1985-03-15', 'MALE', '01'],
    ['an unknown regency and kecamatan (not hard-rejected)', '1399991503850001', '1985-03-15', 'MALE', '99'],
  ])('%s', (_name, value, birthDate, gender, kecamatanCode) => {
    const result = parseNik(value, { today: TODAY });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.parts).toMatchObject({ birthDate, gender, kecamatanCode });
  });

  it('splits a NIK into all its parts', () => {
    expect(parseNik('1373044407900002', { today: TODAY }).parts).toEqual({
      provinceCode: '13',
      regencyCode: '73',
      kecamatanCode: '04',
      birthDate: '1990-07-04',
      gender: 'FEMALE',
      serial: '0002',
    });
  });
});

describe('parseNik rejects', () => {
  it.each([
    ['an empty value', '', 'REQUIRED', 'NIK is required.'],
    ['15 digits', '137301150385000', 'INVALID_FORMAT', 'NIK must be exactly 16 digits; got 15.'],
    ['17 digits', '13730115038500011', 'INVALID_FORMAT', 'NIK must be exactly 16 digits; got 17.'],
    ['a letter O for a zero', '13730115038500O1', 'INVALID_FORMAT', 'NIK must contain digits only'],
    ['day 72', '1373017203850001', 'INVALID_DATE', 'digits 7–8 (day of birth) must be 01–31, or 41–71'],
    ['day 00', '1373010003850001', 'INVALID_DATE', 'digits 7–8 (day of birth)'],
    ['day 35 (between the male and female ranges)', '1373013503850001', 'INVALID_DATE', 'got 35'],
    ['30 February for a man', '1373013002850001', 'INVALID_DATE', '1985-02-30 is not a real date'],
    ['30 February for a woman (day 70)', '1373017002850001', 'INVALID_DATE', '1985-02-30 is not a real date'],
    ['29 February of a common year', '1373012902850001', 'INVALID_DATE', '1985-02-29 is not a real date'],
    ['month 13', '1373011513850001', 'INVALID_DATE', 'digits 9–10 (month of birth) must be 01–12; got 13'],
    ['month 00', '1373011500850001', 'INVALID_DATE', 'got 00'],
    ['serial 0000', '1373011503850000', 'INVALID_VALUE', 'digits 13–16 (serial number) must not be 0000'],
    ['unknown province 99', '9973011503850001', 'INVALID_VALUE', 'province code) 99'],
    ['province 00', '0073011503850001', 'INVALID_VALUE', 'province code) 00'],
    ['BPS-only Papua code 97', '9771011503850001', 'INVALID_VALUE', 'province code) 97'],
    ['a birth later this year', '1373011512250001', 'INVALID_DATE', '2025-12-15 is in the future'],
  ])('%s', (_name, value, reason, message) => {
    const result = parseNik(value, { today: TODAY });
    expect(result.valid).toBe(false);
    expect(result.parts).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ field: 'nik', reason });
    expect(result.errors[0]?.message).toContain(message);
  });

  it('reports every problem at once', () => {
    const reasons = parseNik('9973017213850000', { today: TODAY }).errors.map((e) => e.reason);
    expect(reasons).toEqual(['INVALID_VALUE', 'INVALID_DATE', 'INVALID_DATE', 'INVALID_VALUE']);
  });

  it('reports on the field it is given', () => {
    expect(parseNik('123', { today: TODAY, field: 'applicant.nik' }).errors[0]?.field).toBe('applicant.nik');
  });
});

describe('parseNik century rule (today 2025-06-15)', () => {
  it.each([
    ['YY 25 is this year', '1373011001250001', '2025-01-10'],
    ['YY 26 would be next year, so it is 1926', '1373011001260001', '1926-01-10'],
    ['YY 00 is 2000', '1373011001000001', '2000-01-10'],
    ['YY 99 is 1999', '1373011001990001', '1999-01-10'],
  ])('%s', (_name, value, birthDate) => {
    expect(parseNik(value, { today: TODAY }).parts?.birthDate).toBe(birthDate);
  });

  it.each([
    [25, 2025, 2025],
    [26, 2025, 1926],
    [0, 2100, 2100],
    [1, 2100, 2001],
  ])('two-digit year %i read in %i is %i', (twoDigitYear, todayYear, year) => {
    expect(nikBirthYear(twoDigitYear, todayYear)).toBe(year);
  });
});

describe('parseNik warnings', () => {
  it('warns, without rejecting, when the recorded birth date differs', () => {
    const result = parseNik('1373011503850001', { today: TODAY, expectedBirthDate: '1985-03-16' });
    expect(result.valid).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        field: 'nik',
        reason: 'MISMATCH',
        message: 'NIK encodes date of birth 1985-03-15, but the recorded date of birth is 1985-03-16.',
      },
    ]);
  });

  it('warns when the recorded sex differs', () => {
    const result = parseNik('1373044407900002', { today: TODAY, expectedGender: 'MALE' });
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => w.reason)).toEqual(['MISMATCH']);
  });

  it.each([
    ['the recorded birth date matches', { expectedBirthDate: '1985-03-15' }],
    ['there is no recorded birth date', { expectedBirthDate: null }],
  ])('has no warning when %s', (_name, expectations) => {
    expect(parseNik('1373011503850001', { today: TODAY, ...expectations }).warnings).toEqual([]);
  });

  it('gives only errors, no warnings, for an invalid NIK', () => {
    const result = parseNik('1373011503850000', { today: TODAY, expectedBirthDate: '1990-01-01' });
    expect(result.warnings).toEqual([]);
  });
});

describe('parseNik properties', () => {
  const validParts = fc.record({
    provinceCode: fc.constantFrom(...NIK_PROVINCE_CODES),
    regencyCode: fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0')),
    kecamatanCode: fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0')),
    birthDate: fc
      .date({
        min: new Date('1926-01-01T00:00:00Z'),
        max: new Date(`${TODAY}T00:00:00Z`),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10)),
    gender: fc.constantFrom('MALE' as const, 'FEMALE' as const),
    serial: fc.integer({ min: 1, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  });

  it('recovers every part, birth date and sex included, from any valid NIK', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const result = parseNik(composeNik(parts), { today: TODAY });
        expect(result.errors).toEqual([]);
        expect(result.parts).toEqual(parts);
      }),
    );
  });

  it('never throws, and is valid exactly when it has parts and no errors', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{16}$/)), (value) => {
        const result = parseNik(value, { today: TODAY });
        expect(result.valid).toBe(result.errors.length === 0);
        expect(result.parts !== null).toBe(result.valid);
      }),
    );
  });

  it('builds the same NIK from named fixtures', () => {
    expect(
      sawahluntoNik({ kecamatanCode: '04', gender: 'FEMALE', birthDate: '1990-07-04', serial: '0002' }),
    ).toBe('1373044407900002');
  });
});
