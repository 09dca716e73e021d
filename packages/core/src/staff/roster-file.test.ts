import { describe, expect, it } from 'vitest';
import { rosterExampleRows, type RosterMember, toRosterRow } from './roster-file.js';
import { parseRosterRow, ROSTER_COLUMNS } from './roster-row.js';

const TODAY = '2026-11-28';
const TARGET = { unitCode: 'PKM-TALAWI', positionName: 'Perawat Terampil' };

const member = (overrides: Partial<RosterMember> = {}): RosterMember => ({
  nip: '197203152000032001',
  name: 'Desi Chaniago',
  birthDate: '1972-03-15',
  gender: 'FEMALE',
  employmentType: 'PNS',
  contractEnd: null,
  transferDate: null,
  tmt: '2000-03-01',
  ...TARGET,
  ...overrides,
});

describe('toRosterRow', () => {
  it('writes every roster column, gender as L/P and missing dates as empty cells', () => {
    const row = toRosterRow(member({ transferDate: '2031-01-01' }));
    expect(Object.keys(row)).toEqual([...ROSTER_COLUMNS]);
    expect(row).toMatchObject({ gender: 'P', contract_end: '', transfer_date: '2031-01-01' });
  });

  it.each([
    ['a PNS', member()],
    [
      'a male PNS leaving by transfer',
      member({
        nip: '198906152012011007',
        birthDate: '1989-06-15',
        gender: 'MALE',
        tmt: '2012-01-01',
        transferDate: '2030-07-01',
      }),
    ],
    [
      'a PPPK with a contract end',
      member({
        nip: '199101012022212002',
        birthDate: '1991-01-01',
        employmentType: 'PPPK',
        contractEnd: '2027-06-30',
        tmt: '2022-03-01',
      }),
    ],
  ])('reads %s back as it was written', (_name, written) => {
    const { record, issues, warnings } = parseRosterRow(toRosterRow(written), TODAY);
    expect(issues).toEqual([]);
    expect(warnings).toEqual([]);
    expect(record).toEqual(written);
  });
});

describe('rosterExampleRows', () => {
  it('gives a PNS and a PPPK example of the target that parse without a problem or a warning', () => {
    const rows = rosterExampleRows(TARGET);
    expect(rows.map((row) => row.employment_type)).toEqual(['PNS', 'PPPK']);
    for (const row of rows) {
      const { record, issues, warnings } = parseRosterRow(row, TODAY);
      expect([...issues, ...warnings]).toEqual([]);
      expect(record).toMatchObject({ unitCode: 'PKM-TALAWI', positionName: 'Perawat Terampil' });
    }
  });
});
