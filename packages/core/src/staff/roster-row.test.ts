import { describe, expect, it } from 'vitest';
import { parseRosterRow, type RosterRow } from './roster-row.js';

const TODAY = '2026-11-28';
const base = (overrides: Partial<Record<keyof RosterRow, string>> = {}): RosterRow => ({
  nip: '196803152000031002',
  name: 'Yusra  Hidayat',
  birth_date: '1968-03-15',
  gender: 'L',
  employment_type: 'PNS',
  contract_end: '',
  transfer_date: '',
  tmt: '2019-01-01',
  unit_code: 'sdn-01',
  position_name: 'Guru Ahli Muda',
  ...overrides,
});

describe('parseRosterRow', () => {
  it('accepts a valid PNS row and normalises it', () => {
    const { record, issues } = parseRosterRow(base(), TODAY);
    expect(issues).toEqual([]);
    expect(record).toMatchObject({
      name: 'Yusra Hidayat',
      gender: 'MALE',
      unitCode: 'SDN-01',
      contractEnd: null,
    });
  });

  it.each([
    [{ name: ' ' }, 'name', 'REQUIRED'],
    [{ birth_date: '1968-02-30' }, 'birth_date', 'INVALID_DATE'],
    [{ gender: 'X' }, 'gender', 'INVALID_VALUE'],
    [{ employment_type: 'HONORER' }, 'employment_type', 'INVALID_VALUE'],
    [
      { employment_type: 'PPPK', nip: '199001012022212001', birth_date: '1990-01-01', gender: 'P' },
      'contract_end',
      'REQUIRED',
    ],
    [{ tmt: '2027-01-01' }, 'tmt', 'INVALID_DATE'],
    [{ unit_code: '' }, 'unit_code', 'REQUIRED'],
    [{ nip: '19680315200003100' }, 'nip', 'INVALID_FORMAT'],
    [{ nip: '196803152000031000' }, 'nip', 'INVALID_VALUE'],
    [{ transfer_date: '2030-13-01' }, 'transfer_date', 'INVALID_DATE'],
    [{ position_name: '  ' }, 'position_name', 'REQUIRED'],
  ])('reports %j on column %s (%s)', (overrides, field, reason) => {
    const { record, issues } = parseRosterRow(base(overrides), TODAY);
    expect(record).toBeNull();
    expect(issues).toContainEqual(expect.objectContaining({ field, reason }));
  });

  it('reports every problem of a row at once, the NIP too when the gender is unreadable', () => {
    const { record, issues } = parseRosterRow(
      base({
        nip: '1968',
        name: '',
        birth_date: '15-03-1968',
        gender: 'X',
        tmt: '2027-01-01',
        unit_code: '',
      }),
      TODAY,
    );
    expect(record).toBeNull();
    expect(issues.map(({ field, reason }) => [field, reason])).toEqual([
      ['name', 'REQUIRED'],
      ['birth_date', 'INVALID_DATE'],
      ['gender', 'INVALID_VALUE'],
      ['tmt', 'INVALID_DATE'],
      ['unit_code', 'REQUIRED'],
      ['nip', 'INVALID_FORMAT'],
    ]);
  });

  it('warns about a NIP disagreeing with the birth date even when the row has another problem', () => {
    const { record, issues, warnings } = parseRosterRow(
      base({ birth_date: '1968-03-16', gender: 'X' }),
      TODAY,
    );
    expect(record).toBeNull();
    expect(issues.map((found) => found.field)).toEqual(['gender']);
    expect(warnings).toEqual([expect.objectContaining({ field: 'birth_date', reason: 'MISMATCH' })]);
  });

  // domain.md §6: the NIP is permanent, so its birth-date (and sex) digits disagreeing with the row is a warning on
  // the row's column; the row is kept as written.
  it.each([
    ['birth date', { birth_date: '1968-03-16' }, 'birth_date', { birthDate: '1968-03-16' }],
    ['sex', { gender: 'P' }, 'gender', { gender: 'FEMALE' }],
    [
      'NI PPPK birth date',
      {
        nip: '199001012022212001',
        birth_date: '1990-01-02',
        gender: 'P',
        employment_type: 'PPPK',
        contract_end: '2027-12-31',
      },
      'birth_date',
      { birthDate: '1990-01-02', employmentType: 'PPPK' },
    ],
  ])('keeps a row whose %s disagrees with its NIP, with a warning', (_name, overrides, field, kept) => {
    const { record, issues, warnings } = parseRosterRow(base(overrides), TODAY);
    expect(issues).toEqual([]);
    expect(record).toMatchObject(kept);
    expect(warnings).toEqual([expect.objectContaining({ field, reason: 'MISMATCH' })]);
  });

  it('has no warning when the NIP agrees with the row', () => {
    expect(parseRosterRow(base(), TODAY).warnings).toEqual([]);
  });

  it.each([
    ['en' as const, { gender: 'X' }, "gender must be one of MALE/FEMALE/L/P; got 'X'."],
    ['id' as const, { gender: 'X' }, "gender harus salah satu dari MALE/FEMALE/L/P; tertulis 'X'."],
    ['en' as const, { tmt: '2027-01-01' }, 'tmt 2027-01-01 is in the future.'],
    ['id' as const, { tmt: '2027-01-01' }, 'tmt 2027-01-01 ada di masa depan.'],
    ['id' as const, { employment_type: 'PPPK' }, 'contract_end wajib diisi untuk PPPK.'],
    [
      'id' as const,
      { nip: '1968', employment_type: 'PPPK', contract_end: '2030-12-31' },
      'NI PPPK harus tepat 18 digit; tertulis 4 digit.',
    ],
    ['id' as const, { nip: '1968' }, 'NIP harus tepat 18 digit; tertulis 4 digit.'],
    [
      'id' as const,
      { birth_date: '1968-03-16' },
      'NIP memuat tanggal lahir 1968-03-15, tetapi tanggal lahir yang tercatat 1968-03-16.',
    ],
  ])('writes its messages in %s (%j)', (language, overrides, message) => {
    const { issues, warnings } = parseRosterRow(base(overrides), TODAY, language);
    expect([...issues, ...warnings].map((found) => found.message)).toContain(message);
  });

  it('accepts a PPPK row with its NI PPPK and contract end', () => {
    const nip = '199001012022212001';
    const { record, issues } = parseRosterRow(
      base({
        nip,
        birth_date: '1990-01-01',
        gender: 'P',
        employment_type: 'PPPK',
        contract_end: '2027-12-31',
      }),
      TODAY,
    );
    expect(issues).toEqual([]);
    expect(record).toMatchObject({ employmentType: 'PPPK', contractEnd: '2027-12-31', gender: 'FEMALE' });
  });
});
