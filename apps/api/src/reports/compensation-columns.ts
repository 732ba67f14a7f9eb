import type { CompensationRow } from './lane-change-report.service';
import type { ColumnDef } from './writers/columns';

/** The compensation download: one row per educator her micro-credentials pay in the budget year (integer cents). */
export function compensationColumns(): ColumnDef<CompensationRow>[] {
  return [
    { key: 'educatorId', header: 'Educator ID', kind: 'text', value: (row) => row.educatorId, width: 38 },
    { key: 'lastName', header: 'Last name', kind: 'text', value: (row) => row.lastName },
    { key: 'firstName', header: 'First name', kind: 'text', value: (row) => row.firstName },
    { key: 'school', header: 'School', kind: 'text', value: (row) => row.school },
    { key: 'lane', header: 'Lane', kind: 'text', value: (row) => row.lane },
    { key: 'step', header: 'Step', kind: 'integer', value: (row) => row.step },
    { key: 'budgetYear', header: 'Budget year', kind: 'integer', value: (row) => row.budgetYear },
    { key: 'credentials', header: 'Micro-credentials', kind: 'integer', value: (row) => row.credentials },
    { key: 'stipends', header: 'Stipends (USD)', kind: 'money-cents', value: (row) => row.stipendsCents },
    { key: 'increases', header: 'Increases (USD)', kind: 'money-cents', value: (row) => row.increasesCents },
    { key: 'total', header: 'Total (USD)', kind: 'money-cents', value: (row) => row.totalCents },
    { key: 'nextPayChange', header: 'Next pay change', kind: 'text', value: (row) => row.nextPayChange },
  ];
}
