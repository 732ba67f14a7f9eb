import type { Writable } from 'node:stream';
import { formatDecimalForDisplay } from './cell-format';
import {
  drawHeading,
  FONT,
  MUTED_COLOR,
  openDistrictReport,
  PdfTable,
  STATUS_COLORS,
  TEXT_COLOR,
  yieldToOutput,
  type CellLine,
  type PdfColumn,
  type PdfOptions,
  type ReportDocument,
} from './pdf-layout';
import {
  RENEWAL_STATUS_LABELS,
  RENEWAL_STATUSES,
  type RelicensureReportRow,
  type ReportMeta,
  type RowSource,
} from './report-rows';
import {
  primarySchool,
  RelicensureTotalsAccumulator,
  type RelicensureGroupTotals,
  type RelicensureTotals,
} from './relicensure-totals';

export interface RelicensurePdfOptions extends PdfOptions {
  meta: ReportMeta;
}

export interface RelicensurePdfResult {
  rowCount: number;
  totals: RelicensureTotals;
}

const YIELD_EVERY_ROWS = 100;

const ROW_COLUMNS: PdfColumn<RelicensureReportRow>[] = [
  {
    header: 'Educator',
    weight: 100,
    cell: (row) => [
      { text: `${row.lastName}, ${row.firstName}`, bold: true },
      {
        text: row.stateEducatorId ? `State ID ${row.stateEducatorId}` : 'No state ID',
        muted: true,
        size: 7,
      },
    ],
  },
  { header: 'School(s)', weight: 80, cell: (row) => row.schools.join('; ') },
  {
    header: 'License and cycle',
    weight: 125,
    cell: (row) => [
      { text: `${row.licenseStateCode} ${row.licenseType}` },
      { text: `No. ${row.licenseNumber}`, muted: true, size: 7 },
      { text: `${row.cycleStart} to ${row.cycleEnd}`, muted: true, size: 7 },
    ],
  },
  { header: 'Deadline', weight: 54, cell: (row) => row.deadline },
  { header: 'Unit', weight: 46, cell: (row) => row.unit },
  {
    header: 'Required',
    weight: 44,
    align: 'right',
    cell: (row) => formatDecimalForDisplay(row.required),
  },
  {
    header: 'Earned',
    weight: 42,
    align: 'right',
    cell: (row) => formatDecimalForDisplay(row.earned),
  },
  {
    header: 'Remaining',
    weight: 48,
    align: 'right',
    cell: (row) => formatDecimalForDisplay(row.remaining),
  },
  {
    header: 'Categories',
    weight: 83,
    cell: (row) =>
      row.categories.length === 0
        ? [{ text: '—', muted: true }]
        : row.categories.map((category): CellLine => ({
            text: `${category.label}: ${category.earned} of ${category.required}`,
            color: category.met ? undefined : STATUS_COLORS.behind,
            size: 7,
          })),
  },
  {
    header: 'Status',
    weight: 44,
    cell: (row) => [
      {
        text: RENEWAL_STATUS_LABELS[row.status],
        bold: true,
        color: STATUS_COLORS[row.status],
      },
    ],
  },
  { header: 'Last PD', weight: 54, cell: (row) => row.lastPdOn ?? 'None' },
];

function sumsText(totals: RelicensureGroupTotals, field: 'required' | 'earned'): CellLine[] {
  if (totals.byUnit.length === 0) return [{ text: '0' }];
  return totals.byUnit.map((sums) => ({
    text: `${formatDecimalForDisplay(sums[field])} ${sums.unit}`,
  }));
}

function statusCounts(totals: RelicensureGroupTotals): string {
  return RENEWAL_STATUSES.map((status) => `${RENEWAL_STATUS_LABELS[status].toLowerCase()} ${totals.byStatus[status]}`).join(', ');
}

type TotalsRow = {
  label: string;
  totals: RelicensureGroupTotals;
  overall?: boolean;
};

const TOTALS_COLUMNS: PdfColumn<TotalsRow>[] = [
  {
    header: 'School',
    weight: 150,
    cell: (row) => [{ text: row.label, bold: row.overall }],
  },
  {
    header: 'Licenses',
    weight: 50,
    align: 'right',
    cell: (row) => [{ text: String(row.totals.rowCount), bold: row.overall }],
  },
  ...RENEWAL_STATUSES.map((status): PdfColumn<TotalsRow> => ({
    header: RENEWAL_STATUS_LABELS[status],
    weight: 50,
    align: 'right',
    cell: (row) => [{ text: String(row.totals.byStatus[status]), bold: row.overall }],
  })),
  {
    header: 'Required',
    weight: 110,
    align: 'right',
    cell: (row) => sumsText(row.totals, 'required'),
  },
  {
    header: 'Earned',
    weight: 110,
    align: 'right',
    cell: (row) => sumsText(row.totals, 'earned'),
  },
];

/**
 * The district-branded relicensure report: one table row per educator and license, a section per
 * primary school with its subtotal, then totals per school and overall. Rows should come sorted by
 * primary school (then name); the totals are right whatever the order, but unsorted rows would
 * repeat a school's section.
 */
export async function writeRelicensurePdf(
  rows: RowSource<RelicensureReportRow>,
  output: Writable,
  options: RelicensurePdfOptions,
): Promise<RelicensurePdfResult> {
  const report = openDistrictReport(output, options);
  const { doc } = report;

  const table = new PdfTable(report, ROW_COLUMNS, {
    fontSize: 8,
    padding: 3,
    headerColor: report.brandColor,
  });
  const accumulator = new RelicensureTotalsAccumulator();
  let section = null as {
    school: string;
    accumulator: RelicensureTotalsAccumulator;
  } | null;
  let rowCount = 0;

  const closeSection = () => {
    if (!section) return;
    const totals = section.accumulator.result().overall;
    drawSubtotal(report, table, `${section.school} subtotal`, totals);
  };

  table.drawHeader();
  for await (const row of rows) {
    rowCount += 1;
    const school = primarySchool(row);
    if (section?.school !== school) {
      closeSection();
      table.continuation = null;
      section = { school, accumulator: new RelicensureTotalsAccumulator() };
      // Keep the heading with at least one row so a section never starts at a page's foot.
      table.drawBand([{ text: school, bold: true, size: 9 }], {
        fill: '#dde4ee',
        keepWithNext: 45,
      });
      table.continuation = {
        content: [{ text: `${school} (continued)`, bold: true, size: 9 }],
        fill: '#dde4ee',
      };
    }
    section.accumulator.add(row);
    accumulator.add(row);
    table.drawRow(row);
    if (rowCount % YIELD_EVERY_ROWS === 0) await yieldToOutput(output);
  }
  closeSection();
  table.continuation = null;
  if (rowCount === 0) table.drawBand([{ text: 'No licenses match these filters.', muted: true }]);

  const totals = accumulator.result();
  drawHeading(report, 'Totals by school');
  doc.font(FONT).fontSize(8).fillColor(MUTED_COLOR);
  doc.text('Each license counts once, under the educator’s primary school.', report.left, doc.y, { width: report.width });
  doc.fillColor(TEXT_COLOR).moveDown(0.4);
  const totalsTable = new PdfTable(report, TOTALS_COLUMNS, {
    fontSize: 8,
    padding: 3,
    headerColor: report.brandColor,
  });
  totalsTable.drawHeader();
  for (const school of totals.bySchool) totalsTable.drawRow({ label: school.school, totals: school.totals });
  totalsTable.drawRow({
    label: 'All schools',
    totals: totals.overall,
    overall: true,
  });

  doc.end();
  await report.done;
  return { rowCount, totals };
}

function drawSubtotal(
  report: ReportDocument,
  table: PdfTable<RelicensureReportRow>,
  label: string,
  totals: RelicensureGroupTotals,
): void {
  const sums = totals.byUnit
    .map(
      (unit) => `required ${formatDecimalForDisplay(unit.required)}, earned ${formatDecimalForDisplay(unit.earned)} ${unit.unit}`,
    )
    .join('; ');
  table.drawBand(
    [
      {
        text: `${label}: ${totals.rowCount} license${totals.rowCount === 1 ? '' : 's'} — ${statusCounts(totals)}`,
        bold: true,
        size: 8,
      },
      { text: sums, size: 8 },
    ],
    { fill: '#eef1f5' },
  );
  report.doc.moveDown(0.3);
}
