import { paPreset } from '../presets/pa.preset';
import { parseRuleSet, RuleDataValidationError, type RuleSetInput } from './rule-set.schema';
import { parseSalarySchedule } from './salary-schedule.schema';
import { maplewoodSalarySchedule } from '../salary-schedules/maplewood.salary-schedule';

function broken(mutate: (r: RuleSetInput & Record<string, unknown>) => void): RuleSetInput {
  const copy = JSON.parse(JSON.stringify(paPreset)) as RuleSetInput & Record<string, unknown>;
  mutate(copy);
  return copy;
}

function issuesOf(data: unknown, parse: (d: unknown) => unknown = parseRuleSet): string[] {
  try {
    parse(data);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleDataValidationError);
    return (error as RuleDataValidationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected a validation error');
}

describe('rule-set schema', () => {
  it.each([
    ['a non-decimal required amount', (r: RuleSetInput) => { r.versions[0]!.licenseTypes[0]!.required = '-5'; }, 'versions[0].licenseTypes[0].required'],
    ['a missing citation', (r: RuleSetInput) => { delete (r.versions[1]!.conversions[1] as Partial<typeof r.versions[0]['conversions'][0]>).citation; }, 'versions[1].conversions[1].citation'],
    ['a bad citation URL', (r: RuleSetInput) => { r.versions[0]!.conversions[0]!.citation.url = 'not a url'; }, 'versions[0].conversions[0].citation.url'],
    ['an unknown record unit', (r: RuleSetInput) => { (r.versions[0]!.conversions[0]!.match as { units: string[] }).units = ['furlong']; }, 'versions[0].conversions[0].match.units[0]'],
    ['a share above 1', (r: RuleSetInput) => { r.versions[0]!.caps = [{ id: 'x', label: 'x', appliesTo: { activityTypes: ['mentoring'] }, limit: { kind: 'share', share: '1.5' }, citation: { url: 'https://example.org', text: 'x' } }]; }, 'versions[0].caps[0].limit.share'],
    ['an unknown default license type', (r: RuleSetInput) => { r.versions[0]!.defaultLicenseType = 'nope'; }, 'versions[0].defaultLicenseType'],
    ['versions out of order', (r: RuleSetInput) => { r.versions[1]!.effectiveFrom = '1999-01-01'; }, 'versions[1].effectiveFrom'],
    ['an impossible date', (r: RuleSetInput) => { r.versions[0]!.effectiveFrom = '2021-02-30'; }, 'versions[0].effectiveFrom'],
    ['a cycle of 13 years', (r: RuleSetInput) => { r.versions[0]!.licenseTypes[0]!.cycleYears = 13; }, 'versions[0].licenseTypes[0].cycleYears'],
    ['an unknown field', (r: RuleSetInput) => { (r.versions[0] as Record<string, unknown>)['extra'] = 1; }, 'versions[0]'],
  ])('rejects %s with the path of the bad field', (_name, mutate, path) => {
    const issues = issuesOf(broken(mutate as (r: RuleSetInput) => void));
    expect(issues.some((i) => i.startsWith(`${path}:`))).toBe(true);
  });

  it('accepts the PA preset and fills defaults', () => {
    const r = parseRuleSet(paPreset);
    expect(r.versionSelection).toBe('cycle_end');
    expect(r.versions[0]!.caps).toEqual([]);
  });

  it('rejects a salary schedule missing a lane in a contract year, naming the path', () => {
    const copy = JSON.parse(JSON.stringify(maplewoodSalarySchedule)) as { contractYears: Array<{ salaries: Record<string, number[]> }> };
    delete copy.contractYears[1]!.salaries['MA+15'];
    expect(issuesOf(copy, parseSalarySchedule)).toContain('contractYears[1].salaries.MA+15: missing lane');
  });
});
