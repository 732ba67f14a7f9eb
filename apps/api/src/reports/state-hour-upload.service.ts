import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { toCategoryId } from '../domain/converter-records';
import { EvidenceLinkSigner } from '../evidence/evidence-share-links';
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
 *
 * The file goes to the state, so it reads on its own: categories by name (the state's label for a
 * required category, else the name the record was given), and evidence as an absolute link a state
 * reviewer can open without an account: the record's own address, or a signed link to its first
 * uploaded file that expires after EVIDENCE_LINK_DAYS.
 */
@Injectable()
export class StateHourUploadService {
  constructor(
    private readonly scans: RenewalScanService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly evidenceLinks: EvidenceLinkSigner,
  ) {}

  async *rows(request: object, viewer: Viewer, criteria: RelicensureCriteria): AsyncGenerator<StateHourUploadRow> {
    const scan = this.scans.scan(
      request,
      viewer,
      { schoolIds: criteria.schoolIds },
      { asOf: criteria.asOf, explain: true, readAhead: REPORT_READ_AHEAD },
    );
    for await (const batch of scan) {
      const out: Array<
        Omit<StateHourUploadRow, 'provider' | 'evidence' | 'startDate' | 'category'> & {
          recordId: string;
          categoryIds: string[];
          labels: ReadonlyMap<string, string>;
        }
      > = [];
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
              categoryIds: line.categories,
              labels,
            });
          }
        });
      }
      const details = await loadRecordDetails(this.dataSource, viewer.districtId, [...new Set(out.map((row) => row.recordId))]);
      const now = new Date();
      for (const { recordId, categoryIds, labels, ...row } of out) {
        const detail = details.get(recordId);
        const named = new Map((detail?.categories ?? []).map((name) => [toCategoryId(name), name.trim()]));
        const category = categoryIds.map((id) => labels.get(id) ?? named.get(id) ?? readableId(id)).join('; ');
        const evidence =
          detail?.evidenceUrl ??
          (detail?.evidenceFileId ? this.evidenceLinks.link(viewer.districtId, detail.evidenceFileId, now).url : null);
        yield {
          ...row,
          category: category || null,
          provider: detail?.provider ?? '',
          startDate: detail?.startedOn ?? null,
          evidence,
        };
      }
      await yieldToEventLoop();
    }
  }
}

/** "students_with_disabilities" -> "Students with disabilities", for a category nobody named. */
function readableId(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isZero(amount: string): boolean {
  return /^-?0*(\.0*)?$/.test(amount);
}
