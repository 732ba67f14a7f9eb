import type { Writable } from 'node:stream';
import { formatDecimalForDisplay, formatUsd } from './cell-format';
import {
  drawHeading,
  FONT,
  MUTED_COLOR,
  openDistrictReport,
  PdfTable,
  STATUS_COLORS,
  TEXT_COLOR,
  yieldToOutput,
  type PdfColumn,
  type PdfOptions,
} from './pdf-layout';
import {
  LANE_QUALIFICATION_LABELS,
  type LaneChangeReportRow,
  type LaneQualification,
  type ReportMeta,
  type RowSource,
} from './report-rows';

export interface LaneChangePdfOptions extends PdfOptions {
  meta: ReportMeta;
}

/** Counts and cost in integer cents; `now` is committed cost, `withPending` what pending approvals would add. */
export interface LaneChangeCostTotals {
  count: Record<LaneQualification, number>;
  costCents: Record<LaneQualification, number>;
  /** Both groups together. */
  totalCostCents: number;
}

export interface LaneChangePdfResult {
  rowCount: number;
  bySchool: { school: string; totals: LaneChangeCostTotals }[];
  overall: LaneChangeCostTotals;
}

const YIELD_EVERY_ROWS = 100;

function emptyTotals(): LaneChangeCostTotals {
  return {
    count: { now: 0, with_pending: 0 },
    costCents: { now: 0, with_pending: 0 },
    totalCostCents: 0,
  };
}

function addToTotals(totals: LaneChangeCostTotals, row: LaneChangeReportRow): void {
  if (!Number.isSafeInteger(row.differenceCents))
    throw new Error(`differenceCents must be integer cents, got ${row.differenceCents}`);
  totals.count[row.qualifies] += 1;
  totals.costCents[row.qualifies] += row.differenceCents;
  totals.totalCostCents += row.differenceCents;
}

const ROW_COLUMNS: PdfColumn<LaneChangeReportRow>[] = [
  {
    header: 'Educator',
    weight: 110,
    cell: (row) => [{ text: `${row.lastName}, ${row.firstName}`, bold: true }],
  },
  { header: 'School', weight: 95, cell: (row) => row.school },
  {
    header: 'Current lane / step',
    weight: 75,
    cell: (row) => [{ text: row.currentLane }, { text: `Step ${row.currentStep}`, muted: true, size: 7 }],
  },
  {
    header: 'Current salary',
    weight: 66,
    align: 'right',
    cell: (row) => formatUsd(row.currentSalaryCents),
  },
  {
    header: 'Next lane / step',
    weight: 75,
    cell: (row) => [{ text: row.nextLane }, { text: `Step ${row.nextStep}`, muted: true, size: 7 }],
  },
  {
    header: 'Next salary',
    weight: 66,
    align: 'right',
    cell: (row) => formatUsd(row.nextSalaryCents),
  },
  {
    header: 'Difference',
    weight: 62,
    align: 'right',
    cell: (row) => [{ text: formatUsd(row.differenceCents), bold: true }],
  },
  { header: 'Effective', weight: 56, cell: (row) => row.effectiveDate },
  {
    header: 'Credits earned / needed',
    weight: 62,
    align: 'right',
    cell: (row) => `${formatDecimalForDisplay(row.creditsEarned)} / ${formatDecimalForDisplay(row.creditsNeeded)}`,
  },
  {
    header: 'Qualifies',
    weight: 53,
    cell: (row) => [
      {
        text: LANE_QUALIFICATION_LABELS[row.qualifies],
        bold: true,
        color: row.qualifies === 'now' ? STATUS_COLORS.complete : STATUS_COLORS.at_risk,
      },
    ],
  },
];

type CostRow = {
  label: string;
  totals: LaneChangeCostTotals;
  overall?: boolean;
};

const COST_COLUMNS: PdfColumn<CostRow>[] = [
  {
    header: 'School',
    weight: 170,
    cell: (row) => [{ text: row.label, bold: row.overall }],
  },
  {
    header: 'Qualify now',
    weight: 60,
    align: 'right',
    cell: (row) => String(row.totals.count.now),
  },
  {
    header: 'Cost (now)',
    weight: 90,
    align: 'right',
    cell: (row) => formatUsd(row.totals.costCents.now),
  },
  {
    header: 'With pending',
    weight: 60,
    align: 'right',
    cell: (row) => String(row.totals.count.with_pending),
  },
  {
    header: 'Cost (with pending)',
    weight: 90,
    align: 'right',
    cell: (row) => formatUsd(row.totals.costCents.with_pending),
  },
  {
    header: 'Now + pending',
    weight: 100,
    align: 'right',
    cell: (row) => [{ text: formatUsd(row.totals.totalCostCents), bold: true }],
  },
];

/**
 * The lane-change report: who moves to the next salary lane at the next effective date (and who
 * would with pending work approved), each salary difference, and the cost to the district per
 * school and in total. Money is summed in integer cents.
 */
export async function writeLaneChangePdf(
  rows: RowSource<LaneChangeReportRow>,
  output: Writable,
  options: LaneChangePdfOptions,
): Promise<LaneChangePdfResult> {
  const report = openDistrictReport(output, options);
  const { doc } = report;

  const table = new PdfTable(report, ROW_COLUMNS, {
    fontSize: 8,
    padding: 3,
    headerColor: report.brandColor,
  });
  const overall = emptyTotals();
  const bySchool = new Map<string, LaneChangeCostTotals>();
  let rowCount = 0;
  table.drawHeader();
  for await (const row of rows) {
    rowCount += 1;
    addToTotals(overall, row);
    const school = bySchool.get(row.school) ?? emptyTotals();
    bySchool.set(row.school, school);
    addToTotals(school, row);
    table.drawRow(row);
    if (rowCount % YIELD_EVERY_ROWS === 0) await yieldToOutput(output);
  }
  if (rowCount === 0)
    table.drawBand([
      {
        text: 'Nobody qualifies for a lane change with these filters.',
        muted: true,
      },
    ]);

  drawHeading(report, 'Cost for the next contract year');
  doc.font(FONT).fontSize(8).fillColor(MUTED_COLOR);
  doc.text(
    '“Now”: approved work already qualifies. “With pending”: qualifies once submitted work is approved. Costs are the sums of the salary differences; the district’s cost is the “now” figure, and pending approvals would add theirs.',
    report.left,
    doc.y,
    { width: report.width },
  );
  doc.fillColor(TEXT_COLOR).moveDown(0.4);
  const costTable = new PdfTable(report, COST_COLUMNS, {
    fontSize: 8,
    padding: 3,
    headerColor: report.brandColor,
  });
  costTable.drawHeader();
  const schools = [...bySchool].map(([school, totals]) => ({ school, totals }));
  for (const school of schools) costTable.drawRow({ label: school.school, totals: school.totals });
  costTable.drawRow({ label: 'All schools', totals: overall, overall: true });
  costTable.drawBand(
    [
      {
        text: `Total cost to the district for the next contract year: ${formatUsd(overall.costCents.now)}`,
        bold: true,
        size: 10,
      },
      {
        text: `Including pending approvals: ${formatUsd(overall.totalCostCents)}`,
        size: 9,
      },
    ],
    { fill: '#eef1f5' },
  );

  doc.end();
  await report.done;
  return { rowCount, bySchool: schools, overall };
}
