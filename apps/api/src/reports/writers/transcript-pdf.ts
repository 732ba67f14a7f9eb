import type { Writable } from 'node:stream';
import Decimal from 'decimal.js';
import { formatDecimalForDisplay } from './cell-format';
import {
  drawFooter,
  drawHeading,
  drawTitleBand,
  FONT,
  FONT_BOLD,
  MUTED_COLOR,
  openReportDocument,
  PdfTable,
  STATUS_COLORS,
  TEXT_COLOR,
  type CellLine,
  type PdfColumn,
  type PdfOptions,
  type ReportDocument,
} from './pdf-layout';
import { formatGeneratedAt } from './report-meta';
import { RENEWAL_STATUS_LABELS, type CategoryProgress, type TranscriptInput, type TranscriptRecord } from './report-rows';

export type TranscriptPdfOptions = PdfOptions;

export interface TranscriptPdfResult {
  recordCount: number;
  /** Sum of the credited amounts listed, in the state's unit. */
  creditedTotal: string;
  pageCount: number;
}

function recordColumns(unit: string): PdfColumn<TranscriptRecord>[] {
  return [
    {
      header: 'Completed',
      weight: 56,
      cell: (record) => [
        { text: record.completedOn },
        ...(record.startedOn && record.startedOn !== record.completedOn
          ? [{ text: `from ${record.startedOn}`, muted: true, size: 7 }]
          : []),
      ],
    },
    {
      header: 'Activity',
      weight: 160,
      cell: (record) => [
        { text: record.title, bold: true },
        {
          text: [record.provider, record.activityType].filter(Boolean).join(' · '),
          muted: true,
          size: 7,
        },
        ...(record.evidence ? [{ text: `Evidence: ${record.evidence}`, muted: true, size: 6.5 }] : []),
      ],
    },
    {
      header: 'Recorded',
      weight: 58,
      align: 'right',
      cell: (record) => `${formatDecimalForDisplay(record.recordedAmount)} ${record.recordedUnit}`,
    },
    {
      header: `Credited (${unit})`,
      weight: 54,
      align: 'right',
      cell: (record) => [{ text: formatDecimalForDisplay(record.creditedAmount), bold: true }],
    },
    {
      header: 'Categories',
      weight: 62,
      cell: (record) => (record.categories.length === 0 ? [{ text: '—', muted: true }] : record.categories.join(', ')),
    },
    {
      header: 'Rule applied',
      weight: 150,
      cell: (record) => [{ text: record.rule.description }, { text: record.rule.citation, muted: true, size: 7 }],
    },
  ];
}

const CATEGORY_COLUMNS: PdfColumn<CategoryProgress>[] = [
  { header: 'Category', weight: 220, cell: (category) => category.label },
  {
    header: 'Required',
    weight: 80,
    align: 'right',
    cell: (category) => formatDecimalForDisplay(category.required),
  },
  {
    header: 'Earned',
    weight: 80,
    align: 'right',
    cell: (category) => formatDecimalForDisplay(category.earned),
  },
  {
    header: 'Met',
    weight: 60,
    align: 'center',
    cell: (category) => [
      {
        text: category.met ? 'Yes' : 'Not yet',
        bold: true,
        color: category.met ? STATUS_COLORS.complete : STATUS_COLORS.behind,
      },
    ],
  },
];

/** Label/value pairs in two columns, with values that wrap. */
function drawFacts(report: ReportDocument, facts: readonly [string, string][]): void {
  const { doc, left, width } = report;
  const labelWidth = 110;
  for (const [label, value] of facts) {
    doc.font(FONT).fontSize(9);
    const height = Math.max(doc.heightOfString(value, { width: width - labelWidth }), 11);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    doc
      .font(FONT_BOLD)
      .fillColor(MUTED_COLOR)
      .text(label, left, y, { width: labelWidth - 8 });
    doc
      .font(FONT)
      .fillColor(TEXT_COLOR)
      .text(value, left + labelWidth, y, { width: width - labelWidth });
    doc.y = y + height + 2;
  }
}

/**
 * A teacher's PD transcript for one license cycle: who they are, the license and cycle, the totals
 * and status, each required category, every credited record with the rule and citation the
 * converter applied, and what is still missing. Pages are numbered "n of m", so the document is
 * buffered; a transcript is a few pages.
 */
export async function writeTranscriptPdf(
  input: TranscriptInput,
  output: Writable,
  options: TranscriptPdfOptions = {},
): Promise<TranscriptPdfResult> {
  const fullName = `${input.educator.firstName} ${input.educator.lastName}`;
  const report = openReportDocument(output, {
    ...options,
    layout: 'portrait',
    bufferPages: true,
    title: `PD transcript — ${fullName}`,
    author: input.district.name,
  });
  const { doc, left, width } = report;
  const { cycle, totals } = input;
  const generated = formatGeneratedAt(input.generatedAt, input.timeZone);

  drawTitleBand(
    report,
    {
      districtName: input.district.name,
      title: 'Professional development transcript',
      lines: [`Generated ${generated}`],
    },
    options.branding,
  );

  doc.font(FONT_BOLD).fontSize(14).fillColor(TEXT_COLOR).text(fullName, left, doc.y, { width });
  doc.moveDown(0.3);
  drawFacts(report, [
    ['State educator ID', input.educator.stateEducatorId ?? 'Not recorded'],
    ...(input.educator.email ? ([['Email', input.educator.email]] as [string, string][]) : []),
    ['School(s)', input.educator.schools.length > 0 ? input.educator.schools.join('; ') : 'None'],
    [
      'License',
      `${input.license.stateCode} ${input.license.licenseType}, no. ${input.license.number}${
        input.license.issuedOn ? `, issued ${input.license.issuedOn}` : ''
      }`,
    ],
    ['Renewal cycle', `${cycle.start} to ${cycle.end}`],
    ['Deadline', cycle.deadline],
  ]);

  drawHeading(report, 'Totals');
  const summary: CellLine[] = [
    {
      text: `Required ${formatDecimalForDisplay(totals.required)} · Earned ${formatDecimalForDisplay(totals.earned)} · Remaining ${formatDecimalForDisplay(totals.remaining)} ${cycle.unit}`,
      bold: true,
      size: 10,
    },
    {
      text: `Status: ${RENEWAL_STATUS_LABELS[totals.status]}`,
      bold: true,
      color: STATUS_COLORS[totals.status],
      size: 10,
    },
    { text: `Last PD: ${totals.lastPdOn ?? 'none recorded'}`, muted: true },
  ];
  const summaryTable = new PdfTable<null>(report, [], {
    fontSize: 9,
    padding: 5,
    headerColor: report.brandColor,
  });
  summaryTable.drawBand(summary, { fill: '#eef1f5' });

  if (input.categories.length > 0) {
    drawHeading(report, 'Required categories');
    const categoryTable = new PdfTable(report, CATEGORY_COLUMNS, {
      fontSize: 8.5,
      padding: 3,
      headerColor: report.brandColor,
    });
    categoryTable.drawHeader();
    for (const category of input.categories) categoryTable.drawRow(category);
  }

  drawHeading(report, `Credited records in this cycle (${input.records.length})`);
  const recordTable = new PdfTable(report, recordColumns(cycle.unit), {
    fontSize: 8,
    padding: 3,
    headerColor: report.brandColor,
  });
  recordTable.drawHeader();
  let creditedTotal = new Decimal(0);
  // Oldest first, as a transcript reads; the caller's order is kept for records on the same day.
  const records = [...input.records].sort((a, b) => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0));
  for (const record of records) {
    creditedTotal = creditedTotal.plus(record.creditedAmount);
    recordTable.drawRow(record);
  }
  if (input.records.length === 0) recordTable.drawBand([{ text: 'No credited records in this cycle yet.', muted: true }]);
  recordTable.drawBand(
    [
      {
        text: `Total credited: ${formatDecimalForDisplay(creditedTotal.toFixed())} ${cycle.unit}`,
        bold: true,
        size: 9,
      },
    ],
    { fill: '#eef1f5' },
  );

  drawHeading(report, 'What is missing');
  const missingTable = new PdfTable<null>(report, [], {
    fontSize: 9,
    padding: 3,
    headerColor: report.brandColor,
  });
  if (input.missing.length === 0) {
    missingTable.drawBand([
      {
        text: 'Nothing. The requirements of this cycle are met.',
        color: STATUS_COLORS.complete,
        bold: true,
      },
    ]);
  }
  for (const item of input.missing) {
    const amount = item.amount ? ` (${formatDecimalForDisplay(item.amount)} ${cycle.unit})` : '';
    missingTable.drawBand([{ text: `•  ${item.description}${amount}` }]);
  }

  // Number the pages now that the count is known; the pages were kept in memory for this.
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    drawFooter(
      doc,
      `${fullName} · PD transcript · ${input.district.name} · generated ${generated}`,
      `Page ${index + 1} of ${range.count}`,
    );
  }
  doc.flushPages();
  doc.end();
  await report.done;
  return {
    recordCount: input.records.length,
    creditedTotal: creditedTotal.toFixed(),
    pageCount: range.count,
  };
}
