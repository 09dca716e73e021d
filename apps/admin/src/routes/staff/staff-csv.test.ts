import { describe, expect, it, vi } from 'vitest';
import { countDataRows, readStaffCsv, staffCsvTemplate } from './staff-csv';
import { aStaffCsv, NI_PPPK_BIDAN, VALID_ROWS } from './staff-fixtures';

const OPTIONS = { today: '2025-09-01', language: 'id' as const };

describe('readStaffCsv', () => {
  it('reads every row, reporting progress, and finds nothing wrong in valid identifiers', async () => {
    const onProgress = vi.fn();
    const reading = await readStaffCsv(aStaffCsv(VALID_ROWS), { ...OPTIONS, onProgress, chunkSize: 64 });

    expect(reading).toEqual({ rows: 3, headerMatches: true, issues: [] });
    expect(onProgress.mock.calls.length).toBeGreaterThan(2);
    expect(onProgress).toHaveBeenLastCalledWith(3, 3);
  });

  it('pre-checks every row with core’s parseRosterRow, naming line and column, every problem at once', async () => {
    const csv = aStaffCsv([
      VALID_ROWS[0] ?? '',
      '19680315199203100,Terlalu Pendek,1968-03-15,MALE,PNS,,,1992-01-01,PKM-TALAWI,Perawat Ahli Pertama',
      // A valid NI PPPK read as a NIP would fail (digits 9–14 are not a month): the type decides the rule.
      `${NI_PPPK_BIDAN},Fitri Yani,1994-07-01,FEMALE,PPPK,2028-02-28,,2023-03-01,PKM-TALAWI,Bidan Terampil`,
      '196813451992011002,Tanggal Salah,1968-13-45,MALE,PNS,,,1992-01-01,PKM-TALAWI,Perawat Ahli Pertama',
      // Several cells wrong in one row: all of them are named, not only the first.
      '196803151992031002,,1968-03-15,X,PNS,,,2099-01-01,,Perawat Ahli Pertama',
    ]);

    const reading = await readStaffCsv(csv, { ...OPTIONS, onProgress: vi.fn() });

    expect(reading.issues.map(({ line, column, reason }) => [line, column, reason])).toEqual([
      [3, 'nip', 'INVALID_FORMAT'],
      [5, 'birth_date', 'INVALID_DATE'],
      [5, 'nip', 'INVALID_DATE'],
      [6, 'name', 'REQUIRED'],
      [6, 'gender', 'INVALID_VALUE'],
      [6, 'tmt', 'INVALID_DATE'],
      [6, 'unit_code', 'REQUIRED'],
    ]);
  });

  it('accepts the template’s columns in any order', async () => {
    const csv = [
      'name,employment_type,nip,birth_date,gender,contract_end,transfer_date,tmt,unit_code,position_name',
      'Budi,PNS,12345,1970-01-01,MALE,,,1995-01-01,PKM-TALAWI,Perawat Ahli Pertama',
    ].join('\n');
    const reading = await readStaffCsv(csv, { ...OPTIONS, onProgress: vi.fn() });
    expect(reading.headerMatches).toBe(true);
    expect(reading.issues).toEqual([
      expect.objectContaining({ line: 2, column: 'nip', reason: 'INVALID_FORMAT' }),
    ]);
  });

  it('notices a header missing template columns, and ignores blank lines and a BOM', async () => {
    const reading = await readStaffCsv('\uFEFFnip,nama\n\n123,Budi\n', { ...OPTIONS, onProgress: vi.fn() });
    expect(reading.headerMatches).toBe(false);
    expect(reading.rows).toBe(1);
    expect(countDataRows('a\r\n\r\nb\r\nc')).toBe(2);
  });

  it('rejects a file with an unclosed quote', async () => {
    await expect(readStaffCsv(aStaffCsv(['"oops,1']), { ...OPTIONS, onProgress: vi.fn() })).rejects.toThrow();
  });

  it.each([
    ['id' as const, 'NIP harus tepat 18 digit; tertulis 5 digit.'],
    ['en' as const, 'NIP must be exactly 18 digits; got 5.'],
  ])(
    'writes the pre-check’s messages in the UI’s language (%s), as core writes the server’s',
    async (language, message) => {
      const csv = aStaffCsv(['12345,Budi,1970-01-01,MALE,PNS,,,1995-01-01,PKM-TALAWI,Perawat Ahli Pertama']);
      const reading = await readStaffCsv(csv, { ...OPTIONS, language, onProgress: vi.fn() });
      expect(reading.issues.map((issue) => issue.message)).toEqual([message]);
    },
  );
});

describe('staffCsvTemplate', () => {
  const notes = ['gender: L/P, MALE/FEMALE.', 'employment_type: PNS/PPPK.'];
  const template = staffCsvTemplate(notes, { unitCode: 'PKM-TALAWI', positionName: 'Bidan Terampil' });

  it('starts with the notes as # lines without commas, then the header and the example rows', () => {
    const lines = template.replace('\uFEFF', '').split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      '# gender: L/P; MALE/FEMALE.',
      '# employment_type: PNS/PPPK.',
      'nip,name,birth_date,gender,employment_type,contract_end,transfer_date,tmt,unit_code,position_name',
    ]);
    expect(lines[3]).toContain('PNS');
    expect(lines[4]).toContain('PPPK');
    expect(countDataRows(template)).toBe(2);
  });

  it('passes the pre-check: the notes are skipped and the example rows have no problem', async () => {
    const reading = await readStaffCsv(template, { ...OPTIONS, onProgress: vi.fn() });
    expect(reading).toEqual({ rows: 2, headerMatches: true, issues: [] });
  });
});
