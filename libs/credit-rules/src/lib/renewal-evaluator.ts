// Relicensure evaluation: what an educator's records are worth toward one license cycle under a
// state's rule set, with the working shown. All amounts are integer sub-units of the compiled rule
// set (exact); decimal strings are made only when the result is assembled.
import { DEGREE_LEVELS, type RenewalStatus } from './canonical-ids';
import { categoryNeed, type CategoryNeed } from './category-minimums';
import {
  ACTIVITY_INDEX,
  BELOW_EVENT_MINIMUM,
  UNIT_INDEX,
  convertAmount,
  describeConversion,
  levelIndex,
  lookupConversion,
  recordAmount,
} from './conversion-table';
import { countingWindow, overlapUsedBy } from './counting-window';
import {
  CycleWindowError,
  findCycleWindow,
  previousCycleWindow,
  withDeadlines,
  type CycleWindow,
  type LicenseInput,
} from './cycle-window';
import { assertSafe, formatAmount, formatAmountGroup, parseScaled } from './exact-amount';
import { addMonths, addYears, atMonthDay, addDays, daysInclusive, yearOf, type LocalDate } from './local-date';
import { PdRecordError, type PdRecordInput } from './pd-record';
import {
  compileRuleSet,
  selectVersion,
  versionInForce,
  type CompiledRuleSet,
  type CompiledSelector,
  type CompiledVersion,
} from './rule-set-compiler';
import type { Citation, RuleSet, RuleSetInput } from './rule-set.schema';

/** What to evaluate. */
export interface RenewalInput {
  ruleSet: RuleSet | RuleSetInput | CompiledRuleSet;
  educatorId?: string;
  license: LicenseInput;
  records: readonly PdRecordInput[];
  asOf: LocalDate;
  /** Amount carried in from the previous cycle, in the rule set's unit. Absent: computed from the records. */
  carryIn?: string;
}

export interface RenewalOptions {
  /** Build explanation lines (default true). The totals, categories and adjustments never depend on it. */
  explain?: boolean;
}

/** A rule as shown to users. */
export interface AppliedRule {
  ruleId: string;
  description: string;
  citation: Citation;
  uncertain?: string;
}

/** Why a record adds nothing. */
export type ExclusionReason =
  | 'rejected'
  | 'not_approved'
  | 'outside_cycle'
  | 'after_as_of'
  | 'no_conversion'
  | 'not_accepted'
  | 'no_stated_hours'
  | 'outside_look_back'
  | 'used_by_previous_cycle'
  | 'below_event_minimum'
  | 'counts_for_next_cycle';

export const EXCLUSION_TEXT: Readonly<Record<ExclusionReason, string>> = {
  rejected: 'rejected records do not count',
  not_approved: 'submitted records count only once approved',
  outside_cycle: 'completed outside the cycle window',
  after_as_of: 'completed after the evaluation date',
  no_conversion: 'the rule set has no conversion for this activity type and unit',
  not_accepted: 'the rule set does not accept this kind of record',
  no_stated_hours: 'the catalog states no hours for this micro-credential',
  outside_look_back: 'completed before the look-back window (only the most recent years of the cycle count)',
  used_by_previous_cycle: 'counted for the previous license, which needed it (PD after an expiry counts there first)',
  below_event_minimum: 'below the minimum for one event (hours from different events are not combined)',
  counts_for_next_cycle: 'completed after the expiry and not needed for this license: it counts for the next one',
};

/** A rule beyond plain conversion that shaped this evaluation, in words (look-back, earning window, route and level minimums, ...). */
export interface RuleLine extends AppliedRule {
  kind:
    | 'look_back'
    | 'earning_window'
    | 'all_routes'
    | 'pathway_category'
    | 'license_level'
    | 'per_additional_credential'
    | 'event_minimum';
}

/** One credited (or not credited) amount, traced to its record and rules. */
export interface ExplanationLine {
  kind: 'record' | 'carry_in';
  recordId: string | null;
  title: string | null;
  completedOn: LocalDate | null;
  activityType: string | null;
  recorded: { amount: string; unit: string } | null;
  counted: boolean;
  reason: ExclusionReason | null;
  reasonText: string | null;
  conversion: (AppliedRule & { arithmetic: string }) | null;
  /** Amount after conversion and rounding, before caps. */
  converted: string;
  /** Caps and rounding that changed this record's credit; `change` is negative when something was removed. */
  adjustments: Array<AppliedRule & { kind: 'cap' | 'rounding' | 'carry_over' | 'topic_minimum'; change: string }>;
  /** What this line adds to `earned`; the lines sum exactly to `earned`. */
  credited: string;
  categories: string[];
  /** Exclusive category allocation (NC): how much of this record each category received. */
  allocation?: Array<{ category: string; amount: string }>;
  /** The rule, other than the conversion, that excluded or admitted this record (look-back, earning window, per-event minimum). */
  rule?: AppliedRule;
  hypothetical?: true;
}

/** What a cap or rounding rule changed overall. */
export interface Adjustment extends AppliedRule {
  /** topic_minimum: topics below the rule set's minimum per topic were not counted (MA: 10 PDPs). */
  kind: 'cap' | 'rounding' | 'topic_minimum';
  /** The cap's limit in the rule set's unit (caps only). */
  limit: string | null;
  /** Total of the matching records before the rule. */
  before: string;
  /** Amount removed (negative when rounding up added some). */
  removed: string;
  recordIds: string[];
}

export interface CategoryResult {
  id: string;
  label: string;
  minimum: 'amount' | 'share' | 'any' | 'by_license_type';
  required: string;
  earned: string;
  met: boolean;
  ruleId: string;
  citation: Citation;
  uncertain?: string;
  /** How the minimum was found when a license level or an increment per credential set it ("30 + 30 x 1 additional = 60"). */
  basis?: string;
  /** Required on every route, pathways included. */
  allRoutes?: true;
}

/** A category minimum of a pathway, in the pathway's unit. */
export interface PathwayCategoryResult {
  id: string;
  label: string;
  required: string;
  earned: string;
  met: boolean;
  ruleId: string;
  citation: Citation;
  uncertain?: string;
}

export interface PathwayResult {
  id: string;
  label: string;
  unit: { id: string; name: string };
  required: string;
  earned: string;
  remaining: string;
  /** The amount, the pathway's own categories and every all-routes category are met. */
  met: boolean;
  citation: Citation;
  uncertain?: string;
  categories: PathwayCategoryResult[];
  /** Unmet rules that keep this route from renewing (its own categories, all-routes categories). */
  blockedBy: AppliedRule[];
}

export interface PerYearResult {
  start: LocalDate;
  end: LocalDate;
  required: string;
  earned: string;
  met: boolean;
  /** True once the year is over (an unmet open year is not yet a failure). */
  closed: boolean;
}

export interface StandingResult {
  id: string;
  kind: 'one_time' | 'current';
  category: string;
  label: string;
  met: boolean;
  lastCompletedOn: LocalDate | null;
  citation: Citation;
}

/** The evaluation of one license cycle. */
export interface RenewalEvaluation {
  educatorId: string | null;
  ruleSetId: string;
  ruleSetVersion: string;
  versionEffectiveFrom: LocalDate;
  unit: { id: string; name: string };
  licenseType: { id: string; name: string };
  gradeBand: string | null;
  cycle: CycleWindow;
  asOf: LocalDate;
  required: string;
  earned: string;
  remaining: string;
  carryIn: string;
  carryOut: string;
  /** Amount the pro-rated pace expects by `asOf` (see README: status rule). */
  paceExpected: string;
  status: RenewalStatus;
  categories: CategoryResult[];
  adjustments: Adjustment[];
  pathways: PathwayResult[];
  closestPathway: string | null;
  perYear: PerYearResult[];
  standingRequirements: StandingResult[];
  /** Rules used here whose facts are uncertain (check with the state). */
  uncertain: AppliedRule[];
  /** First and last completion dates that count (a look-back or an earning window moves them off the cycle). */
  countedFrom: LocalDate;
  countedThrough: LocalDate;
  /** Rules beyond conversion that shaped the result, each named with its citation. */
  rulesApplied: RuleLine[];
  /** The state's requirements PD Ledger does not check ("not checked by PD Ledger: ..."): `complete` covers only the rest. */
  notChecked: AppliedRule[];
  explanation: ExplanationLine[];
}

function applied(rule: { id: string; citation: Citation; uncertain?: string | undefined }, description: string): AppliedRule {
  const out: AppliedRule = { ruleId: rule.id, description, citation: rule.citation };
  if (rule.uncertain) out.uncertain = rule.uncertain;
  return out;
}

// Hot-path functions bound locally: imported bindings compile to a getter call per use under CommonJS.
const recordAmountFast = recordAmount;
const lookupConversionFast = lookupConversion;
const convertAmountFast = convertAmount;
const formatAmountFast = formatAmount;
const ACTIVITY = ACTIVITY_INDEX;
const UNITS = UNIT_INDEX;

const COUNTED = 0;
const EXCLUDED_STATUS_BASE = 1;

function exclusionOf(code: number): ExclusionReason {
  return (
    [
      'rejected',
      'not_approved',
      'outside_cycle',
      'after_as_of',
      'no_conversion',
      'not_accepted',
      'no_stated_hours',
      'outside_look_back',
      'used_by_previous_cycle',
      'below_event_minimum',
      'counts_for_next_cycle',
    ] as const
  )[code - EXCLUDED_STATUS_BASE]!;
}
const R_REJECTED = 1;
const R_NOT_APPROVED = 2;
const R_OUTSIDE = 3;
const R_AFTER = 4;
const R_NO_CONVERSION = 5;
const R_NOT_ACCEPTED = 6;
const R_NO_HOURS = 7;
const R_LOOK_BACK = 8;
const R_PREVIOUS = 9;
const R_BELOW_EVENT = 10;
const R_NEXT = 11;

function statusCode(record: PdRecordInput): number {
  if (record.hypothetical) return COUNTED;
  const s = record.status;
  if (s == null || s === 'approved' || s === 'verified') return COUNTED;
  if (s === 'rejected') return R_REJECTED;
  if (s === 'submitted') return R_NOT_APPROVED;
  throw new PdRecordError(record.id, 'status', `unknown status ${JSON.stringify(s)}`);
}

function categoryBits(record: PdRecordInput, index: Readonly<Record<string, number>>): number {
  const categories = record.categories;
  if (!categories || categories.length === 0) return 0;
  let bits = 0;
  for (let i = 0; i < categories.length; i++) bits |= index[categories[i]!] ?? 0;
  return bits;
}

function selectorMatches(s: CompiledSelector, record: PdRecordInput, catBits: number): boolean {
  return (
    (s.activityMask & (1 << ACTIVITY[record.activityType]!)) !== 0 &&
    (s.unitMask & (1 << UNITS[record.unit]!)) !== 0 &&
    (s.levelMask & (1 << levelIndex(record.level))) !== 0 &&
    (s.categoryMask === 0 || (s.categoryMask & catBits) !== 0)
  );
}

function roundTo(value: number, increment: number, mode: 'down' | 'half_up' | 'up'): number {
  const rest = value % increment;
  if (rest === 0) return value;
  if (mode === 'down') return value - rest;
  if (mode === 'up') return value - rest + increment;
  return rest * 2 >= increment ? value - rest + increment : value - rest;
}

function compareRecords(records: readonly PdRecordInput[], a: number, b: number): number {
  const ra = records[a]!;
  const rb = records[b]!;
  if (ra.completedOn !== rb.completedOn) return ra.completedOn < rb.completedOn ? -1 : 1;
  if (ra.id !== rb.id) return ra.id < rb.id ? -1 : 1;
  // Identical ids and dates: order by content so the result still does not depend on input order.
  const ka = `${ra.amount}|${ra.unit}|${ra.activityType}`;
  const kb = `${rb.amount}|${rb.unit}|${rb.activityType}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

interface CycleTotals {
  count: number;
  version: CompiledVersion;
  cycle: CycleWindow;
  requiredSub: number;
  credited: Float64Array;
  converted: Float64Array;
  reason: Uint8Array;
  convIndex: Int16Array;
  catBits: Int32Array;
  scaled: Float64Array;
  capRemoved: Array<{ cap: number; record: number; removed: number }>;
  capBefore: number[];
  roundingChange: Float64Array | null;
  /** Records whose credit was dropped because their topic stayed below the minimum per topic. */
  topicRemoved: Array<{ record: number; removed: number }>;
  ownEarned: number;
  /** Records below their conversion's per-event minimum. */
  belowEvent: number;
}

/** One pass over the records: status, window, conversion, rounding, caps. */
// Two reusable buffer sets (the cycle and the previous cycle), grown on demand: evaluation is
// synchronous and not re-entrant, and allocating six typed arrays per cycle dominated small inputs.
interface Scratch {
  size: number;
  credited: Float64Array;
  converted: Float64Array;
  reason: Uint8Array;
  convIndex: Int16Array;
  catBits: Int32Array;
  scaled: Float64Array;
}
const scratch: Scratch[] = [];
function buffers(slot: number, n: number): Scratch {
  let s = scratch[slot];
  if (!s || s.size < n) {
    const size = Math.max(n, 64, (s?.size ?? 0) * 2);
    s = {
      size,
      credited: new Float64Array(size),
      converted: new Float64Array(size),
      reason: new Uint8Array(size),
      convIndex: new Int16Array(size),
      catBits: new Int32Array(size),
      scaled: new Float64Array(size),
    };
    scratch[slot] = s;
  }
  s.credited.fill(0, 0, n);
  s.converted.fill(0, 0, n);
  s.reason.fill(0, 0, n);
  s.convIndex.fill(-1, 0, n);
  s.catBits.fill(0, 0, n);
  s.scaled.fill(0, 0, n);
  return s;
}

function creditCycle(
  compiled: CompiledRuleSet,
  version: CompiledVersion,
  cycle: CycleWindow,
  requiredSub: number,
  records: readonly PdRecordInput[],
  asOf: LocalDate,
  slot = 0,
  from: LocalDate = cycle.start,
  through: LocalDate = cycle.end,
  skip: Uint8Array | null = null,
): CycleTotals {
  const n = records.length;
  const { credited, converted, reason, convIndex, catBits, scaled } = buffers(slot, n);
  const table = version.table;
  const increment = version.roundingIncrement;
  const mode = version.version.rounding?.mode ?? 'down';
  let roundingChange: Float64Array | null = null;
  // Dates that count: the cycle, unless a look-back or an earning window moves its edges.
  const start = cycle.start;
  const end = through;
  let own = 0;
  let belowEvent = 0;
  for (let i = 0; i < n; i++) {
    const record = records[i]!;
    const amount = recordAmountFast(record);
    scaled[i] = amount;
    const conv = lookupConversionFast(table, record);
    convIndex[i] = conv;
    const completedOn = record.completedOn;
    if (typeof completedOn !== 'string' || completedOn.length !== 10)
      throw new PdRecordError(record.id, 'completedOn', `not a date: ${JSON.stringify(completedOn)}`);
    let code = statusCode(record);
    if (code === COUNTED) {
      if (completedOn < start || completedOn > end) code = R_OUTSIDE;
      else if (completedOn < from) code = R_LOOK_BACK;
      else if (completedOn > asOf && !record.hypothetical) code = R_AFTER;
      else if (skip !== null && skip[i] !== 0) code = skip[i] ?? code;
      else if (conv < 0) code = R_NO_CONVERSION;
    }
    catBits[i] = categoryBits(record, version.categoryIndex);
    if (code !== COUNTED) {
      reason[i] = code;
      continue;
    }
    const compiledConv = table.conversions[conv]!;
    let value = convertAmountFast(compiledConv, amount, record);
    if (value < 0) {
      if (value === BELOW_EVENT_MINIMUM) {
        reason[i] = R_BELOW_EVENT;
        belowEvent++;
      } else reason[i] = R_NO_HOURS;
      continue;
    }
    if (compiledConv.rule.value.kind === 'not_accepted') reason[i] = R_NOT_ACCEPTED;
    if (increment > 0 && value > 0) {
      const rounded = roundTo(value, increment, mode);
      if (rounded !== value) {
        roundingChange ??= new Float64Array(n);
        roundingChange[i] = rounded - value;
        value = rounded;
      }
    }
    converted[i] = value;
    credited[i] = value;
    own += value;
  }
  assertSafe(own, 'cycle total');
  // Minimum per topic (MA): a topic (first category; untagged records share one) counts only
  // once its credited total reaches the minimum. Applied before caps, which then see what counts.
  const topicRemoved: CycleTotals['topicRemoved'] = [];
  if (version.topicMinimum > 0) {
    const byTopic = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if (credited[i]! <= 0) continue;
      const topic = records[i]!.categories?.[0] ?? '';
      byTopic.set(topic, (byTopic.get(topic) ?? 0) + credited[i]!);
    }
    for (let i = 0; i < n; i++) {
      if (credited[i]! <= 0) continue;
      if (byTopic.get(records[i]!.categories?.[0] ?? '')! >= version.topicMinimum) continue;
      topicRemoved.push({ record: i, removed: credited[i]! });
      own -= credited[i]!;
      credited[i] = 0;
    }
  }
  // Caps, in the order the rule set lists them. The earliest records keep their credit; the cap
  // removes from the latest ones (by date, then id) so the result does not depend on input order.
  const capRemoved: CycleTotals['capRemoved'] = [];
  const capBefore: number[] = [];
  version.caps.forEach((cap, c) => {
    const limit = cap.amount ?? (requiredSub * cap.share!.num) / cap.share!.den;
    let sum = 0;
    let matched: number[] | null = null;
    for (let i = 0; i < n; i++) {
      if (credited[i]! > 0 && selectorMatches(cap.selector, records[i]!, catBits[i]!)) {
        sum += credited[i]!;
        (matched ??= []).push(i);
      }
    }
    capBefore.push(sum);
    if (sum <= limit || !matched) return;
    matched.sort((a, b) => compareRecords(records, a, b));
    let allowed = limit;
    for (const i of matched) {
      const keep = Math.min(credited[i]!, allowed);
      allowed -= keep;
      const removed = credited[i]! - keep;
      if (removed > 0) {
        credited[i] = keep;
        own -= removed;
        capRemoved.push({ cap: c, record: i, removed });
      }
    }
  });
  void compiled;
  return {
    count: n,
    version,
    cycle,
    requiredSub,
    credited,
    converted,
    reason,
    convIndex,
    catBits,
    scaled,
    capRemoved,
    capBefore,
    roundingChange,
    topicRemoved,
    ownEarned: own,
    belowEvent,
  };
}

/** Exclusive allocation (NC): a record may be split across categories but not double counted. Max flow. */
function allocateExclusive(
  totals: CycleTotals,
  needs: number[],
  fits: (i: number, j: number) => boolean,
): { earned: number[]; flows: Map<number, number[]> } {
  const m = needs.length;
  const recs: number[] = [];
  for (let i = 0; i < totals.count; i++) {
    if (totals.credited[i]! <= 0) continue;
    for (let j = 0; j < m; j++) {
      if (fits(i, j)) {
        recs.push(i);
        break;
      }
    }
  }
  const n = recs.length;
  // Nodes: 0 source, 1..n records, n+1..n+m categories, n+m+1 sink.
  const size = n + m + 2;
  const sink = size - 1;
  const cap = Array.from({ length: size }, () => new Float64Array(size));
  recs.forEach((i, k) => {
    cap[0]![k + 1] = totals.credited[i]!;
    for (let j = 0; j < m; j++) if (fits(i, j)) cap[k + 1]![n + 1 + j] = totals.credited[i]!;
  });
  for (let j = 0; j < m; j++) cap[n + 1 + j]![sink] = needs[j]!;
  const flow = Array.from({ length: size }, () => new Float64Array(size));
  for (;;) {
    const parent = new Int32Array(size).fill(-1);
    parent[0] = 0;
    const queue = [0];
    while (queue.length && parent[sink] === -1) {
      const u = queue.shift()!;
      for (let v = 0; v < size; v++) {
        if (parent[v] === -1 && cap[u]![v]! - flow[u]![v]! > 0) {
          parent[v] = u;
          queue.push(v);
        }
      }
    }
    if (parent[sink] === -1) break;
    let push = Infinity;
    for (let v = sink; v !== 0; v = parent[v]!) push = Math.min(push, cap[parent[v]!]![v]! - flow[parent[v]!]![v]!);
    for (let v = sink; v !== 0; v = parent[v]!) {
      flow[parent[v]!]![v]! += push;
      flow[v]![parent[v]!]! -= push;
    }
  }
  const earned = needs.map((_, j) => flow[n + 1 + j]![sink]!);
  const flows = new Map<number, number[]>();
  recs.forEach((i, k) =>
    flows.set(
      i,
      needs.map((_, j) => Math.max(0, flow[k + 1]![n + 1 + j]!)),
    ),
  );
  return { earned, flows };
}

/** Carry-out of a cycle: the excess over the requirement, limited to what was earned in the carry-over period and the maximum. */
function carryOutOf(compiled: CompiledRuleSet, totals: CycleTotals, records: readonly PdRecordInput[], earned: number): number {
  const rule = totals.version.version.carryOver;
  if (!rule) return 0;
  const excess = earned - totals.requiredSub;
  if (excess <= 0) return 0;
  const end = totals.cycle.end;
  let from: LocalDate = totals.cycle.start;
  let to: LocalDate = end;
  if (rule.earnedWithin.kind === 'last_years') from = addDays(addYears(end, -rule.earnedWithin.years), 1);
  else if (rule.earnedWithin.kind === 'final_year_dates') {
    from = atMonthDay(yearOf(end), rule.earnedWithin.from);
    to = atMonthDay(yearOf(end), rule.earnedWithin.to);
  }
  let inPeriod = 0;
  for (let i = 0; i < records.length; i++) {
    const d = records[i]!.completedOn;
    if (totals.credited[i]! > 0 && d >= from && d <= to) inPeriod += totals.credited[i]!;
  }
  let out = Math.min(excess, inPeriod);
  if (rule.maxAmount !== undefined) out = Math.min(out, parseScaled(rule.maxAmount) * (compiled.unit / 10_000));
  return out;
}

/** Additional licenses plus endorsements held (per-license increments). */
function extraLicenses(license: LicenseInput): number {
  const n = (license.additionalLicenses ?? 0) + (license.endorsements ?? 0);
  if (!Number.isInteger(n) || n < 0)
    throw new CycleWindowError(
      'additional_licenses',
      `additional licenses and endorsements must be whole numbers >= 0, got ${n}`,
    );
  return n;
}

/** Index of a degree in DEGREE_LEVELS, or -1 when unknown. */
function degreeRank(degree: string | null | undefined): number {
  return degree ? (DEGREE_LEVELS as readonly string[]).indexOf(degree) : -1;
}

function requiredFor(compiled: CompiledRuleSet, version: CompiledVersion, licenseTypeId: string, license: LicenseInput): number {
  const type = version.licenseTypes.get(licenseTypeId)!;
  const l = compiled.unit / 10_000;
  let base = type.required;
  if (type.requiredByDegree) {
    const rank = degreeRank(license.highestDegree);
    for (const entry of type.requiredByDegree) if (rank >= 0 && rank >= degreeRank(entry.degree)) base = entry.required;
  }
  let required = parseScaled(base) * l;
  const extra = extraLicenses(license);
  if (type.perAdditionalLicense && extra) required += parseScaled(type.perAdditionalLicense) * l * extra;
  return required;
}

function resolveLicenseType(version: CompiledVersion, license: LicenseInput): string {
  let id = license.licenseType || version.version.defaultLicenseType;
  if (!version.licenseTypes.has(id)) {
    // The platform stores display names ("Instructional II"); accept a case-insensitive name match.
    const byName = version.version.licenseTypes.find((t) => t.name.toLowerCase() === id.toLowerCase());
    if (byName) id = byName.id;
  }
  if (!version.licenseTypes.has(id)) {
    throw new CycleWindowError(
      'license_type',
      `unknown license type "${id}" (known: ${[...version.licenseTypes.keys()].join(', ')})`,
    );
  }
  return id;
}

/**
 * Which records an earning window past the expiry takes away from this cycle (reason codes per
 * record): overlap PD at the start that the previous license needed, and overlap PD after this
 * cycle's end that this license does not need. Null when nothing falls in either overlap.
 */
function overlapExclusions(
  compiled: CompiledRuleSet,
  version: CompiledVersion,
  licenseTypeId: string,
  cycleYears: number,
  license: LicenseInput,
  cycle: CycleWindow,
  through: LocalDate,
  requiredSub: number,
  records: readonly PdRecordInput[],
  asOf: LocalDate,
): { skip: Uint8Array; lines: string[] } | null {
  const order = (a: number, b: number) => compareRecords(records, a, b);
  let skip: Uint8Array | null = null;
  const lines: string[] = [];
  const prevWindow = withDeadlines(version.version, addYears(cycle.start, -cycleYears), addDays(cycle.start, -1), 'previous');
  const prevVersion = selectVersion(compiled, prevWindow);
  if (prevVersion.version.earningWindow && prevVersion.licenseTypes.has(licenseTypeId)) {
    const prev = withDeadlines(prevVersion.version, prevWindow.start, prevWindow.end, 'previous');
    const before = overlapUsedBy(prev, records, order, () => {
      const required = requiredFor(compiled, prevVersion, licenseTypeId, license);
      const window = countingWindow(prevVersion.version, licenseTypeId, prev);
      return {
        required,
        credited: creditCycle(compiled, prevVersion, prev, required, records, asOf, 2, window.from, window.through).credited,
      };
    });
    if (before) {
      let n = 0;
      for (const i of before.overlap) {
        if (before.used[i] !== 1) continue;
        (skip ??= new Uint8Array(records.length))[i] = R_PREVIOUS;
        n++;
      }
      if (n > 0)
        lines.push(
          `${n} record(s) completed from ${cycle.start} to ${prev.earnUntil} counted for the previous license (${prev.start} to ${prev.end}), which needed them`,
        );
    }
  }
  if (through > cycle.end) {
    const after = overlapUsedBy(cycle, records, order, () => {
      const credited = creditCycle(
        compiled,
        version,
        cycle,
        requiredSub,
        records,
        asOf,
        2,
        countingWindow(version.version, licenseTypeId, cycle).from,
        through,
        skip,
      ).credited;
      return { required: requiredSub, credited };
    });
    if (after) {
      let n = 0;
      for (const i of after.overlap) {
        if (after.used[i] === 1) continue;
        (skip ??= new Uint8Array(records.length))[i] = R_NEXT;
        n++;
      }
      if (n > 0)
        lines.push(`${n} record(s) completed after the ${cycle.end} expiry are not needed here and count for the next license`);
    }
  }
  return skip ? { skip, lines } : null;
}

/**
 * Evaluates one license cycle: the window, required/earned/remaining in the state's unit, required
 * categories, what caps removed, carry-over, the deadline and a status, with explanation lines that
 * add up exactly to `earned`.
 */
export function evaluateRenewal(input: RenewalInput, options: RenewalOptions = {}): RenewalEvaluation {
  const compiled = compileRuleSet(input.ruleSet);
  const explain = options.explain !== false;
  const U = compiled.unit;
  const asOf = input.asOf;
  // The window comes from the version in force at asOf; the cycle is then governed by the version in force for it.
  const probe = versionInForce(compiled, asOf);
  const probeType = resolveLicenseType(probe, input.license);
  const lic = input.license;
  const licKey = `${lic.cycleStart ?? ''}|${lic.cycleEnd ?? ''}|${lic.issuedOn ?? ''}|${lic.birthDate ?? ''}`;
  let cycle = memoWindow(
    `${compiled.ruleSet.id}|${probe.version.version}|${probeType}|${licKey}|${lic.cycleStart && lic.cycleEnd ? '' : asOf}`,
    () => findCycleWindow(probe.version, probe.licenseTypes.get(probeType)!.cycleYears, lic, asOf),
  );
  let version = selectVersion(compiled, cycle);
  const licenseTypeId = resolveLicenseType(version, input.license);
  const licenseType = version.licenseTypes.get(licenseTypeId)!;
  if (version !== probe) {
    const chosen = version;
    cycle = memoWindow(
      `${compiled.ruleSet.id}|${chosen.version.version}|${licenseTypeId}|${licKey}|${lic.cycleStart && lic.cycleEnd ? '' : asOf}`,
      () => findCycleWindow(chosen.version, licenseType.cycleYears, lic, asOf),
    );
  }
  version = selectVersion(compiled, cycle);
  const v = version.version;
  const records = input.records;
  const requiredSub = requiredFor(compiled, version, licenseTypeId, input.license);
  // Most versions have neither a look-back nor an earning window: skip the helper on the hot path.
  const counting =
    v.lookBack || v.earningWindow
      ? countingWindow(v, licenseTypeId, cycle)
      : { from: cycle.start, through: cycle.end, lookBack: null };
  const rulesApplied: RuleLine[] = [];
  // An earning window past the expiry (MT) makes consecutive cycles overlap: PD in the overlap
  // counts for the expiring license as far as it needs it, and otherwise for the next one.
  const overlap = v.earningWindow
    ? overlapExclusions(
        compiled,
        version,
        licenseTypeId,
        licenseType.cycleYears,
        input.license,
        cycle,
        counting.through,
        requiredSub,
        records,
        asOf,
      )
    : null;
  const totals = creditCycle(
    compiled,
    version,
    cycle,
    requiredSub,
    records,
    asOf,
    0,
    counting.from,
    counting.through,
    overlap?.skip ?? null,
  );
  if (counting.lookBack) {
    rulesApplied.push({
      ...applied(
        counting.lookBack,
        `Only PD completed from ${counting.from} counts: the last ${counting.lookBack.years} years of the cycle`,
      ),
      kind: 'look_back',
    });
  }
  if (v.earningWindow && counting.through > cycle.end) {
    rulesApplied.push({
      ...applied(
        v.earningWindow,
        `PD completed through ${counting.through} counts for this license, which expires ${cycle.end}, as far as it needs it`,
      ),
      kind: 'earning_window',
    });
  }
  if (overlap && v.earningWindow) {
    for (const text of overlap.lines) rulesApplied.push({ ...applied(v.earningWindow, text), kind: 'earning_window' });
  }

  if (totals.belowEvent > 0) {
    // One line per conversion rule whose per-event minimum excluded records, in rule order.
    const below = new Map<number, number>();
    for (let i = 0; i < records.length; i++) {
      if (totals.reason[i] === R_BELOW_EVENT)
        below.set(totals.convIndex[i] ?? -1, (below.get(totals.convIndex[i] ?? -1) ?? 0) + 1);
    }
    version.table.conversions.forEach(({ rule }, c) => {
      const n = below.get(c);
      if (!n || !rule.perEvent) return;
      rulesApplied.push({
        ...applied(
          rule,
          `${rule.description}: ${n} record(s) below the minimum of ${rule.perEvent.minimum} at one event add nothing (events are not combined)`,
        ),
        kind: 'event_minimum',
      });
    });
  }

  // Carry-over into this cycle, from the previous cycle's own records (one level back).
  let carryIn = 0;
  let carryInRule: AppliedRule | null = null;
  let previousCycle: CycleWindow | null = null;
  if (input.carryIn !== undefined) {
    const scaledCarry = parseScaled(input.carryIn);
    if (Number.isNaN(scaledCarry))
      throw new PdRecordError('(carry-in)', 'carryIn', `not a decimal: ${JSON.stringify(input.carryIn)}`);
    carryIn = scaledCarry * (U / 10_000);
    if (v.carryOver) carryInRule = applied(v.carryOver, 'amount carried in, as given');
  } else {
    const current = cycle;
    previousCycle = memoWindow(`prev|${compiled.ruleSet.id}|${v.version}|${licenseType.cycleYears}|${current.start}`, () =>
      previousCycleWindow(v, licenseType.cycleYears, current),
    );
    const prevVersion = selectVersion(compiled, previousCycle);
    if (prevVersion.version.carryOver && prevVersion.licenseTypes.has(licenseTypeId)) {
      const prevRequired = requiredFor(compiled, prevVersion, licenseTypeId, input.license);
      const prev = creditCycle(compiled, prevVersion, previousCycle, prevRequired, records, asOf, 1);
      carryIn = carryOutOf(compiled, prev, records, prev.ownEarned);
      carryInRule = applied(
        prevVersion.version.carryOver!,
        `carried in from the cycle ${previousCycle.start} to ${previousCycle.end}`,
      );
    }
  }
  const earnedSub = assertSafe(totals.ownEarned + carryIn, 'earned');
  if (licenseType.perAdditionalLicense) {
    const extraHeld = extraLicenses(input.license);
    if (extraHeld > 0)
      rulesApplied.push({
        ...applied(
          licenseType,
          `${licenseType.name}: ${licenseType.required} + ${licenseType.perAdditionalLicense} x ${extraHeld} additional = ${formatAmountFast(requiredSub, U)}`,
        ),
        kind: 'per_additional_credential',
      });
  }
  const carryOut = carryOutOf(compiled, totals, records, earnedSub);

  // Required categories for this license type and grade band.
  const gradeBand = input.license.gradeBand || v.defaultGradeBand || null;
  let requirements = requirementsFor(version, licenseTypeId, gradeBand, degreeRank(input.license.highestDegree));
  const extra = extraLicenses(input.license);
  // Plain loops, no closures: this runs once per evaluation.
  const categoryNeeds: CategoryNeed[] = [];
  let dropped = false;
  for (const requirement of requirements) {
    const need = categoryNeed(requirement.rule, licenseTypeId, requiredSub, extra, U, parseRationalCached);
    if (need === null) dropped = true;
    else categoryNeeds.push(need);
  }
  if (dropped) {
    // Increment-only requirements with no additional credential held do not apply.
    const kept: CompiledVersion['categoryRequirements'][number][] = [];
    for (const r of requirements)
      if (categoryNeed(r.rule, licenseTypeId, requiredSub, extra, U, parseRationalCached) !== null) kept.push(r);
    requirements = kept;
  }
  const needs: number[] = [];
  for (const n of categoryNeeds) needs.push(n.need);
  let catEarned: number[];
  let flows: Map<number, number[]> | null = null;
  const exclusive = v.categoryAllocation?.mode === 'exclusive';
  if (exclusive && requirements.length > 0) {
    // "any" minimums need at least one sub-unit in the flow.
    const res = allocateExclusive(
      totals,
      needs.map((x) => (x === 0 ? 1 : x)),
      (i, j) => requirementFits(requirements[j]!, records[i]!, totals.catBits[i]!),
    );
    catEarned = res.earned;
    flows = res.flows;
  } else {
    catEarned = requirements.map(({ rule, bit, source }) => {
      let sum = 0;
      for (let i = 0; i < records.length; i++)
        if (totals.credited[i]! > 0 && requirementFits({ rule, bit, source }, records[i]!, totals.catBits[i]!))
          sum += totals.credited[i]!;
      return sum;
    });
  }
  const allRoutesUnmet: AppliedRule[] = [];
  const categories: CategoryResult[] = requirements.map(({ rule }, j) => {
    const met = rule.minimum.kind === 'any' ? catEarned[j]! > 0 : catEarned[j]! >= needs[j]!;
    const out: CategoryResult = {
      id: rule.category,
      label: rule.label,
      minimum: rule.minimum.kind,
      required: formatAmountFast(needs[j]!, U),
      earned: formatAmountFast(catEarned[j]!, U),
      met,
      ruleId: rule.id,
      citation: rule.citation,
    };
    if (rule.uncertain) out.uncertain = rule.uncertain;
    const need = categoryNeeds[j];
    if (need?.basis && need.kind) {
      out.basis = need.basis;
      rulesApplied.push({ ...applied(rule, `${rule.label}: at least ${need.basis}`), kind: need.kind });
    }
    if (rule.allRoutes) {
      out.allRoutes = true;
      // Required on every route: while unmet, no pathway renews.
      if (!met) allRoutesUnmet.push(applied(rule, `${rule.label} (required on every route)`));
    }
    return out;
  });

  // Alternative pathways (their own conversions and requirement; caps and categories do not apply).
  const pathways: PathwayResult[] = [];
  let pathwayMet = false;
  let closest: { id: string; ratio: number } | null = null;
  const mainRatio = requiredSub === 0 ? 1 : earnedSub / requiredSub;
  for (const p of version.pathways) {
    if (p.rule.licenseTypes && !p.rule.licenseTypes.includes(licenseTypeId)) continue;
    let sum = 0;
    const catSums = p.categories.length > 0 ? new Array<number>(p.categories.length).fill(0) : null;
    for (let i = 0; i < records.length; i++) {
      const code = totals.reason[i]!;
      if (
        code !== COUNTED &&
        code !== R_NO_CONVERSION &&
        code !== R_NOT_ACCEPTED &&
        code !== R_NO_HOURS &&
        code !== R_BELOW_EVENT
      )
        continue;
      const conv = lookupConversion(p.table, records[i]!);
      if (conv < 0) continue;
      const value = convertAmount(p.table.conversions[conv]!, totals.scaled[i]!, records[i]!);
      if (value > 0) {
        sum += value;
        const bits = totals.catBits[i] ?? 0;
        if (catSums) p.categories.forEach((c, j) => (bits & c.bit) !== 0 && (catSums[j] = (catSums[j] ?? 0) + value));
      }
    }
    const pathwayCategories: PathwayCategoryResult[] = p.categories.map((c, j) => {
      const earned = catSums?.[j] ?? 0;
      const result: PathwayCategoryResult = {
        id: c.rule.category,
        label: c.rule.label,
        required: formatAmountFast(c.need, p.unit),
        earned: formatAmountFast(earned, p.unit),
        met: c.rule.minimum.kind === 'any' ? earned > 0 : earned >= c.need,
        ruleId: c.rule.id,
        citation: c.rule.citation,
      };
      if (c.rule.uncertain) result.uncertain = c.rule.uncertain;
      return result;
    });
    const blockedBy: AppliedRule[] = [...allRoutesUnmet];
    p.categories.forEach((c, j) => {
      if (pathwayCategories[j]?.met === false) blockedBy.push(applied(c.rule, `${c.rule.label} (this route's minimum)`));
    });
    const amountMet = sum >= p.required;
    const met = amountMet && blockedBy.length === 0;
    if (amountMet && !met) {
      rulesApplied.push({
        ...applied(p.rule, `${p.rule.label}: the amount is met, but not ${blockedBy.map((b) => b.description).join('; ')}`),
        kind: allRoutesUnmet.length > 0 ? 'all_routes' : 'pathway_category',
      });
    }
    pathwayMet ||= met;
    const ratio = p.required === 0 ? 1 : sum / p.required;
    if (!closest || ratio > closest.ratio) closest = { id: p.rule.id, ratio };
    const result: PathwayResult = {
      id: p.rule.id,
      label: p.rule.label,
      unit: p.rule.unit,
      required: formatAmountFast(p.required, p.unit),
      earned: formatAmountFast(sum, p.unit),
      remaining: formatAmountFast(Math.max(0, p.required - sum), p.unit),
      met,
      citation: p.rule.citation,
      categories: pathwayCategories,
      blockedBy,
    };
    if (p.rule.uncertain) result.uncertain = p.rule.uncertain;
    pathways.push(result);
  }
  const closestPathway = pathways.length === 0 ? null : closest && closest.ratio > mainRatio ? closest.id : 'main';

  // Per-year minimums.
  const perYear: PerYearResult[] = [];
  let yearsOk = true;
  if (v.perYearMinimum) {
    const need = parseScaled(v.perYearMinimum.amount) * (U / 10_000);
    let ys = atMonthDay(yearOf(cycle.start), v.perYearMinimum.yearStartMonthDay);
    if (ys > cycle.start) ys = atMonthDay(yearOf(cycle.start) - 1, v.perYearMinimum.yearStartMonthDay);
    for (; ys <= cycle.end && ys <= asOf; ys = addYears(ys, 1)) {
      const ye = addDays(addYears(ys, 1), -1);
      if (v.perYearMinimum.wholeYearsOnly && (ys < cycle.start || ye > cycle.end)) continue;
      let sum = 0;
      for (let i = 0; i < records.length; i++) {
        const d = records[i]!.completedOn;
        if (totals.credited[i]! > 0 && d >= ys && d <= ye) sum += totals.credited[i]!;
      }
      const closed = ye < asOf;
      const met = sum >= need;
      if (closed && !met) yearsOk = false;
      perYear.push({ start: ys, end: ye, required: formatAmountFast(need, U), earned: formatAmountFast(sum, U), met, closed });
    }
  }

  // One-time and must-be-current requirements: any counted record in the category, ever (or recently enough).
  const standingRequirements: StandingResult[] = v.standingRequirements.map((rule) => {
    const bit = version.categoryIndex[rule.category]!;
    let last: LocalDate | null = null;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const code = totals.reason[i]!;
      const countable =
        code === COUNTED ||
        code === R_OUTSIDE ||
        code === R_NO_CONVERSION ||
        code === R_NOT_ACCEPTED ||
        code === R_NO_HOURS ||
        code === R_LOOK_BACK ||
        code === R_NEXT ||
        code === R_PREVIOUS ||
        code === R_BELOW_EVENT;
      if (
        countable &&
        (totals.catBits[i]! & bit) !== 0 &&
        (r.hypothetical || r.completedOn <= asOf) &&
        (last === null || r.completedOn > last)
      )
        last = r.completedOn;
    }
    const met = last !== null && (rule.kind === 'one_time' || last >= addMonths(asOf, -(rule.validMonths ?? 0)));
    return {
      id: rule.id,
      kind: rule.kind,
      category: rule.category,
      label: rule.label,
      met,
      lastCompletedOn: last,
      citation: rule.citation,
    };
  });

  const totalMet = earnedSub >= requiredSub;
  const categoriesMet = categories.every((c) => c.met);
  const standingMet = standingRequirements.every((s) => s.met);
  const complete = (totalMet && categoriesMet && yearsOk && standingMet) || (pathwayMet && standingMet);

  // Status (README "Status rule"): the pace is pro-rated by whole cycle years elapsed (of the
  // look-back window, when only its years count).
  const cycleYears = counting.lookBack ? counting.lookBack.years : licenseType.cycleYears;
  const paceStart = counting.from;
  // Whole cycle years completed by the end of asOf: the k-th year is complete when start + k years <= asOf + 1 day.
  const dayAfter = nextDay(asOf);
  let yearsElapsed = yearOf(dayAfter) - yearOf(paceStart) - (dayAfter.slice(5) < paceStart.slice(5) ? 1 : 0);
  yearsElapsed = Math.max(0, Math.min(cycleYears, yearsElapsed));
  // Rounded up to the smallest sub-unit: 90 hours x 3 / 7 years is not a whole number of
  // sub-units, and the expected pace must be an exact amount that is never understated.
  const paceSub = Math.ceil((requiredSub * yearsElapsed) / cycleYears);
  let status: RenewalStatus;
  if (complete) status = 'complete';
  else if (asOf > cycle.graceEnd) status = 'lapsed';
  else if (asOf > cycle.deadline) status = 'behind';
  else if (earnedSub * 2 < paceSub) status = 'behind';
  else if (earnedSub < paceSub) status = 'at_risk';
  else if ((!categoriesMet || !standingMet) && yearsElapsed >= cycleYears - 1 && daysInclusive(asOf, cycle.deadline) <= 366)
    status = 'at_risk';
  // A closed PD year below its minimum (AR) cannot be made up by later hours.
  else if (!yearsOk) status = 'at_risk';
  else status = 'on_track';

  // Adjustments: what caps and rounding changed, per rule.
  const adjustments: Adjustment[] = [];
  version.caps.forEach((cap, c) => {
    const hits = totals.capRemoved.filter((h) => h.cap === c);
    if (hits.length === 0) return;
    const removed = hits.reduce((s, h) => s + h.removed, 0);
    const limit = cap.amount ?? (requiredSub * cap.share!.num) / cap.share!.den;
    adjustments.push({
      ...applied(
        cap.rule,
        `${cap.rule.label}: at most ${cap.rule.limit.kind === 'share' ? `${shareText(cap.rule.limit.share)} of the requirement` : cap.rule.limit.amount}`,
      ),
      kind: 'cap',
      limit: formatAmountFast(limit, U),
      before: formatAmountFast(totals.capBefore[c]!, U),
      removed: formatAmountFast(removed, U),
      recordIds: hits.map((h) => records[h.record]!.id),
    });
  });
  if (totals.topicRemoved.length > 0 && v.topicMinimum) {
    const removed = totals.topicRemoved.reduce((sum, h) => sum + h.removed, 0);
    adjustments.push({
      ...applied(v.topicMinimum, v.topicMinimum.label ?? `a topic counts only with at least ${v.topicMinimum.amount}`),
      kind: 'topic_minimum',
      limit: formatAmountFast(version.topicMinimum, U),
      before: formatAmountFast(removed, U),
      removed: formatAmountFast(removed, U),
      recordIds: totals.topicRemoved.map((h) => records[h.record]!.id),
    });
  }
  if (totals.roundingChange && v.rounding) {
    let change = 0;
    let before = 0;
    const ids: string[] = [];
    for (let i = 0; i < records.length; i++) {
      const d = totals.roundingChange[i]!;
      if (d !== 0) {
        change += d;
        before += totals.converted[i]! - d;
        ids.push(records[i]!.id);
      }
    }
    adjustments.push({
      ...applied(v.rounding, `each record rounded ${v.rounding.mode.replace('_', ' ')} to a multiple of ${v.rounding.increment}`),
      kind: 'rounding',
      limit: null,
      before: formatAmountFast(before, U),
      removed: formatAmountFast(-change, U),
      recordIds: ids,
    });
  }

  const uncertainMap = new Map<string, AppliedRule>();
  const noteUncertain = (rule: { id: string; citation: Citation; uncertain?: string | undefined }, what: string) => {
    if (rule.uncertain && !uncertainMap.has(rule.id)) uncertainMap.set(rule.id, applied(rule, what));
  };
  noteUncertain(licenseType, `${licenseType.name}: ${licenseType.required} per ${licenseType.cycleYears} years`);
  if (cycle.source !== 'given') noteUncertain(v.cycleWindow, 'cycle window');
  if (v.expiry && cycle.source !== 'given') noteUncertain(v.expiry, 'expiry date');
  if (v.grace) noteUncertain(v.grace, 'grace period');
  if (v.carryOver) noteUncertain(v.carryOver, 'carry-over');
  if (v.topicMinimum) noteUncertain(v.topicMinimum, 'minimum per topic');
  if (counting.lookBack) noteUncertain(counting.lookBack, 'look-back window');
  if (v.earningWindow) noteUncertain(v.earningWindow, 'earning window after expiry');
  for (const line of rulesApplied)
    if (line.uncertain) noteUncertain({ id: line.ruleId, citation: line.citation, uncertain: line.uncertain }, line.description);
  for (const r of requirements) noteUncertain(r.rule, r.rule.label);
  for (let i = 0; i < records.length; i++) {
    if (totals.convIndex[i]! >= 0 && totals.reason[i] === COUNTED) {
      const rule = version.table.conversions[totals.convIndex[i]!]!.rule;
      noteUncertain(rule, rule.description);
    }
  }
  for (const a of adjustments)
    if (a.uncertain)
      uncertainMap.set(a.ruleId, { ruleId: a.ruleId, description: a.description, citation: a.citation, uncertain: a.uncertain });

  // Explanation: one line per record (date, then id order), plus the carry-in; the printed credits add up to `earned`.
  let explanation: ExplanationLine[] = [];
  let earnedText: string;
  if (explain) {
    const order = records.map((_, i) => i).sort((a, b) => compareRecords(records, a, b));
    const parts = order.map((i) => totals.credited[i]!);
    if (carryIn > 0) parts.push(carryIn);
    const formatted = formatAmountGroup(parts, U);
    earnedText = formatted.total;
    const categoryIds = requirements.map((r) => r.rule.category);
    explanation = order.map((i, k) =>
      explainRecord(version, totals, records, i, formatted.parts[k]!, U, categoryIds, flows, counting.lookBack, cycle.end),
    );
    if (carryIn > 0) {
      explanation.push({
        kind: 'carry_in',
        recordId: null,
        title: previousCycle ? `Carry-over from ${previousCycle.start} to ${previousCycle.end}` : 'Carry-over (given)',
        completedOn: null,
        activityType: null,
        recorded: null,
        counted: true,
        reason: null,
        reasonText: null,
        conversion: null,
        converted: formatted.parts[parts.length - 1]!,
        adjustments: carryInRule ? [{ ...carryInRule, kind: 'carry_over', change: formatted.parts[parts.length - 1]! }] : [],
        credited: formatted.parts[parts.length - 1]!,
        categories: [],
      });
    }
  } else {
    earnedText = formatAmountFast(earnedSub, U);
  }

  return {
    educatorId: input.educatorId ?? null,
    ruleSetId: compiled.ruleSet.id,
    ruleSetVersion: v.version,
    versionEffectiveFrom: v.effectiveFrom,
    unit: v.unit,
    licenseType: { id: licenseType.id, name: licenseType.name },
    gradeBand,
    cycle,
    asOf,
    required: formatAmountFast(requiredSub, U),
    earned: earnedText,
    remaining: remainingText(requiredSub, earnedSub, earnedText, U),
    carryIn: formatAmountFast(carryIn, U),
    carryOut: formatAmountFast(carryOut, U),
    paceExpected: formatAmountFast(paceSub, U),
    status,
    categories,
    adjustments,
    pathways,
    closestPathway,
    perYear,
    standingRequirements,
    uncertain: [...uncertainMap.values()],
    countedFrom: counting.from,
    countedThrough: counting.through,
    rulesApplied,
    notChecked: notCheckedFor(version, licenseTypeId),
    explanation,
  };
}

/** The version's not-checked notes that apply to this license type, as shown with the result. */
function notCheckedFor(version: CompiledVersion, licenseTypeId: string): AppliedRule[] {
  if (version.notChecked.length === 0) return [];
  return version.notChecked
    .filter((n) => !n.licenseTypes || n.licenseTypes.includes(licenseTypeId))
    .map((n) => applied(n, n.text));
}

/** Whether a credited record counts toward a required category: tagged, any record, or from the rule's source. */
function requirementFits(req: CompiledVersion['categoryRequirements'][number], record: PdRecordInput, catBits: number): boolean {
  if (req.rule.countsAnyRecord) return true;
  if (req.source) return selectorMatches(req.source, record, catBits);
  return (catBits & req.bit) !== 0;
}

const requirementMemo = new WeakMap<CompiledVersion, Map<string, CompiledVersion['categoryRequirements']>>();
function requirementsFor(
  version: CompiledVersion,
  licenseTypeId: string,
  gradeBand: string | null,
  degree = -1,
): CompiledVersion['categoryRequirements'] {
  let byKey = requirementMemo.get(version);
  if (!byKey) requirementMemo.set(version, (byKey = new Map()));
  const key = `${licenseTypeId}|${gradeBand ?? ''}|${degree}`;
  let list = byKey.get(key);
  if (!list) {
    list = version.categoryRequirements.filter(
      ({ rule }) =>
        (!rule.licenseTypes || rule.licenseTypes.includes(licenseTypeId)) &&
        (!rule.gradeBands || (gradeBand !== null && rule.gradeBands.includes(gradeBand))) &&
        (!rule.onlyBelowDegree || degree < 0 || degree < degreeRank(rule.onlyBelowDegree)),
    );
    byKey.set(key, list);
  }
  return list;
}

let lastDay = '';
let lastNext = '';
function nextDay(date: LocalDate): LocalDate {
  if (date !== lastDay) {
    lastDay = date;
    lastNext = addDays(date, 1);
  }
  return lastNext;
}

// Cycle windows repeat across educators (same dates, same rules); memoise the date arithmetic.
const windowMemo = new Map<string, CycleWindow>();
function memoWindow(key: string, make: () => CycleWindow): CycleWindow {
  let w = windowMemo.get(key);
  if (!w) {
    if (windowMemo.size > 50_000) windowMemo.clear();
    w = make();
    windowMemo.set(key, w);
  }
  return w;
}

function remainingText(requiredSub: number, earnedSub: number, _earnedText: string, U: number): string {
  // The remaining amount is computed exactly; required is a terminating decimal, so printing
  // required - earned agrees with the printed figures (see exact-amount.ts).
  return formatAmount(Math.max(0, requiredSub - earnedSub), U);
}

const rationalCache = new Map<string, { num: number; den: number }>();
function parseRationalCached(text: string): { num: number; den: number } {
  let r = rationalCache.get(text);
  if (!r) {
    const [n, d] = text.includes('/') ? text.split('/').map(Number) : [parseScaled(text), 10_000];
    r = { num: n!, den: d! };
    rationalCache.set(text, r);
  }
  return r;
}

function shareText(share: string): string {
  const r = parseRationalCached(share);
  const percent = (r.num * 100) / r.den;
  return Number.isInteger(percent) ? `${percent}%` : share;
}

function explainRecord(
  version: CompiledVersion,
  totals: CycleTotals,
  records: readonly PdRecordInput[],
  i: number,
  creditedText: string,
  U: number,
  categoryIds: string[],
  flows: Map<number, number[]> | null,
  lookBack: CompiledVersion['version']['lookBack'] | null,
  cycleEnd: LocalDate,
): ExplanationLine {
  const r = records[i]!;
  const code = totals.reason[i]!;
  const convIndex = totals.convIndex[i]!;
  const conv = convIndex >= 0 ? version.table.conversions[convIndex]! : null;
  const counted = code === COUNTED;
  const reason = code === COUNTED ? null : exclusionOf(code);
  const adjustments: ExplanationLine['adjustments'] = [];
  if (totals.roundingChange && totals.roundingChange[i] && version.version.rounding) {
    const rounding = version.version.rounding;
    adjustments.push({
      ...applied(rounding, `rounded ${rounding.mode.replace('_', ' ')} to a multiple of ${rounding.increment}`),
      kind: 'rounding',
      change: formatAmount(totals.roundingChange[i]!, U),
    });
  }
  for (const hit of totals.topicRemoved) {
    if (hit.record !== i || !version.version.topicMinimum) continue;
    const rule = version.version.topicMinimum;
    adjustments.push({
      ...applied(rule, rule.label ?? `a topic counts only with at least ${rule.amount}`),
      kind: 'topic_minimum',
      change: `-${formatAmount(hit.removed, U)}`,
    });
  }
  for (const hit of totals.capRemoved) {
    if (hit.record !== i) continue;
    const cap = version.caps[hit.cap]!;
    adjustments.push({ ...applied(cap.rule, cap.rule.label), kind: 'cap', change: `-${formatAmount(hit.removed, U)}` });
  }
  const line: ExplanationLine = {
    kind: 'record',
    recordId: r.id,
    title: r.title ?? null,
    completedOn: r.completedOn,
    activityType: r.activityType,
    recorded: { amount: r.amount, unit: r.unit },
    counted,
    reason,
    reasonText: reason ? EXCLUSION_TEXT[reason] : null,
    conversion:
      conv && (code === COUNTED || code === R_NOT_ACCEPTED || code === R_NO_HOURS || code === R_BELOW_EVENT)
        ? { ...applied(conv.rule, conv.rule.description), arithmetic: describeConversion(conv) }
        : null,
    converted: formatAmount(totals.converted[i]!, U),
    adjustments,
    credited: creditedText,
    categories: [...(r.categories ?? [])],
  };
  const window = version.version.earningWindow;
  if (code === R_LOOK_BACK && lookBack) line.rule = applied(lookBack, `only the last ${lookBack.years} years of the cycle count`);
  else if (code === R_PREVIOUS && window) line.rule = applied(window, 'PD after an expiry counts for the expiring license first');
  else if (code === R_NEXT && window)
    line.rule = applied(window, 'PD after the expiry counts here only as far as this license needs it');
  else if (code === R_BELOW_EVENT && conv?.rule.perEvent)
    line.rule = applied(conv.rule, `at least ${conv.rule.perEvent.minimum} at one event`);
  else if (code === COUNTED && window && r.completedOn > cycleEnd)
    line.rule = applied(window, `counted after the ${cycleEnd} expiry: PD through ${window.throughMonthDay} (month-day) counts`);
  const flow = flows?.get(i);
  if (flow)
    line.allocation = flow
      .map((amount, j) => ({ category: categoryIds[j]!, amount: formatAmount(amount, U) }))
      .filter((a) => a.amount !== '0');
  if (r.hypothetical) line.hypothetical = true;
  return line;
}

/** What-if: the same evaluation with hypothetical records added (counted as approved, marked in the explanation). */
export function evaluateRenewalWhatIf(
  input: RenewalInput,
  hypothetical: readonly PdRecordInput[],
  options: RenewalOptions = {},
): { baseline: RenewalEvaluation; withHypothetical: RenewalEvaluation } {
  const baseline = evaluateRenewal(input, options);
  const withHypothetical = evaluateRenewal(
    { ...input, records: [...input.records, ...hypothetical.map((r) => ({ ...r, hypothetical: true }))] },
    options,
  );
  return { baseline, withHypothetical };
}
