// The rules shown beside the figures: rules beyond conversion that shaped the result (look-back,
// earning window, per-event and per-credential minimums), rules whose facts are uncertain, and
// the state's requirements PD Ledger does not check.
import type { CompiledConversion } from '../conversion-table';
import { formatAmount } from '../exact-amount';
import type { CompiledVersion } from '../rule-set-compiler';
import type { Citation } from '../rule-set.schema';
import type { CycleTotals } from './conversion';
import type { EvaluationContext } from './evaluation-context';
import * as codes from './record-codes';
import { extraLicenses } from './required-amount';
import { applied, type Adjustment, type AppliedRule, type RuleLine } from './renewal-types';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const { COUNTED, R_BELOW_EVENT } = codes;
const appliedFast = applied;

/** Lines for a look-back, an earning window past the expiry, and what the overlap with a neighbouring cycle decided. */
export function noteCountingRules(
  rulesApplied: RuleLine[],
  ctx: EvaluationContext,
  overlapLines: readonly string[] | null,
): void {
  const { cycle, counting } = ctx;
  const v = ctx.version.version;
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
  if (overlapLines && v.earningWindow) {
    for (const text of overlapLines) rulesApplied.push({ ...applied(v.earningWindow, text), kind: 'earning_window' });
  }
}

/** One line per conversion rule whose per-event minimum excluded records, in rule order. */
export function noteEventMinimums(rulesApplied: RuleLine[], ctx: EvaluationContext, totals: CycleTotals): void {
  const { version, records } = ctx;
  const below = new Map<number, number>();
  for (let i = 0; i < records.length; i++) {
    if (totals.reason[i] === R_BELOW_EVENT) below.set(totals.convIndex[i] ?? -1, (below.get(totals.convIndex[i] ?? -1) ?? 0) + 1);
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

/** The requirement raised per additional license or endorsement held, with its arithmetic. */
export function notePerCredential(rulesApplied: RuleLine[], ctx: EvaluationContext): void {
  const { licenseType, license, requiredSub, U } = ctx;
  if (!licenseType.perAdditionalLicense) return;
  const extraHeld = extraLicenses(license);
  if (extraHeld > 0)
    rulesApplied.push({
      ...applied(
        licenseType,
        `${licenseType.name}: ${licenseType.required} + ${licenseType.perAdditionalLicense} x ${extraHeld} additional = ${formatAmount(requiredSub, U)}`,
      ),
      kind: 'per_additional_credential',
    });
}

type UncertainSource = { id: string; citation: Citation; uncertain?: string | undefined };

// A module-level function, not a closure per evaluation, and the description is only built for a
// rule that is uncertain: most rules are not, and this runs once per evaluation.
// The rules met are kept in a plain array (a handful per evaluation; cheaper than a Map).
function noteUncertain(list: AppliedRule[], rule: UncertainSource, what: string): void {
  for (let i = 0; i < list.length; i++) if (list[i]!.ruleId === rule.id) return;
  list.push(appliedFast(rule, what));
}

// Whether any of a table's conversions is uncertain, decided once per compiled table: most are
// not, and then the records need not be walked.
const uncertainConversions = new WeakMap<readonly CompiledConversion[], boolean>();
function anyUncertainConversion(conversions: readonly CompiledConversion[]): boolean {
  let any = uncertainConversions.get(conversions);
  if (any === undefined) {
    any = conversions.some((c) => c.rule.uncertain !== undefined);
    uncertainConversions.set(conversions, any);
  }
  return any;
}

/** Rules used in this evaluation whose facts are uncertain, each once, in the order met. */
export function uncertainRules(
  ctx: EvaluationContext,
  rulesApplied: readonly RuleLine[],
  requirements: CompiledVersion['categoryRequirements'],
  adjustments: readonly Adjustment[],
  totals: CycleTotals,
): AppliedRule[] {
  const { version, licenseType, cycle, counting, records } = ctx;
  const v = version.version;
  const uncertain: AppliedRule[] = [];
  if (licenseType.uncertain)
    noteUncertain(uncertain, licenseType, `${licenseType.name}: ${licenseType.required} per ${licenseType.cycleYears} years`);
  if (cycle.source !== 'given' && v.cycleWindow.uncertain) noteUncertain(uncertain, v.cycleWindow, 'cycle window');
  if (v.expiry?.uncertain && cycle.source !== 'given') noteUncertain(uncertain, v.expiry, 'expiry date');
  if (v.grace?.uncertain) noteUncertain(uncertain, v.grace, 'grace period');
  if (v.carryOver?.uncertain) noteUncertain(uncertain, v.carryOver, 'carry-over');
  if (v.topicMinimum?.uncertain) noteUncertain(uncertain, v.topicMinimum, 'minimum per topic');
  if (counting.lookBack?.uncertain) noteUncertain(uncertain, counting.lookBack, 'look-back window');
  if (v.earningWindow?.uncertain) noteUncertain(uncertain, v.earningWindow, 'earning window after expiry');
  for (const line of rulesApplied)
    if (line.uncertain)
      noteUncertain(uncertain, { id: line.ruleId, citation: line.citation, uncertain: line.uncertain }, line.description);
  for (const r of requirements) if (r.rule.uncertain) noteUncertain(uncertain, r.rule, r.rule.label);
  const convIndex = totals.convIndex;
  const reason = totals.reason;
  const conversions = version.table.conversions;
  const walk = anyUncertainConversion(conversions);
  for (let i = 0; walk && i < records.length; i++) {
    if (convIndex[i]! >= 0 && reason[i] === COUNTED) {
      const rule = conversions[convIndex[i]!]!.rule;
      if (rule.uncertain) noteUncertain(uncertain, rule, rule.description);
    }
  }
  for (const a of adjustments) {
    if (!a.uncertain) continue;
    // An adjustment's line replaces the rule's earlier line in place (as Map.set would).
    const line = { ruleId: a.ruleId, description: a.description, citation: a.citation, uncertain: a.uncertain };
    const at = uncertain.findIndex((u) => u.ruleId === a.ruleId);
    if (at >= 0) uncertain[at] = line;
    else uncertain.push(line);
  }
  return uncertain;
}

/** The version's not-checked notes that apply to this license type, as shown with the result. */
export function notCheckedFor(version: CompiledVersion, licenseTypeId: string): AppliedRule[] {
  if (version.notChecked.length === 0) return [];
  return version.notChecked
    .filter((n) => !n.licenseTypes || n.licenseTypes.includes(licenseTypeId))
    .map((n) => applied(n, n.text));
}
