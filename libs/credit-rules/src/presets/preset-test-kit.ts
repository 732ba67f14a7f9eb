// Shared test kit for the preset spec files (one per state, named after it): a record builder and
// a case runner that checks a hand-worked case against the evaluator. Every case names the source it
// was worked out from; the runner also checks that the explanation lines add up exactly to `earned`.
import { evaluateRenewal, type RenewalEvaluation, type RenewalInput } from '../lib/renewal-evaluator';
import type { PdRecordInput } from '../lib/pd-record';
import { getRuleSetPreset } from './rule-set-presets';

/** A record builder whose ids start with `prefix` and count up (r('2021-01-10', 'workshop', '5', 'clock_hour')). */
export function recordBuilder(prefix: string) {
  let seq = 0;
  return (
    completedOn: string,
    activityType: PdRecordInput['activityType'],
    amount: string,
    unit: PdRecordInput['unit'],
    extra: Partial<PdRecordInput> = {},
  ): PdRecordInput => ({
    id: `${prefix}${String(++seq).padStart(3, '0')}`,
    completedOn,
    activityType,
    amount,
    unit,
    ...extra,
  });
}

/** A case worked out by hand from a cited source; only the expectations given are checked. */
export interface PresetCase {
  name: string;
  /** Where the figures come from (regulation, state page), as in the preset's citation. */
  source: string;
  preset: string;
  license: RenewalInput['license'];
  asOf: string;
  records: PdRecordInput[];
  expect: {
    earned: string;
    required?: string;
    remaining?: string;
    status?: string;
    version?: string;
    cycle?: [string, string];
    carryIn?: string;
    carryOut?: string;
    /** [category id, required, earned, met] */
    categories?: Array<[string, string, string, boolean]>;
    /** [pathway id, required, earned, met] */
    pathways?: Array<[string, string, string, boolean]>;
    closestPathway?: string | null;
    /** [cap rule id, removed] */
    removed?: Array<[string, string]>;
    /** [adjustment kind, rule id, removed] */
    adjustments?: Array<[string, string, string]>;
    /** [PD year start, earned, met] */
    perYear?: Array<[string, string, boolean]>;
    /** [standing requirement id, met] */
    standing?: Array<[string, boolean]>;
    /** Rule ids that must be reported as uncertain. */
    uncertain?: string[];
    /** [recorded unit, exclusion reason] of each record that adds nothing, in date order. */
    excluded?: Array<[string, string]>;
    /** [kind, rule id] of each rule line, in order. */
    rulesApplied?: Array<[string, string]>;
    /** Rule ids listed as not checked by PD Ledger. */
    notChecked?: string[];
    /** [first, last] completion dates that count. */
    counted?: [string, string];
  };
  /** Further checks beyond the table's fields. */
  also?: (result: RenewalEvaluation) => void;
}

/** Evaluates a case and checks every expectation it gives. */
export function checkPresetCase(c: PresetCase): RenewalEvaluation {
  const r = evaluateRenewal({ ruleSet: getRuleSetPreset(c.preset), license: c.license, records: c.records, asOf: c.asOf });
  const e = c.expect;
  expect(r.earned).toBe(e.earned);
  if (e.required !== undefined) expect(r.required).toBe(e.required);
  if (e.remaining !== undefined) expect(r.remaining).toBe(e.remaining);
  if (e.status !== undefined) expect(r.status).toBe(e.status);
  if (e.version !== undefined) expect(r.ruleSetVersion).toBe(e.version);
  if (e.cycle) expect([r.cycle.start, r.cycle.end]).toEqual(e.cycle);
  if (e.carryIn !== undefined) expect(r.carryIn).toBe(e.carryIn);
  if (e.carryOut !== undefined) expect(r.carryOut).toBe(e.carryOut);
  if (e.categories) expect(r.categories.map((x) => [x.id, x.required, x.earned, x.met])).toEqual(e.categories);
  if (e.pathways) expect(r.pathways.map((p) => [p.id, p.required, p.earned, p.met])).toEqual(e.pathways);
  if (e.closestPathway !== undefined) expect(r.closestPathway).toBe(e.closestPathway);
  if (e.removed) expect(r.adjustments.filter((a) => a.kind === 'cap').map((a) => [a.ruleId, a.removed])).toEqual(e.removed);
  if (e.adjustments) expect(r.adjustments.map((a) => [a.kind, a.ruleId, a.removed])).toEqual(e.adjustments);
  if (e.perYear) expect(r.perYear.map((y) => [y.start, y.earned, y.met])).toEqual(e.perYear);
  if (e.standing) expect(r.standingRequirements.map((s) => [s.id, s.met])).toEqual(e.standing);
  if (e.uncertain) expect(r.uncertain.map((u) => u.ruleId)).toEqual(expect.arrayContaining(e.uncertain));
  if (e.excluded)
    expect(r.explanation.filter((l) => l.reason !== null).map((l) => [l.recorded?.unit, l.reason])).toEqual(e.excluded);
  if (e.rulesApplied) expect(r.rulesApplied.map((l) => [l.kind, l.ruleId])).toEqual(e.rulesApplied);
  if (e.notChecked) expect(r.notChecked.map((n) => n.ruleId)).toEqual(e.notChecked);
  if (e.counted) expect([r.countedFrom, r.countedThrough]).toEqual(e.counted);
  // The explanation lines add up exactly to `earned`.
  const sum = r.explanation.reduce((a, l) => a + Math.round(Number(l.credited) * 10_000), 0);
  expect(sum).toBe(Math.round(Number(r.earned) * 10_000));
  c.also?.(r);
  return r;
}

/** Registers a state's hand-worked cases as one table-driven test. */
export function runPresetCases(title: string, cases: readonly PresetCase[]): void {
  describe(title, () => {
    it.each(cases)('$name ($source)', (c) => {
      checkPresetCase(c);
    });
  });
}
