import { describe, expect, it } from 'vitest';
import { composeNiPppk } from './compose.js';
import { parseNiPppk, type NiPppkParts } from './ni-pppk.js';

const TODAY = '2025-06-15';

/** A PPPK guru appointed in 2023 with the common contract counter 21. */
const guruPppk: NiPppkParts = {
  birthDate: '1990-01-10',
  appointmentYear: 2023,
  contractCounter: '21',
  gender: 'MALE',
  serial: '001',
};

function niPppk(overrides: Partial<NiPppkParts> = {}): string {
  return composeNiPppk({ ...guruPppk, ...overrides });
}

describe('parseNiPppk', () => {
  it.each([
    ['a male PPPK', '199001102023211001', guruPppk],
    ['a female PPPK nurse', niPppk({ gender: 'FEMALE', birthDate: '1995-08-17' }), { gender: 'FEMALE' }],
    ['an appointment this year', niPppk({ appointmentYear: 2025 }), { appointmentYear: 2025 }],
    ['the year the holder turned 20', niPppk({ appointmentYear: 2010 }), { appointmentYear: 2010 }],
    ['any contract counter', niPppk({ contractCounter: '00' }), { contractCounter: '00' }],
  ])('accepts %s', (_name, value, parts) => {
    const result = parseNiPppk(value, { today: TODAY });
    expect(result.errors).toEqual([]);
    expect(result.parts).toMatchObject(parts);
  });

  it.each([
    ['17 digits', '19900110202321100', 'INVALID_FORMAT', 'NI PPPK must be exactly 18 digits; got 17.'],
    ['birth on 30 February', '199002302023211001', 'INVALID_DATE', '1990-02-30 is not a real date'],
    [
      'an appointment next year',
      niPppk({ appointmentYear: 2026 }),
      'INVALID_DATE',
      "after today's year (2025)",
    ],
    [
      'an appointment before age 20',
      niPppk({ appointmentYear: 2009 }),
      'INVALID_DATE',
      'before the holder turned 20',
    ],
    ['sex digit 0', '199001102023210001', 'INVALID_VALUE', 'digit 15 (sex)'],
    ['serial 000', niPppk({ serial: '000' }), 'INVALID_VALUE', 'must not be 000'],
  ])('rejects %s', (_name, value, reason, message) => {
    const result = parseNiPppk(value, { today: TODAY });
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatchObject({ field: 'niPppk', reason });
    expect(result.errors[0]?.message).toContain(message);
  });

  it('warns when the recorded birth date differs', () => {
    const result = parseNiPppk(niPppk(), { today: TODAY, expectedBirthDate: '1990-01-11' });
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => w.reason)).toEqual(['MISMATCH']);
  });
});
