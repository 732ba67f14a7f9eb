import {
  getRuleSetPreset,
  rulesOf,
  RULE_SET_PRESET_IDS,
  type Citation,
  type ConversionRule,
  type RuleSet,
  type RuleSetVersion,
} from '@pd-ledger/credit-rules';
import { toCitation } from '../domain/evaluation-mappers';
import {
  PresetRuleModel,
  PresetSourceModel,
  RulePresetModel,
  RulePresetSummaryModel,
  RulePresetVersionModel,
} from '../domain/evaluation.models';

// Rule presets in words for HR: every rule with what it applies to, its value, its citation and
// whether the fact is uncertain. Built once per preset (presets are immutable data).

const words = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => id.replace(/_/g, ' ')).join(', ');

function matchText(match: ConversionRule['match']): string {
  const parts: string[] = [];
  if (match.units) parts.push(`units: ${words(match.units)}`);
  if (match.activityTypes) parts.push(`activities: ${words(match.activityTypes)}`);
  if (match.levels) parts.push(`levels: ${words(match.levels)}`);
  if (match.inDistrict !== undefined) parts.push(match.inDistrict ? 'in-district PD only' : 'not in-district PD');
  return parts.length > 0 ? parts.join('; ') : 'any record';
}

function valueText(value: ConversionRule['value'], unitName: string): string {
  switch (value.kind) {
    case 'factor':
      return `amount x ${value.factor} ${unitName}`;
    case 'per_record':
      return `${value.amount} ${unitName} per record`;
    case 'catalog_hours':
      return `catalog stated hours x ${value.factor}`;
    case 'bands':
      return value.bands.map((band) => `${band.min} or more = ${band.amount}`).join('; ');
    case 'not_accepted':
      return 'not accepted';
  }
}

function rule(
  kind: string,
  r: { id: string; citation: RuleSetVersion['conversions'][number]['citation']; uncertain?: string | undefined },
  label: string,
  detail: string,
): PresetRuleModel {
  return { id: r.id, kind, label, detail, citation: toCitation(r.citation), uncertain: r.uncertain ?? null };
}

function versionView(v: RuleSetVersion): RulePresetVersionModel {
  const unit = v.unit.name;
  const other: PresetRuleModel[] = [
    rule(
      'cycle_window',
      v.cycleWindow,
      'Cycle window',
      `Starts: ${v.cycleWindow.kind.replace(/_/g, ' ')}${'startMonthDay' in v.cycleWindow ? ` (${v.cycleWindow.startMonthDay})` : ''}`,
    ),
  ];
  if (v.expiry)
    other.push(rule('expiry', v.expiry, 'Expiry', `Expires on ${v.expiry.monthDay} (month-day) on or after the natural end`));
  if (v.deadline) other.push(rule('deadline', v.deadline, 'Deadline', `${v.deadline.daysBeforeEnd} days before the cycle end`));
  if (v.grace)
    other.push(
      rule(
        'grace',
        v.grace,
        'Grace period',
        `${v.grace.kind.replace(/_/g, ' ')}${v.grace.months ? `: ${v.grace.months} months` : ''}${v.grace.lapsesOnMonthDay ? `; lapses on ${v.grace.lapsesOnMonthDay}` : ''}`,
      ),
    );
  if (v.carryOver) {
    const within = v.carryOver.earnedWithin;
    const when =
      within.kind === 'last_years'
        ? `earned in the last ${within.years} years`
        : within.kind === 'final_year_dates'
          ? `earned ${within.from} to ${within.to} of the final year`
          : 'earned in the cycle';
    other.push(
      rule(
        'carry_over',
        v.carryOver,
        'Carry-over',
        `${v.carryOver.maxAmount ? `Up to ${v.carryOver.maxAmount} ${unit}` : 'Excess'} ${when}`,
      ),
    );
  }
  if (v.rounding)
    other.push(
      rule('rounding', v.rounding, 'Rounding', `Each record ${v.rounding.mode.replace('_', ' ')} to ${v.rounding.increment}`),
    );
  if (v.lookBack)
    other.push(
      rule(
        'look_back',
        v.lookBack,
        'Look-back',
        `Only PD of the last ${v.lookBack.years} years of the cycle counts${v.lookBack.licenseTypes ? ` (license types: ${words(v.lookBack.licenseTypes)})` : ''}`,
      ),
    );
  if (v.earningWindow)
    other.push(
      rule(
        'earning_window',
        v.earningWindow,
        'Earning window',
        `PD counts through ${v.earningWindow.throughMonthDay} (month-day) after the expiry, for the expiring license as far as it needs it`,
      ),
    );
  for (const p of v.pathways) {
    const areas = p.categoryRequirements
      .map((c) => `${c.label} ${c.minimum.kind === 'amount' ? `at least ${c.minimum.amount}` : '(some)'}`)
      .join('; ');
    other.push(rule('pathway', p, p.label, `${p.required} ${p.unit.name}${areas ? `, including ${areas}` : ''}`));
  }
  if (v.perYearMinimum)
    other.push(
      rule(
        'per_year_minimum',
        v.perYearMinimum,
        'Per-year minimum',
        `${v.perYearMinimum.amount} ${unit} each year from ${v.perYearMinimum.yearStartMonthDay}`,
      ),
    );
  for (const s of v.standingRequirements)
    other.push(
      rule(
        'standing',
        s,
        s.label,
        `${s.kind === 'one_time' ? 'Once' : 'Must be current'}: ${s.category.replace(/_/g, ' ')}${s.validMonths ? `, valid ${s.validMonths} months` : ''}`,
      ),
    );
  for (const n of v.notes) if (!n.notChecked) other.push(rule('note', n, 'Note', n.text));
  return {
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    summary: v.summary,
    unitId: v.unit.id,
    unitName: unit,
    defaultLicenseType: v.defaultLicenseType,
    licenseTypes: v.licenseTypes.map((t) => ({
      id: t.id,
      name: t.name,
      required: t.required,
      cycleYears: t.cycleYears,
      citation: toCitation(t.citation),
      uncertain: t.uncertain ?? null,
    })),
    conversions: v.conversions.map((c) =>
      rule('conversion', c, c.description, `${matchText(c.match)}: ${valueText(c.value, unit)}${perEventText(c.perEvent)}`),
    ),
    caps: v.caps.map((c) => {
      const applies = [
        c.appliesTo.activityTypes && `activities: ${words(c.appliesTo.activityTypes)}`,
        c.appliesTo.categories && `categories: ${words(c.appliesTo.categories)}`,
        c.appliesTo.units && `units: ${words(c.appliesTo.units)}`,
        c.appliesTo.levels && `levels: ${words(c.appliesTo.levels)}`,
      ]
        .filter(Boolean)
        .join('; ');
      const limit =
        c.limit.kind === 'amount' ? `at most ${c.limit.amount} ${unit}` : `at most ${c.limit.share} of the requirement`;
      return rule('cap', c, c.label, `${applies}: ${limit}`);
    }),
    categories: v.categoryRequirements.map((c) => {
      const min = minimumText(c, unit);
      const scope = [
        c.licenseTypes && `license types: ${words(c.licenseTypes)}`,
        c.gradeBands && `grade bands: ${words(c.gradeBands)}`,
        c.allRoutes && 'required on every route, pathways included',
      ]
        .filter(Boolean)
        .join('; ');
      return rule('category', c, c.label, `${c.category.replace(/_/g, ' ')}: ${min}${scope ? ` (${scope})` : ''}`);
    }),
    otherRules: other,
    notChecked: v.notes
      .filter((n) => n.notChecked)
      .map((n) =>
        rule(
          'not_checked',
          n,
          'Not checked by PD Ledger',
          `${n.text}${n.licenseTypes ? ` (license types: ${words(n.licenseTypes)})` : ''}`,
        ),
      ),
    unverifiedSources: unverifiedSources(v),
  };
}

function perEventText(perEvent: ConversionRule['perEvent']): string {
  if (!perEvent) return '';
  return `; each record is one event: at least ${perEvent.minimum}${perEvent.step ? `, counted in whole steps of ${perEvent.step}` : ''}, events not combined`;
}

function minimumText(c: RuleSetVersion['categoryRequirements'][number], unit: string): string {
  const m = c.minimum;
  if (m.kind === 'amount')
    return `at least ${m.amount} ${unit}${c.perAdditionalLicense ? ` + ${c.perAdditionalLicense} per additional license or endorsement` : ''}`;
  if (m.kind === 'share') return `at least ${m.share} of the requirement`;
  if (m.kind === 'any') return 'some PD required (no amount named)';
  return `by license type: ${m.amounts.map((a) => `${a.licenseType.replace(/_/g, ' ')} ${a.amount}${a.perAdditionalLicense ? ` + ${a.perAdditionalLicense} per additional` : ''}`).join('; ')} ${unit}`;
}

/** Cited pages of a version that were not confirmed (unconfirmed or never checked), with the rules citing each. */
function unverifiedSources(v: RuleSetVersion): PresetSourceModel[] {
  const byUrl = new Map<string, PresetSourceModel>();
  for (const r of rulesOf(v)) {
    const citation = toCitation(r.citation as Citation);
    if (citation.checkStatus === 'confirmed') continue;
    let source = byUrl.get(citation.url);
    if (!source)
      byUrl.set(
        citation.url,
        (source = {
          url: citation.url,
          checkStatus: citation.checkStatus,
          checkedOn: citation.checkedOn,
          checkNote: citation.checkNote,
          ruleIds: [],
        }),
      );
    if (!source.ruleIds.includes(r.id)) source.ruleIds.push(r.id);
  }
  return [...byUrl.values()];
}

function countUncertain(v: RulePresetVersionModel): number {
  return [...v.licenseTypes, ...v.conversions, ...v.caps, ...v.categories, ...v.otherRules].filter((r) => r.uncertain).length;
}

const views = new Map<string, RulePresetModel>();

export function rulePresetView(id: string): RulePresetModel | null {
  if (!(RULE_SET_PRESET_IDS as readonly string[]).includes(id)) return null;
  let view = views.get(id);
  if (!view) {
    const ruleSet: RuleSet = getRuleSetPreset(id);
    view = {
      id: ruleSet.id,
      jurisdiction: ruleSet.jurisdiction,
      name: ruleSet.name,
      versionSelection: ruleSet.versionSelection,
      versions: ruleSet.versions.map(versionView),
    };
    views.set(id, view);
  }
  return view;
}

export function rulePresetSummaries(): RulePresetSummaryModel[] {
  return RULE_SET_PRESET_IDS.map((id) => {
    const view = rulePresetView(id)!;
    const latest = view.versions[view.versions.length - 1]!;
    return {
      id: view.id,
      jurisdiction: view.jurisdiction,
      name: view.name,
      unitName: latest.unitName,
      versionCount: view.versions.length,
      latestEffectiveFrom: latest.effectiveFrom,
      uncertainCount: countUncertain(latest),
      notCheckedCount: latest.notChecked.length,
      unverifiedSourceCount: latest.unverifiedSources.length,
    };
  });
}
