import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  evaluateLane,
  evaluateLaneWhatIf,
  evaluateRenewal,
  evaluateRenewalWhatIf,
  getRuleSetPreset,
  isLocalDate,
  isRuleSetPresetId,
  parseSalarySchedule,
  type LaneInput,
  type PdRecordInput,
  type RenewalInput,
  type RuleSet,
  type SalarySchedule,
} from '@pd-ledger/credit-rules';
import { DataSource } from 'typeorm';
import { educatorAccessSql } from '../auth/access-scope';
import type { Viewer } from '../auth/viewer';
import { badUserInput, notFound } from '../common/errors';
import { groupByKeys, requestLoader } from '../common/request-loader';
import { todayIsoDate } from '../common/school-year';
import { SqlParams } from '../common/sql-params';
import { parseUuid } from '../common/validation';
import type { EducatorModel } from '../educators/educator.model';
import { EducatorsService } from '../educators/educators.service';
import type { LicenseModel } from '../educators/license.model';
import { CONVERTER_RECORD_COLUMNS, ConverterRecordRow, toConverterRecord } from './converter-records';
import { toCitation, toLaneModel, toRenewalModel } from './credit-mappers';
import { LaneEvaluationModel, LaneWhatIfModel, RenewalEvaluationModel, RenewalWhatIfModel, RuleReferenceModel } from './credit.models';

/** A district's salary schedule version in force on a date. */
export interface ScheduleVersion {
  id: string;
  name: string;
  schedule: SalarySchedule;
}

/** What a stored license evaluates under: the state's preset and the license type resolved in it. */
interface LicensePlan {
  license: LicenseModel;
  ruleSet: RuleSet;
  input: RenewalInput['license'];
  notes: RuleReferenceModel[];
}

const parsedSchedules = new Map<string, { text: string; schedule: SalarySchedule }>();

const normalise = (value: string) => value.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');

/** Validates an `asOf` argument (default today). */
export function resolveAsOf(asOf: string | null | undefined): string {
  if (asOf == null) return todayIsoDate();
  if (!isLocalDate(asOf)) throw badUserInput('asOf', asOf, 'must be a calendar date YYYY-MM-DD');
  return asOf;
}

/**
 * Plans a license's evaluation: the preset is the license's state (lower-case code); the stored
 * license type matches a preset type by id or name ("Instructional II" -> instructional_ii). A type
 * the preset does not know is evaluated as the preset's default and says so. Licenses from states
 * without a preset cannot be evaluated (null).
 */
export function planLicense(license: LicenseModel): LicensePlan | null {
  const presetId = license.stateCode.toLowerCase();
  if (!isRuleSetPresetId(presetId)) return null;
  const ruleSet = getRuleSetPreset(presetId);
  const wanted = normalise(license.licenseType);
  const types = ruleSet.versions.flatMap((version) => version.licenseTypes);
  const match = types.find((type) => type.id === wanted || normalise(type.name) === wanted);
  const notes: RuleReferenceModel[] = [];
  if (!match) {
    const latest = ruleSet.versions[ruleSet.versions.length - 1]!;
    const fallback = latest.licenseTypes.find((type) => type.id === latest.defaultLicenseType)!;
    notes.push({
      ruleId: 'license-type',
      description: `The license type "${license.licenseType}" is not in the ${ruleSet.name} rule set; evaluated as "${fallback.name}".`,
      citation: toCitation(fallback.citation),
      uncertain: 'Check the license type with district HR.',
    });
  }
  return {
    license,
    ruleSet,
    input: { licenseType: match?.id ?? null, issuedOn: license.issuedOn, cycleStart: license.cycleStart, cycleEnd: license.cycleEnd },
    notes,
  };
}

@Injectable()
export class CreditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly educators: EducatorsService,
  ) {}

  /** Every PD record of the requested educators in one query per request (DataLoader), as converter records. */
  records(request: object, viewer: Viewer, educatorId: string): Promise<PdRecordInput[]> {
    return requestLoader<string, PdRecordInput[]>(request, 'credit.records', async (ids) => {
      const params = new SqlParams();
      const rows: ConverterRecordRow[] = await this.dataSource.query(
        `SELECT ${CONVERTER_RECORD_COLUMNS}
           FROM pd_record r
           LEFT JOIN catalog_item c ON c.district_id = r.district_id AND c.id = r.catalog_item_id
          WHERE r.district_id = ${params.add(viewer.districtId)} AND r.educator_id = ANY(${params.add(ids)}::uuid[])
            AND ${educatorAccessSql(viewer, 'r.educator_id', params)}
          ORDER BY r.educator_id, r.completed_on, r.id`,
        params.values,
      );
      return groupByKeys(ids, rows, (row) => row.educator_id).map((group) => group.map(toConverterRecord));
    }).load(educatorId);
  }

  /** The viewer's district's salary schedule in force on `asOf` (latest effective_from <= asOf). */
  schedule(request: object, viewer: Viewer, asOf: string): Promise<ScheduleVersion | null> {
    return requestLoader<string, ScheduleVersion | null>(request, 'credit.schedule', async (dates) =>
      Promise.all(
        dates.map(async (date) => {
          const rows: Array<{ id: string; name: string; definition: unknown }> = await this.dataSource.query(
            `SELECT id, name, definition FROM salary_schedule
              WHERE district_id = $1 AND effective_from <= $2 ORDER BY effective_from DESC LIMIT 1`,
            [viewer.districtId, date],
          );
          const row = rows[0];
          if (!row) return null;
          const text = JSON.stringify(row.definition);
          let cached = parsedSchedules.get(row.id);
          if (!cached || cached.text !== text) {
            cached = { text, schedule: parseSalarySchedule(row.definition) };
            parsedSchedules.set(row.id, cached);
          }
          return { id: row.id, name: row.name, schedule: cached.schedule };
        }),
      ),
    ).load(asOf);
  }

  /** One evaluation per license the converter has a rule set for, newest cycle first. */
  async renewals(request: object, viewer: Viewer, educator: EducatorModel, asOf: string): Promise<RenewalEvaluationModel[]> {
    const [licenses, records] = await Promise.all([
      this.educators.licenses(request, viewer, educator.id),
      this.records(request, viewer, educator.id),
    ]);
    return licenses.flatMap((license) => {
      const plan = planLicense(license);
      if (!plan) return [];
      const result = evaluateRenewal({ ruleSet: plan.ruleSet, educatorId: educator.id, license: plan.input, records, asOf });
      return [toRenewalModel(result, license, plan.notes)];
    });
  }

  async lane(request: object, viewer: Viewer, educator: EducatorModel, asOf: string): Promise<LaneEvaluationModel | null> {
    const [schedule, records] = await Promise.all([this.schedule(request, viewer, asOf), this.records(request, viewer, educator.id)]);
    const input = laneInput(educator, schedule, records, asOf);
    if (!input || !schedule) return null;
    return toLaneModel(evaluateLane(input), schedule.name, asOf, records);
  }

  async renewalWhatIf(
    request: object, viewer: Viewer, educatorId: string, licenseId: string | null | undefined, hypothetical: PdRecordInput[], asOf: string,
  ): Promise<RenewalWhatIfModel> {
    const educator = await this.accessibleEducator(request, viewer, educatorId);
    const wantedLicense = licenseId == null ? null : parseUuid('licenseId', licenseId);
    const [licenses, records] = await Promise.all([this.educators.licenses(request, viewer, educator.id), this.records(request, viewer, educator.id)]);
    const candidates = wantedLicense ? licenses.filter((license) => license.id === wantedLicense) : licenses;
    const plan = candidates.map(planLicense).find((p): p is LicensePlan => p !== null);
    if (!plan) throw notFound(wantedLicense ? 'License' : 'License with a state rule set');
    const { baseline, withHypothetical } = evaluateRenewalWhatIf({ ruleSet: plan.ruleSet, educatorId: educator.id, license: plan.input, records, asOf }, hypothetical);
    return { baseline: toRenewalModel(baseline, plan.license, plan.notes), withHypothetical: toRenewalModel(withHypothetical, plan.license, plan.notes) };
  }

  async laneWhatIf(request: object, viewer: Viewer, educatorId: string, hypothetical: PdRecordInput[], asOf: string): Promise<LaneWhatIfModel> {
    const educator = await this.accessibleEducator(request, viewer, educatorId);
    const [schedule, records] = await Promise.all([this.schedule(request, viewer, asOf), this.records(request, viewer, educator.id)]);
    const input = laneInput(educator, schedule, records, asOf);
    if (!input || !schedule) return { baseline: null, withHypothetical: null };
    const { baseline, withHypothetical } = evaluateLaneWhatIf(input, hypothetical);
    const all = [...records, ...hypothetical];
    return { baseline: toLaneModel(baseline, schedule.name, asOf, records), withHypothetical: toLaneModel(withHypothetical, schedule.name, asOf, all) };
  }

  private async accessibleEducator(request: object, viewer: Viewer, educatorId: string): Promise<EducatorModel> {
    const educator = await this.educators.findAccessible(request, viewer, parseUuid('educatorId', educatorId));
    if (!educator) throw notFound('Educator');
    return educator;
  }
}

/**
 * The lane input, or null when there is nothing to evaluate: no schedule for the district, or the
 * educator's lane, step, hire date or degree is missing or unknown to the schedule.
 */
export function laneInput(educator: EducatorModel, schedule: ScheduleVersion | null, records: readonly PdRecordInput[], asOf: string): LaneInput | null {
  if (!schedule) return null;
  const { salaryLane, salaryStep, hireDate, highestDegree } = educator;
  if (!salaryLane || salaryStep == null || !hireDate || !highestDegree) return null;
  if (!schedule.schedule.lanes.some((lane) => lane.id === salaryLane) || !schedule.schedule.degrees.includes(highestDegree)) return null;
  return {
    schedule: schedule.schedule,
    educator: { id: educator.id, lane: salaryLane, step: salaryStep, hireDate, highestDegree },
    records,
    asOf,
  };
}
