import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { RenewalScanService } from '../renewal-standing/renewal-scan.service';
import { loadRecordDetails } from './record-details';
import { yieldToEventLoop } from './event-loop';
import type { RelicensureCriteria } from './report-filters';
import { matchesCriteria, REPORT_READ_AHEAD, toRelicensureEntries } from './relicensure-report.service';
import type { StateHourUploadRow } from './writers';

/**
 * The state hour-upload file: one row per PD record the converter credited (a non-zero credited
 * amount in a license cycle), with the amount in the state's unit taken from the evaluation's
 * explanation lines, so it sums exactly to the relicensure report's "earned" for each license.
 */
@Injectable()
export class StateHourUploadService {
  constructor(
    private readonly scans: RenewalScanService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async *rows(request: object, viewer: Viewer, criteria: RelicensureCriteria): AsyncGenerator<StateHourUploadRow> {
    const scan = this.scans.scan(
      request,
      viewer,
      { schoolIds: criteria.schoolIds },
      { asOf: criteria.asOf, explain: true, readAhead: REPORT_READ_AHEAD },
    );
    for await (const batch of scan) {
      const out: Array<Omit<StateHourUploadRow, 'provider' | 'evidence' | 'startDate'> & { recordId: string }> = [];
      for (const scanned of batch) {
        const entries = toRelicensureEntries(scanned);
        scanned.renewals.forEach(({ evaluation }, index) => {
          if (!matchesCriteria(entries[index]!, criteria, evaluation.licenseType.id)) return;
          const labels = new Map(evaluation.categories.map((c) => [c.id, c.label]));
          for (const line of evaluation.explanation) {
            if (
              line.kind !== 'record' ||
              !line.counted ||
              line.recordId === null ||
              line.completedOn === null ||
              isZero(line.credited)
            )
              continue;
            out.push({
              recordId: line.recordId,
              stateEducatorId: scanned.educator.stateEducatorId,
              firstName: scanned.educator.firstName,
              lastName: scanned.educator.lastName,
              activityTitle: line.title ?? '',
              completionDate: line.completedOn,
              amount: line.credited,
              unit: evaluation.unit.name,
              category: line.categories.length > 0 ? line.categories.map((id) => labels.get(id) ?? id).join('; ') : null,
            });
          }
        });
      }
      const details = await loadRecordDetails(this.dataSource, viewer.districtId, [...new Set(out.map((row) => row.recordId))]);
      for (const { recordId, ...row } of out) {
        const detail = details.get(recordId);
        yield {
          ...row,
          provider: detail?.provider ?? '',
          startDate: detail?.startedOn ?? null,
          evidence: detail?.evidence ?? null,
        };
      }
      await yieldToEventLoop();
    }
  }
}

function isZero(amount: string): boolean {
  return /^-?0*(\.0*)?$/.test(amount);
}
