// Batch d presets (NV OR RI SD UT VA VT WA WY): table-driven cases, each worked out by hand from the
// source the preset cites (named in the case), plus checks that every preset validates and cites.
import { evaluateRenewal, type RenewalInput } from '../lib/renewal-evaluator';
import type { PdRecordInput } from '../lib/pd-record';
import { parseRuleSet } from '../lib/rule-set.schema';
import { morePresetsD } from './more-presets-d';
import { getRuleSetPreset, RULE_SET_PRESET_IDS } from './rule-set-presets';

let seq = 0;
function rec(completedOn: string, activityType: PdRecordInput['activityType'], amount: string, unit: PdRecordInput['unit'], extra: Partial<PdRecordInput> = {}): PdRecordInput {
  return { id: `d${String(++seq).padStart(3, '0')}`, completedOn, activityType, amount, unit, ...extra };
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
    version?: string;
    cycle?: [string, string];
    categories?: Array<[string, string, string, boolean]>;
    removed?: Array<[string, string]>;
    carryIn?: string;
    pathways?: Array<[string, string, string, boolean]>;
    standing?: Array<[string, boolean]>;
    uncertain?: string[];
    /** [recorded unit, exclusion reason] of each record that adds nothing, in date order. */
    excluded?: Array<[string, string]>;
  };
}

const cases: Case[] = [
  {
    name: 'NV: 3 semester credits (45) + 30 clock hours = 75 of 90; CEUs are not converted; on pace after 4 years (72)',
    source: 'doe.nv.gov professional-development-information-for-educators: 90 hours or 6 credits per 5 years',
    preset: 'nv',
    license: { cycleStart: '2021-05-10', cycleEnd: '2026-05-09' },
    asOf: '2025-06-01',
    records: [rec('2022-01-10', 'course', '3', 'semester_credit'), rec('2023-02-01', 'workshop', '30', 'clock_hour'), rec('2023-03-01', 'course', '2', 'ceu')],
    expect: { earned: '75', required: '90', remaining: '15', status: 'on_track', version: '2024', excluded: [['ceu', 'no_conversion']] },
  },
  {
    name: 'NV: 6 semester credits = 90 hours, complete',
    source: 'doe.nv.gov professional-development-information-for-educators: 6 credits in place of 90 hours',
    preset: 'nv',
    license: { cycleStart: '2021-05-10', cycleEnd: '2026-05-09' },
    asOf: '2024-01-01',
    records: [rec('2021-09-01', 'course', '6', 'semester_credit')],
    expect: { earned: '90', remaining: '0', status: 'complete' },
  },
  {
    name: 'OR: 2 semester credits (60) + 1 quarter credit (20) + 30 clock hours = 110 of 125 PDUs; on pace after 4 years (100); suspension flagged uncertain',
    source: 'OAR 584-255-0010 (125 PDUs / 5-year license); oregon.gov/tspc PDUs-Continuing (semester 30, quarter 20, hour 1); OAR 584-255-0007',
    preset: 'or',
    license: { cycleStart: '2019-09-01', cycleEnd: '2024-08-31' },
    asOf: '2024-06-01',
    records: [rec('2020-02-01', 'course', '2', 'semester_credit'), rec('2021-02-01', 'course', '1', 'quarter_credit'), rec('2022-02-01', 'workshop', '30', 'clock_hour')],
    expect: { earned: '110', required: '125', remaining: '15', status: 'on_track', uncertain: ['five_year'] },
  },
  {
    name: 'OR: 160 PDUs in the previous period carry 25 (the maximum) into the next; 25 + 10 = 35',
    source: 'OAR 584-255-0010: up to 25 PDUs carry over, previous period only',
    preset: 'or',
    license: { issuedOn: '2014-09-01' },
    asOf: '2020-06-30',
    records: [rec('2016-03-01', 'workshop', '160', 'clock_hour'), rec('2020-01-10', 'workshop', '10', 'clock_hour')],
    expect: { earned: '35', carryIn: '25', cycle: ['2019-09-01', '2024-08-31'] },
  },
  {
    name: 'OR three-year license: 2 quarter credits (40) + 35 clock hours = 75 PDUs, complete',
    source: 'OAR 584-255-0010: 75 PDUs per 3-year license; oregon.gov/tspc: quarter credit = 20 PDUs',
    preset: 'or',
    license: { licenseType: 'three_year', issuedOn: '2022-01-15' },
    asOf: '2024-06-01',
    records: [rec('2022-05-01', 'course', '2', 'quarter_credit'), rec('2023-05-01', 'conference', '35', 'clock_hour')],
    expect: { earned: '75', required: '75', status: 'complete', cycle: ['2022-01-15', '2025-01-14'] },
  },
  {
    name: 'RI: a cycle ending 2025-08-31 needs 75 PLUs: 3 college credits (45) + 30 hours = 75, complete; credit rate flagged uncertain',
    source: 'ride.ri.gov renewals-and-reinstatements (75 PLUs, 15 per year); skschools.net (1 credit = 15 PLUs)',
    preset: 'ri',
    license: { cycleStart: '2020-09-01', cycleEnd: '2025-08-31' },
    asOf: '2025-06-01',
    records: [rec('2021-10-01', 'course', '3', 'semester_credit'), rec('2023-10-01', 'workshop', '30', 'clock_hour')],
    expect: { earned: '75', required: '75', status: 'complete', version: '2025', uncertain: ['ri-semester-credit'] },
  },
  {
    name: 'RI: a cycle ending 2028-08-31 needs 90 PLUs; 60 hours after 3 years is on pace (54), 30 remaining',
    source: 'skschools.net PLU phase-in: 2028 = 90',
    preset: 'ri',
    license: { cycleStart: '2023-09-01', cycleEnd: '2028-08-31' },
    asOf: '2026-09-15',
    records: [rec('2024-02-01', 'workshop', '60', 'clock_hour')],
    expect: { earned: '60', required: '90', remaining: '30', status: 'on_track', version: '2028', uncertain: ['professional'] },
  },
  {
    name: 'RI: issued 2025-03-10, the cycle ends on the common Aug 31 date in 2030 and needs 100 PLUs',
    source: 'skschools.net: expiry Aug 31, 2030 = 100 PLUs; ride.ri.gov common expiration date',
    preset: 'ri',
    license: { issuedOn: '2025-03-10' },
    asOf: '2026-01-01',
    records: [rec('2025-06-01', 'workshop', '12', 'clock_hour')],
    expect: { earned: '12', required: '100', remaining: '88', status: 'on_track', version: '2030', cycle: ['2025-03-10', '2030-08-31'], uncertain: ['ri-cycle', 'ri-expiry'] },
  },
  {
    name: "SD bachelor's: 2 transcripted credits + 60 contact hours (4, capped at 3) = 5 of 6; transcripted 2 of 3; suicide hour met; at risk in the final year",
    source: 'ARSD 24:28:17:13 (6 credits / 5 y, contact hours <= 3 credits, 3 transcripted for bachelor\'s); nasbe.org SD suicide prevention (1 clock hour)',
    preset: 'sd',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2024-07-15',
    records: [
      rec('2020-09-01', 'workshop', '1', 'clock_hour', { categories: ['suicide_prevention'] }),
      rec('2021-09-01', 'course', '2', 'semester_credit', { categories: ['transcripted_or_specialized_learning'] }),
      rec('2022-09-01', 'workshop', '59', 'clock_hour'),
    ],
    expect: {
      earned: '5',
      required: '6',
      remaining: '1',
      status: 'at_risk',
      removed: [['sd-contact-hours-cap', '1']],
      categories: [['transcripted_or_specialized_learning', '3', '2', false], ['suicide_prevention', '0', '0.0667', true]],
      pathways: [['sd-national-board', '1', '0', false]],
    },
  },
  {
    name: "SD master's: 3 semester credits + 46 contact hours (capped at 3) = 6, suicide hour met, complete",
    source: 'ARSD 24:28:17:13; nasbe.org SD suicide prevention',
    preset: 'sd',
    license: { licenseType: 'masters', cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-01-15',
    records: [rec('2021-01-10', 'workshop', '1', 'clock_hour', { categories: ['suicide_prevention'] }), rec('2022-01-10', 'course', '3', 'semester_credit'), rec('2023-01-10', 'conference', '45', 'clock_hour')],
    expect: { earned: '6', status: 'complete', removed: [['sd-contact-hours-cap', '0.0667']], categories: [['suicide_prevention', '0', '0.0667', true]], uncertain: ['masters', 'sd-contact-hours'] },
  },
  {
    name: 'SD: National Board certification meets the renewal by the alternative pathway',
    source: 'ARSD 24:28:17:13: National Board certification or recertification',
    preset: 'sd',
    license: { licenseType: 'masters', cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2023-01-15',
    records: [rec('2022-05-01', 'national_board', '1', 'certification')],
    expect: { earned: '0', remaining: '6', status: 'complete', pathways: [['sd-national-board', '1', '1', true]] },
  },
  {
    name: 'UT: professional learning 95 (capped at 90) + collaboration 35 (capped at 30) + service 10 = 130; 2 h suicide prevention; complete',
    source: 'Utah Admin. Code R277-302-7 (100 h / 5 y; caps 90 / 30 / 50); jordandistrict.org (2 h youth suicide prevention)',
    preset: 'ut',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-01-10',
    records: [
      rec('2021-01-10', 'workshop', '2', 'clock_hour', { categories: ['suicide_prevention', 'ut_professional_learning'] }),
      rec('2022-01-10', 'workshop', '93', 'clock_hour', { categories: ['ut_professional_learning'] }),
      rec('2023-01-10', 'other', '35', 'clock_hour', { categories: ['ut_educator_collaboration'] }),
      rec('2023-05-10', 'presenting', '10', 'clock_hour', { categories: ['ut_professional_service'] }),
    ],
    expect: { earned: '130', status: 'complete', removed: [['ut-professional-learning', '5'], ['ut-collaboration', '5']], categories: [['suicide_prevention', '2', '2', true]] },
  },
  {
    name: 'UT: 60 evaluation hours are capped at 50 (10 a year over 5 years) + 30 = 80; on pace but suicide prevention missing in the final year: at risk',
    source: 'Utah Admin. Code R277-302-7 (highly effective evaluation 10 h a year); jordandistrict.org',
    preset: 'ut',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2024-09-01',
    records: [rec('2021-06-01', 'evaluation', '20', 'clock_hour'), rec('2022-06-01', 'evaluation', '20', 'clock_hour'), rec('2023-06-01', 'evaluation', '20', 'clock_hour'), rec('2023-08-01', 'workshop', '30', 'clock_hour')],
    expect: { earned: '80', remaining: '20', status: 'at_risk', removed: [['ut-evaluation', '10']], categories: [['suicide_prevention', '2', '0', false]], uncertain: ['ut-evaluation', 'ut-suicide-prevention'] },
  },
  {
    name: 'UT: issued 2021-03-01 the license expires 2026-06-30; National Board certification = 100 h + 2 h suicide prevention, complete',
    source: 'Utah Admin. Code R277-301-3 (expire June 30); R277-302-7 (NBC = 100 hours)',
    preset: 'ut',
    license: { issuedOn: '2021-03-01' },
    asOf: '2023-01-01',
    records: [rec('2022-06-01', 'national_board', '1', 'certification'), rec('2022-09-01', 'workshop', '2', 'clock_hour', { categories: ['suicide_prevention'] })],
    expect: { earned: '102', status: 'complete', cycle: ['2021-03-01', '2026-06-30'] },
  },
  {
    name: 'VA 10-year: 5 semester hours (150) + 3 quarter hours (60) = 210, college capped at 180; clock hours not converted; child abuse training done, others missing; at risk',
    source: 'hampton.k12.va.us (semester 30, quarter 20); connectinglink.com/virginia (college <= 180); hcps.us (270 / 10 y); compass.k12albemarle.org (required trainings)',
    preset: 'va',
    license: { cycleStart: '2016-07-01', cycleEnd: '2026-06-30' },
    asOf: '2026-01-15',
    records: [rec('2018-01-10', 'course', '5', 'semester_credit'), rec('2020-01-10', 'course', '3', 'quarter_credit'), rec('2021-03-01', 'workshop', '30', 'clock_hour'), rec('2022-03-01', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting'] })],
    expect: {
      earned: '180',
      required: '270',
      remaining: '90',
      status: 'at_risk',
      removed: [['va-college-credit', '30']],
      standing: [['va-child-abuse', true], ['va-first-aid-cpr', false], ['va-dyslexia', false], ['va-students-with-disabilities', false], ['va-cultural-competency', false]],
      uncertain: ['renewable_10', 'va-college-credit'],
    },
  },
  {
    name: 'VA former 5-year license: 6 semester hours = 180 points and all five trainings done, complete',
    source: 'connectinglink.com/virginia (5-year license 180 points); hampton.k12.va.us; compass.k12albemarle.org',
    preset: 'va',
    license: { licenseType: 'renewable_5', cycleStart: '2012-07-01', cycleEnd: '2017-06-30' },
    asOf: '2017-03-01',
    records: [
      rec('2013-01-10', 'course', '6', 'semester_credit'),
      rec('2014-01-10', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting', 'dyslexia'] }),
      rec('2015-01-10', 'workshop', '4', 'clock_hour', { categories: ['first_aid_cpr'] }),
      rec('2016-01-10', 'workshop', '3', 'clock_hour', { categories: ['students_with_disabilities', 'cultural_competency'] }),
    ],
    expect: { earned: '180', required: '180', status: 'complete', standing: [['va-child-abuse', true], ['va-first-aid-cpr', true], ['va-dyslexia', true], ['va-students-with-disabilities', true], ['va-cultural-competency', true]] },
  },
  {
    name: 'VT Level II: 1 credit (15) + 15 h on the endorsement, 60 h on core standards = 90, complete',
    source: 'education.vermont.gov/renew-your-license: 6 credits / 90 h per 5 y; 2 credits per endorsement, 4 on core standards; 1 credit = 15 h',
    preset: 'vt',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'course', '1', 'semester_credit', { categories: ['subject_area'] }), rec('2022-01-10', 'workshop', '15', 'clock_hour', { categories: ['subject_area'] }), rec('2023-01-10', 'workshop', '60', 'clock_hour', { categories: ['core_teaching_leadership_standards'] })],
    expect: { earned: '90', status: 'complete', categories: [['subject_area', '30', '30', true], ['core_teaching_leadership_standards', '60', '60', true]] },
  },
  {
    name: 'VT Level II: a 45 h record on both standards is split, not double counted (30 endorsement + 15 core) + 45 h core = 90, complete',
    source: 'education.vermont.gov/renew-your-license: endorsement and core credits together make up the 6 credits',
    preset: 'vt',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'course', '3', 'semester_credit', { categories: ['subject_area', 'core_teaching_leadership_standards'] }), rec('2022-01-10', 'workshop', '45', 'clock_hour', { categories: ['core_teaching_leadership_standards'] })],
    expect: { earned: '90', status: 'complete', categories: [['subject_area', '30', '30', true], ['core_teaching_leadership_standards', '60', '60', true]] },
  },
  {
    name: 'VT Level II: 20 h on the endorsement + 70 untagged = 90 hours but both categories short; at risk in the final year',
    source: 'education.vermont.gov/renew-your-license',
    preset: 'vt',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'workshop', '20', 'clock_hour', { categories: ['subject_area'] }), rec('2022-01-10', 'workshop', '70', 'clock_hour')],
    expect: { earned: '90', remaining: '0', status: 'at_risk', categories: [['subject_area', '30', '20', false], ['core_teaching_leadership_standards', '60', '0', false]], uncertain: ['vt-endorsement'] },
  },
  {
    name: 'VT Level I: 3 credits = 45 hours per 3 years, complete',
    source: 'statepolicies.nasbe.org Vermont educator: Level I 3 credits / 45 h per 3 y',
    preset: 'vt',
    license: { licenseType: 'level_i', issuedOn: '2022-08-15' },
    asOf: '2024-01-10',
    records: [rec('2023-01-10', 'course', '3', 'semester_credit')],
    expect: { earned: '45', required: '45', status: 'complete', cycle: ['2022-08-15', '2025-08-14'], categories: [] },
  },

  {
    name: 'WA: 2 semester credits (30) + 1 quarter credit (10) + 2 PGPs (60, one on equity) + 5 h on the evaluation system = 105, complete',
    source: 'pesb.wa.gov renewal options (100 h / 5 y, PGP = 30 h); WSR 00-13-065 (semester 15, quarter 10); HB 1426 bill report (15 h equity); RCW 28A.410.278',
    preset: 'wa',
    license: { cycleStart: '2020-09-01', cycleEnd: '2025-08-31' },
    asOf: '2025-03-01',
    records: [
      rec('2021-01-10', 'course', '2', 'semester_credit'),
      rec('2021-06-10', 'course', '1', 'quarter_credit'),
      rec('2022-06-30', 'other', '1', 'certification', { categories: ['equity'] }),
      rec('2023-06-30', 'other', '1', 'certification'),
      rec('2024-01-10', 'workshop', '5', 'clock_hour', { categories: ['evaluation_system'] }),
    ],
    expect: { earned: '105', status: 'complete', categories: [['equity', '15', '30', true], ['evaluation_system', '0', '5', true]], pathways: [['wa-nbct', '1', '0', false]], uncertain: ['wa-semester-credit', 'wa-evaluation-system'] },
  },
  {
    name: 'WA STEM endorsement: 100 h with 15 on equity but 10 on STEM and none on the evaluation system; at risk in the final year',
    source: 'RCW 28A.410.277 (15 h STEM for STEM-related endorsements); HB 1426 bill report; RCW 28A.410.278',
    preset: 'wa',
    license: { licenseType: 'professional_stem', cycleStart: '2020-09-01', cycleEnd: '2025-08-31' },
    asOf: '2025-03-01',
    records: [rec('2021-01-10', 'workshop', '15', 'clock_hour', { categories: ['equity'] }), rec('2022-01-10', 'workshop', '10', 'clock_hour', { categories: ['stem_integration'] }), rec('2023-01-10', 'conference', '75', 'clock_hour')],
    expect: { earned: '100', remaining: '0', status: 'at_risk', categories: [['equity', '15', '15', true], ['stem_integration', '15', '10', false], ['evaluation_system', '0', '0', false]] },
  },
  {
    name: 'WA: National Board certification renews by the alternative pathway',
    source: 'pesb.wa.gov certification-renewal-options-professional---continuing: NBCT alternative',
    preset: 'wa',
    license: { cycleStart: '2020-09-01', cycleEnd: '2025-08-31' },
    asOf: '2023-03-01',
    records: [rec('2022-11-10', 'national_board', '1', 'certification')],
    expect: { earned: '0', status: 'complete', pathways: [['wa-nbct', '1', '1', true]] },
  },
  {
    name: 'WY: 3 semester credits + 28 workshop contact hours (2) = 5 credits, complete; 2 CEUs are not accepted',
    source: 'wyomingptsb.com renewing-a-license (5 credits / 5 y, CEUs not accepted for classroom teachers); park6.org (14 contact hours = 1 credit)',
    preset: 'wy',
    license: { issuedOn: '2020-10-01' },
    asOf: '2024-05-01',
    records: [rec('2021-06-10', 'course', '3', 'semester_credit'), rec('2022-06-10', 'workshop', '28', 'clock_hour'), rec('2023-06-10', 'course', '2', 'ceu')],
    expect: { earned: '5', required: '5', status: 'complete', cycle: ['2020-10-01', '2025-09-30'], uncertain: ['wy-workshop-hours'], excluded: [['ceu', 'not_accepted']] },
  },
  {
    name: 'WY: 2 semester credits + 21 workshop hours (1.5) = 3.5; conference hours have no stated rate; on pace after 3 years (3)',
    source: 'wyomingptsb.com renewing-a-license; park6.org (workshops: 14 contact hours = 1 credit)',
    preset: 'wy',
    license: { issuedOn: '2020-10-01' },
    asOf: '2023-12-01',
    records: [rec('2021-06-10', 'course', '2', 'semester_credit'), rec('2022-06-10', 'workshop', '21', 'clock_hour'), rec('2022-09-10', 'conference', '14', 'clock_hour')],
    expect: { earned: '3.5', remaining: '1.5', status: 'on_track', excluded: [['clock_hour', 'no_conversion']] },
  },
];

function check(c: Case): void {
  const result = evaluateRenewal({ ruleSet: getRuleSetPreset(c.preset), license: c.license, records: c.records, asOf: c.asOf });
  expect(result.earned).toBe(c.expect.earned);
  if (c.expect.required) expect(result.required).toBe(c.expect.required);
  if (c.expect.remaining) expect(result.remaining).toBe(c.expect.remaining);
  if (c.expect.status) expect(result.status).toBe(c.expect.status);
  if (c.expect.version) expect(result.ruleSetVersion).toBe(c.expect.version);
  if (c.expect.cycle) expect([result.cycle.start, result.cycle.end]).toEqual(c.expect.cycle);
  if (c.expect.carryIn) expect(result.carryIn).toBe(c.expect.carryIn);
  if (c.expect.categories) expect(result.categories.map((x) => [x.id, x.required, x.earned, x.met])).toEqual(c.expect.categories);
  if (c.expect.removed) expect(result.adjustments.filter((a) => a.kind === 'cap').map((a) => [a.ruleId, a.removed])).toEqual(c.expect.removed);
  if (c.expect.pathways) expect(result.pathways.map((p) => [p.id, p.required, p.earned, p.met])).toEqual(c.expect.pathways);
  if (c.expect.standing) expect(result.standingRequirements.map((s) => [s.id, s.met])).toEqual(c.expect.standing);
  if (c.expect.uncertain) expect(result.uncertain.map((u) => u.ruleId)).toEqual(expect.arrayContaining(c.expect.uncertain));
  if (c.expect.excluded) expect(result.explanation.filter((l) => l.reason !== null).map((l) => [l.recorded?.unit, l.reason])).toEqual(c.expect.excluded);
  const sum = result.explanation.reduce((a, l) => a + Number(l.credited) * 10_000, 0);
  expect(Math.round(sum)).toBe(Math.round(Number(result.earned) * 10_000));
}

describe('rule-set presets, batch d', () => {
  const ids = Object.keys(morePresetsD);

  it('registers each batch-d preset under its lower-case postal code, valid against the schema', () => {
    for (const id of ids) {
      expect(RULE_SET_PRESET_IDS).toContain(id);
      const parsed = parseRuleSet(morePresetsD[id]);
      expect([parsed.id, parsed.jurisdiction]).toEqual([id, id.toUpperCase()]);
      for (const v of parsed.versions) expect(v.summary.length).toBeGreaterThan(0);
    }
  });

  it('cites a source for every rule of every batch-d preset', () => {
    const walk = (value: unknown, path: string, out: string[]) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, out));
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if ('id' in o && path.includes('.') && !('citation' in o) && !path.endsWith('unit') && !path.includes('gradeBands')) out.push(path);
        for (const [k, v] of Object.entries(o)) if (k !== 'citation') walk(v, `${path}.${k}`, out);
      }
    };
    for (const id of ids) {
      const missing: string[] = [];
      walk(getRuleSetPreset(id), id, missing);
      expect(missing).toEqual([]);
    }
  });

  // Every fact STATE-FACTS.json marks uncertain is flagged in the preset (rule ids per preset).
  const uncertainFacts: Record<string, string[]> = {
    nv: ['nv-cycle'],
    or: ['five_year', 'three_year', 'or-suspension'],
    ri: ['professional', 'ri-semester-credit', 'ri-cycle', 'ri-expiry'],
    sd: ['sd-contact-hours', 'masters', 'sd-contact-hours-cap'],
    ut: ['ut-alternate-learning', 'ut-suicide-prevention'],
    va: ['renewable_10', 'va-college-credit', 'va-clock-hours'],
    vt: ['vt-legacy-7-year'],
    wa: ['wa-semester-credit', 'wa-quarter-credit'],
    wy: ['wy-workshop-hours'],
  };

  it('covers exactly the batch-d jurisdictions', () => {
    expect([...ids].sort()).toEqual(Object.keys(uncertainFacts).sort());
  });

  it.each(Object.entries(uncertainFacts))('%s marks its uncertain facts', (id, ruleIds) => {
    const flagged = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const o = value as Record<string, unknown>;
        if (typeof o['id'] === 'string' && typeof o['uncertain'] === 'string') flagged.add(o['id']);
        Object.values(o).forEach(walk);
      }
    };
    walk(getRuleSetPreset(id).versions);
    for (const r of ruleIds) expect([r, flagged.has(r)]).toEqual([r, true]);
  });

  it.each(cases)('$name ($source)', (c) => check(c));
});
