import { describe, expect, it } from 'vitest';
import { toCsv, UTF8_BOM } from './export-csv';
import { exportFileName } from './export-table';

const COLUMNS = [
  { key: 'position', title: 'Jabatan' },
  { key: 'need', title: 'Kebutuhan' },
  { key: 'gap', title: 'Selisih' },
] as const;

describe('toCsv', () => {
  it('starts with the UTF-8 byte order mark and a header row, and ends every line with CRLF', () => {
    const csv = toCsv(COLUMNS, [{ position: 'Perawat', need: 3, gap: 1 }]);
    expect(csv.startsWith(`${UTF8_BOM}Jabatan,Kebutuhan,Selisih\r\n`)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}Jabatan,Kebutuhan,Selisih\r\nPerawat,3,1\r\n`);
  });

  it('quotes fields with commas, quotes and line breaks and doubles inner quotes (RFC 4180)', () => {
    const csv = toCsv(COLUMNS, [
      { position: 'Guru Kelas, SD', need: 1, gap: 0 },
      { position: 'Pamong "Budaya"', need: 1, gap: 0 },
      { position: 'Baris satu\nbaris dua', need: 1, gap: 0 },
      { position: ' spasi di depan', need: 1, gap: 0 },
    ]);
    const lines = csv.slice(UTF8_BOM.length).split('\r\n');
    expect(lines[1]).toBe('"Guru Kelas, SD",1,0');
    expect(lines[2]).toBe('"Pamong ""Budaya""",1,0');
    expect(lines[3]).toBe('"Baris satu\nbaris dua",1,0');
    expect(lines[4]).toBe('" spasi di depan",1,0');
  });

  it('writes numbers in plain notation with a dot, negatives and fractions included, and blanks for no value', () => {
    const csv = toCsv(COLUMNS, [
      { position: 'Bidan', need: 12.5, gap: -2.25 },
      { position: null, need: undefined, gap: Number.NaN },
      { position: 'Besar', need: 1234567, gap: 0.1 },
    ]);
    const lines = csv.slice(UTF8_BOM.length).split('\r\n');
    expect(lines[1]).toBe('Bidan,12.5,-2.25');
    expect(lines[2]).toBe(',,');
    expect(lines[3]).toBe('Besar,1234567,0.1');
  });

  it('keeps Indonesian text as UTF-8 and defuses text that a spreadsheet would run as a formula', () => {
    const csv = toCsv(
      [{ key: 'summary', title: 'Ringkasan' }],
      [
        { summary: 'Pelayanan di Puskesmas Kolok lambat — antre ±3 jam' },
        { summary: '=HYPERLINK("http://contoh")' },
        { summary: '-2 bidan' },
      ],
    );
    const lines = csv.slice(UTF8_BOM.length).split('\r\n');
    expect(lines[1]).toBe('Pelayanan di Puskesmas Kolok lambat — antre ±3 jam');
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://contoh"")"`);
    expect(lines[3]).toBe("'-2 bidan");
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes only the header for an empty table', () => {
    expect(toCsv(COLUMNS, [])).toBe(`${UTF8_BOM}Jabatan,Kebutuhan,Selisih\r\n`);
  });
});

describe('exportFileName', () => {
  it('adds the extension and replaces characters file systems refuse', () => {
    expect(exportFileName('kesenjangan-2026', 'csv')).toBe('kesenjangan-2026.csv');
    expect(exportFileName('rekap per sektor: 2026', 'xlsx')).toBe('rekap-per-sektor-2026.xlsx');
    expect(exportFileName('  ', 'csv')).toBe('export.csv');
  });
});
