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
    [{ birth_date: '1968-03-16' }, 'birth_date', 'INVALID_VALUE'],
    [{ gender: 'P' }, 'birth_date', 'INVALID_VALUE'],
  ])('reports %j on column %s (%s)', (overrides, field, reason) => {
    const { record, issues } = parseRosterRow(base(overrides), TODAY);
    expect(record).toBeNull();
    expect(issues).toContainEqual(expect.objectContaining({ field, reason }));
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
