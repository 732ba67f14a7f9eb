import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { laneChangeColumns, relicensureColumns, stateHourUploadColumns } from './columns';
import { writeXlsx } from './xlsx-writer';
import { SAMPLE_META, sampleLaneChangeRows, sampleRelicensureRows, sampleStateHourRows } from './__fixtures__/sample-report-data';
import type { ColumnDef } from './columns';
import type { RowSource } from './report-rows';

async function xlsxWorkbook<Row>(rows: RowSource<Row>, columns: ColumnDef<Row>[], sheetName: string): Promise<ExcelJS.Workbook> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(rows, columns, output, { sheetName, meta: SAMPLE_META });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return workbook;
}

describe('writeXlsx', () => {
  it('writes a bold, frozen, filtered header row and typed cells', async () => {
    const rows = sampleRelicensureRows();
    const columns = relicensureColumns();
    const workbook = await xlsxWorkbook(rows, columns, 'Relicensure');
    const sheet = workbook.getWorksheet('Relicensure');
    if (!sheet) throw new Error('no Relicensure sheet');

    expect(workbook.worksheets.map((candidate) => candidate.name)).toEqual(['Relicensure', 'About']);
    const header = sheet.getRow(1);
    expect(columns.map((_, index) => header.getCell(index + 1).value)).toEqual(columns.map((column) => column.header));
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:R${rows.length + 1}`);

    const col = (key: string) => columns.findIndex((column) => column.key === key) + 1;
    const second = sheet.getRow(3);
    expect(second.getCell(col('educatorId')).value).toBe(rows[1].educatorId);
    expect(second.getCell(col('earned')).value).toBe(13.7);
    expect(second.getCell(col('earned')).numFmt).toBe('#,##0.00##');
    expect(second.getCell(col('deadline')).value).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(second.getCell(col('deadline')).numFmt).toBe('yyyy-mm-dd');
    // Empty values stay empty, not 0 or "".
    expect(sheet.getRow(2).getCell(col('lastPdOn')).value).toBeNull();

    // Widths are measured from the first rows and capped.
    const lastNameWidth = sheet.getColumn(col('lastName')).width ?? 0;
    expect(lastNameWidth).toBeGreaterThan(30);
    expect(lastNameWidth).toBeLessThanOrEqual(60);
  });

  it('neutralises formula injection in text cells and keeps numbers numeric', async () => {
    const workbook = await xlsxWorkbook(sampleStateHourRows(), stateHourUploadColumns(), 'State upload');
    const sheet = workbook.getWorksheet('State upload');
    if (!sheet) throw new Error('no sheet');
    const hostile = sheet.getRow(3);
    expect(hostile.getCell(4).value).toBe("'@provider");
    expect(hostile.getCell(5).value).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(hostile.getCell(8).value).toBe(-3);
    expect(hostile.getCell(8).type).toBe(ExcelJS.ValueType.Number);

    const relicensure = await xlsxWorkbook(sampleRelicensureRows(), relicensureColumns(), 'Relicensure');
    const injected = relicensure.getWorksheet('Relicensure')?.getRow(4).getCell(4);
    expect(injected?.type).toBe(ExcelJS.ValueType.String);
    expect(String(injected?.value).startsWith("'=")).toBe(true);
  });

  it('writes money as currency and integers as numbers', async () => {
    const rows = sampleLaneChangeRows();
    const workbook = await xlsxWorkbook(rows, laneChangeColumns(), 'Lane changes');
    const sheet = workbook.getWorksheet('Lane changes');
    if (!sheet) throw new Error('no sheet');
    const first = sheet.getRow(2);
    expect(first.getCell(6).value).toBe(rows[0].currentStep);
    expect(first.getCell(7).value).toBe(rows[0].currentSalaryCents / 100);
    expect(first.getCell(7).numFmt).toContain('"$"#,##0.00');
    expect(first.getCell(11).value).toBe(rows[0].differenceCents / 100);
  });

  it('adds an About sheet with the report, district, time and filters', async () => {
    const workbook = await xlsxWorkbook(sampleRelicensureRows(), relicensureColumns(), 'Relicensure');
    const about = workbook.getWorksheet('About');
    if (!about) throw new Error('no About sheet');
    const pairs = about
      .getSheetValues()
      .slice(1)
      .map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(pairs).toEqual([
      ['Report', 'Relicensure report'],
      ['District', 'Maplewood School District'],
      ['Generated at', '2026-03-14 09:30 EDT'],
      ['Rows', 40],
      ['Filters', 'Status: all'],
      [undefined, 'Deadline within: 365 days'],
    ]);
  });

  it('writes a header-only sheet when there are no rows', async () => {
    const workbook = await xlsxWorkbook([], relicensureColumns(), 'Relicensure');
    const sheet = workbook.getWorksheet('Relicensure');
    expect(sheet?.rowCount).toBe(1);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Educator ID');
  });
});
