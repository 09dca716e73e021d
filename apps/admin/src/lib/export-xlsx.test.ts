import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './export-xlsx';

const COLUMNS = [
  { key: 'position', title: 'Jabatan' },
  { key: 'need', title: 'Kebutuhan' },
  { key: 'gap', title: 'Selisih' },
] as const;

async function readBack(buffer: ArrayBuffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const [sheet] = workbook.worksheets;
  if (!sheet) throw new Error('the workbook has no sheet');
  return sheet;
}

describe('toXlsx', () => {
  it('writes a bold header row and the rows in column order, numbers as numeric cells', async () => {
    const buffer = await toXlsx(
      COLUMNS,
      [
        { position: 'Perawat Ahli Pertama', need: 4.5, gap: 2 },
        { position: 'Pamong Budaya "Terampil"', need: 1, gap: -1 },
      ],
      'Kesenjangan 2026',
    );
    const sheet = await readBack(buffer);

    expect(sheet.name).toBe('Kesenjangan 2026');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Jabatan', 'Kebutuhan', 'Selisih']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, 'Perawat Ahli Pertama', 4.5, 2]);
    expect(sheet.getRow(3).values).toEqual([undefined, 'Pamong Budaya "Terampil"', 1, -1]);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.rowCount).toBe(3);
  });

  it('leaves cells without a value empty and keeps sheet names Excel accepts', async () => {
    const buffer = await toXlsx(
      COLUMNS,
      [{ position: 'Bidan', need: null, gap: undefined }],
      'Rekap: kecamatan / sektor [2026] sangat panjang sekali',
    );
    const sheet = await readBack(buffer);

    expect(sheet.name).toBe('Rekap  kecamatan   sektor  2026');
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Null);
  });
});
