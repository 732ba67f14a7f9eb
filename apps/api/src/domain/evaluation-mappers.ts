import type { Citation, CompensationEvaluation, LaneEvaluation, PdRecordInput, RenewalEvaluation } from '@pd-ledger/credit-rules';
import {
  CitationModel,
  CompensationModel,
  LaneEvaluationModel,
  RenewalEvaluationModel,
  RuleReferenceModel,
} from './evaluation.models';
import { daysBetween } from './dates';
import { toGraphQLRenewalStatus } from './renewal-status';

/** The stored license an evaluation is for. */
export interface LicenseRef {
  id: string;
  stateCode: string;
  licenseType: string;
  number: string;
}

export function toCitation(citation: Citation): CitationModel {
  const check = citation.check;
  return {
    url: citation.url,
    text: citation.text,
    section: citation.section ?? null,
    checkStatus: check?.status ?? 'unchecked',
    checkedOn: check?.checkedOn ?? null,
    checkNote: check?.note ?? null,
  };
}

function toRuleReference(rule: {
  ruleId: string;
  description: string;
  citation: Citation;
  uncertain?: string;
}): RuleReferenceModel {
  return {
    ruleId: rule.ruleId,
    description: rule.description,
    citation: toCitation(rule.citation),
    uncertain: rule.uncertain ?? null,
  };
}

export function toRenewalModel(
  result: RenewalEvaluation,
  license: LicenseRef,
  extraNotes: RuleReferenceModel[] = [],
  districtRules: RuleReferenceModel[] = [],
): RenewalEvaluationModel {
  return {
    licenseId: license.id,
    licenseNumber: license.number,
    stateCode: license.stateCode,
    ruleSetId: result.ruleSetId,
    ruleSetVersion: result.ruleSetVersion,
    licenseType: result.licenseType.id,
    licenseTypeName: result.licenseType.name,
    unit: result.unit.id,
    unitName: result.unit.name,
    asOf: result.asOf,
    cycleStart: result.cycle.start,
    cycleEnd: result.cycle.end,
    deadline: result.cycle.deadline,
    graceEnd: result.cycle.graceEnd,
    daysLeft: daysBetween(result.asOf, result.cycle.deadline),
    required: result.required,
    earned: result.earned,
    remaining: result.remaining,
    carryIn: result.carryIn,
    carryOut: result.carryOut,
    paceExpected: result.paceExpected,
    status: toGraphQLRenewalStatus(result.status),
    categories: result.categories.map((c) => ({
      id: c.id,
      label: c.label,
      required: c.required,
      earned: c.earned,
      met: c.met,
      citation: toCitation(c.citation),
      uncertain: c.uncertain ?? null,
    })),
    adjustments: result.adjustments.map((a) => ({
      kind: a.kind,
      ruleId: a.ruleId,
      amount: a.removed,
      limit: a.limit,
      before: a.before,
      reason: a.description,
      citation: toCitation(a.citation),
      uncertain: a.uncertain ?? null,
      recordIds: a.recordIds,
    })),
    pathways: result.pathways.map((p) => ({
      id: p.id,
      label: p.label,
      unitName: p.unit.name,
      required: p.required,
      earned: p.earned,
      remaining: p.remaining,
      met: p.met,
      citation: toCitation(p.citation),
      blockedBy: p.blockedBy.map((b) => b.description),
    })),
    uncertain: [
      ...extraNotes,
      ...result.uncertain.map((u) => ({
        ruleId: u.ruleId,
        description: u.description,
        citation: toCitation(u.citation),
        uncertain: u.uncertain ?? null,
      })),
    ],
    districtRules,
    notChecked: result.notChecked.map(toRuleReference),
    rulesApplied: result.rulesApplied.map(toRuleReference),
    explanation: result.explanation.map((line) => ({
      kind: line.kind,
      recordId: line.recordId,
      title: line.title,
      completedOn: line.completedOn,
      recordedAmount: line.recorded?.amount ?? null,
      recordedUnit: line.recorded?.unit ?? null,
      conversion: line.conversion ? `${line.conversion.description} (${line.conversion.arithmetic})` : null,
      conversionCitation: line.conversion ? toCitation(line.conversion.citation) : null,
      conversionUncertain: line.conversion?.uncertain ?? null,
      converted: line.converted,
      credited: line.credited,
      counted: line.counted,
      reason: line.reasonText,
      adjustments: line.adjustments.map((a) => ({
        kind: a.kind,
        change: a.change,
        ruleId: a.ruleId,
        description: a.description,
        citation: toCitation(a.citation),
      })),
      categories: line.categories,
      hypothetical: line.hypothetical === true,
    })),
  };
}

export function toLaneModel(
  result: LaneEvaluation,
  scheduleName: string,
  asOf: string,
  records: readonly PdRecordInput[],
  compensation: CompensationEvaluation | null = null,
): LaneEvaluationModel {
  const byId = new Map(records.map((record) => [record.id, record]));
  const salary = result.salary;
  return {
    scheduleId: result.scheduleId,
    scheduleName,
    asOf,
    currentLane: result.currentLane,
    currentStep: result.currentStep,
    nextLane: result.nextLane,
    attainableByCredits: result.attainableByCredits,
    creditsNeeded: result.creditsNeeded,
    creditsEarned: result.creditsEarned,
    creditsRemaining: result.creditsRemaining,
    byKind: result.byKind.map((k) => ({ ruleId: k.ruleId, description: k.description, credits: k.credits })),
    adjustments: result.adjustments.map((a) => ({
      ruleId: a.ruleId,
      reason: a.description,
      removed: a.removed,
      citation: toCitation(a.citation),
      uncertain: a.uncertain ?? null,
      recordIds: a.recordIds,
    })),
    qualifiesOn: result.qualifiesOn,
    nextWindow: result.application
      ? {
          opens: result.application.opens,
          closes: result.application.closes,
          effective: result.application.effective,
          ruleId: result.application.ruleId,
        }
      : null,
    salary: salary
      ? {
          contractYear: salary.contractYear,
          currentCents: String(salary.currentCents),
          nextCents: String(salary.nextCents),
          annualDifferenceCents: String(salary.annualDifferenceCents),
          thisContractYearCents: String(salary.thisContractYearCents),
          nextFiveYears: salary.nextFiveYears.map((y) => ({
            contractYear: y.contractYear,
            step: y.step,
            currentCents: String(y.currentCents),
            nextCents: String(y.nextCents),
            differenceCents: String(y.differenceCents),
          })),
          nextFiveYearsTotalCents: String(salary.nextFiveYearsTotalCents),
        }
      : null,
    explanation: result.explanation.map((line) => {
      const record = byId.get(line.recordId);
      return {
        recordId: line.recordId,
        title: record?.title ?? null,
        completedOn: line.completedOn,
        recordedAmount: record?.amount ?? null,
        recordedUnit: record?.unit ?? null,
        counted: line.counted,
        reason: line.reason,
        conversion: line.conversion?.description ?? null,
        conversionCitation: line.conversion ? toCitation(line.conversion.citation) : null,
        converted: line.converted,
        credited: line.credited,
        adjustments: line.adjustments.map((a) => ({
          kind: 'cap',
          change: a.change,
          ruleId: a.ruleId,
          description: a.description,
          citation: toCitation(a.citation),
        })),
        hypothetical: line.hypothetical === true,
      };
    }),
    compensation: compensation ? toCompensationModel(compensation) : null,
  };
}

export function toCompensationModel(c: CompensationEvaluation): CompensationModel {
  return {
    budgetYear: c.budgetYear.year,
    budgetYearStart: c.budgetYear.start,
    budgetYearEnd: c.budgetYear.end,
    baseSalaryCents: String(c.baseSalaryCents),
    definition: {
      ruleId: c.definition.ruleId,
      description: c.definition.description,
      citation: toCitation(c.definition.citation),
      uncertain: c.definition.uncertain ?? null,
    },
    credentials: c.credentials.map((cr) => ({
      recordId: cr.recordId,
      name: cr.name,
      completedOn: cr.completedOn,
      contractYear: cr.contractYear,
      sets: cr.sets,
      hypothetical: cr.hypothetical === true,
    })),
    excluded: c.excluded.map((e) => ({ recordId: e.recordId, reason: e.reason })),
    rules: c.rules.map((r) => ({
      ruleId: r.ruleId,
      kind: r.kind,
      label: r.label,
      citation: toCitation(r.citation),
      uncertain: r.uncertain ?? null,
      budgetYearCents: String(r.budgetYearCents),
      lines: r.lines.map((l) => ({ text: l.text, recordIds: l.recordIds, cents: String(l.cents) })),
      next: r.next ? { ...r.next, ruleId: r.ruleId, label: r.label, cents: String(r.next.cents) } : null,
    })),
    stipendsCents: String(c.stipendsCents),
    increasesCents: String(c.increasesCents),
    totalCents: String(c.totalCents),
    nextPayChange: c.nextPayChange ? { ...c.nextPayChange, cents: String(c.nextPayChange.cents) } : null,
  };
}
