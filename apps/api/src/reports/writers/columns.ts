import type { CategoryProgress, LaneChangeReportRow, RelicensureReportRow, StateHourUploadRow } from './report-rows';

/**
 * How a column's values are typed in every export format.
 * - text: user or reference text; formula-neutralised.
 * - decimal: an exact decimal string; a number in XLSX, a plain literal in CSV.
 * - date: `YYYY-MM-DD`; a date cell in XLSX, the same text in CSV.
 * - integer: a safe integer.
 * - money-cents: integer cents; currency in XLSX, plain dollars ("1234.50") in CSV.
 */
export type ColumnKind = 'text' | 'decimal' | 'date' | 'integer' | 'money-cents';

export type CellInput = string | number | null | undefined;

/** One export column, shared by the CSV and XLSX writers so both always agree. */
export interface ColumnDef<Row> {
  key: string;
  header: string;
  kind: ColumnKind;
  value: (row: Row) => CellInput;
  /** XLSX width in characters; measured from the first rows when absent. */
  width?: number;
}

function categorySummary(categories: readonly CategoryProgress[]): string {
  return categories
    .map((category) => `${category.label}: ${category.earned} of ${category.required}${category.met ? '' : ' (not met)'}`)
    .join('; ');
}

export interface RelicensureColumnOptions {
  /**
   * The state's required categories. Each gets its own "required" and "earned" columns so they
   * can be filtered in a spreadsheet; the "Categories" summary column is always there.
   */
  categories?: readonly { id: string; label: string }[];
}

export function relicensureColumns(options: RelicensureColumnOptions = {}): ColumnDef<RelicensureReportRow>[] {
  const columns: ColumnDef<RelicensureReportRow>[] = [
    {
      key: 'educatorId',
      header: 'Educator ID',
      kind: 'text',
      value: (row) => row.educatorId,
      width: 38,
    },
    {
      key: 'stateEducatorId',
      header: 'State educator ID',
      kind: 'text',
      value: (row) => row.stateEducatorId,
    },
    {
      key: 'lastName',
      header: 'Last name',
      kind: 'text',
      value: (row) => row.lastName,
    },
    {
      key: 'firstName',
      header: 'First name',
      kind: 'text',
      value: (row) => row.firstName,
    },
    {
      key: 'schools',
      header: 'Schools',
      kind: 'text',
      value: (row) => row.schools.join('; '),
    },
    {
      key: 'licenseState',
      header: 'License state',
      kind: 'text',
      value: (row) => row.licenseStateCode,
    },
    {
      key: 'licenseType',
      header: 'License type',
      kind: 'text',
      value: (row) => row.licenseType,
    },
    {
      key: 'licenseNumber',
      header: 'License number',
      kind: 'text',
      value: (row) => row.licenseNumber,
    },
    {
      key: 'cycleStart',
      header: 'Cycle start',
      kind: 'date',
      value: (row) => row.cycleStart,
    },
    {
      key: 'cycleEnd',
      header: 'Cycle end',
      kind: 'date',
      value: (row) => row.cycleEnd,
    },
    {
      key: 'deadline',
      header: 'Deadline',
      kind: 'date',
      value: (row) => row.deadline,
    },
    { key: 'unit', header: 'Unit', kind: 'text', value: (row) => row.unit },
    {
      key: 'required',
      header: 'Required',
      kind: 'decimal',
      value: (row) => row.required,
    },
    {
      key: 'earned',
      header: 'Earned',
      kind: 'decimal',
      value: (row) => row.earned,
    },
    {
      key: 'remaining',
      header: 'Remaining',
      kind: 'decimal',
      value: (row) => row.remaining,
    },
    {
      key: 'status',
      header: 'Status',
      kind: 'text',
      value: (row) => row.status,
    },
    {
      key: 'lastPdOn',
      header: 'Last PD date',
      kind: 'date',
      value: (row) => row.lastPdOn,
    },
    {
      key: 'categories',
      header: 'Categories',
      kind: 'text',
      value: (row) => categorySummary(row.categories),
      width: 40,
    },
  ];
  for (const category of options.categories ?? []) {
    const find = (row: RelicensureReportRow) => row.categories.find((candidate) => candidate.id === category.id);
    columns.push(
      {
        key: `category:${category.id}:required`,
        header: `${category.label} required`,
        kind: 'decimal',
        value: (row) => find(row)?.required,
      },
      {
        key: `category:${category.id}:earned`,
        header: `${category.label} earned`,
        kind: 'decimal',
        value: (row) => find(row)?.earned,
      },
    );
  }
  return columns;
}

export function laneChangeColumns(): ColumnDef<LaneChangeReportRow>[] {
  return [
    {
      key: 'educatorId',
      header: 'Educator ID',
      kind: 'text',
      value: (row) => row.educatorId,
      width: 38,
    },
    {
      key: 'lastName',
      header: 'Last name',
      kind: 'text',
      value: (row) => row.lastName,
    },
    {
      key: 'firstName',
      header: 'First name',
      kind: 'text',
      value: (row) => row.firstName,
    },
    {
      key: 'school',
      header: 'School',
      kind: 'text',
      value: (row) => row.school,
    },
    {
      key: 'currentLane',
      header: 'Current lane',
      kind: 'text',
      value: (row) => row.currentLane,
    },
    {
      key: 'currentStep',
      header: 'Current step',
      kind: 'integer',
      value: (row) => row.currentStep,
    },
    {
      key: 'currentSalary',
      header: 'Current salary (USD)',
      kind: 'money-cents',
      value: (row) => row.currentSalaryCents,
    },
    {
      key: 'nextLane',
      header: 'Next lane',
      kind: 'text',
      value: (row) => row.nextLane,
    },
    {
      key: 'nextStep',
      header: 'Next step',
      kind: 'integer',
      value: (row) => row.nextStep,
    },
    {
      key: 'nextSalary',
      header: 'Next salary (USD)',
      kind: 'money-cents',
      value: (row) => row.nextSalaryCents,
    },
    {
      key: 'difference',
      header: 'Difference (USD)',
      kind: 'money-cents',
      value: (row) => row.differenceCents,
    },
    {
      key: 'effectiveDate',
      header: 'Effective date',
      kind: 'date',
      value: (row) => row.effectiveDate,
    },
    {
      key: 'creditsEarned',
      header: 'Credits earned',
      kind: 'decimal',
      value: (row) => row.creditsEarned,
    },
    {
      key: 'creditsNeeded',
      header: 'Credits needed',
      kind: 'decimal',
      value: (row) => row.creditsNeeded,
    },
    {
      key: 'qualifies',
      header: 'Qualifies',
      kind: 'text',
      value: (row) => row.qualifies,
    },
  ];
}

export function stateHourUploadColumns(): ColumnDef<StateHourUploadRow>[] {
  return [
    {
      key: 'stateEducatorId',
      header: 'State educator ID',
      kind: 'text',
      value: (row) => row.stateEducatorId,
    },
    {
      key: 'lastName',
      header: 'Last name',
      kind: 'text',
      value: (row) => row.lastName,
    },
    {
      key: 'firstName',
      header: 'First name',
      kind: 'text',
      value: (row) => row.firstName,
    },
    {
      key: 'provider',
      header: 'Provider',
      kind: 'text',
      value: (row) => row.provider,
    },
    {
      key: 'activityTitle',
      header: 'Activity title',
      kind: 'text',
      value: (row) => row.activityTitle,
      width: 40,
    },
    {
      key: 'startDate',
      header: 'Start date',
      kind: 'date',
      value: (row) => row.startDate,
    },
    {
      key: 'completionDate',
      header: 'Completion date',
      kind: 'date',
      value: (row) => row.completionDate,
    },
    {
      key: 'amount',
      header: 'Amount',
      kind: 'decimal',
      value: (row) => row.amount,
    },
    { key: 'unit', header: 'Unit', kind: 'text', value: (row) => row.unit },
    {
      key: 'category',
      header: 'Category',
      kind: 'text',
      value: (row) => row.category,
    },
    {
      key: 'evidence',
      header: 'Evidence',
      kind: 'text',
      value: (row) => row.evidence,
      width: 40,
    },
  ];
}
