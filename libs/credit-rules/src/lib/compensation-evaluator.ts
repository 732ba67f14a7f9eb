// Compensation for micro-credentials under a district's salary schedule: stipends, count-based
// increases, equivalencies from named sets plus electives, and per-credential base increases.
// Everything is integer cents. The budget year is the contract year containing `asOf`; each rule
// reports what it adds to the lane salary in that year (stipends paid for credentials completed in
// it; permanent increases in force on `asOf`, as full-year amounts) with explanation lines whose
// cents add up to the rule's figure.
import {
  basisPointsOf,
  isCompensableMicroCredential,
  matchesCatalogRef,
  type CompensationRule,
  type NamedSet,
} from './compensation.schema';
import { contractYearFor, contractYearOf, type LaneEducatorInput } from './lane-evaluator';
import type { LocalDate } from './local-date';
import { PdRecordError, type PdRecordInput } from './pd-record';
import type { Citation } from './rule-set.schema';
import { parseSalarySchedule, type SalarySchedule, type SalaryScheduleInput } from './salary-schedule.schema';

export interface CompensationInput {
  schedule: SalarySchedule | SalaryScheduleInput;
  educator: LaneEducatorInput;
  records: readonly PdRecordInput[];
  asOf: LocalDate;
}

export interface CompensationCredential {
  recordId: string;
  completedOn: LocalDate;
  contractYear: number;
  /** The catalog item's name (or its achievement id when the catalog gives no name). */
  name: string;
  /** Named sets the credential belongs to. */
  sets: string[];
  hypothetical?: true;
}

export interface CompensationLine {
  text: string;
  recordIds: string[];
  /** What this line adds to the rule's budget-year figure (0 for lines that only explain). */
  cents: number;
}

export interface CompensationNext {
  /** Credentials still needed for the next pay change under this rule. */
  credentialsNeeded: number;
  cents: number;
  /** True for a permanent increase (a year), false for a one-off stipend. */
  recurring: boolean;
  text: string;
}

export interface CompensationRuleResult {
  ruleId: string;
  kind: CompensationRule['kind'];
  label: string;
  citation: Citation;
  uncertain?: string;
  /** What the rule adds to the lane salary in the budget year (the sum of the lines' cents). */
  budgetYearCents: number;
  lines: CompensationLine[];
  next: CompensationNext | null;
}

export interface CompensationEvaluation {
  educatorId: string | null;
  scheduleId: string;
  budgetYear: { year: number; start: LocalDate; end: LocalDate };
  /** The lane salary the percentages apply to: the educator's lane and step in the budget year. */
  baseSalaryCents: number;
  definition: { ruleId: string; description: string; citation: Citation; uncertain?: string };
  credentials: CompensationCredential[];
  excluded: Array<{ recordId: string; reason: string }>;
  rules: CompensationRuleResult[];
  stipendsCents: number;
  increasesCents: number;
  totalCents: number;
  /** The nearest pay change: fewest credentials needed, then the larger amount. */
  nextPayChange: (CompensationNext & { ruleId: string; label: string }) | null;
}

const cache = new WeakMap<object, SalarySchedule>();
function load(input: SalarySchedule | SalaryScheduleInput): SalarySchedule {
  let s = cache.get(input);
  if (!s) {
    s = parseSalarySchedule(input);
    cache.set(input, s);
  }
  return s;
}

/** "$1,234.56" from integer cents. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

function formatBasisPoints(bp: number): string {
  return `${Math.floor(bp / 100)}${bp % 100 ? `.${String(bp % 100).padStart(2, '0')}` : ''}%`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function credentialKey(r: PdRecordInput): string {
  return r.catalogItemId ? `item:${r.catalogItemId}` : `achievement:${r.achievementId}`;
}

function byDateThenId(a: PdRecordInput, b: PdRecordInput): number {
  return a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function ruleHeader(rule: CompensationRule) {
  const out: Omit<CompensationRuleResult, 'budgetYearCents' | 'lines' | 'next'> = {
    ruleId: rule.id,
    kind: rule.kind,
    label: rule.label,
    citation: rule.citation,
  };
  if (rule.uncertain) out.uncertain = rule.uncertain;
  return out;
}

function ids(list: readonly CompensationCredential[]): string[] {
  return list.map((c) => c.recordId);
}

function names(list: readonly CompensationCredential[]): string {
  return list.map((c) => c.name).join(', ');
}

/**
 * What the educator's micro-credentials are worth in pay under the schedule's compensation rules,
 * or null when the schedule has none.
 */
export function evaluateCompensation(input: CompensationInput): CompensationEvaluation | null {
  const s = load(input.schedule);
  const c = s.compensation;
  if (!c) return null;
  const { educator, asOf } = input;
  const laneIndex = s.lanes.findIndex((lane) => lane.id === educator.lane);
  if (laneIndex < 0) throw new PdRecordError(educator.id ?? '(educator)', 'lane', `unknown lane "${educator.lane}"`);
  const cy = contractYearFor(s, asOf);
  const budgetYear = contractYearOf(s, asOf);
  const salaryAt = (lane: string, step: number): number => {
    const row = cy.salaries[lane]!;
    return row[Math.max(1, Math.min(step, row.length)) - 1]!;
  };
  const baseSalaryCents = salaryAt(educator.lane, educator.step);
  const setsById = new Map<string, NamedSet>(c.sets.map((set) => [set.id, set]));

  // The credentials: counted records, each catalog entry once, in date order.
  const credentials: CompensationCredential[] = [];
  const pending: CompensationCredential[] = [];
  const excluded: CompensationEvaluation['excluded'] = [];
  const seen = new Map<string, string>();
  const sorted = [...input.records].sort(byDateThenId);
  for (const r of sorted) {
    if (!isCompensableMicroCredential(c, r)) continue;
    const status = r.hypothetical ? 'approved' : (r.status ?? 'approved');
    const credential: CompensationCredential = {
      recordId: r.id,
      completedOn: r.completedOn,
      contractYear: contractYearOf(s, r.completedOn),
      name: r.catalogItemName ?? r.achievementId ?? r.catalogItemId ?? r.id,
      sets: c.sets.filter((set) => set.members.some((ref) => matchesCatalogRef(r, ref))).map((set) => set.id),
    };
    if (r.hypothetical) credential.hypothetical = true;
    let reason: string | null = null;
    if (status === 'submitted') {
      pending.push(credential);
      reason = 'submitted: pays only once approved';
    } else if (status === 'rejected') reason = 'rejected records do not count';
    else if (status === 'voided') reason = 'voided by the district: it no longer counts';
    else if (r.completedOn > asOf && !r.hypothetical) reason = 'completed after the evaluation date';
    else if (seen.has(credentialKey(r))) reason = `the same micro-credential as record ${seen.get(credentialKey(r))} counts once`;
    if (reason) {
      excluded.push({ recordId: r.id, reason });
      continue;
    }
    seen.set(credentialKey(r), r.id);
    credentials.push(credential);
  }

  // Rules in list order; a credential used by a rule is unavailable to the rules it may not combine with.
  const usedBy = new Map<string, Set<string>>();
  const results: CompensationRuleResult[] = [];
  for (const rule of c.rules) {
    const blocking = c.rules.filter(
      (other) =>
        other.id !== rule.id &&
        ((rule.notCombinableWith ?? []).includes(other.id) || (other.notCombinableWith ?? []).includes(rule.id)) &&
        usedBy.has(other.id),
    );
    const lines: CompensationLine[] = [];
    const blocked = new Set<string>();
    for (const other of blocking) {
      const taken = credentials.filter((cr) => usedBy.get(other.id)!.has(cr.recordId));
      taken.forEach((cr) => blocked.add(cr.recordId));
      if (taken.length)
        lines.push({
          text: `Not combinable with ${other.label}: ${plural(taken.length, 'micro-credential')} already paid there (${names(taken)}).`,
          recordIds: ids(taken),
          cents: 0,
        });
    }
    const available = credentials.filter((cr) => !blocked.has(cr.recordId));
    const used = new Set<string>();
    let next: CompensationNext | null = null;

    if (rule.kind === 'stipend') {
      const thisYear = available.filter((cr) => cr.contractYear === budgetYear);
      let paidCount = 0;
      let paidCents = 0;
      const paid: CompensationCredential[] = [];
      const over: CompensationCredential[] = [];
      for (const cr of thisYear) {
        const room =
          rule.maxCentsPerYear === undefined ? rule.amountCents : Math.min(rule.amountCents, rule.maxCentsPerYear - paidCents);
        if ((rule.maxPerYear !== undefined && paidCount >= rule.maxPerYear) || room <= 0) {
          over.push(cr);
          continue;
        }
        paid.push(cr);
        paidCount++;
        paidCents += room;
      }
      // Earlier years' stipends were paid then; the credentials still count as used by the stipend.
      for (const cr of available) if (cr.contractYear !== budgetYear) used.add(cr.recordId);
      paid.forEach((cr) => used.add(cr.recordId));
      const limits = [
        rule.maxPerYear !== undefined ? `at most ${rule.maxPerYear} a year` : null,
        rule.maxCentsPerYear !== undefined ? `at most ${formatCents(rule.maxCentsPerYear)} a year` : null,
      ]
        .filter(Boolean)
        .join(', ');
      if (paid.length)
        lines.push({
          text: `${rule.label}: ${formatCents(rule.amountCents)} for each micro-credential completed in contract year ${budgetYear}-${String((budgetYear + 1) % 100).padStart(2, '0')}${limits ? ` (${limits})` : ''}: ${plural(paid.length, 'micro-credential')} (${names(paid)}) = ${formatCents(paidCents)}.`,
          recordIds: ids(paid),
          cents: paidCents,
        });
      else
        lines.push({
          text: `${rule.label}: no micro-credential completed in contract year ${budgetYear} yet.`,
          recordIds: [],
          cents: 0,
        });
      if (over.length)
        lines.push({
          text: `Over the yearly limit (${limits}), not paid: ${names(over)}.`,
          recordIds: ids(over),
          cents: 0,
        });
      const room =
        rule.maxPerYear !== undefined && paidCount >= rule.maxPerYear
          ? 0
          : rule.maxCentsPerYear === undefined
            ? rule.amountCents
            : Math.max(0, Math.min(rule.amountCents, rule.maxCentsPerYear - paidCents));
      next =
        room > 0
          ? {
              credentialsNeeded: 1,
              cents: room,
              recurring: false,
              text: `1 more micro-credential this contract year: +${formatCents(room)} (stipend${rule.maxPerYear !== undefined ? `, ${paidCount} of ${rule.maxPerYear} paid so far` : ''})`,
            }
          : {
              credentialsNeeded: 1,
              cents: rule.amountCents,
              recurring: false,
              text: `The yearly limit is reached; the next micro-credential pays ${formatCents(rule.amountCents)} from contract year ${budgetYear + 1}`,
            };
      results.push({ ...ruleHeader(rule), budgetYearCents: paidCents, lines, next });
    } else if (rule.kind === 'count_step') {
      // Years with fewer than the minimum do not count; the budget year counts once it reaches it.
      const byYear = new Map<number, CompensationCredential[]>();
      for (const cr of available) byYear.set(cr.contractYear, [...(byYear.get(cr.contractYear) ?? []), cr]);
      const counted: CompensationCredential[] = [];
      let thisYearShort = 0;
      for (const [year, list] of [...byYear.entries()].sort((a, b) => a[0] - b[0])) {
        if (rule.minPerYear && list.length < rule.minPerYear.count) {
          if (year === budgetYear) thisYearShort = list.length;
          lines.push({
            text:
              year === budgetYear
                ? `Contract year ${year}: ${plural(list.length, 'micro-credential')} so far; they count once the year reaches the minimum of ${rule.minPerYear.count} (${names(list)}).`
                : `Contract year ${year}: ${plural(list.length, 'micro-credential')}, fewer than the minimum of ${rule.minPerYear.count} a year: not counted (${names(list)}).`,
            recordIds: ids(list),
            cents: 0,
          });
          continue;
        }
        counted.push(...list);
      }
      counted.forEach((cr) => used.add(cr.recordId));
      let increase = 0;
      let reached = 0;
      rule.steps.forEach((step, k) => {
        if (counted.length < step.count) return;
        reached = k + 1;
        const cents =
          step.basisPoints !== undefined ? basisPointsOf(baseSalaryCents, step.basisPoints, rule.rounding) : step.amountCents!;
        increase += cents;
        const basis =
          step.basisPoints !== undefined
            ? `+${formatBasisPoints(step.basisPoints)} of the lane salary ${formatCents(baseSalaryCents)} (rounded ${rule.rounding === 'down' ? 'down' : 'half up'} to the cent)`
            : `+${formatCents(step.amountCents!)}`;
        lines.push({
          text: `${rule.label}, step ${k + 1}: ${step.count} micro-credentials reached (${names(counted.slice(k ? rule.steps[k - 1]!.count : 0, step.count))}): ${basis} = ${formatCents(cents)} a year.`,
          recordIds: ids(counted.slice(k ? rule.steps[k - 1]!.count : 0, step.count)),
          cents,
        });
      });
      if (reached === 0)
        lines.push({
          text: `${rule.label}: ${plural(counted.length, 'micro-credential')} counted of the ${rule.steps[0]!.count} the first step needs.`,
          recordIds: ids(counted),
          cents: 0,
        });
      const step = rule.steps[reached];
      if (step) {
        const cents =
          step.basisPoints !== undefined ? basisPointsOf(baseSalaryCents, step.basisPoints, rule.rounding) : step.amountCents!;
        let needed = step.count - counted.length;
        // Credentials earned this contract year count only once the year reaches the minimum.
        if (rule.minPerYear && thisYearShort > 0)
          needed = Math.max(step.count - counted.length - thisYearShort, rule.minPerYear.count - thisYearShort);
        else if (rule.minPerYear && thisYearShort === 0 && !byYear.has(budgetYear))
          needed = Math.max(needed, rule.minPerYear.count);
        next = {
          credentialsNeeded: needed,
          cents,
          recurring: true,
          text: `${plural(needed, 'more micro-credential')} to step ${reached + 1} of ${rule.label}: +${formatCents(cents)} a year${rule.minPerYear ? ` (at least ${rule.minPerYear.count} in a contract year)` : ''}`,
        };
      }
      results.push({ ...ruleHeader(rule), budgetYearCents: increase, lines, next });
    } else if (rule.kind === 'equivalency') {
      const grantedIndex = rule.grantsLane ? s.lanes.findIndex((lane) => lane.id === rule.grantsLane) : -1;
      const cents = rule.grantsLane ? Math.max(0, salaryAt(rule.grantsLane, educator.step) - baseSalaryCents) : rule.amountCents!;
      if (rule.grantsLane && laneIndex >= grantedIndex) {
        lines.push({
          text: `${rule.label}: already paid in lane ${educator.lane}, at or above ${rule.grantsLane}.`,
          recordIds: [],
          cents: 0,
        });
        results.push({ ...ruleHeader(rule), budgetYearCents: 0, lines, next: null });
        continue;
      }
      const assigned = new Set<string>();
      const missing: Array<{ set: NamedSet; count: number }> = [];
      for (const req of rule.required) {
        const set = setsById.get(req.set)!;
        const members = available.filter((cr) => !assigned.has(cr.recordId) && cr.sets.includes(req.set)).slice(0, req.count);
        members.forEach((cr) => assigned.add(cr.recordId));
        lines.push({
          text: `${rule.label}: ${members.length} of ${req.count} from "${set.name}"${members.length ? ` (${names(members)})` : ''}.`,
          recordIds: ids(members),
          cents: 0,
        });
        if (members.length < req.count) missing.push({ set, count: req.count - members.length });
      }
      const electives = available.filter((cr) => !assigned.has(cr.recordId)).slice(0, rule.electives);
      electives.forEach((cr) => assigned.add(cr.recordId));
      if (rule.electives > 0)
        lines.push({
          text: `${rule.label}: ${electives.length} of ${rule.electives} electives${electives.length ? ` (${names(electives)})` : ''}.`,
          recordIds: ids(electives),
          cents: 0,
        });
      const electivesMissing = rule.electives - electives.length;
      const met = missing.length === 0 && electivesMissing === 0;
      assigned.forEach((id) => used.add(id));
      const what = rule.grantsLane
        ? `pay in lane ${rule.grantsLane} (${formatCents(salaryAt(rule.grantsLane, educator.step))} at step ${educator.step})`
        : `${formatCents(cents)} a year`;
      if (met)
        lines.push({
          text: `${rule.label} met: ${what}, ${formatCents(cents)} a year more than lane ${educator.lane}.`,
          recordIds: [...assigned],
          cents,
        });
      else {
        const parts = [
          ...missing.map((m) => `${plural(m.count, `more ${m.set.name} credential`)}`),
          ...(electivesMissing > 0 ? [plural(electivesMissing, 'more elective')] : []),
        ];
        const needed = missing.reduce((a, m) => a + m.count, 0) + Math.max(0, electivesMissing);
        next = {
          credentialsNeeded: needed,
          cents,
          recurring: true,
          text: `${parts.join(' and ')} to ${rule.label}: +${formatCents(cents)} a year`,
        };
      }
      results.push({ ...ruleHeader(rule), budgetYearCents: met ? cents : 0, lines, next });
    } else {
      const perYear = new Map<number, number>();
      const paid: CompensationCredential[] = [];
      const over: CompensationCredential[] = [];
      for (const cr of available) {
        const n = perYear.get(cr.contractYear) ?? 0;
        if (rule.maxPerYear !== undefined && n >= rule.maxPerYear) {
          over.push(cr);
          continue;
        }
        perYear.set(cr.contractYear, n + 1);
        paid.push(cr);
        used.add(cr.recordId);
      }
      for (const cr of paid)
        lines.push({
          text: `${rule.label}: ${cr.name} (${cr.completedOn}, accepted after review by ${rule.review}) = +${formatCents(rule.amountCents)} a year.`,
          recordIds: [cr.recordId],
          cents: rule.amountCents,
        });
      if (over.length)
        lines.push({
          text: `Over the yearly limit of ${rule.maxPerYear}, not paid: ${names(over)}.`,
          recordIds: ids(over),
          cents: 0,
        });
      if (pending.length)
        lines.push({
          text: `Awaiting review by ${rule.review}: ${names(pending)}.`,
          recordIds: ids(pending),
          cents: 0,
        });
      const full = rule.maxPerYear !== undefined && (perYear.get(budgetYear) ?? 0) >= rule.maxPerYear;
      next = {
        credentialsNeeded: 1,
        cents: rule.amountCents,
        recurring: true,
        text: full
          ? `The yearly limit is reached; the next micro-credential accepted by ${rule.review} adds +${formatCents(rule.amountCents)} a year from contract year ${budgetYear + 1}`
          : `Each micro-credential accepted by ${rule.review}: +${formatCents(rule.amountCents)} a year`,
      };
      results.push({ ...ruleHeader(rule), budgetYearCents: paid.length * rule.amountCents, lines, next });
    }
    usedBy.set(rule.id, used);
  }

  const stipendsCents = results.filter((r) => r.kind === 'stipend').reduce((a, r) => a + r.budgetYearCents, 0);
  const increasesCents = results.filter((r) => r.kind !== 'stipend').reduce((a, r) => a + r.budgetYearCents, 0);
  let nextPayChange: CompensationEvaluation['nextPayChange'] = null;
  for (const r of results) {
    if (!r.next || r.next.cents <= 0) continue;
    if (
      !nextPayChange ||
      r.next.credentialsNeeded < nextPayChange.credentialsNeeded ||
      (r.next.credentialsNeeded === nextPayChange.credentialsNeeded && r.next.cents > nextPayChange.cents)
    )
      nextPayChange = { ...r.next, ruleId: r.ruleId, label: r.label };
  }
  const definition: CompensationEvaluation['definition'] = {
    ruleId: c.microCredentials.id,
    description: c.microCredentials.description,
    citation: c.microCredentials.citation,
  };
  if (c.microCredentials.uncertain) definition.uncertain = c.microCredentials.uncertain;
  return {
    educatorId: educator.id ?? null,
    scheduleId: s.id,
    budgetYear:
      cy.year === budgetYear
        ? { year: budgetYear, start: cy.start, end: cy.end }
        : {
            year: budgetYear,
            start: `${budgetYear}-${cy.start.slice(5)}`,
            end: `${budgetYear + Number(cy.end.slice(0, 4)) - Number(cy.start.slice(0, 4))}-${cy.end.slice(5)}`,
          },
    baseSalaryCents,
    definition,
    credentials,
    excluded,
    rules: results,
    stipendsCents,
    increasesCents,
    totalCents: stipendsCents + increasesCents,
    nextPayChange,
  };
}

/** One line saying what a compensation rule pays, for schedule screens ("$200.00 per micro-credential, at most 8 a year"). */
export function describeCompensationRule(rule: CompensationRule, sets: readonly NamedSet[] = []): string {
  const perYear = (count?: number, cents?: number) =>
    [count !== undefined ? `at most ${count} a year` : null, cents !== undefined ? `at most ${formatCents(cents)} a year` : null]
      .filter(Boolean)
      .join(', ');
  const also = rule.notCombinableWith?.length ? `; not combinable with ${rule.notCombinableWith.join(', ')}` : '';
  switch (rule.kind) {
    case 'stipend': {
      const limit = perYear(rule.maxPerYear, rule.maxCentsPerYear);
      return `${formatCents(rule.amountCents)} stipend per micro-credential${limit ? `, ${limit}` : ''}${also}`;
    }
    case 'count_step': {
      const steps = rule.steps
        .map(
          (s) => `${s.count} = +${s.basisPoints !== undefined ? formatBasisPoints(s.basisPoints) : formatCents(s.amountCents!)}`,
        )
        .join(', ');
      return `Permanent increase by count: ${steps} (percentages of the lane salary, rounded ${rule.rounding === 'down' ? 'down' : 'half up'} to the cent)${rule.minPerYear ? `; at least ${rule.minPerYear.count} a year` : ''}${also}`;
    }
    case 'equivalency': {
      const required = rule.required
        .map((r) => `${r.count} from "${sets.find((s) => s.id === r.set)?.name ?? r.set}"`)
        .join(' + ');
      const grants = rule.grantsLane ? `pay in lane ${rule.grantsLane}` : `+${formatCents(rule.amountCents!)} a year`;
      return `${required}${rule.electives ? ` + ${rule.electives} electives` : ''} = ${grants}${also}`;
    }
    case 'base_increase':
      return `+${formatCents(rule.amountCents)} a year on base salary per micro-credential accepted by ${rule.review}${rule.maxPerYear !== undefined ? `, at most ${rule.maxPerYear} a year` : ''}${also}`;
  }
}
