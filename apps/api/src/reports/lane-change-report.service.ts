import { Injectable } from '@nestjs/common';
import { evaluateLaneWhatIf, type LaneEvaluation } from '@pd-ledger/credit-rules';
import type { Viewer } from '../access/viewer';
import { RenewalsService, laneInput } from '../renewals/renewals.service';
import { RenewalScanService, type ScannedEducator } from '../renewal-standing/renewal-scan.service';
import { REPORT_READ_AHEAD } from './relicensure-report.service';
import { yieldToEventLoop } from './event-loop';
import type { LaneChangeCriteria } from './report-filters';
import { LaneChangeReportModel, LaneQualificationKind } from './lane-change-report.model';
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

  async *rows(request: object, viewer: Viewer, criteria: LaneChangeCriteria): AsyncGenerator<LaneChangeReportRow> {
    const schedule = await this.credit.schedule(request, viewer, criteria.asOf);
    if (!schedule) return;
    const scan = this.scans.scan(
      request,
      viewer,
      { schoolIds: criteria.schoolIds },
      { asOf: criteria.asOf, explain: false, lane: true, readAhead: REPORT_READ_AHEAD },
    );
    for await (const batch of scan) {
      for (const scanned of batch) {
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

  async report(request: object, viewer: Viewer, criteria: LaneChangeCriteria): Promise<LaneChangeReportModel> {
    const rows: LaneChangeReportRow[] = [];
    for await (const row of this.rows(request, viewer, criteria)) rows.push(row);
    let costNow = 0;
    let costPending = 0;
    for (const row of rows) {
      if (row.qualifies === 'now') costNow += row.differenceCents;
      else costPending += row.differenceCents;
    }
    return {
      asOf: criteria.asOf,
      scheduleName: await this.scheduleName(request, viewer, criteria.asOf),
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
