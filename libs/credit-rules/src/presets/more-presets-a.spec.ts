// Batch a presets (issue 7: MA NH NJ AR SC KS): table-driven cases, each worked out by hand from the
// source the preset cites (named in the case).
import { evaluateRenewal, type RenewalInput } from '../lib/renewal-evaluator';
import type { PdRecordInput } from '../lib/pd-record';
import { parseRuleSet } from '../lib/rule-set.schema';
import { morePresetsA } from './more-presets-a';
import { getRuleSetPreset } from './rule-set-presets';

let seq = 0;
function rec(completedOn: string, activityType: PdRecordInput['activityType'], amount: string, unit: PdRecordInput['unit'], extra: Partial<PdRecordInput> = {}): PdRecordInput {
  return { id: `a${String(++seq).padStart(3, '0')}`, completedOn, activityType, amount, unit, ...extra };
}

interface Case {
  name: string;
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
    cycle?: [string, string];
    /** [category id, required, earned, met] */
    categories?: Array<[string, string, string, boolean]>;
    /** [pathway id, required, earned, met] */
    pathways?: Array<[string, string, string, boolean]>;
    /** [adjustment kind, rule id, removed] */
    adjustments?: Array<[string, string, string]>;
    /** [PD year start, earned, met] */
    perYear?: Array<[string, string, boolean]>;
    /** rule ids that must be reported as uncertain */
    uncertain?: string[];
  };
}

const MA = '603 CMR 44.06 and DESE PD FAQ (doe.mass.edu/pd/faq.html)';
const maCycle = { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' };
const maAll = (): PdRecordInput[] => [
  rec('2021-01-10', 'course', '2', 'semester_credit', { level: 'graduate', categories: ['subject_area'] }), // 2 x 22.5 = 45
  rec('2021-06-10', 'course', '1', 'semester_credit', { level: 'undergraduate', categories: ['pedagogy'] }), // 15
  rec('2022-01-10', 'workshop', '15', 'clock_hour', { categories: ['english_language_learners'] }), // 15
  rec('2022-06-10', 'workshop', '15', 'clock_hour', { categories: ['students_with_disabilities'] }), // 15
  rec('2023-01-10', 'conference', '6', 'ceu', { categories: ['literacy'] }), // 60
];

const cases: Case[] = [
  // ---- Massachusetts ----
  {
    name: 'MA: 45 (2 graduate hours x 22.5) + 15 + 15 + 15 + 60 (6 CEUs) = 150 PDPs, all four areas met, complete',
    source: MA,
    preset: 'ma',
    license: maCycle,
    asOf: '2025-01-01',
    records: maAll(),
    expect: {
      earned: '150',
      required: '150',
      remaining: '0',
      status: 'complete',
      categories: [
        ['subject_area', '15', '45', true],
        ['pedagogy', '15', '15', true],
        ['english_language_learners', '15', '15', true],
        ['students_with_disabilities', '15', '15', true],
      ],
      uncertain: ['ma-graduate-credit', 'ma-ceu'],
    },
  },
  {
    name: 'MA: one additional license: required 150 + 30 = 180 and content 15 + 15 = 30; the same 150 PDPs leave 30 and content 45 >= 30; 4 of 5 years done: pace 144 <= 150, on track',
    source: `${MA}: +30 PDPs and +15 content PDPs per additional license`,
    preset: 'ma',
    license: { ...maCycle, additionalLicenses: 1 },
    asOf: '2025-01-01',
    records: maAll(),
    expect: { earned: '150', required: '180', remaining: '30', status: 'on_track', categories: [['subject_area', '30', '45', true], ['pedagogy', '15', '15', true], ['english_language_learners', '15', '15', true], ['students_with_disabilities', '15', '15', true]] },
  },
  {
    name: 'MA: a topic below 10 PDPs does not count: 8 h equity dropped, 12 h literacy (6 + 6) and 1 unknown-level semester hour (15) count = 27; 1 of 5 years done: pace 30 > 27, at risk',
    source: `${MA}: a topic counts only at 10+ PDPs; 1 undergraduate semester hour = 15`,
    preset: 'ma',
    license: maCycle,
    asOf: '2021-12-31',
    records: [
      rec('2021-01-10', 'workshop', '8', 'clock_hour', { categories: ['equity'] }),
      rec('2021-02-10', 'workshop', '6', 'clock_hour', { categories: ['literacy'] }),
      rec('2021-03-10', 'workshop', '6', 'clock_hour', { categories: ['literacy'] }),
      rec('2021-04-10', 'course', '1', 'semester_credit', { categories: ['subject_area'] }),
    ],
    expect: { earned: '27', remaining: '123', status: 'at_risk', adjustments: [['topic_minimum', 'ma-topic-minimum', '8']] },
  },
  // ---- New Hampshire ----
  {
    name: 'NH: 30 content + 45 professional education = 75 CEUs in the 3-year cycle, complete',
    source: 'NH Ed 512 FAQ (education.nh.gov/certification/ed512_faq.htm): 75 CEUs, 30 per endorsement, 45 Ed 505.07',
    preset: 'nh',
    license: { issuedOn: '2022-07-01' },
    asOf: '2025-03-01',
    records: [rec('2023-01-10', 'workshop', '30', 'clock_hour', { categories: ['subject_area'] }), rec('2024-01-10', 'workshop', '45', 'clock_hour', { categories: ['professional_education'] })],
    expect: { earned: '75', required: '75', remaining: '0', status: 'complete', cycle: ['2022-07-01', '2025-06-30'], categories: [['subject_area', '30', '30', true], ['professional_education', '45', '45', true]] },
  },
  {
    name: 'NH: 3 endorsements (2 beyond the first) = 135: 2 semester credits (30) + 60 h content = 90 and 45 h professional education, complete',
    source: 'NH Ed 512 FAQ: +30 per additional endorsement, 3 endorsements = 135 hrs; semester credit = 15 (vendor summary, uncertain)',
    preset: 'nh',
    license: { issuedOn: '2022-07-01', endorsements: 2 },
    asOf: '2025-03-01',
    records: [
      rec('2022-10-10', 'course', '2', 'semester_credit', { categories: ['subject_area'] }),
      rec('2023-01-10', 'workshop', '60', 'clock_hour', { categories: ['subject_area'] }),
      rec('2024-01-10', 'workshop', '45', 'clock_hour', { categories: ['professional_education'] }),
    ],
    expect: { earned: '135', required: '135', status: 'complete', categories: [['subject_area', '90', '90', true], ['professional_education', '45', '45', true]], uncertain: ['nh-semester-credit'] },
  },
  {
    name: 'NH: 75 hours but only 20 professional education: not complete',
    source: 'NH Ed 512 FAQ: 45 hours of professional education (Ed 505.07)',
    preset: 'nh',
    license: { issuedOn: '2022-07-01' },
    asOf: '2025-03-01',
    records: [rec('2023-01-10', 'workshop', '55', 'clock_hour', { categories: ['subject_area'] }), rec('2024-01-10', 'workshop', '20', 'clock_hour', { categories: ['professional_education'] })],
    expect: { earned: '75', remaining: '0', status: 'at_risk', categories: [['subject_area', '30', '55', true], ['professional_education', '45', '20', false]] },
  },
  // ---- New Jersey ----
  {
    name: 'NJ: the standard certificate is permanent: required 0, complete with no records',
    source: 'Learners Edge NJ summary (permanent certificate, uncertain); N.J.A.C. 6A:9C-4.4',
    preset: 'nj',
    license: { cycleStart: '2024-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-01-15',
    records: [],
    expect: { earned: '0', required: '0', remaining: '0', status: 'complete', uncertain: ['standard'] },
  },
  {
    name: 'NJ: employed teacher, annual PDP: 12 of 20 hours mid-year, on track',
    source: 'N.J.A.C. 6A:9C-4.4: 20 hours of PD a year',
    preset: 'nj',
    license: { licenseType: 'employment_annual', cycleStart: '2024-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-01-15',
    records: [rec('2024-10-01', 'workshop', '12', 'clock_hour')],
    expect: { earned: '12', required: '20', remaining: '8', status: 'on_track' },
  },
  {
    name: 'NJ: employed teacher, annual PDP: 8 + 12 = 20 hours, complete',
    source: 'N.J.A.C. 6A:9C-4.4: 20 hours of PD a year',
    preset: 'nj',
    license: { licenseType: 'employment_annual', cycleStart: '2024-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-06-30',
    records: [rec('2024-10-01', 'workshop', '8', 'clock_hour'), rec('2025-03-01', 'workshop', '12', 'clock_hour')],
    expect: { earned: '20', remaining: '0', status: 'complete' },
  },
  // ---- Arkansas ----
  {
    name: 'AR: license 2021-01-01..2025-12-31; 36 h in each of the 4 whole PD years (incl. the 4 rotating topics, 2 h each) + 36 in 2025 = 180, complete',
    source: 'ADE Renewing a License (arkansased.gov): Jan 1 - Dec 31 five-year license, 36 PD hours per school year; ADE memo LIC-25-001 topics',
    preset: 'ar',
    license: { issuedOn: '2021-03-15' },
    asOf: '2025-12-31',
    records: [
      rec('2021-08-01', 'workshop', '34', 'clock_hour'),
      rec('2021-09-01', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting'] }),
      rec('2022-08-01', 'workshop', '34', 'clock_hour'),
      rec('2022-09-01', 'workshop', '2', 'clock_hour', { categories: ['parental_involvement'] }),
      rec('2023-08-01', 'workshop', '34', 'clock_hour'),
      rec('2023-09-01', 'workshop', '2', 'clock_hour', { categories: ['suicide_prevention'] }),
      rec('2024-08-01', 'workshop', '34', 'clock_hour'),
      rec('2024-09-01', 'workshop', '2', 'clock_hour', { categories: ['arkansas_history'] }),
      rec('2025-08-01', 'workshop', '36', 'clock_hour'),
    ],
    expect: {
      earned: '180',
      required: '180',
      status: 'complete',
      cycle: ['2021-01-01', '2025-12-31'],
      perYear: [['2021-07-01', '36', true], ['2022-07-01', '36', true], ['2023-07-01', '36', true], ['2024-07-01', '36', true]],
      categories: [['child_abuse_reporting', '2', '2', true], ['parental_involvement', '2', '2', true], ['suicide_prevention', '2', '2', true], ['arkansas_history', '2', '2', true]],
      uncertain: ['standard', 'ar-mandated-reporter'],
    },
  },
  {
    name: 'AR: 20 h in PD year 2022-23 misses the 36-hour year: at risk though 200 h in all',
    source: 'ADE Renewing a License: a minimum of 36 PD hours per school year',
    preset: 'ar',
    license: { issuedOn: '2021-03-15' },
    asOf: '2024-12-31',
    records: [
      rec('2021-08-01', 'workshop', '36', 'clock_hour', { categories: ['child_abuse_reporting', 'parental_involvement', 'suicide_prevention', 'arkansas_history'] }),
      rec('2022-08-01', 'workshop', '20', 'clock_hour'),
      rec('2023-08-01', 'workshop', '144', 'clock_hour'),
    ],
    expect: {
      earned: '200',
      remaining: '0',
      status: 'at_risk',
      perYear: [['2021-07-01', '36', true], ['2022-07-01', '20', false], ['2023-07-01', '144', true], ['2024-07-01', '0', false]],
    },
  },
  // ---- South Carolina ----
  {
    name: 'SC: bachelor\'s: 3 graduate semester hours (60) + 6 CEUs (60) = 120, graduate share 60 met, complete; expires June 30',
    source: 'SCDE renewal credit options (ed.sc.gov): 1 semester hour = 20, 1 CEU = 10; 60 from graduate coursework without a master\'s',
    preset: 'sc',
    license: { issuedOn: '2020-07-01', highestDegree: 'bachelor' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'course', '3', 'semester_credit', { level: 'graduate' }), rec('2022-01-10', 'workshop', '6', 'ceu')],
    expect: { earned: '120', required: '120', status: 'complete', cycle: ['2020-07-01', '2025-06-30'], categories: [['graduate_coursework', '60', '60', true]] },
  },
  {
    name: 'SC: bachelor\'s: 6 undergraduate semester hours = 120 but graduate 0 of 60: at risk',
    source: 'SCDE renewal credit options: 60 of the 120 from graduate coursework without a master\'s',
    preset: 'sc',
    license: { issuedOn: '2020-07-01', highestDegree: 'bachelor' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'course', '6', 'semester_credit', { level: 'undergraduate' })],
    expect: { earned: '120', remaining: '0', status: 'at_risk', categories: [['graduate_coursework', '60', '0', false]] },
  },
  {
    name: 'SC: master\'s: the same 6 undergraduate hours (120) complete; no graduate share',
    source: 'SCDE renewal credit options: the graduate share applies only without a master\'s',
    preset: 'sc',
    license: { issuedOn: '2020-07-01', highestDegree: 'master' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'course', '6', 'semester_credit', { level: 'undergraduate' })],
    expect: { earned: '120', status: 'complete', categories: [] },
  },
  {
    name: 'SC: master\'s, high school: 9 quarter hours (117) + 1 CEU of Jason Flatt training (10) = 127, complete',
    source: 'SCDE renewal credit options: 1 quarter hour = 13; Jason Flatt Act training for middle/high school (acpsd.net)',
    preset: 'sc',
    license: { issuedOn: '2020-07-01', highestDegree: 'master', gradeBand: 'middle_high' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'course', '9', 'quarter_credit'), rec('2022-01-10', 'workshop', '1', 'ceu', { categories: ['suicide_prevention'] })],
    expect: { earned: '127', status: 'complete', categories: [['suicide_prevention', '0', '10', true]] },
  },
  {
    name: 'SC: clock hours have no conversion (rate uncertain): 0 after 1 of 5 years, pace 24, behind',
    source: 'SCDE renewal credit options (no clock-hour rate; facts: uncertain)',
    preset: 'sc',
    license: { issuedOn: '2020-07-01', highestDegree: 'master' },
    asOf: '2021-06-30',
    records: [rec('2021-01-10', 'workshop', '20', 'clock_hour')],
    expect: { earned: '0', remaining: '120', status: 'behind' },
  },
  // ---- Kansas ----
  {
    name: 'KS: graduate degree: 120 points from 120 clock hours (knowledge level), complete',
    source: 'KSDE Renewal of Professional License Requirements: 120 points with a graduate degree; usd495.com: 1 clock hour = 1 point',
    preset: 'ks',
    license: { issuedOn: '2020-07-01', highestDegree: 'master' },
    asOf: '2025-03-01',
    records: [rec('2022-01-10', 'workshop', '120', 'clock_hour')],
    expect: { earned: '120', required: '120', status: 'complete', categories: [], pathways: [['ks-nbpts', '1', '0', false]] },
  },
  {
    name: 'KS: no graduate degree: 4 semester hours (80) + 80 clock hours = 160, college credit 80 met, complete',
    source: 'KSDE Renewal of Professional License Requirements: 160 points without a graduate degree, 80 from college credit; 1 semester hour = 20',
    preset: 'ks',
    license: { issuedOn: '2020-07-01', highestDegree: 'bachelor' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'course', '4', 'semester_credit'), rec('2022-01-10', 'workshop', '80', 'clock_hour')],
    expect: { earned: '160', required: '160', status: 'complete', categories: [['college_credit', '80', '80', true]] },
  },
  {
    name: 'KS: unknown degree counts as without one: 160 clock hours, college credit 0 of 80, at risk',
    source: 'KSDE Renewal of Professional License Requirements: 80 from college credit without a graduate degree',
    preset: 'ks',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-03-01',
    records: [rec('2022-01-10', 'workshop', '160', 'clock_hour')],
    expect: { earned: '160', required: '160', status: 'at_risk', categories: [['college_credit', '80', '0', false]], uncertain: ['ks-cycle'] },
  },
  {
    name: 'KS: National Board certification meets the NBPTS route with 40 points',
    source: 'KSDE Renewal of Professional License Requirements: other routes include NBPTS',
    preset: 'ks',
    license: { issuedOn: '2020-07-01', highestDegree: 'master' },
    asOf: '2025-03-01',
    records: [rec('2021-05-01', 'national_board', '1', 'certification'), rec('2022-01-10', 'workshop', '40', 'clock_hour')],
    expect: { earned: '40', remaining: '80', status: 'complete', pathways: [['ks-nbpts', '1', '1', true]] },
  },
];

describe('batch a presets (MA NH NJ AR SC KS)', () => {
  it('registers ma nh nj ar sc ks, each valid against the schema', () => {
    expect(Object.keys(morePresetsA).sort()).toEqual(['ar', 'ks', 'ma', 'nh', 'nj', 'sc']);
    for (const [id, preset] of Object.entries(morePresetsA)) {
      expect(parseRuleSet(preset).id).toBe(id);
      expect(getRuleSetPreset(id).jurisdiction).toBe(id.toUpperCase());
    }
  });

  it.each(cases)('$name ($source)', (c) => {
    const r = evaluateRenewal({ ruleSet: getRuleSetPreset(c.preset), license: c.license, records: c.records, asOf: c.asOf });
    expect(r.earned).toBe(c.expect.earned);
    if (c.expect.required) expect(r.required).toBe(c.expect.required);
    if (c.expect.remaining) expect(r.remaining).toBe(c.expect.remaining);
    if (c.expect.status) expect(r.status).toBe(c.expect.status);
    if (c.expect.cycle) expect([r.cycle.start, r.cycle.end]).toEqual(c.expect.cycle);
    if (c.expect.categories) expect(r.categories.map((x) => [x.id, x.required, x.earned, x.met])).toEqual(c.expect.categories);
    if (c.expect.pathways) expect(r.pathways.map((p) => [p.id, p.required, p.earned, p.met])).toEqual(c.expect.pathways);
    if (c.expect.adjustments) expect(r.adjustments.map((a) => [a.kind, a.ruleId, a.removed])).toEqual(c.expect.adjustments);
    if (c.expect.perYear) expect(r.perYear.map((y) => [y.start, y.earned, y.met])).toEqual(c.expect.perYear);
    for (const id of c.expect.uncertain ?? []) expect(r.uncertain.map((u) => u.ruleId)).toContain(id);
    // The explanation lines add up exactly to `earned`.
    const sum = r.explanation.reduce((a, l) => a + Math.round(Number(l.credited) * 10_000), 0);
    expect(sum).toBe(Math.round(Number(r.earned) * 10_000));
  });
});
