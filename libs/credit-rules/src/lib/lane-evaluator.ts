// Salary-lane evaluation: the lane credits an educator has toward the next lane under a district
// schedule, when they can apply and from when it pays, and what it is worth. Credits are integer
// sub-units (exact, so 3 quarter credits are exactly 2 lane credits); money is integer cents.
import { isCompensableMicroCredential, ruleExcludingLaneCredit } from './compensation.schema';
import {
  BELOW_EVENT_MINIMUM,
  compileConversionTable,
  conversionDenominators,
  convertAmount,
  describeConversion,
  lookupConversion,
  recordAmount,
} from './conversion-table';
import { AMOUNT_SCALE, formatAmount, formatAmountGroup, parseScaled } from './exact-amount';
import { addYears, atMonthDay, dayNumber, yearOf, type LocalDate } from './local-date';
import { PdRecordError, type PdRecordInput } from './pd-record';
import type { Citation } from './rule-set.schema';
import { parseSalarySchedule, type SalarySchedule, type SalaryScheduleInput } from './salary-schedule.schema';

export interface LaneEducatorInput {
  id?: string;
  lane: string;
  step: number;
  hireDate: LocalDate;
  highestDegree: string;
  /** When the highest degree was conferred (for "earned after the highest degree"); hire date if unknown. */
  highestDegreeOn?: LocalDate | null;
  /** Lane changes already granted in the current contract year. */
  laneChangesThisYear?: number;
}

export interface LaneInput {
  schedule: SalarySchedule | SalaryScheduleInput;
  educator: LaneEducatorInput;
  records: readonly PdRecordInput[];
  asOf: LocalDate;
}

export interface LaneRuleRef {
  ruleId: string;
  description: string;
  citation: Citation;
  uncertain?: string;
}

export interface LaneExplanationLine {
  recordId: string;
  completedOn: LocalDate;
  counted: boolean;
  reason: string | null;
  conversion: LaneRuleRef | null;
  converted: string;
  adjustments: Array<LaneRuleRef & { change: string }>;
  credited: string;
  hypothetical?: true;
}

export interface LaneEvaluation {
  educatorId: string | null;
  scheduleId: string;
  currentLane: string;
  currentStep: number;
  nextLane: string | null;
  /** False when the next lane needs a degree the educator does not hold (and no credit equivalent exists). */
  attainableByCredits: boolean;
  creditsNeeded: string;
  creditsEarned: string;
  creditsRemaining: string;
  /** Credits after caps, by conversion rule ("kind"). */
  byKind: Array<{ ruleId: string; description: string; credits: string }>;
  adjustments: Array<LaneRuleRef & { removed: string; recordIds: string[] }>;
  /** Date the credits reach the next lane's requirement, or null. */
  qualifiesOn: LocalDate | null;
  application: { opens: LocalDate; closes: LocalDate; effective: LocalDate; ruleId: string } | null;
  salary: {
    contractYear: number;
    currentCents: number;
    nextCents: number;
    annualDifferenceCents: number;
    /** Pay difference from the effective date to the end of that contract year (pro-rated by days, rounded down to the cent; never retroactive). */
    thisContractYearCents: number;
    nextFiveYears: Array<{
      contractYear: number;
      step: number;
      currentCents: number;
      nextCents: number;
      differenceCents: number;
    }>;
    nextFiveYearsTotalCents: number;
  } | null;
  explanation: LaneExplanationLine[];
}

const scheduleCache = new WeakMap<object, SalarySchedule>();

function loadSchedule(input: SalarySchedule | SalaryScheduleInput): SalarySchedule {
  let s = scheduleCache.get(input);
  if (!s) {
    s = parseSalarySchedule(input);
    scheduleCache.set(input, s);
  }
  return s;
}

function ref(rule: { id: string; citation: Citation; uncertain?: string | undefined }, description: string): LaneRuleRef {
  const out: LaneRuleRef = { ruleId: rule.id, description, citation: rule.citation };
  if (rule.uncertain) out.uncertain = rule.uncertain;
  return out;
}

/**
 * Evaluates an educator's salary-lane progress: credits toward the next lane (by kind, after caps),
 * the next lane, the earliest application window and effective date, and the salary change.
 */
export function evaluateLane(input: LaneInput, options: { explain?: boolean } = {}): LaneEvaluation {
  const s = loadSchedule(input.schedule);
  const { educator, records, asOf } = input;
  const l = conversionDenominators(s.conversions);
  const U = AMOUNT_SCALE * l;
  const table = compileConversionTable(s.conversions, l);
  const laneIndex = s.lanes.findIndex((lane) => lane.id === educator.lane);
  if (laneIndex < 0) throw new PdRecordError(educator.id ?? '(educator)', 'lane', `unknown lane "${educator.lane}"`);
  const degreeRank = s.degrees.indexOf(educator.highestDegree);
  if (degreeRank < 0)
    throw new PdRecordError(educator.id ?? '(educator)', 'highestDegree', `unknown degree "${educator.highestDegree}"`);
  const next = s.lanes[laneIndex + 1] ?? null;

  // What the next lane needs.
  let attainable = next !== null;
  let neededCredits = 0;
  if (next) {
    const nextRank = s.degrees.indexOf(next.degree);
    if (nextRank <= degreeRank) neededCredits = next.credits;
    else if (nextRank === degreeRank + 1 && next.degreeEquivalentCredits) neededCredits = next.degreeEquivalentCredits;
    else attainable = false;
  }
  const needed = neededCredits * U;
  // Lane changes from the degree's base lane to the next lane (for per-lane-change caps).
  const baseIndex = s.lanes.findIndex((lane) => lane.degree === educator.highestDegree);
  const laneChanges = next ? Math.max(1, laneIndex + 1 - Math.max(0, baseIndex)) : 1;

  const basisDate =
    s.earnedAfter.basis === 'hire'
      ? educator.hireDate
      : s.earnedAfter.basis === 'highest_degree'
        ? (educator.highestDegreeOn ?? educator.hireDate)
        : [educator.hireDate, educator.highestDegreeOn ?? educator.hireDate].sort()[1]!;
  const expiryFrom = s.inDistrictExpiry ? addYears(asOf, -s.inDistrictExpiry.years) : null;

  const paidInstead = ruleExcludingLaneCredit(s.compensation);
  const n = records.length;
  const credited = new Float64Array(n);
  const converted = new Float64Array(n);
  const reasons: (string | null)[] = new Array<string | null>(n).fill(null);
  const convIndex = new Int16Array(n).fill(-1);
  const order = records
    .map((_, i) => i)
    .sort((a, b) =>
      records[a]!.completedOn < records[b]!.completedOn
        ? -1
        : records[a]!.completedOn > records[b]!.completedOn
          ? 1
          : records[a]!.id < records[b]!.id
            ? -1
            : records[a]!.id > records[b]!.id
              ? 1
              : 0,
    );
  for (const i of order) {
    const r = records[i]!;
    const amount = recordAmount(r);
    const conv = lookupConversion(table, r);
    convIndex[i] = conv;
    const status = r.hypothetical ? 'approved' : (r.status ?? 'approved');
    let reason: string | null = null;
    if (status === 'rejected') reason = 'rejected records do not count';
    else if (status === 'voided') reason = 'voided by the district: it no longer counts';
    else if (status === 'submitted') reason = 'submitted records count only once approved';
    else if (r.completedOn < basisDate)
      reason = `earned before ${s.earnedAfter.basis === 'hire' ? 'hire' : 'the highest degree'} (${basisDate})`;
    else if (r.completedOn > asOf && !r.hypothetical) reason = 'completed after the evaluation date';
    else if (s.preApproval && s.preApproval.activityTypes.includes(r.activityType) && !r.preApproved)
      reason = 'needs pre-approval';
    else if (expiryFrom && r.inDistrict && r.completedOn < expiryFrom)
      reason = `in-district credit older than ${s.inDistrictExpiry!.years} years`;
    else if (paidInstead && isCompensableMicroCredential(s.compensation!, r))
      reason = `paid by ${paidInstead.label} instead: not combinable with lane credit`;
    else if (conv < 0) reason = 'the schedule has no conversion for this activity type and unit';
    if (reason) {
      reasons[i] = reason;
      continue;
    }
    const value = convertAmount(table.conversions[conv]!, amount, r);
    if (value < 0) {
      const perEvent = table.conversions[conv]?.rule.perEvent;
      reasons[i] =
        value === BELOW_EVENT_MINIMUM && perEvent
          ? `below the minimum of ${perEvent.minimum} at one event`
          : 'the catalog states no hours for this micro-credential';
      continue;
    }
    if (table.conversions[conv]!.rule.value.kind === 'not_accepted') reasons[i] = 'not accepted for lane credit';
    converted[i] = value;
    credited[i] = value;
  }

  // Caps, chronologically: earlier records keep their credit.
  const adjustments: LaneEvaluation['adjustments'] = [];
  const capHits: Array<{ cap: number; record: number; removed: number }> = [];
  s.caps.forEach((cap, c) => {
    const matches = (r: PdRecordInput) =>
      (!cap.appliesTo.activityTypes || cap.appliesTo.activityTypes.includes(r.activityType)) &&
      (!cap.appliesTo.units || cap.appliesTo.units.includes(r.unit)) &&
      (!cap.appliesTo.levels || cap.appliesTo.levels.includes(r.level ?? 'unknown')) &&
      (cap.appliesTo.inDistrict === undefined || cap.appliesTo.inDistrict === (r.inDistrict === true));
    const max = parseScaled(cap.max) * l;
    const used = new Map<string, number>();
    for (const i of order) {
      if (credited[i]! <= 0 || !matches(records[i]!)) continue;
      const key = cap.per === 'contract_year' ? String(contractYearOf(s, records[i]!.completedOn)) : 'all';
      const limit = cap.per === 'lane_change' ? max * laneChanges : max;
      const before = used.get(key) ?? 0;
      const keep = Math.max(0, Math.min(credited[i]!, limit - before));
      used.set(key, before + keep);
      if (keep < credited[i]!) {
        capHits.push({ cap: c, record: i, removed: credited[i]! - keep });
        credited[i] = keep;
      }
    }
    const hits = capHits.filter((h) => h.cap === c);
    if (hits.length) {
      adjustments.push({
        ...ref(
          cap,
          `${cap.label}: at most ${cap.max} credits ${cap.per === 'lane_change' ? 'per lane change' : cap.per === 'contract_year' ? 'per contract year' : 'in total'}`,
        ),
        removed: formatAmount(
          hits.reduce((a, h) => a + h.removed, 0),
          U,
        ),
        recordIds: hits.map((h) => records[h.record]!.id),
      });
    }
  });

  let earned = 0;
  let qualifiesOn: LocalDate | null = null;
  for (const i of order) {
    earned += credited[i]!;
    if (qualifiesOn === null && attainable && credited[i]! > 0 && earned >= needed) qualifiesOn = records[i]!.completedOn;
  }
  if (attainable && needed === 0) qualifiesOn = basisDate;

  const byKindMap = new Map<number, number>();
  for (let i = 0; i < n; i++)
    if (credited[i]! > 0) byKindMap.set(convIndex[i]!, (byKindMap.get(convIndex[i]!) ?? 0) + credited[i]!);
  const byKind = [...byKindMap.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([k, v]) => ({
      ruleId: table.conversions[k]!.rule.id,
      description: table.conversions[k]!.rule.description,
      credits: formatAmount(v, U),
    }));

  // Earliest application window: open on or after the day the educator qualifies (and today).
  let application: LaneEvaluation['application'] = null;
  if (qualifiesOn) {
    const from = qualifiesOn > asOf ? qualifiesOn : asOf;
    const currentContractYear = contractYearOf(s, asOf);
    const blockedThisYear =
      s.maxLaneChangesPerYear !== undefined && (educator.laneChangesThisYear ?? 0) >= s.maxLaneChangesPerYear.max;
    const candidates: NonNullable<LaneEvaluation['application']>[] = [];
    for (let y = yearOf(from) - 1; y <= yearOf(from) + 2; y++) {
      for (const w of s.applicationWindows) {
        const opens = atMonthDay(y, w.opens);
        const closes = w.closes >= w.opens ? atMonthDay(y, w.closes) : atMonthDay(y + 1, w.closes);
        let effective = atMonthDay(yearOf(closes), w.effective);
        if (effective < closes) effective = atMonthDay(yearOf(closes) + 1, w.effective);
        if (closes < from) continue;
        if (blockedThisYear && contractYearOf(s, effective) === currentContractYear) continue;
        candidates.push({ opens, closes, effective, ruleId: w.id });
      }
    }
    candidates.sort((a, b) => (a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0));
    application = candidates[0] ?? null;
  }

  let salary: LaneEvaluation['salary'] = null;
  if (next) {
    const when = application?.effective ?? asOf;
    const cy = contractYearFor(s, when);
    const stepIndex = (lane: string, year: (typeof s.contractYears)[number], step: number) => {
      const row = year.salaries[lane]!;
      return row[Math.min(step, row.length) - 1]!;
    };
    const currentCents = stepIndex(educator.lane, cy, educator.step);
    const nextCents = stepIndex(next.id, cy, educator.step);
    const annual = nextCents - currentCents;
    const from = application?.effective && application.effective > cy.start ? application.effective : cy.start;
    const totalDays = dayNumber(cy.end) - dayNumber(cy.start) + 1;
    const remainingDays = Math.max(0, dayNumber(cy.end) - dayNumber(from) + 1);
    const thisYear = Math.floor((annual * remainingDays) / totalDays);
    const nextFiveYears = [0, 1, 2, 3, 4].map((k) => {
      const year = s.contractYears.find((c) => c.year === cy.year + k) ?? s.contractYears[s.contractYears.length - 1]!;
      const step = educator.step + k;
      const cur = stepIndex(educator.lane, year, step);
      const nxt = stepIndex(next.id, year, step);
      return {
        contractYear: cy.year + k,
        step: Math.min(step, year.salaries[next.id]!.length),
        currentCents: cur,
        nextCents: nxt,
        differenceCents: nxt - cur,
      };
    });
    salary = {
      contractYear: cy.year,
      currentCents,
      nextCents,
      annualDifferenceCents: annual,
      thisContractYearCents: thisYear,
      nextFiveYears,
      nextFiveYearsTotalCents: nextFiveYears.reduce((a, y) => a + y.differenceCents, 0),
    };
  }

  let explanation: LaneExplanationLine[] = [];
  let earnedText = formatAmount(earned, U);
  if (options.explain !== false) {
    const group = formatAmountGroup(
      order.map((i) => credited[i]!),
      U,
    );
    earnedText = group.total;
    explanation = order.map((i, k) => {
      const conv = convIndex[i]! >= 0 ? table.conversions[convIndex[i]!]! : null;
      const line: LaneExplanationLine = {
        recordId: records[i]!.id,
        completedOn: records[i]!.completedOn,
        counted: reasons[i] === null,
        reason: reasons[i]!,
        conversion: conv ? { ...ref(conv.rule, `${conv.rule.description} (${describeConversion(conv)})`) } : null,
        converted: formatAmount(converted[i]!, U),
        adjustments: capHits
          .filter((h) => h.record === i)
          .map((h) => ({ ...ref(s.caps[h.cap]!, s.caps[h.cap]!.label), change: `-${formatAmount(h.removed, U)}` })),
        credited: group.parts[k]!,
      };
      if (records[i]!.hypothetical) line.hypothetical = true;
      return line;
    });
  }

  return {
    educatorId: educator.id ?? null,
    scheduleId: s.id,
    currentLane: educator.lane,
    currentStep: educator.step,
    nextLane: next?.id ?? null,
    attainableByCredits: attainable,
    creditsNeeded: formatAmount(needed, U),
    creditsEarned: earnedText,
    creditsRemaining: formatAmount(Math.max(0, needed - earned), U),
    byKind,
    adjustments,
    qualifiesOn,
    application,
    salary,
    explanation,
  };
}

/** The contract year (its starting calendar year) a date falls in. */
export function contractYearOf(s: SalarySchedule, date: LocalDate): number {
  const found = s.contractYears.find((c) => c.start <= date && date <= c.end);
  if (found) return found.year;
  // Outside the tabled years: assume the first table's start month-day repeats every year.
  const start = s.contractYears[0]!.start.slice(5);
  return date.slice(5) >= start ? yearOf(date) : yearOf(date) - 1;
}

/** The tabled contract year for a date (the first or last table outside the tabled years). */
export function contractYearFor(s: SalarySchedule, date: LocalDate): SalarySchedule['contractYears'][number] {
  const year = contractYearOf(s, date);
  return (
    s.contractYears.find((c) => c.year === year) ??
    (year < s.contractYears[0]!.year ? s.contractYears[0]! : s.contractYears[s.contractYears.length - 1]!)
  );
}

/** What-if for lanes: the same evaluation with hypothetical records added. */
export function evaluateLaneWhatIf(
  input: LaneInput,
  hypothetical: readonly PdRecordInput[],
): { baseline: LaneEvaluation; withHypothetical: LaneEvaluation } {
  return {
    baseline: evaluateLane(input),
    withHypothetical: evaluateLane({
      ...input,
      records: [...input.records, ...hypothetical.map((r) => ({ ...r, hypothetical: true }))],
    }),
  };
}
