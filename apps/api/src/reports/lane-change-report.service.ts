import { Injectable } from '@nestjs/common';
import { contractYearOf, evaluateCompensation, evaluateLaneWhatIf, type LaneEvaluation } from '@pd-ledger/credit-rules';
import type { Viewer } from '../access/viewer';
import { RenewalsService, laneInput } from '../renewals/renewals.service';
import { RenewalScanService, type ScannedEducator } from '../renewal-standing/renewal-scan.service';
import { REPORT_READ_AHEAD } from './relicensure-report.service';
import { yieldToEventLoop } from './event-loop';
import type { LaneChangeCriteria } from './report-filters';
import { CompensationReportRowModel, LaneChangeReportModel, LaneQualificationKind } from './lane-change-report.model';
import { NO_SCHOOL as NO_SCHOOL_LABEL } from './writers/relicensure-totals';
import type { LaneChangeReportRow, LaneQualification } from './writers';

function toRow(scanned: ScannedEducator, lane: LaneEvaluation, qualifies: LaneQualification): LaneChangeReportRow | null {
  const { application, salary, nextLane } = lane;
  if (!application || !salary || !nextLane) return null;
  return {
    educatorId: scanned.educator.id,
    firstName: scanned.educator.firstName,
    lastName: scanned.educator.lastName,
    school: scanned.schools[0]?.name ?? NO_SCHOOL_LABEL,
    currentLane: lane.currentLane,
    currentStep: lane.currentStep,
    currentSalaryCents: salary.currentCents,
    nextLane,
    // A lane change keeps the step: the next lane's salary is read at the same step.
    nextStep: lane.currentStep,
    nextSalaryCents: salary.nextCents,
    differenceCents: salary.annualDifferenceCents,
    effectiveDate: application.effective,
    creditsEarned: lane.creditsEarned,
    creditsNeeded: lane.creditsNeeded,
    qualifies,
  };
}

/** One scanned educator's micro-credential pay in the budget year (integer cents). */
export interface CompensationRow {
  educatorId: string;
  firstName: string;
  lastName: string;
  school: string;
  lane: string;
  step: number;
  budgetYear: number;
  credentials: number;
  stipendsCents: number;
  increasesCents: number;
  totalCents: number;
  nextPayChange: string | null;
}

/**
 * Who moves to the next salary lane at their next effective date: everyone whose approved work
 * already qualifies (the scan's own lane evaluation), and everyone who would once their submitted
 * work is approved (the converter's what-if with those submissions as planned records). Salaries
 * are the converter's, in integer cents; the cost is the sum of the annual differences.
 */
@Injectable()
export class LaneChangeReportService {
  constructor(
    private readonly scans: RenewalScanService,
    private readonly credit: RenewalsService,
  ) {}

  async scheduleName(request: object, viewer: Viewer, asOf: string): Promise<string | null> {
    return (await this.credit.schedule(request, viewer, asOf))?.name ?? null;
  }

  /**
   * The lane-change rows; `compensation`, when given, also receives every scanned educator's
   * micro-credential pay (the same `evaluateCompensation` as her lane card) from the same scan.
   */
  async *rows(
    request: object,
    viewer: Viewer,
    criteria: LaneChangeCriteria,
    compensation?: (row: CompensationRow) => void,
  ): AsyncGenerator<LaneChangeReportRow> {
    const schedule = await this.credit.schedule(request, viewer, criteria.asOf);
    if (!schedule) return;
    const paysForCredentials = compensation !== undefined && schedule.schedule.compensation !== undefined;
    const scan = this.scans.scan(
      request,
      viewer,
      { schoolIds: criteria.schoolIds },
      { asOf: criteria.asOf, explain: false, lane: true, readAhead: REPORT_READ_AHEAD },
    );
    for await (const batch of scan) {
      for (const scanned of batch) {
        if (paysForCredentials) {
          const input = laneInput(scanned.educator, schedule, scanned.records, criteria.asOf);
          const pay = input ? evaluateCompensation(input) : null;
          if (pay)
            compensation({
              educatorId: scanned.educator.id,
              firstName: scanned.educator.firstName,
              lastName: scanned.educator.lastName,
              school: scanned.schools[0]?.name ?? NO_SCHOOL_LABEL,
              lane: scanned.educator.salaryLane!,
              step: scanned.educator.salaryStep!,
              budgetYear: pay.budgetYear.year,
              credentials: pay.credentials.length,
              stipendsCents: pay.stipendsCents,
              increasesCents: pay.increasesCents,
              totalCents: pay.totalCents,
              nextPayChange: pay.nextPayChange?.text ?? null,
            });
        }
        const lane = scanned.lane;
        if (!lane || !lane.nextLane || !lane.attainableByCredits) continue;
        if (lane.qualifiesOn !== null) {
          const row = toRow(scanned, lane, 'now');
          if (row) yield row;
          continue;
        }
        const pending = scanned.records.filter((record) => record.status === 'submitted');
        if (pending.length === 0) continue;
        const input = laneInput(scanned.educator, schedule, scanned.records, criteria.asOf);
        if (!input) continue;
        const { withHypothetical } = evaluateLaneWhatIf(
          input,
          pending.map((record) => ({ ...record, status: 'approved' })),
        );
        if (withHypothetical.qualifiesOn === null) continue;
        const row = toRow(scanned, withHypothetical, 'with_pending');
        if (row) yield row;
      }
      await yieldToEventLoop();
    }
  }

  /** Every educator her micro-credentials pay in the budget year (the report's compensation rows), by scan order. */
  async *compensationRows(request: object, viewer: Viewer, criteria: LaneChangeCriteria): AsyncGenerator<CompensationRow> {
    const buffer: CompensationRow[] = [];
    const paying = (row: CompensationRow) => {
      if (row.totalCents > 0) buffer.push(row);
    };
    for await (const _row of this.rows(request, viewer, criteria, paying)) yield* buffer.splice(0);
    yield* buffer.splice(0);
  }

  async report(request: object, viewer: Viewer, criteria: LaneChangeCriteria): Promise<LaneChangeReportModel> {
    const rows: LaneChangeReportRow[] = [];
    const pay: CompensationRow[] = [];
    for await (const row of this.rows(request, viewer, criteria, (p) => pay.push(p))) rows.push(row);
    let costNow = 0;
    let costPending = 0;
    for (const row of rows) {
      if (row.qualifies === 'now') costNow += row.differenceCents;
      else costPending += row.differenceCents;
    }
    const schedule = await this.credit.schedule(request, viewer, criteria.asOf);
    const paying = pay
      .filter((p) => p.totalCents > 0)
      .sort(
        (a, b) =>
          a.lastName.localeCompare(b.lastName) ||
          a.firstName.localeCompare(b.firstName) ||
          a.educatorId.localeCompare(b.educatorId),
      );
    const stipends = paying.reduce((a, p) => a + p.stipendsCents, 0);
    const increases = paying.reduce((a, p) => a + p.increasesCents, 0);
    return {
      asOf: criteria.asOf,
      scheduleName: schedule?.name ?? null,
      compensation: schedule?.schedule.compensation
        ? {
            budgetYear: contractYearOf(schedule.schedule, criteria.asOf),
            rows: paying.map((p): CompensationReportRowModel => ({
              educatorId: p.educatorId,
              firstName: p.firstName,
              lastName: p.lastName,
              school: p.school,
              lane: p.lane,
              step: p.step,
              credentials: p.credentials,
              stipendsCents: String(p.stipendsCents),
              increasesCents: String(p.increasesCents),
              totalCents: String(p.totalCents),
              nextPayChange: p.nextPayChange,
            })),
            stipendsCents: String(stipends),
            increasesCents: String(increases),
            totalCents: String(stipends + increases),
            budgetYearTotalCents: String(costNow + costPending + stipends + increases),
          }
        : null,
      rows: rows.map((row) => ({
        ...row,
        currentSalaryCents: String(row.currentSalaryCents),
        nextSalaryCents: String(row.nextSalaryCents),
        differenceCents: String(row.differenceCents),
        qualifies: row.qualifies === 'now' ? LaneQualificationKind.NOW : LaneQualificationKind.WITH_PENDING,
      })),
      totals: {
        countNow: rows.filter((row) => row.qualifies === 'now').length,
        countWithPending: rows.filter((row) => row.qualifies === 'with_pending').length,
        costNowCents: String(costNow),
        costWithPendingCents: String(costPending),
        totalCostCents: String(costNow + costPending),
      },
    };
  }
}
