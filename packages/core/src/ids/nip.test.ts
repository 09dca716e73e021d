import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeNip } from './compose.js';
import { parseNip, type NipParts } from './nip.js';

const TODAY = '2025-06-15';

/** A PNS at BKPSDM Sawahlunto: born 15 March 1968, CPNS from March 1990. */
function nip(overrides: Partial<NipParts> = {}): string {
  return composeNip({
    birthDate: '1968-03-15',
    tmtCpns: '1990-03',
    gender: 'MALE',
    serial: '002',
    ...overrides,
  });
}

describe('parseNip accepts', () => {
  it.each([
    ['a male PNS', nip(), { birthDate: '1968-03-15', tmtCpns: '1990-03', gender: 'MALE', serial: '002' }],
    [
      'a female PNS',
      '198507042010012003',
      { birthDate: '1985-07-04', tmtCpns: '2010-01', gender: 'FEMALE', serial: '003' },
    ],
    [
      'a NIP grouped with spaces as printed on SK',
      '19680315 199003 1 002',
      { birthDate: '1968-03-15', tmtCpns: '1990-03', gender: 'MALE', serial: '002' },
    ],
    ['TMT in the month of the 18th birthday', nip({ tmtCpns: '1986-03' }), { tmtCpns: '1986-03' }],
    ['TMT in the current month', nip({ tmtCpns: '2025-06' }), { tmtCpns: '2025-06' }],
  ])('%s', (_name, value, parts) => {
    const result = parseNip(value, { today: TODAY });
    expect(result.errors).toEqual([]);
    expect(result.parts).toMatchObject(parts);
  });
});

describe('parseNip rejects', () => {
  it.each([
    ['an empty value', '', 'REQUIRED', 'NIP is required.'],
    ['17 digits', '19680315199003100', 'INVALID_FORMAT', 'NIP must be exactly 18 digits; got 17.'],
    ['letters', '1968031519900310O2', 'INVALID_FORMAT', 'digits only'],
    ['birth on 30 February', '196802301990031002', 'INVALID_DATE', 'digits 1–8 (date of birth) 1968-02-30'],
    ['birth in the future', '202601011990031002', 'INVALID_DATE', 'is in the future'],
    ['TMT month 13', '196803151990131002', 'INVALID_DATE', 'digits 9–14 (TMT CPNS) must be a real month'],
    ['TMT month 00', '196803151990001002', 'INVALID_DATE', 'got 199000'],
    ['TMT before the 18th birthday', nip({ tmtCpns: '1986-02' }), 'INVALID_DATE', "before the holder's 18th"],
    ['TMT after today', nip({ tmtCpns: '2025-07' }), 'INVALID_DATE', 'TMT CPNS 2025-07 is after today'],
    [
      'sex digit 3',
      '196803151990033002',
      'INVALID_VALUE',
      'digit 15 (sex) must be 1 (male) or 2 (female); got 3',
    ],
    ['sex digit 0', '196803151990030002', 'INVALID_VALUE', 'got 0'],
    ['serial 000', nip({ serial: '000' }), 'INVALID_VALUE', 'digits 16–18 (serial number) must not be 000'],
  ])('%s', (_name, value, reason, message) => {
    const result = parseNip(value, { today: TODAY });
    expect(result.valid).toBe(false);
    expect(result.parts).toBeNull();
    expect(result.errors[0]).toMatchObject({ field: 'nip', reason });
    expect(result.errors[0]?.message).toContain(message);
  });

  it('reports on the field it is given', () => {
    expect(parseNip('1', { today: TODAY, field: 'supervisorNip' }).errors[0]?.field).toBe('supervisorNip');
  });
});

describe('parseNip warnings', () => {
  it.each([
    ['birth date', { expectedBirthDate: '1968-03-16' }, 'recorded date of birth is 1968-03-16'],
    ['sex', { expectedGender: 'FEMALE' as const }, 'recorded sex is female'],
  ])('warns, without rejecting, when the recorded %s differs', (_name, expectations, message) => {
    const result = parseNip(nip(), { today: TODAY, ...expectations });
    expect(result.valid).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ field: 'nip', reason: 'MISMATCH' });
    expect(result.warnings[0]?.message).toContain(message);
  });

  it.each([
    [
      'en' as const,
      { expectedBirthDate: '1968-03-16' },
      'NIP encodes date of birth 1968-03-15, but the recorded date of birth is 1968-03-16.',
    ],
    [
      'id' as const,
      { expectedBirthDate: '1968-03-16' },
      'NIP memuat tanggal lahir 1968-03-15, tetapi tanggal lahir yang tercatat 1968-03-16.',
    ],
    [
      'en' as const,
      { expectedGender: 'FEMALE' as const },
      'NIP encodes sex male, but the recorded sex is female.',
    ],
    [
      'id' as const,
      { expectedGender: 'FEMALE' as const },
      'NIP memuat jenis kelamin laki-laki, tetapi jenis kelamin yang tercatat perempuan.',
    ],
  ])('writes the warning in %s: %j', (language, expectations, message) => {
    expect(parseNip(nip(), { today: TODAY, language, ...expectations }).warnings[0]?.message).toBe(message);
  });

  it.each([
    ['en' as const, '19680315199003100', 'NIP must be exactly 18 digits; got 17.'],
    ['id' as const, '19680315199003100', 'NIP harus tepat 18 digit; tertulis 17 digit.'],
    ['id' as const, '196802301990031002', 'Digit 1–8 NIP (tanggal lahir) 1968-02-30 bukan tanggal yang ada.'],
    [
      'id' as const,
      '196803151990131002',
      'Digit 9–14 NIP (TMT CPNS) harus bulan yang ada dalam bentuk YYYYMM; tertulis 199013.',
    ],
    [
      'id' as const,
      '196803151990033002',
      'Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan); tertulis 3.',
    ],
  ])('writes the error in %s for %s', (language, value, message) => {
    expect(parseNip(value, { today: TODAY, language }).errors[0]?.message).toBe(message);
  });

  it('has no warning when the records agree (both given)', () => {
    const options = { today: TODAY, expectedBirthDate: '1968-03-15', expectedGender: 'MALE' as const };
    expect(parseNip(nip(), options).warnings).toEqual([]);
  });
});

describe('parseNip properties', () => {
  const validParts = fc
    .record({
      birth: fc.date({
        min: new Date('1950-01-01T00:00:00Z'),
        max: new Date('2005-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      monthsAfter18: fc.nat({ max: 12 * 19 }),
      gender: fc.constantFrom('MALE' as const, 'FEMALE' as const),
      serial: fc.integer({ min: 1, max: 999 }).map((n) => String(n).padStart(3, '0')),
    })
    .map(({ birth, monthsAfter18, gender, serial }): NipParts => {
      const firstMonth = (birth.getUTCFullYear() + 18) * 12 + birth.getUTCMonth();
      const todayMonth = 2025 * 12 + 5;
      const tmt = Math.min(firstMonth + monthsAfter18, todayMonth);
      const tmtCpns = `${Math.floor(tmt / 12)}-${String((tmt % 12) + 1).padStart(2, '0')}`;
      return { birthDate: birth.toISOString().slice(0, 10), tmtCpns, gender, serial };
    });

  it('recovers every part of any valid NIP', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const result = parseNip(composeNip(parts), { today: TODAY });
        expect(result.errors).toEqual([]);
        expect(result.parts).toEqual(parts);
      }),
    );
  });
});
