// Table-driven cases per preset, each worked out by hand from the source cited in the preset.
import { evaluateRenewal, type RenewalInput } from '../lib/renewal-evaluator';
import type { PdRecordInput } from '../lib/pd-record';
import { getRuleSetPreset, RULE_SET_PRESET_IDS } from './rule-set-presets';

let seq = 0;
function rec(completedOn: string, activityType: PdRecordInput['activityType'], amount: string, unit: PdRecordInput['unit'], extra: Partial<PdRecordInput> = {}): PdRecordInput {
  return { id: `r${String(++seq).padStart(3, '0')}`, completedOn, activityType, amount, unit, ...extra };
}

interface Case {
  name: string;
  source: string;
  preset: string;
  license: RenewalInput['license'];
  asOf: string;
  records: PdRecordInput[];
  expect: { earned: string; required?: string; remaining?: string; status?: string; cycle?: [string, string]; categories?: Array<[string, string, string, boolean]>; removed?: Array<[string, string]>; carryIn?: string; carryOut?: string };
}

const cases: Case[] = [
  {
    name: 'PA: 3 semester credits (90) + 2 quarter credits (40) + 50 clock hours = 180, complete',
    source: 'Kutztown Act 48 FAQ: 1 semester credit = 30 h, 1 quarter credit = 20 h; 180 h / 5 y',
    preset: 'pa',
    license: { issuedOn: '2020-09-01' },
    asOf: '2024-06-30',
    records: [rec('2021-01-10', 'course', '3', 'semester_credit'), rec('2022-01-10', 'course', '2', 'quarter_credit'), rec('2023-03-04', 'workshop', '50', 'clock_hour')],
    expect: { earned: '180', required: '180', remaining: '0', status: 'complete', cycle: ['2020-09-01', '2025-08-31'] },
  },
  {
    name: 'PA: submitted and rejected records and records before the cycle do not count',
    source: 'Kutztown Act 48 FAQ; cceionline.com/act-48 (cycle from issue date)',
    preset: 'pa',
    license: { issuedOn: '2020-09-01' },
    asOf: '2021-06-30',
    records: [rec('2020-08-31', 'workshop', '10', 'clock_hour'), rec('2021-01-10', 'workshop', '6', 'clock_hour', { status: 'submitted' }), rec('2021-01-11', 'workshop', '4', 'clock_hour', { status: 'rejected' }), rec('2021-02-01', 'workshop', '2.5', 'clock_hour', { status: 'verified' })],
    expect: { earned: '2.5', remaining: '177.5', status: 'on_track' },
  },
  {
    name: 'PA: 240 h with 100 h in the last 2 years carries 50 h (the maximum) into the next cycle',
    source: 'Kutztown Act 48 FAQ: carry-over up to 50 h earned in the last 2 years (since 2016-07-13)',
    preset: 'pa',
    license: { issuedOn: '2016-09-01' },
    asOf: '2022-06-30',
    records: [rec('2017-05-01', 'course', '4', 'semester_credit', { id: 'old-course' } as Partial<PdRecordInput>), rec('2018-05-01', 'workshop', '20', 'clock_hour'), rec('2020-05-01', 'course', '3', 'semester_credit'), rec('2021-05-01', 'workshop', '10', 'clock_hour'), rec('2022-01-01', 'workshop', '5', 'clock_hour')],
    expect: { earned: '55', carryIn: '50', cycle: ['2021-09-01', '2026-08-31'] },
  },
  {
    name: 'NY: 100 CTLE hours with 15 on ELL language acquisition is complete',
    source: 'highered.nysed.gov CTLE: 100 h / 5 y, >= 15% ELL for Professional holders',
    preset: 'ny',
    license: { issuedOn: '2020-02-10', birthDate: '1985-05-17' },
    asOf: '2025-01-15',
    records: [rec('2021-01-10', 'workshop', '85', 'clock_hour'), rec('2022-01-10', 'workshop', '15', 'clock_hour', { categories: ['english_language_learners'] })],
    expect: { earned: '100', status: 'complete', cycle: ['2020-05-01', '2025-04-30'], categories: [['english_language_learners', '15', '15', true]] },
  },
  {
    name: 'NY: ESOL holders need 50% (50 h) on language acquisition; 1 semester hour = 15 h',
    source: 'highered.nysed.gov CTLE: 50% for ESOL/bilingual; 1 semester hour = 15 CTLE hours',
    preset: 'ny',
    license: { licenseType: 'professional_esol_bilingual', cycleStart: '2020-05-01', cycleEnd: '2025-04-30' },
    asOf: '2025-01-15',
    records: [rec('2021-01-10', 'course', '3', 'semester_credit', { categories: ['english_language_learners'] }), rec('2022-01-10', 'workshop', '55', 'clock_hour')],
    expect: { earned: '100', status: 'at_risk', categories: [['english_language_learners', '50', '45', false]] },
  },
  {
    name: 'TX: independent study capped at 20% (30 of 150), presenting at 10% (15), mentoring at 30% (45)',
    source: '19 TAC 232.11 / tea.texas.gov renewal FAQs',
    preset: 'tx',
    license: { cycleStart: '2021-01-01', cycleEnd: '2025-12-31' },
    asOf: '2024-12-31',
    records: [rec('2021-03-01', 'independent_study', '40', 'clock_hour'), rec('2022-03-01', 'presenting', '20', 'clock_hour'), rec('2023-03-01', 'mentoring', '50', 'clock_hour'), rec('2023-06-01', 'workshop', '10', 'clock_hour', { categories: ['students_with_disabilities'] })],
    expect: { earned: '100', remaining: '50', removed: [['tx-independent-study', '10'], ['tx-presenting', '5'], ['tx-mentoring', '5']], categories: [['students_with_disabilities', '0', '10', true]] },
  },
  {
    name: 'NC K-5: 2 semester hours (3 units) split literacy/subject, 30 contact hours literacy (3), 20 contact hours (2)',
    source: 'gcsnc.com/Page/29641: 1 semester hour = 1.5 units, 10 contact hours = 1 unit; K-5 3 subject + 3 literacy + 2 general',
    preset: 'nc',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30', gradeBand: 'k-5' },
    asOf: '2025-01-01',
    records: [rec('2022-01-10', 'course', '2', 'semester_credit', { categories: ['literacy', 'subject_area'] }), rec('2023-01-10', 'workshop', '30', 'clock_hour', { categories: ['literacy'] }), rec('2023-02-10', 'workshop', '20', 'clock_hour')],
    expect: { earned: '8', status: 'complete', categories: [['subject_area', '3', '3', true], ['literacy', '3', '3', true], ['general', '2', '2', true]] },
  },
  {
    name: 'NC: National Board certification = 8 credits; a license expiring before 2024-06-30 has no categories',
    source: 'gcsnc.com/Page/29641: NBCT = 8 credits; categories for licenses expiring >= 2024-06-30',
    preset: 'nc',
    license: { cycleStart: '2018-07-01', cycleEnd: '2023-06-30', gradeBand: '6-12' },
    asOf: '2023-01-01',
    records: [rec('2019-01-10', 'national_board', '1', 'certification')],
    expect: { earned: '8', status: 'complete', categories: [] },
  },
  {
    name: 'FL: a passed subject exam (60) + 40 contact hours incl. 20 on students with disabilities = 100 of 120',
    source: 'dcps.duvalschools.org renewal requirements: exam = 60 points, 20 points SWD, 120 points / 5 y (Jul 1 - Jun 30)',
    preset: 'fl',
    license: { issuedOn: '2021-09-15' },
    asOf: '2025-06-01',
    records: [rec('2022-04-01', 'exam', '1', 'certification'), rec('2023-04-01', 'workshop', '20', 'clock_hour', { categories: ['students_with_disabilities'] }), rec('2023-05-01', 'workshop', '20', 'clock_hour')],
    expect: { earned: '100', remaining: '20', cycle: ['2021-07-01', '2026-06-30'], categories: [['students_with_disabilities', '20', '20', true]] },
  },
  {
    name: 'IL: cycle is July 1 after issuance; hours earned Apr 1 - Jun 30 of the final year carry over',
    source: '23 IAC 25.800: 120 h / 5 y, cycle Jul 1 after issuance, carry-over Apr 1 - Jun 30 of final year',
    preset: 'il',
    license: { issuedOn: '2014-03-10' },
    asOf: '2019-12-31',
    records: [rec('2015-01-10', 'course', '8', 'semester_credit'), rec('2019-04-15', 'workshop', '25', 'clock_hour'), rec('2019-03-15', 'workshop', '10', 'clock_hour'), rec('2019-10-01', 'workshop', '4', 'clock_hour')],
    expect: { earned: '29', carryIn: '25', cycle: ['2019-07-01', '2024-06-30'] },
  },
  {
    name: 'TN: 1 micro-credential (6) + LOE 5 (20) + 2 CEU (10) + 1 semester hour (10) + 14 clock hours = 60 PDPs',
    source: 'tn.gov PDP FAQ for educators: MC = 6, LOE 5 = 20, CEU = 5, semester hour = 10, clock hour = 1; Professional 60 / 6 y, expires Aug 31',
    preset: 'tn',
    license: { issuedOn: '2019-09-01' },
    asOf: '2025-05-01',
    records: [rec('2020-01-10', 'micro_credential', '1', 'micro_credential'), rec('2021-06-01', 'evaluation', '5', 'evaluation_score'), rec('2022-01-10', 'course', '2', 'ceu'), rec('2023-01-10', 'course', '1', 'semester_credit'), rec('2024-01-10', 'workshop', '14', 'clock_hour')],
    expect: { earned: '60', status: 'complete', cycle: ['2019-09-01', '2025-08-31'] },
  },
  {
    name: 'TN Practitioner: 30 PDPs per 3 years; LOE 3 = 10',
    source: 'tn.gov PDP FAQ for educators',
    preset: 'tn',
    license: { licenseType: 'practitioner', issuedOn: '2023-09-01' },
    asOf: '2024-10-01',
    records: [rec('2024-06-01', 'evaluation', '3', 'evaluation_score')],
    expect: { earned: '10', required: '30', status: 'on_track', cycle: ['2023-09-01', '2026-08-31'] },
  },
  {
    name: 'DE: action research capped at 30 h; 45 h must relate to work with students/staff; 1 CEU = 10 h',
    source: '14 DE Admin Code 1511 s10',
    preset: 'de',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'action_research', '40', 'clock_hour', { categories: ['work_with_students_staff'] }), rec('2022-01-10', 'workshop', '2', 'ceu'), rec('2023-01-10', 'workshop', '40', 'clock_hour')],
    expect: { earned: '90', status: 'at_risk', removed: [['de-action-research', '10']], categories: [['work_with_students_staff', '45', '30', false]] },
  },
];

describe('rule-set presets', () => {
  it('ships the eight issue-3 presets (and the issue-7 ones), each valid', () => {
    expect([...RULE_SET_PRESET_IDS]).toEqual(expect.arrayContaining(['de', 'fl', 'il', 'nc', 'ny', 'pa', 'tn', 'tx']));
    for (const id of RULE_SET_PRESET_IDS) expect(getRuleSetPreset(id).id).toBe(id);
  });

  it('cites a source for every rule of every preset', () => {
    const walk = (value: unknown, path: string, out: string[]) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, out));
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if ('id' in o && path.includes('.') && !('citation' in o) && !path.endsWith('unit') && !path.includes('gradeBands')) out.push(path);
        for (const [k, v] of Object.entries(o)) if (k !== 'citation') walk(v, `${path}.${k}`, out);
      }
    };
    for (const id of RULE_SET_PRESET_IDS) {
      const missing: string[] = [];
      walk(getRuleSetPreset(id), id, missing);
      expect(missing).toEqual([]);
    }
  });

  it.each(cases)('$name ($source)', (c) => {
    const result = evaluateRenewal({ ruleSet: getRuleSetPreset(c.preset), license: c.license, records: c.records, asOf: c.asOf });
    expect(result.earned).toBe(c.expect.earned);
    if (c.expect.required) expect(result.required).toBe(c.expect.required);
    if (c.expect.remaining) expect(result.remaining).toBe(c.expect.remaining);
    if (c.expect.status) expect(result.status).toBe(c.expect.status);
    if (c.expect.cycle) expect([result.cycle.start, result.cycle.end]).toEqual(c.expect.cycle);
    if (c.expect.carryIn) expect(result.carryIn).toBe(c.expect.carryIn);
    if (c.expect.categories) expect(result.categories.map((x) => [x.id, x.required, x.earned, x.met])).toEqual(c.expect.categories);
    if (c.expect.removed) expect(result.adjustments.filter((a) => a.kind === 'cap').map((a) => [a.ruleId, a.removed])).toEqual(c.expect.removed);
    const sum = result.explanation.reduce((a, l) => a + Number(l.credited) * 10_000, 0);
    expect(Math.round(sum)).toBe(Math.round(Number(result.earned) * 10_000));
  });

  it('FL: 6 semester hours meet the college-credit pathway', () => {
    const r = evaluateRenewal({ ruleSet: getRuleSetPreset('fl'), license: { cycleStart: '2021-07-01', cycleEnd: '2026-06-30' }, asOf: '2025-01-01', records: [rec('2022-01-01', 'course', '6', 'semester_credit')] });
    expect(r.pathways).toEqual([expect.objectContaining({ id: 'fl-college-credit', required: '6', earned: '6', met: true })]);
    expect(r.status).toBe('complete');
  });

  it('IL: an incomplete license lapses on September 1 after the cycle', () => {
    const base = { ruleSet: getRuleSetPreset('il'), license: { cycleStart: '2019-07-01', cycleEnd: '2024-06-30' }, records: [] };
    expect(evaluateRenewal({ ...base, asOf: '2024-08-31' }).status).toBe('behind');
    expect(evaluateRenewal({ ...base, asOf: '2024-09-01' }).status).toBe('lapsed');
  });

  it('PA: a cycle ending before 2016-07-13 is evaluated with the 1999 version (no carry-over)', () => {
    const r = evaluateRenewal({ ruleSet: getRuleSetPreset('pa'), license: { cycleStart: '2010-07-01', cycleEnd: '2015-06-30' }, asOf: '2015-06-30', records: [rec('2014-01-01', 'workshop', '200', 'clock_hour')] });
    expect([r.ruleSetVersion, r.carryOut]).toEqual(['1999', '0']);
  });
});
