import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { centsToDollars, neutralizeFormula, normalizeCell, type NormalizedCell } from './cell-format';
import type { ColumnDef, ColumnKind } from './columns';
import { formatGeneratedAt } from './report-meta';
import type { ReportMeta, RowSource } from './report-rows';

export interface XlsxWriteOptions {
  /** Name of the data sheet; cut to Excel's 31 characters and stripped of the characters Excel forbids. */
  sheetName: string;
  meta: ReportMeta;
}

export interface XlsxWriteResult {
  rowCount: number;
}

const NUMBER_FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {
  text: undefined,
  // At least two decimals, up to four: "12.50", "0.6667"; converters round to at most four.
  decimal: '#,##0.00##',
  integer: '0',
  'money-cents': '"$"#,##0.00;-"$"#,##0.00',
  date: 'yyyy-mm-dd',
};

// Widths are measured on the first rows only, so the file can stream; later rows may be wider.
const WIDTH_SAMPLE_ROWS = 50;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const DISPLAY_WIDTH: Readonly<Record<ColumnKind, number>> = {
  text: 0,
  decimal: 10,
  integer: 6,
  'money-cents': 13,
  date: 11,
};

// How often to hand control back to the event loop so exceljs's zip stream can drain into the
// output; without it the sheet XML for the whole report would pile up in memory first.
const YIELD_EVERY_ROWS = 200;

function sheetSafeName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned === '' ? 'Report' : cleaned;
}

function xlsxValue(cell: NormalizedCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return cell.text;
    case 'decimal':
      // Excel stores every number as a double. The decimal string's digits survive the trip
      // (fewer than 15 significant digits); no arithmetic is done on the float here.
      return Number(cell.text);
    case 'integer':
      return cell.value;
    case 'money-cents':
      return Number(centsToDollars(cell.cents));
    case 'date': {
      // Midnight UTC becomes a whole Excel serial day, so the date is the same in every zone.
      const [year, month, day] = cell.text.split('-').map(Number);
      return new Date(Date.UTC(year, month - 1, day));
    }
  }
}

function displayLength(cell: NormalizedCell, kind: ColumnKind): number {
  if (cell.kind === 'text') return Math.max(...cell.text.split('\n').map((line) => line.length));
  return DISPLAY_WIDTH[kind];
}

async function waitForOutput(output: Writable): Promise<void> {
  if (output.writableNeedDrain) await once(output, 'drain');
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Streams an .xlsx workbook to `output` (ending it): a data sheet with a bold, frozen,
 * auto-filtered header row and typed cells, then an "About" sheet saying what the report is.
 */
export async function writeXlsx<Row>(
  rows: RowSource<Row>,
  columns: readonly ColumnDef<Row>[],
  output: Writable,
  options: XlsxWriteOptions,
): Promise<XlsxWriteResult> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'PD Ledger';
  workbook.created = options.meta.generatedAt;

  const sheet = workbook.addWorksheet(sheetSafeName(options.sheetName), {
    views: [
      {
        state: 'frozen',
        xSplit: 0,
        ySplit: 1,
        topLeftCell: 'A2',
        activeCell: 'A2',
      },
    ],
  });

  const headers = columns.map((column) => neutralizeFormula(column.header));
  const widths = columns.map((column, index) => column.width ?? Math.max(MIN_WIDTH, headers[index].length + 2));
  const pending: NormalizedCell[][] = [];
  let rowCount = 0;
  let started = false;

  const start = () => {
    // Column widths and formats must be set before the first row is committed: exceljs writes
    // the <cols> element ahead of the sheet data.
    sheet.columns = columns.map((column, index) => ({
      key: column.key,
      width: Math.min(MAX_WIDTH, widths[index]),
      style: NUMBER_FORMATS[column.kind] ? { numFmt: NUMBER_FORMATS[column.kind] } : {},
    }));
    const header = sheet.addRow(headers);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: false };
    header.commit();
    started = true;
  };
  const addRow = (cells: NormalizedCell[]) => {
    sheet.addRow(cells.map(xlsxValue)).commit();
  };

  for await (const row of rows) {
    rowCount += 1;
    const cells = columns.map((column) => normalizeCell(column, row, rowCount));
    if (!started) {
      pending.push(cells);
      if (pending.length < WIDTH_SAMPLE_ROWS) continue;
      measure(pending);
      start();
      pending.splice(0).forEach(addRow);
      continue;
    }
    addRow(cells);
    if (rowCount % YIELD_EVERY_ROWS === 0) await waitForOutput(output);
  }
  if (!started) {
    measure(pending);
    start();
    pending.splice(0).forEach(addRow);
  }

  function measure(sample: NormalizedCell[][]): void {
    columns.forEach((column, index) => {
      if (column.width !== undefined) return;
      for (const cells of sample) widths[index] = Math.max(widths[index], displayLength(cells[index], column.kind) + 2);
    });
  }

  // The filter range is written when the sheet is committed, so it can cover every data row.
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: rowCount + 1, column: columns.length },
  };
  sheet.commit();

  const about = workbook.addWorksheet('About');
  about.columns = [
    { key: 'label', width: 18 },
    { key: 'value', width: 60 },
  ];
  const meta = options.meta;
  const aboutRows: [string, string | number][] = [
    ['Report', meta.title],
    ['District', meta.districtName],
    ['Generated at', formatGeneratedAt(meta.generatedAt, meta.timeZone)],
    ['Rows', rowCount],
  ];
  if (meta.filters.length === 0) aboutRows.push(['Filters', 'None']);
  meta.filters.forEach((filter, index) => aboutRows.push([index === 0 ? 'Filters' : '', `${filter.label}: ${filter.value}`]));
  for (const [label, value] of aboutRows) {
    const row = about.addRow([label, typeof value === 'string' ? neutralizeFormula(value) : value]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  about.commit();

  await workbook.commit();
  return { rowCount };
}
