// Requirement shapes of the rule model, each on a small hand-made rule set: per-license increments,
// a minimum per topic before it counts, a share required from a source (with the educator's highest
// degree), a required amount that depends on the degree, and a per-year minimum over whole PD years.
import type { PdRecordInput } from './pd-record';
import { evaluateRenewal } from './renewal-evaluator';
import { parseRuleSet, RuleDataValidationError, type RuleSetInput } from './rule-set.schema';

const citation = { url: 'https://example.org/rules', text: 'test rule' };
let seq = 0;
function rec(
  completedOn: string,
  amount: string,
  unit: PdRecordInput['unit'],
  extra: Partial<PdRecordInput> = {},
): PdRecordInput {
  return { id: `m${String(++seq).padStart(3, '0')}`, completedOn, activityType: 'course', amount, unit, ...extra };
}

function ruleSet(
  version: Partial<RuleSetInput['versions'][number]> = {},
  licenseType: Partial<RuleSetInput['versions'][number]['licenseTypes'][number]> = {},
): RuleSetInput {
  return {
    id: 'test',
    jurisdiction: 'ZZ',
    name: 'Test',
    versions: [
      {
        version: '1',
        effectiveFrom: '2000-01-01',
        summary: 'test',
        unit: { id: 'pdp', name: 'PDPs' },
        licenseTypes: [{ id: 'std', name: 'Standard', required: '150', cycleYears: 5, citation, ...licenseType }],
        defaultLicenseType: 'std',
        cycleWindow: { id: 'w', kind: 'explicit', citation },
        conversions: [
          {
            id: 'grad',
            description: 'graduate semester hour = 22.5',
            match: { units: ['semester_credit'], levels: ['graduate'] },
            value: { kind: 'factor', factor: '22.5' },
            citation,
          },
          {
            id: 'sem',
            description: 'semester hour = 15',
            match: { units: ['semester_credit'] },
            value: { kind: 'factor', factor: '15' },
            citation,
          },
          {
            id: 'hour',
            description: 'clock hour = 1',
            match: { units: ['clock_hour'] },
            value: { kind: 'factor', factor: '1' },
            citation,
          },
        ],
        ...version,
      },
    ],
  };
}

const cycle = { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' };
const asOf = '2025-06-30';

describe('per-license increments (MA +30 PDPs per additional license, NH +30 per endorsement)', () => {
  const rs = ruleSet(
    {
      categoryRequirements: [
        {
          id: 'content',
          category: 'subject_area',
          label: 'Content',
          minimum: { kind: 'amount', amount: '15' },
          perAdditionalLicense: '15',
          citation,
        },
      ],
    },
    { perAdditionalLicense: '30' },
  );
  it.each([
    [{}, '150', '15'],
    [{ additionalLicenses: 1 }, '180', '30'],
    [{ endorsements: 2 }, '210', '45'],
    [{ additionalLicenses: 1, endorsements: 1 }, '210', '45'],
  ])('license %j: required %s, content minimum %s', (extra, required, content) => {
    const r = evaluateRenewal({
      ruleSet: rs,
      license: { ...cycle, ...extra },
      records: [rec('2021-01-01', '200', 'clock_hour', { categories: ['subject_area'] })],
      asOf,
    });
    expect(r.required).toBe(required);
    expect(r.categories[0]).toEqual(expect.objectContaining({ id: 'subject_area', required: content, met: true }));
  });

  it('rejects a negative or fractional count', () => {
    expect(() => evaluateRenewal({ ruleSet: rs, license: { ...cycle, additionalLicenses: -1 }, records: [], asOf })).toThrow(
      /whole numbers/,
    );
    expect(() => evaluateRenewal({ ruleSet: rs, license: { ...cycle, endorsements: 0.5 }, records: [], asOf })).toThrow(
      /whole numbers/,
    );
  });

  it('the schema allows a per-license increment only on an amount minimum', () => {
    const bad = ruleSet({
      categoryRequirements: [
        { id: 'c', category: 'x', label: 'x', minimum: { kind: 'share', share: '0.1' }, perAdditionalLicense: '15', citation },
      ],
    });
    expect(() => parseRuleSet(bad)).toThrow(RuleDataValidationError);
    expect(() => parseRuleSet(bad)).toThrow(/categoryRequirements\[0\]\.perAdditionalLicense/);
  });
});

describe('minimum per topic before it counts (MA: 10 PDPs)', () => {
  const rs = ruleSet({
    topicMinimum: {
      id: 'topic-min',
      amount: '10',
      label: 'A topic counts only with at least 10 PDPs',
      citation,
      uncertain: 'test',
    },
  });
  it('drops topics below 10 (first category; untagged records share one topic) and explains it', () => {
    const records = [
      rec('2021-01-01', '6', 'clock_hour', { categories: ['literacy'] }),
      rec('2021-02-01', '6', 'clock_hour', { categories: ['literacy', 'pedagogy'] }), // literacy: 12, counts
      rec('2021-03-01', '8', 'clock_hour', { categories: ['pedagogy'] }), // pedagogy: 8, dropped
      rec('2021-04-01', '5', 'clock_hour'),
      rec('2021-05-01', '5', 'clock_hour'), // untagged: 10, counts
    ];
    const r = evaluateRenewal({ ruleSet: rs, license: cycle, records, asOf });
    expect(r.earned).toBe('22');
    expect(r.remaining).toBe('128');
    expect(r.adjustments).toEqual([
      expect.objectContaining({
        kind: 'topic_minimum',
        ruleId: 'topic-min',
        limit: '10',
        removed: '8',
        recordIds: [records[2]!.id],
      }),
    ]);
    const line = r.explanation.find((l) => l.recordId === records[2]!.id)!;
    expect([line.converted, line.credited, line.adjustments.map((a) => [a.kind, a.change])]).toEqual([
      '8',
      '0',
      [['topic_minimum', '-8']],
    ]);
    expect(r.uncertain.map((u) => u.ruleId)).toContain('topic-min');
  });

  it('a topic exactly at the minimum counts', () => {
    const r = evaluateRenewal({
      ruleSet: rs,
      license: cycle,
      records: [rec('2021-01-01', '10', 'clock_hour', { categories: ['equity'] })],
      asOf,
    });
    expect([r.earned, r.adjustments]).toEqual(['10', []]);
  });
});

describe("a share from a source, by highest degree (SC: 60 from graduate coursework without a master's; KS: 160/120)", () => {
  const rs = ruleSet(
    {
      categoryRequirements: [
        {
          id: 'grad-share',
          category: 'graduate_coursework',
          label: 'Graduate coursework',
          minimum: { kind: 'amount', amount: '60' },
          source: { units: ['semester_credit'], levels: ['graduate'] },
          onlyBelowDegree: 'master',
          citation,
        },
      ],
    },
    { required: '160', requiredByDegree: [{ degree: 'master', required: '120' }] },
  );
  // 2 graduate semester hours = 45, 1 undergraduate = 15, 100 clock hours: 160 in all, 45 from graduate coursework
  // (at the cycle end with the share unmet: at_risk, per the status rule).
  const records = [
    rec('2021-01-01', '2', 'semester_credit', { level: 'graduate' }),
    rec('2021-02-01', '1', 'semester_credit', { level: 'undergraduate' }),
    rec('2022-01-01', '100', 'clock_hour'),
  ];

  it.each([
    [null, '160', [['graduate_coursework', '60', '45', false]], 'at_risk'],
    ['bachelor', '160', [['graduate_coursework', '60', '45', false]], 'at_risk'],
    ['master', '120', [], 'complete'],
    ['doctorate', '120', [], 'complete'],
  ] as const)('highest degree %s: required %s, categories %j, %s', (highestDegree, required, categories, status) => {
    const r = evaluateRenewal({ ruleSet: rs, license: { ...cycle, highestDegree }, records, asOf });
    expect([r.required, r.earned, r.status]).toEqual([required, '160', status]);
    expect(r.categories.map((c) => [c.id, c.required, c.earned, c.met])).toEqual(categories);
  });

  it('untagged graduate credit meets the share once it reaches 60', () => {
    const r = evaluateRenewal({
      ruleSet: rs,
      license: cycle,
      records: [...records, rec('2023-01-01', '1', 'semester_credit', { level: 'graduate' })],
      asOf,
    });
    expect(r.categories.map((c) => [c.earned, c.met])).toEqual([['67.5', true]]);
    expect([r.earned, r.status]).toEqual(['182.5', 'complete']);
  });

  it('works with exclusive category allocation too', () => {
    const exclusive = ruleSet({
      categoryAllocation: { id: 'alloc', mode: 'exclusive', citation },
      categoryRequirements: [
        {
          id: 'grad-share',
          category: 'graduate_coursework',
          label: 'Graduate coursework',
          minimum: { kind: 'amount', amount: '60' },
          source: { levels: ['graduate'] },
          citation,
        },
        { id: 'lit', category: 'literacy', label: 'Literacy', minimum: { kind: 'amount', amount: '30' }, citation },
      ],
    });
    // 4 graduate hours tagged literacy = 90: 60 to the graduate share, 30 to literacy, not double counted.
    const r = evaluateRenewal({
      ruleSet: exclusive,
      license: cycle,
      records: [rec('2021-01-01', '4', 'semester_credit', { level: 'graduate', categories: ['literacy'] })],
      asOf,
    });
    expect(r.categories.map((c) => [c.id, c.earned, c.met])).toEqual([
      ['graduate_coursework', '60', true],
      ['literacy', '30', true],
    ]);
  });
});

describe('per-year minimum over whole PD years only (AR: January license, July PD years)', () => {
  const rs = ruleSet(
    { perYearMinimum: { id: 'py', amount: '36', yearStartMonthDay: '07-01', wholeYearsOnly: true, citation } },
    { required: '0' },
  );
  it('checks only the PD years inside the cycle', () => {
    const license = { cycleStart: '2021-01-01', cycleEnd: '2025-12-31' };
    const records = ['2021-08-01', '2022-08-01', '2023-08-01', '2024-08-01'].map((d) => rec(d, '36', 'clock_hour'));
    const r = evaluateRenewal({ ruleSet: rs, license, records, asOf: '2025-12-31' });
    expect(r.perYear.map((y) => [y.start, y.earned, y.met, y.closed])).toEqual([
      ['2021-07-01', '36', true, true],
      ['2022-07-01', '36', true, true],
      ['2023-07-01', '36', true, true],
      ['2024-07-01', '36', true, true],
    ]);
    expect(r.status).toBe('complete');
    const withoutFlag = ruleSet(
      { perYearMinimum: { id: 'py', amount: '36', yearStartMonthDay: '07-01', citation } },
      { required: '0' },
    );
    expect(evaluateRenewal({ ruleSet: withoutFlag, license, records, asOf: '2025-12-31' }).perYear.map((y) => y.start)).toEqual([
      '2020-07-01',
      '2021-07-01',
      '2022-07-01',
      '2023-07-01',
      '2024-07-01',
      '2025-07-01',
    ]);
  });
});
