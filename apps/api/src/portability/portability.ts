import {
  addDays,
  addYears,
  parseRuleSet,
  type PdRecordInput,
  type RenewalEvaluation,
  type RenewalInput,
  type RuleSet,
  type RuleSetVersion,
} from '@pd-ledger/credit-rules';
import { badUserInput } from '../common/errors';
import { toCitation, toRenewalModel } from '../domain/evaluation-mappers';
import type { PortabilityModel } from './portability.models';

/** What a portability evaluation runs: the converter input and the hypothetical cycle chosen. */
export interface PortabilityPlan {
  ruleSet: RuleSet;
  version: RuleSetVersion;
  licenseType: RuleSetVersion['licenseTypes'][number];
  input: RenewalInput;
  windowStart: string;
  windowEnd: string;
}

const currentRules = new Map<string, RuleSet>();

/**
 * The state's rules in force on a date as a rule set of that one version, so the hypothetical
 * cycle is counted under today's rules even where a cycle is governed by the version at its start
 * (CO: 5-year cycles before 2021-07-01) and the window reaches back before a change.
 */
function onlyVersion(ruleSet: RuleSet, version: RuleSetVersion): RuleSet {
  if (ruleSet.versions.length === 1) return ruleSet;
  const key = `${ruleSet.id}|${version.version}|${version.effectiveFrom}`;
  let single = currentRules.get(key);
  if (!single) {
    single = parseRuleSet({ ...ruleSet, versions: [version] });
    currentRules.set(key, single);
  }
  return single;
}

/**
 * The hypothetical cycle for "what my record is worth if I move": a cycle of the chosen license
 * type's length (the state's version in force on `asOf`) that ends on `asOf` — the record as it
 * would count if it were presented for that state's renewal today, under the rules in force on
 * `asOf` (earlier versions are left out). Nothing carries in (there was no earlier cycle in that state). `licenseType`: an id of that version (default its default type);
 * an unknown one is bad input.
 */
export function portabilityInput(
  ruleSet: RuleSet,
  educatorId: string,
  records: readonly PdRecordInput[],
  licenseType: string | null,
  asOf: string,
): PortabilityPlan {
  let version = ruleSet.versions[0]!;
  for (const v of ruleSet.versions) if (v.effectiveFrom <= asOf) version = v;
  const wanted = licenseType == null || licenseType.trim() === '' ? version.defaultLicenseType : licenseType.trim();
  const type = version.licenseTypes.find((t) => t.id === wanted);
  if (!type) {
    throw badUserInput(
      'licenseType',
      licenseType,
      `is not a license type of ${ruleSet.name} (one of: ${version.licenseTypes.map((t) => t.id).join(', ')})`,
    );
  }
  const windowStart = addDays(addYears(asOf, -type.cycleYears), 1);
  return {
    ruleSet,
    version,
    licenseType: type,
    windowStart,
    windowEnd: asOf,
    input: {
      ruleSet: onlyVersion(ruleSet, version),
      educatorId,
      license: { licenseType: type.id, cycleStart: windowStart, cycleEnd: asOf },
      records,
      asOf,
      carryIn: '0',
    },
  };
}

export function toPortabilityModel(educatorId: string, plan: PortabilityPlan, result: RenewalEvaluation): PortabilityModel {
  const r = toRenewalModel(result, {
    id: educatorId,
    number: '',
    stateCode: plan.ruleSet.jurisdiction,
    licenseType: plan.licenseType.id,
  });
  const years = plan.licenseType.cycleYears;
  return {
    educatorId,
    presetId: plan.ruleSet.id,
    jurisdiction: plan.ruleSet.jurisdiction,
    name: plan.ruleSet.name,
    ruleSetVersion: result.ruleSetVersion,
    licenseType: r.licenseType,
    licenseTypeName: r.licenseTypeName,
    licenseTypes: plan.version.licenseTypes.map((t) => ({
      id: t.id,
      name: t.name,
      required: t.required,
      cycleYears: t.cycleYears,
    })),
    unit: r.unit,
    unitName: r.unitName,
    asOf: r.asOf,
    windowStart: plan.windowStart,
    windowEnd: plan.windowEnd,
    cycleYears: years,
    windowBasis:
      `A ${plan.ruleSet.jurisdiction} ${plan.licenseType.name} cycle is ${years} year${years === 1 ? '' : 's'}, so PD completed from ${plan.windowStart} to ${plan.windowEnd} is counted, ` +
      `as if renewing a ${plan.ruleSet.jurisdiction} license on that day. A real license's cycle starts on its own issue date; nothing carries over from an earlier cycle. ` +
      `The state's rules in force on ${plan.windowEnd} are used, as published (district policies of a new district would come on top).`,
    required: r.required,
    earned: r.earned,
    remaining: r.remaining,
    status: r.status,
    categories: r.categories,
    adjustments: r.adjustments,
    pathways: r.pathways,
    closestPathway: result.closestPathway,
    uncertain: r.uncertain,
    notes: plan.version.notes.map((n) => ({
      ruleId: n.id,
      description: n.text,
      citation: toCitation(n.citation),
      uncertain: n.uncertain ?? null,
    })),
    explanation: r.explanation,
  };
}
