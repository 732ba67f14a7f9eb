import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  evaluateCompensation,
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
import { educatorAccessSql } from '../access/access-scope';
import type { Viewer } from '../access/viewer';
import { badUserInput, notFound } from '../common/errors';
import { groupByKeys, requestLoader } from '../common/request-loader';
import { todayIsoDate } from '../common/school-year';
import { SqlParams } from '../common/sql-params';
import { parseUuid } from '../common/validation';
import type { EducatorModel } from '../educators/educator.model';
import { EducatorsService } from '../educators/educators.service';
import type { LicenseModel } from '../educators/license.model';
import { CONVERTER_RECORD_COLUMNS, ConverterRecordRow, toConverterRecord } from '../domain/converter-records';
import { toCitation, toLaneModel, toRenewalModel } from '../domain/evaluation-mappers';
import {
  LaneEvaluationModel,
  LaneWhatIfModel,
  RenewalEvaluationModel,
  RenewalWhatIfModel,
  RuleReferenceModel,
} from '../domain/evaluation.models';
import {
  describeOverride,
  NO_DISTRICT_RULES,
  overrideCitation,
  type DistrictRuleOverride,
  type DistrictRules,
} from '../district-rules/district-rule-sets';
import { DistrictRulesService } from '../district-rules/district-rules.service';
import { portabilityInput, toPortabilityModel } from '../portability/portability';
import { PortabilityModel } from '../portability/portability.models';
import { normaliseLicenseType } from '../domain/license-type';

/** A district's salary schedule version in force on a date. */
export interface ScheduleVersion {
  id: string;
  name: string;
  schedule: SalarySchedule;
}

/** What a stored license evaluates under: the state's rule set (with the district's overrides) and the license type resolved in it. */
export interface LicensePlan {
  license: LicenseModel;
  ruleSet: RuleSet;
  input: RenewalInput['license'];
  notes: RuleReferenceModel[];
  /** The district overrides in force in a version of `ruleSet` (by the evaluation's `ruleSetVersion`), as rule references. */
  districtRulesOf(version: string): RuleReferenceModel[];
}

const parsedSchedules = new Map<string, { text: string; schedule: SalarySchedule }>();

/** Validates an `asOf` argument (default today). */
export function resolveAsOf(asOf: string | null | undefined): string {
  if (asOf == null) return todayIsoDate();
  if (!isLocalDate(asOf)) throw badUserInput('asOf', asOf, 'must be a calendar date YYYY-MM-DD');
  return asOf;
}

function toDistrictRule(override: DistrictRuleOverride, unitName: string): RuleReferenceModel {
  const period = override.endsOn ? `from ${override.effectiveFrom} until ${override.endsOn}` : `from ${override.effectiveFrom}`;
  return {
    ruleId: `district-${override.id}`,
    description: `${describeOverride(override, unitName)} (district policy, ${period})`,
    citation: toCitation(overrideCitation(override)),
    uncertain: null,
  };
}

/**
 * THE resolution of a stored license's rules, used by every evaluation (renewals, what-ifs, reports):
 * the rule set is the license's state preset (lower-case state code) with the district's overrides
 * (`districtRules`, from `DistrictRulesService.forDistrict(request, districtId)`) as rule-set
 * versions from their effective dates; without `districtRules`, the preset as shipped. The stored
 * license type matches a preset type by id or name ("Instructional II" -> instructional_ii); a type
 * the preset does not know is evaluated as the preset's default and says so. Licenses from states
 * without a preset cannot be evaluated (null).
 */
export function planLicense(license: LicenseModel, districtRules: DistrictRules = NO_DISTRICT_RULES): LicensePlan | null {
  const presetId = license.stateCode.toLowerCase();
  if (!isRuleSetPresetId(presetId)) return null;
  const resolved = districtRules.ruleSetFor(presetId);
  if (!resolved) return null;
  const ruleSet = resolved.ruleSet;
  const wanted = normaliseLicenseType(license.licenseType);
  const types = ruleSet.versions.flatMap((version) => version.licenseTypes);
  const match = types.find((type) => type.id === wanted || normaliseLicenseType(type.name) === wanted);
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
    input: {
      licenseType: match?.id ?? null,
      issuedOn: license.issuedOn,
      cycleStart: license.cycleStart,
      cycleEnd: license.cycleEnd,
    },
    notes,
    districtRulesOf: (version) => {
      const unitName = ruleSet.versions.find((v) => v.version === version)?.unit.name ?? '';
      return resolved.overridesOf(version).map((o) => toDistrictRule(o, unitName));
    },
  };
}

@Injectable()
export class RenewalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly educators: EducatorsService,
    private readonly districtRules: DistrictRulesService,
  ) {}

  /** Plans the licenses of the viewer's district with its overrides (see `planLicense`); for other modules' evaluations. */
  async planLicenses(request: object, viewer: Viewer, licenses: readonly LicenseModel[]): Promise<Array<LicensePlan | null>> {
    const rules = await this.districtRules.forDistrict(request, viewer.districtId);
    return licenses.map((license) => planLicense(license, rules));
  }

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
    const [licenses, records, rules] = await Promise.all([
      this.educators.licenses(request, viewer, educator.id),
      this.records(request, viewer, educator.id),
      this.districtRules.forDistrict(request, viewer.districtId),
    ]);
    return licenses.flatMap((license) => {
      const plan = planLicense(license, rules);
      if (!plan) return [];
      const result = evaluateRenewal({ ruleSet: plan.ruleSet, educatorId: educator.id, license: plan.input, records, asOf });
      return [toRenewalModel(result, license, plan.notes, plan.districtRulesOf(result.ruleSetVersion))];
    });
  }

  async lane(request: object, viewer: Viewer, educator: EducatorModel, asOf: string): Promise<LaneEvaluationModel | null> {
    const [schedule, records] = await Promise.all([
      this.schedule(request, viewer, asOf),
      this.records(request, viewer, educator.id),
    ]);
    const input = laneInput(educator, schedule, records, asOf);
    if (!input || !schedule) return null;
    return toLaneModel(evaluateLane(input), schedule.name, asOf, records, evaluateCompensation(input));
  }

  async renewalWhatIf(
    request: object,
    viewer: Viewer,
    educatorId: string,
    licenseId: string | null | undefined,
    hypothetical: PdRecordInput[],
    asOf: string,
  ): Promise<RenewalWhatIfModel> {
    const educator = await this.accessibleEducator(request, viewer, educatorId);
    const wantedLicense = licenseId == null ? null : parseUuid('licenseId', licenseId);
    const [licenses, records, rules] = await Promise.all([
      this.educators.licenses(request, viewer, educator.id),
      this.records(request, viewer, educator.id),
      this.districtRules.forDistrict(request, viewer.districtId),
    ]);
    const candidates = wantedLicense ? licenses.filter((license) => license.id === wantedLicense) : licenses;
    const plan = candidates.map((license) => planLicense(license, rules)).find((p): p is LicensePlan => p !== null);
    if (!plan) throw notFound(wantedLicense ? 'License' : 'License with a state rule set');
    const { baseline, withHypothetical } = evaluateRenewalWhatIf(
      { ruleSet: plan.ruleSet, educatorId: educator.id, license: plan.input, records, asOf },
      hypothetical,
    );
    return {
      baseline: toRenewalModel(baseline, plan.license, plan.notes, plan.districtRulesOf(baseline.ruleSetVersion)),
      withHypothetical: toRenewalModel(
        withHypothetical,
        plan.license,
        plan.notes,
        plan.districtRulesOf(withHypothetical.ruleSetVersion),
      ),
    };
  }

  async laneWhatIf(
    request: object,
    viewer: Viewer,
    educatorId: string,
    hypothetical: PdRecordInput[],
    asOf: string,
  ): Promise<LaneWhatIfModel> {
    const educator = await this.accessibleEducator(request, viewer, educatorId);
    const [schedule, records] = await Promise.all([
      this.schedule(request, viewer, asOf),
      this.records(request, viewer, educator.id),
    ]);
    const input = laneInput(educator, schedule, records, asOf);
    if (!input || !schedule) return { baseline: null, withHypothetical: null };
    const { baseline, withHypothetical } = evaluateLaneWhatIf(input, hypothetical);
    const all = [...records, ...hypothetical];
    // Planned micro-credentials pay only when planned against one of the district's catalog items.
    const catalogued = await this.withCatalogEntries(viewer, hypothetical);
    const planned = { ...input, records: [...records, ...catalogued] };
    return {
      baseline: toLaneModel(baseline, schedule.name, asOf, records, evaluateCompensation(input)),
      withHypothetical: toLaneModel(withHypothetical, schedule.name, asOf, all, evaluateCompensation(planned)),
    };
  }

  /**
   * Portability: the educator's whole record evaluated under another state's rules as shipped (no
   * district overrides: they belong to this district), in a hypothetical cycle (see `portabilityInput`).
   * Same access as educator(id).
   */
  async portability(
    request: object,
    viewer: Viewer,
    educatorId: string,
    presetIdValue: string,
    licenseType: string | null | undefined,
    asOf: string,
  ): Promise<PortabilityModel> {
    const presetId = typeof presetIdValue === 'string' ? presetIdValue.trim().toLowerCase() : '';
    if (!isRuleSetPresetId(presetId)) {
      throw badUserInput(
        'presetId',
        presetIdValue,
        'is not a state rule set (expected a lower-case postal code such as "tn" or "dc")',
      );
    }
    const educator = await this.accessibleEducator(request, viewer, educatorId);
    const records = await this.records(request, viewer, educator.id);
    const plan = portabilityInput(getRuleSetPreset(presetId), educator.id, records, licenseType ?? null, asOf);
    const result = evaluateRenewal(plan.input);
    return toPortabilityModel(educator.id, plan, result);
  }

  /** Hypothetical records with their catalog item's name and achievement id, read from the district catalog. */
  private async withCatalogEntries(viewer: Viewer, hypothetical: readonly PdRecordInput[]): Promise<PdRecordInput[]> {
    const ids = [...new Set(hypothetical.map((r) => r.catalogItemId).filter((id): id is string => id != null))];
    if (ids.length === 0) return [...hypothetical];
    const rows: Array<{ id: string; name: string; achievement_id: string | null }> = await this.dataSource.query(
      `SELECT id, name, achievement_id FROM catalog_item WHERE district_id = $1 AND id = ANY($2::uuid[])`,
      [viewer.districtId, ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return hypothetical.map((r, index) => {
      if (r.catalogItemId == null) return r;
      const item = byId.get(r.catalogItemId);
      if (!item)
        throw badUserInput(`hypotheticals[${index}].catalogItemId`, r.catalogItemId, 'is not an item of the district catalog');
      return { ...r, catalogItemName: item.name, achievementId: item.achievement_id };
    });
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
export function laneInput(
  educator: EducatorModel,
  schedule: ScheduleVersion | null,
  records: readonly PdRecordInput[],
  asOf: string,
): LaneInput | null {
  if (!schedule) return null;
  const { salaryLane, salaryStep, hireDate, highestDegree } = educator;
  if (!salaryLane || salaryStep == null || !hireDate || !highestDegree) return null;
  if (!schedule.schedule.lanes.some((lane) => lane.id === salaryLane) || !schedule.schedule.degrees.includes(highestDegree))
    return null;
  return {
    schedule: schedule.schedule,
    educator: { id: educator.id, lane: salaryLane, step: salaryStep, hireDate, highestDegree },
    records,
    asOf,
  };
}
