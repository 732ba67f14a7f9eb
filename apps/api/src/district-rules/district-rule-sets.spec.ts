import { compileRuleSet, getRuleSetPreset, selectVersion } from '@pd-ledger/credit-rules';
import { buildDistrictRuleSet, districtRuleSet, type DistrictRuleOverride } from './district-rule-sets';

const override = (change: Partial<DistrictRuleOverride>): DistrictRuleOverride => ({
  id: '00000000-0000-4000-8000-000000000001',
  presetId: 'ri',
  kind: 'EXTRA_REQUIRED',
  amount: '30',
  category: null,
  activityType: null,
  label: 'District PD',
  basis: 'Board policy 1',
  policyUrl: null,
  effectiveFrom: '2026-07-01',
  endsOn: null,
  ...change,
});

const requiredAt = (ruleSet: ReturnType<typeof buildDistrictRuleSet>['ruleSet'], end: string) => {
  const version = selectVersion(compileRuleSet(ruleSet), { start: '2000-01-01', end }).version;
  return version.licenseTypes.find((t) => t.id === version.defaultLicenseType)!.required;
};

describe('district rule sets', () => {
  const ri = getRuleSetPreset('ri');

  it('derives versions from the preset version in force at each date, and keeps the earlier versions (RI phase-in 75 -> 100)', () => {
    const built = buildDistrictRuleSet(ri, [override({})]);
    const base = ri.versions.map((v) => v.effectiveFrom);
    expect(built.ruleSet.versions.map((v) => v.effectiveFrom)).toEqual([...base, '2026-07-01'].sort());
    // RI: 80 PLUs for cycles ending in 2026, 85 in 2027 ... 100 from 2030; the district adds 30 from 2026-07-01.
    expect(requiredAt(built.ruleSet, '2026-06-30')).toBe('80');
    expect(requiredAt(built.ruleSet, '2026-07-01')).toBe('110');
    expect(requiredAt(built.ruleSet, '2027-06-30')).toBe('115');
    expect(requiredAt(built.ruleSet, '2031-06-30')).toBe('130');
    const derived = built.ruleSet.versions.find((v) => v.effectiveFrom === '2026-07-01')!;
    expect(derived.version).toBe(`${ri.versions.find((v) => v.effectiveFrom === '2026-01-01')!.version}+district-2026-07-01`);
    expect(built.overridesOf(derived.version).map((o) => o.id)).toEqual([override({}).id]);
    expect(built.overridesOf(ri.versions[0]!.version)).toEqual([]);
    expect(derived.notes.at(-1)).toMatchObject({
      citation: {
        url: 'urn:pd-ledger:district-rule-override:00000000-0000-4000-8000-000000000001',
        text: 'Board policy 1',
        section: 'District policy',
      },
    });
  });

  it('stops at the end date and never applies before the first preset version', () => {
    const first = ri.versions[0]!.effectiveFrom;
    const built = buildDistrictRuleSet(ri, [override({ effectiveFrom: '2001-01-01', endsOn: '2002-01-01' })]);
    const plainFirst = ri.versions[0]!.licenseTypes.find((t) => t.id === ri.versions[0]!.defaultLicenseType)!.required;
    expect(first > '2002-01-01').toBe(true);
    expect(requiredAt(built.ruleSet, '2000-12-31')).toBe(plainFirst);
    expect(requiredAt(built.ruleSet, '2001-06-30')).toBe(String(Number(plainFirst) + 30));
    expect(requiredAt(built.ruleSet, '2002-01-01')).toBe(plainFirst);
  });

  it('leaves other states alone and caches by content', () => {
    expect(districtRuleSet('pa', [override({})])!.ruleSet).toBe(getRuleSetPreset('pa'));
    expect(districtRuleSet('ri', [override({})])).toBe(districtRuleSet('ri', [override({})]));
    expect(districtRuleSet('zz', [])).toBeNull();
  });
});
