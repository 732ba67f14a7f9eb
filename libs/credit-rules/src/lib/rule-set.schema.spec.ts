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
    [
      'a non-decimal required amount',
      (r: RuleSetInput) => {
        r.versions[0]!.licenseTypes[0]!.required = '-5';
      },
      'versions[0].licenseTypes[0].required',
    ],
    [
      'a missing citation',
      (r: RuleSetInput) => {
        delete (r.versions[1]!.conversions[1] as Partial<(typeof r.versions)[0]['conversions'][0]>).citation;
      },
      'versions[1].conversions[1].citation',
    ],
    [
      'a bad citation URL',
      (r: RuleSetInput) => {
        r.versions[0]!.conversions[0]!.citation.url = 'not a url';
      },
      'versions[0].conversions[0].citation.url',
    ],
    [
      'an unknown record unit',
      (r: RuleSetInput) => {
        (r.versions[0]!.conversions[0]!.match as { units: string[] }).units = ['furlong'];
      },
      'versions[0].conversions[0].match.units[0]',
    ],
    [
      'a share above 1',
      (r: RuleSetInput) => {
        r.versions[0]!.caps = [
          {
            id: 'x',
            label: 'x',
            appliesTo: { activityTypes: ['mentoring'] },
            limit: { kind: 'share', share: '1.5' },
            citation: { url: 'https://example.org', text: 'x' },
          },
        ];
      },
      'versions[0].caps[0].limit.share',
    ],
    [
      'an unknown default license type',
      (r: RuleSetInput) => {
        r.versions[0]!.defaultLicenseType = 'nope';
      },
      'versions[0].defaultLicenseType',
    ],
    [
      'versions out of order',
      (r: RuleSetInput) => {
        r.versions[1]!.effectiveFrom = '1999-01-01';
      },
      'versions[1].effectiveFrom',
    ],
    [
      'an impossible date',
      (r: RuleSetInput) => {
        r.versions[0]!.effectiveFrom = '2021-02-30';
      },
      'versions[0].effectiveFrom',
    ],
    [
      'a cycle of 13 years',
      (r: RuleSetInput) => {
        r.versions[0]!.licenseTypes[0]!.cycleYears = 13;
      },
      'versions[0].licenseTypes[0].cycleYears',
    ],
    [
      'an unknown field',
      (r: RuleSetInput) => {
        (r.versions[0] as Record<string, unknown>)['extra'] = 1;
      },
      'versions[0]',
    ],
    // The rules of the look-back, earning-window, per-event, per-level and route-minimum model.
    [
      'a look-back as long as the cycle',
      (r: RuleSetInput) => {
        r.versions[0]!.lookBack = { id: 'lb', years: 5, citation: { url: 'https://example.org', text: 'x' } };
      },
      'versions[0].lookBack.years',
    ],
    [
      'a look-back naming an unknown license type',
      (r: RuleSetInput) => {
        r.versions[0]!.lookBack = {
          id: 'lb',
          years: 2,
          licenseTypes: ['nope'],
          citation: { url: 'https://example.org', text: 'x' },
        };
      },
      'versions[0].lookBack.licenseTypes[0]',
    ],
    [
      'an earning window with a bad month-day',
      (r: RuleSetInput) => {
        r.versions[0]!.earningWindow = {
          id: 'ew',
          throughMonthDay: '02-30',
          citation: { url: 'https://example.org', text: 'x' },
        };
      },
      'versions[0].earningWindow.throughMonthDay',
    ],
    [
      'a per-event minimum of 0',
      (r: RuleSetInput) => {
        (r.versions[0]!.conversions[0] as Record<string, unknown>)['perEvent'] = { minimum: '0' };
      },
      'versions[0].conversions[0].perEvent.minimum',
    ],
    [
      'a per-event minimum on a per-record conversion',
      (r: RuleSetInput) => {
        r.versions[0]!.conversions[0] = {
          id: 'pr',
          description: 'x',
          match: {},
          value: { kind: 'per_record', amount: '5' },
          perEvent: { minimum: '15' },
          citation: { url: 'https://example.org', text: 'x' },
        };
      },
      'versions[0].conversions[0].perEvent',
    ],
    [
      'a per-level minimum for an unknown license type',
      (r: RuleSetInput) => {
        r.versions[0]!.categoryRequirements = [
          {
            id: 'c',
            category: 'literacy',
            label: 'x',
            minimum: { kind: 'by_license_type', amounts: [{ licenseType: 'nope', amount: '5' }] },
            citation: { url: 'https://example.org', text: 'x' },
          },
        ];
      },
      'versions[0].categoryRequirements[0].minimum.amounts[0].licenseType',
    ],
    [
      'a per-level minimum listing a license type twice',
      (r: RuleSetInput) => {
        r.versions[0]!.categoryRequirements = [
          {
            id: 'c',
            category: 'literacy',
            label: 'x',
            minimum: {
              kind: 'by_license_type',
              amounts: [
                { licenseType: 'instructional_i', amount: '5' },
                { licenseType: 'instructional_i', amount: '6' },
              ],
            },
            citation: { url: 'https://example.org', text: 'x' },
          },
        ];
      },
      'versions[0].categoryRequirements[0].minimum.amounts[1].licenseType',
    ],
    [
      'a pathway category with a share minimum',
      (r: RuleSetInput) => {
        r.versions[0]!.pathways = [
          {
            id: 'p',
            label: 'p',
            unit: { id: 'u', name: 'u' },
            required: '6',
            conversions: [
              {
                id: 'pc',
                description: 'x',
                match: {},
                value: { kind: 'factor', factor: '1' },
                citation: { url: 'https://example.org', text: 'x' },
              },
            ],
            categoryRequirements: [
              {
                id: 'pcat',
                category: 'literacy',
                label: 'x',
                minimum: { kind: 'share', share: '0.5' } as never,
                citation: { url: 'https://example.org', text: 'x' },
              },
            ],
            citation: { url: 'https://example.org', text: 'x' },
          },
        ];
      },
      'versions[0].pathways[0].categoryRequirements[0].minimum.kind',
    ],
    [
      'a citation check with an unknown status',
      (r: RuleSetInput) => {
        r.versions[0]!.conversions[0]!.citation.check = { status: 'probably' as never, checkedOn: '2026-12-06' };
      },
      'versions[0].conversions[0].citation.check.status',
    ],
    [
      'a not-checked note for an unknown license type',
      (r: RuleSetInput) => {
        r.versions[0]!.notes = [
          { id: 'n', text: 'x', notChecked: true, licenseTypes: ['nope'], citation: { url: 'https://example.org', text: 'x' } },
        ];
      },
      'versions[0].notes[0].licenseTypes[0]',
    ],
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
    const copy = JSON.parse(JSON.stringify(maplewoodSalarySchedule)) as {
      contractYears: Array<{ salaries: Record<string, number[]> }>;
    };
    delete copy.contractYears[1]!.salaries['MA+15'];
    expect(issuesOf(copy, parseSalarySchedule)).toContain('contractYears[1].salaries.MA+15: missing lane');
  });
});
