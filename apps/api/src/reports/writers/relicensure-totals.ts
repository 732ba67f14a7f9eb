import Decimal from 'decimal.js';
import { RENEWAL_STATUSES, type RelicensureReportRow, type RenewalStatus } from './report-rows';

/** Totals of one group of relicensure rows. Sums are per unit, as licenses from different states may differ. */
export interface RelicensureGroupTotals {
  rowCount: number;
  byStatus: Record<RenewalStatus, number>;
  byUnit: { unit: string; required: string; earned: string }[];
}

export interface RelicensureTotals {
  /** By primary school (the row's first school), in the order schools first appeared. */
  bySchool: { school: string; totals: RelicensureGroupTotals }[];
  overall: RelicensureGroupTotals;
}

export const NO_SCHOOL = 'No school';

class GroupAccumulator {
  rowCount = 0;
  readonly byStatus = Object.fromEntries(RENEWAL_STATUSES.map((status) => [status, 0])) as Record<RenewalStatus, number>;
  readonly byUnit = new Map<string, { required: Decimal; earned: Decimal }>();

  add(row: RelicensureReportRow): void {
    this.rowCount += 1;
    this.byStatus[row.status] += 1;
    const sums = this.byUnit.get(row.unit) ?? {
      required: new Decimal(0),
      earned: new Decimal(0),
    };
    this.byUnit.set(row.unit, {
      required: sums.required.plus(row.required),
      earned: sums.earned.plus(row.earned),
    });
  }

  result(): RelicensureGroupTotals {
    return {
      rowCount: this.rowCount,
      byStatus: { ...this.byStatus },
      byUnit: [...this.byUnit].map(([unit, sums]) => ({
        unit,
        required: sums.required.toFixed(),
        earned: sums.earned.toFixed(),
      })),
    };
  }
}

/** Adds rows up one at a time (exactly, with decimal.js), so the PDF writer can stream. */
export class RelicensureTotalsAccumulator {
  private readonly overall = new GroupAccumulator();
  private readonly schools = new Map<string, GroupAccumulator>();

  add(row: RelicensureReportRow): void {
    const school = primarySchool(row);
    const group = this.schools.get(school) ?? new GroupAccumulator();
    this.schools.set(school, group);
    group.add(row);
    this.overall.add(row);
  }

  result(): RelicensureTotals {
    return {
      bySchool: [...this.schools].map(([school, group]) => ({
        school,
        totals: group.result(),
      })),
      overall: this.overall.result(),
    };
  }
}

export function primarySchool(row: Pick<RelicensureReportRow, 'schools'>): string {
  return row.schools[0] ?? NO_SCHOOL;
}
