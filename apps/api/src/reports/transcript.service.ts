import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Citation, RenewalEvaluation } from '@pd-ledger/credit-rules';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { notFound } from '../common/errors';
import { parseUuid } from '../common/validation';
import { RenewalScanService, type ScannedEducator } from '../renewal-standing/renewal-scan.service';
import { DistrictsService } from '../districts/districts.service';
import { loadRecordDetails, unitDisplayName } from './record-details';
import type { MissingItem, TranscriptInput, TranscriptRecord } from './writers';

function citationText(citation: Citation): string {
  return citation.section ? `${citation.section} — ${citation.url}` : `${citation.text} — ${citation.url}`;
}

/**
 * A teacher's PD transcript for one license cycle, from the same scan (and so the same converter
 * evaluation) as the relicensure report and "My renewal": every record the converter counted in
 * the cycle with the rule it applied, the totals, each category and what is still missing.
 */
@Injectable()
export class TranscriptService {
  constructor(
    private readonly scans: RenewalScanService,
    private readonly districts: DistrictsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async transcript(
    request: object,
    viewer: Viewer,
    educatorId: string,
    licenseId: string | null,
    asOf: string,
  ): Promise<TranscriptInput> {
    const id = parseUuid('educatorId', educatorId);
    const wantedLicense = licenseId === null ? null : parseUuid('licenseId', licenseId);
    // The scan applies the viewer's access (teachers: themselves; principals: their schools), and
    // includes people who have left the district: a transcript is what they take with them.
    const [scanned] = await this.scans.collect(
      request,
      viewer,
      { educatorIds: [id], includeInactive: true },
      { asOf, explain: true },
    );
    if (!scanned) throw notFound('Educator');
    const renewal = wantedLicense ? scanned.renewals.find((r) => r.license.id === wantedLicense) : scanned.renewals[0];
    if (!renewal) throw notFound(wantedLicense ? 'License' : 'License with a state rule set');
    const district = await this.districts.viewerDistrict(viewer);
    const evaluation = renewal.evaluation;
    return {
      educator: {
        id: scanned.educator.id,
        firstName: scanned.educator.firstName,
        lastName: scanned.educator.lastName,
        stateEducatorId: scanned.educator.stateEducatorId,
        email: scanned.educator.email,
        schools: scanned.schools.map((s) => s.name),
      },
      district: { name: district.name, stateCode: district.stateCode },
      license: {
        stateCode: renewal.license.stateCode,
        licenseType: renewal.license.licenseType,
        number: renewal.license.number,
        issuedOn: renewal.license.issuedOn,
      },
      cycle: {
        start: evaluation.cycle.start,
        end: evaluation.cycle.end,
        deadline: evaluation.cycle.deadline,
        unit: evaluation.unit.name,
      },
      records: await this.records(viewer, scanned, evaluation),
      totals: {
        required: evaluation.required,
        earned: evaluation.earned,
        remaining: evaluation.remaining,
        status: evaluation.status,
        lastPdOn: scanned.lastPdOn,
      },
      categories: evaluation.categories.map((c) => ({
        id: c.id,
        label: c.label,
        required: c.required,
        earned: c.earned,
        met: c.met,
      })),
      missing: missingItems(evaluation),
      generatedAt: new Date(),
    };
  }

  private async records(viewer: Viewer, scanned: ScannedEducator, evaluation: RenewalEvaluation): Promise<TranscriptRecord[]> {
    const lines = evaluation.explanation.filter((line) => line.counted);
    const details = await loadRecordDetails(
      this.dataSource,
      viewer.districtId,
      lines.flatMap((line) => (line.recordId ? [line.recordId] : [])),
    );
    const labels = new Map(evaluation.categories.map((c) => [c.id, c.label]));
    return lines.map((line, index): TranscriptRecord => {
      const detail = line.recordId ? details.get(line.recordId) : undefined;
      const adjustments = line.adjustments.map((a) => `${a.description} (${a.change})`);
      const rule = line.conversion
        ? {
            id: line.conversion.ruleId,
            description: [`${line.conversion.description}: ${line.conversion.arithmetic}`, ...adjustments].join('; '),
            citation: citationText(line.conversion.citation),
          }
        : {
            id: line.kind,
            description: [
              line.kind === 'carry_in' ? 'Carried over from the previous cycle' : 'Credited as recorded',
              ...adjustments,
            ].join('; '),
            citation: '',
          };
      return {
        id: line.recordId ?? `${line.kind}-${index}`,
        title: line.title ?? (line.kind === 'carry_in' ? 'Carried over from the previous cycle' : 'PD record'),
        provider: detail?.provider ?? null,
        activityType: (detail?.activityType ?? line.activityType ?? line.kind).toLowerCase().replace(/_/g, ' '),
        startedOn: null,
        completedOn: line.completedOn ?? evaluation.cycle.start,
        recordedAmount: line.recorded?.amount ?? line.credited,
        recordedUnit: line.recorded ? unitDisplayName(line.recorded.unit, line.recorded.amount) : evaluation.unit.name,
        creditedAmount: line.credited,
        categories: line.categories.map((id) => labels.get(id) ?? id),
        rule,
        evidence: detail?.evidence ?? null,
      };
    });
  }
}

function missingItems(evaluation: RenewalEvaluation): MissingItem[] {
  const missing: MissingItem[] = [];
  if (new Decimal(evaluation.remaining).gt(0)) {
    missing.push({
      description: `${evaluation.remaining} more ${evaluation.unit.name} by ${evaluation.cycle.deadline}`,
      amount: evaluation.remaining,
    });
  }
  for (const category of evaluation.categories) {
    if (category.met) continue;
    const short = Decimal.max(0, new Decimal(category.required).minus(category.earned));
    missing.push({
      description: `${category.label}: ${category.earned} of ${category.required} ${evaluation.unit.name}`,
      amount: short.toFixed(),
    });
  }
  return missing;
}
