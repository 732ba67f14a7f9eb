// Batch c presets (issue 7: HI IA ID IN LA MD ME MI MN MO MS MT ND NM): table-driven cases, each
// worked out by hand from the source the preset cites (named in the case).
import { evaluateRenewal, type RenewalInput } from '../lib/renewal-evaluator';
import type { PdRecordInput } from '../lib/pd-record';
import { parseRuleSet } from '../lib/rule-set.schema';
import { morePresetsC } from './more-presets-c';
import { getRuleSetPreset } from './rule-set-presets';

let seq = 0;
function rec(completedOn: string, activityType: PdRecordInput['activityType'], amount: string, unit: PdRecordInput['unit'], extra: Partial<PdRecordInput> = {}): PdRecordInput {
  return { id: `c${String(++seq).padStart(3, '0')}`, completedOn, activityType, amount, unit, ...extra };
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
    /** [category id, required, earned, met] */
    categories?: Array<[string, string, string, boolean]>;
    /** [pathway id, required, earned, met] */
    pathways?: Array<[string, string, string, boolean]>;
    /** [adjustment kind, rule id, removed] */
    adjustments?: Array<[string, string, string]>;
    /** [standing requirement id, met] */
    standing?: Array<[string, boolean]>;
    /** rule ids that must be reported as uncertain */
    uncertain?: string[];
  };
}

const HI = 'HTSB Renewing Your License and FAQs (hawaiiteacherstandardsboard.org)';
const IA = 'BoEE renewal information and 282 IAC 13.30';
const ID = 'IDAPA 08.02.02.060 and Caldwell School District renewal page';
const IN = 'IDOE Professional Growth Plan and renewal pages; Purdue licensure renewals';
const MD = 'COMAR 13A.12.02.06 and MSDE Certification Renewal';
const LA = '28 LAC CXXXI §103 and TeachLouisiana renewal page';
const ME = 'Maine DOE Professional certificate renewal (maine.gov) and MEA';
const MI = 'MDE Supporting Continuing Certification and TCAPS certification page';
const MN = 'Minn. R. 8710.7200, Minn. Stat. 122A.187 (NASBE) and connectinglink.com Minnesota';
const MO = 'MSTA two-tier certification explanation and Learners Edge Missouri';
const MS = 'MDE Office of Educator Licensure renewal pages';
const MT = 'ARM 10.57.215 and OPI renewal page';
const ND = 'NDAC 67.1-02-02-04 and ESPB license types';
const NM = '6.60.6 NMAC (continuing licensure) and srca.nm.gov 6.60.6';

const cases: Case[] = [
  // ---- Hawaii ----
  {
    name: 'HI: Standard license, no PD required: 0 of 0, complete even with no records',
    source: HI,
    preset: 'hi',
    license: { issuedOn: '2021-07-01' },
    asOf: '2024-01-15',
    records: [],
    expect: { earned: '0', required: '0', remaining: '0', status: 'complete', cycle: ['2021-07-01', '2026-06-30'] },
  },
  {
    name: 'HI: Advanced license runs 10 years; 12 clock hours are shown for information, still required 0, complete; the 10-year term is flagged uncertain',
    source: `${HI}: Advanced license 10 years (secondary source)`,
    preset: 'hi',
    license: { issuedOn: '2020-01-01', licenseType: 'advanced' },
    asOf: '2024-01-15',
    records: [rec('2022-03-01', 'workshop', '12', 'clock_hour')],
    expect: { earned: '12', required: '0', remaining: '0', status: 'complete', cycle: ['2020-01-01', '2029-12-31'], uncertain: ['advanced'] },
  },
  // ---- Iowa ----
  {
    name: 'IA: 4 semester hours = 4 renewal credits; 30 clock hours not accepted; reporter training done; 4 of 5 years: pace 4.8 > 4, at risk',
    source: IA,
    preset: 'ia',
    license: { issuedOn: '2020-07-01' },
    asOf: '2024-07-01',
    records: [rec('2021-10-01', 'course', '4', 'semester_credit'), rec('2022-03-01', 'workshop', '30', 'clock_hour'), rec('2023-02-01', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting'] })],
    expect: { earned: '4', required: '6', remaining: '2', status: 'at_risk', standing: [['ia-mandatory-reporter', true]], uncertain: ['standard'] },
  },
  {
    name: 'IA: 6 semester hours + mandatory reporter training = 6 of 6, complete',
    source: IA,
    preset: 'ia',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-03-01',
    records: [rec('2021-10-01', 'course', '3', 'semester_credit'), rec('2023-10-01', 'course', '3', 'semester_credit'), rec('2024-02-01', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting'] })],
    expect: { earned: '6', remaining: '0', status: 'complete', standing: [['ia-mandatory-reporter', true]] },
  },
  {
    name: 'IA: 6 credits but no reporter training, under 1 year to expiry: at risk',
    source: `${IA}; govdelivery bulletin: child abuse mandatory reporter training`,
    preset: 'ia',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-03-01',
    records: [rec('2021-10-01', 'course', '6', 'semester_credit')],
    expect: { earned: '6', remaining: '0', status: 'at_risk', standing: [['ia-mandatory-reporter', false]] },
  },
  {
    name: 'IA: master\'s and 10 years of teaching: required 0; with the reporter training, complete',
    source: 'Iowa Code 256.146',
    preset: 'ia',
    license: { issuedOn: '2020-07-01', licenseType: 'master-10-years' },
    asOf: '2022-03-01',
    records: [rec('2021-02-01', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting'] })],
    expect: { earned: '0', required: '0', status: 'complete' },
  },
  // ---- Idaho ----
  {
    name: 'ID: 1 semester + 3 quarter (= 2) + 60 in-service hours (= 4, capped at 3) = 6; transcripted 3 of 3, complete',
    source: ID,
    preset: 'id',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [rec('2021-06-01', 'course', '1', 'semester_credit'), rec('2022-06-01', 'course', '3', 'quarter_credit'), rec('2023-01-10', 'workshop', '30', 'clock_hour'), rec('2024-01-10', 'workshop', '30', 'clock_hour')],
    expect: { earned: '6', required: '6', remaining: '0', status: 'complete', categories: [['transcripted_postsecondary', '3', '3', true]], adjustments: [['cap', 'id-in-service-cap', '1']], uncertain: ['id-in-service-cap', 'id-quarter-credit'] },
  },
  {
    name: 'ID: 45 in-service hours (= 3) + 2 semester credits = 5, transcripted 2 of 3, a year to go: at risk',
    source: ID,
    preset: 'id',
    license: { issuedOn: '2020-07-01' },
    asOf: '2024-07-01',
    records: [rec('2021-06-01', 'workshop', '45', 'clock_hour'), rec('2022-06-01', 'course', '2', 'semester_credit')],
    expect: { earned: '5', remaining: '1', status: 'at_risk', categories: [['transcripted_postsecondary', '3', '2', false]] },
  },
  // ---- Indiana ----
  {
    name: 'IN: 26 clock hours + 2 semester hours (30) + cooperating teacher 40 (capped at 30) + CPR 4 = 90 PGP points, CPR card current, complete; 6-semester-hour pathway 2 of 6',
    source: IN,
    preset: 'in',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [
      rec('2021-01-10', 'workshop', '26', 'clock_hour'),
      rec('2021-06-10', 'course', '2', 'semester_credit'),
      rec('2022-05-01', 'mentoring', '40', 'clock_hour'),
      rec('2023-09-01', 'workshop', '4', 'clock_hour', { categories: ['first_aid_cpr'] }),
    ],
    expect: {
      earned: '90',
      required: '90',
      remaining: '0',
      status: 'complete',
      adjustments: [['cap', 'in-cooperating-teacher', '10']],
      pathways: [['in-semester-hours', '6', '2', false]],
      standing: [['in-cpr-aed', true]],
      uncertain: ['in-semester-hour', 'in-cooperating-teacher'],
    },
  },
  {
    name: 'IN: 6 semester hours meet the pathway (6 of 6) and 90 points; 1-hour CPR class: 91, complete',
    source: `${IN}: 6 semester hours in place of 90 PGP points`,
    preset: 'in',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [rec('2022-06-10', 'course', '6', 'semester_credit'), rec('2024-09-01', 'workshop', '1', 'clock_hour', { categories: ['first_aid_cpr'] })],
    expect: { earned: '91', status: 'complete', pathways: [['in-semester-hours', '6', '6', true]], standing: [['in-cpr-aed', true]] },
  },
  {
    name: 'IN: 90 clock hours but no CPR/AED card, under a year to expiry: at risk',
    source: `${IN}: a valid CPR, Heimlich and AED card at every renewal`,
    preset: 'in',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-03-01',
    records: [rec('2022-06-10', 'workshop', '90', 'clock_hour')],
    expect: { earned: '90', remaining: '0', status: 'at_risk', standing: [['in-cpr-aed', false]] },
  },
  {
    name: 'IN: Accomplished practitioner license runs 10 years: 45 of 90 after 5 years = pace 45, on track',
    source: IN,
    preset: 'in',
    license: { issuedOn: '2020-07-01', licenseType: 'accomplished' },
    asOf: '2025-07-01',
    records: [rec('2022-06-10', 'workshop', '45', 'clock_hour')],
    expect: { earned: '45', required: '90', remaining: '45', status: 'on_track', cycle: ['2020-07-01', '2030-06-30'] },
  },
  // ---- Maryland ----
  {
    name: 'MD 2024: 40 clock hours content + 2 semester hours ESL (30) + 1 CEU disabilities (10) + 10 hours culturally responsive = 90 PDPs, four areas met, complete',
    source: MD,
    preset: 'md',
    license: { issuedOn: '2024-07-01' },
    asOf: '2029-01-01',
    records: [
      rec('2024-10-01', 'workshop', '40', 'clock_hour', { categories: ['content_or_pedagogy'] }),
      rec('2025-06-01', 'course', '2', 'semester_credit', { categories: ['english_language_learners'] }),
      rec('2026-03-01', 'conference', '1', 'ceu', { categories: ['students_with_disabilities'] }),
      rec('2027-03-01', 'workshop', '10', 'clock_hour', { categories: ['cultural_competency'] }),
    ],
    expect: {
      earned: '90',
      required: '90',
      remaining: '0',
      status: 'complete',
      version: '2024',
      categories: [
        ['content_or_pedagogy', '1', '40', true],
        ['english_language_learners', '1', '30', true],
        ['students_with_disabilities', '1', '10', true],
        ['cultural_competency', '1', '10', true],
      ],
      uncertain: ['md-content-pedagogy'],
    },
  },
  {
    name: 'MD 2024: Blind/VI license, the same 90 PDPs but braille 0 of 15; 1 of 5 years: pace 18, on track',
    source: `${MD}: 15 PDPs in braille maintenance for Blind/VI licenses`,
    preset: 'md',
    license: { issuedOn: '2024-07-01', licenseType: 'blind-vi' },
    asOf: '2025-08-01',
    records: [
      rec('2024-10-01', 'workshop', '40', 'clock_hour', { categories: ['content_or_pedagogy'] }),
      rec('2025-06-01', 'course', '2', 'semester_credit', { categories: ['english_language_learners'] }),
      rec('2025-06-02', 'conference', '1', 'ceu', { categories: ['students_with_disabilities'] }),
      rec('2025-07-03', 'workshop', '10', 'clock_hour', { categories: ['cultural_competency'] }),
    ],
    expect: {
      earned: '90',
      status: 'on_track',
      categories: [
        ['content_or_pedagogy', '1', '40', true],
        ['english_language_learners', '1', '30', true],
        ['students_with_disabilities', '1', '10', true],
        ['cultural_competency', '1', '10', true],
        ['braille_maintenance', '15', '0', false],
      ],
    },
  },
  {
    name: 'MD legacy (certificate issued 2021): 4 semester hours of 6 (clock hours not in the legacy rule), but 4 x 15 + 30 clock hours = 90 PDPs meets the PDP option: complete',
    source: `${MD}: certificates issued before 2024-07-01 may use the legacy 6 semester hours`,
    preset: 'md',
    license: { issuedOn: '2021-07-01' },
    asOf: '2026-01-01',
    records: [rec('2022-06-10', 'course', '4', 'semester_credit'), rec('2024-09-01', 'workshop', '30', 'clock_hour')],
    expect: { earned: '4', required: '6', remaining: '2', status: 'complete', version: 'legacy', cycle: ['2021-07-01', '2026-06-30'], pathways: [['md-legacy-pdp-option', '90', '90', true]] },
  },
  {
    name: 'MD legacy: 6 semester hours = 6 of 6, complete; PDP option 90 of 90',
    source: `${MD}: legacy 6 semester hours`,
    preset: 'md',
    license: { issuedOn: '2021-07-01' },
    asOf: '2026-01-01',
    records: [rec('2022-06-10', 'course', '6', 'semester_credit')],
    expect: { earned: '6', remaining: '0', status: 'complete', version: 'legacy', pathways: [['md-legacy-pdp-option', '90', '90', true]] },
  },
  // ---- Louisiana ----
  {
    name: 'LA: public-school Level 2/3, renewed on effectiveness: required 0, complete with no records',
    source: LA,
    preset: 'la',
    license: { issuedOn: '2021-07-01' },
    asOf: '2023-01-01',
    records: [],
    expect: { earned: '0', required: '0', remaining: '0', status: 'complete' },
  },
  {
    name: 'LA: nonpublic, 100 clock hours + 2 semester hours (30) = 130 of 150 CLUs; 4 of 5 years: pace 120, on track',
    source: `${LA}: 150 CLUs for nonpublic teachers`,
    preset: 'la',
    license: { issuedOn: '2020-07-01', licenseType: 'nonpublic' },
    asOf: '2024-07-01',
    records: [rec('2021-03-01', 'workshop', '100', 'clock_hour'), rec('2022-03-01', 'course', '2', 'semester_credit')],
    expect: { earned: '130', required: '150', remaining: '20', status: 'on_track', uncertain: ['nonpublic'] },
  },
  // ---- Maine ----
  {
    name: 'ME: 2 semester hours + 45 contact hours (3) + 1.5 CEUs (1) = 6 credits, complete',
    source: ME,
    preset: 'me',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [rec('2021-03-01', 'course', '2', 'semester_credit'), rec('2022-03-01', 'workshop', '45', 'clock_hour'), rec('2023-03-01', 'conference', '1.5', 'ceu')],
    expect: { earned: '6', required: '6', remaining: '0', status: 'complete', uncertain: ['professional', 'me-ceu'] },
  },
  {
    name: 'ME: 3 of 6 credits two months after expiry: within the 6-month lapse period, behind',
    source: `${ME}: lapses six months after expiration`,
    preset: 'me',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2025-09-01',
    records: [rec('2021-03-01', 'course', '3', 'semester_credit')],
    expect: { earned: '3', remaining: '3', status: 'behind', cycle: ['2020-07-01', '2025-06-30'] },
  },
  {
    name: 'ME: 3 of 6 credits more than 6 months after expiry: lapsed',
    source: `${ME}: lapses six months after expiration`,
    preset: 'me',
    license: { cycleStart: '2020-07-01', cycleEnd: '2025-06-30' },
    asOf: '2026-02-01',
    records: [rec('2021-03-01', 'course', '3', 'semester_credit')],
    expect: { earned: '3', remaining: '3', status: 'lapsed' },
  },
  // ---- Michigan ----
  {
    name: 'MI: issued 2020-09-01, expires June 30 2026; 100 SCECH hours + 2 semester credits (50) = 150, complete',
    source: MI,
    preset: 'mi',
    license: { issuedOn: '2020-09-01' },
    asOf: '2026-01-15',
    records: [rec('2021-03-01', 'workshop', '100', 'clock_hour'), rec('2023-03-01', 'course', '2', 'semester_credit')],
    expect: { earned: '150', required: '150', remaining: '0', status: 'complete', cycle: ['2020-09-01', '2026-06-30'], uncertain: ['mi-expiry'] },
  },
  {
    name: 'MI: 50 of 150 hours after 3 whole years: pace 90, 50 < 90 but >= 45, at risk',
    source: MI,
    preset: 'mi',
    license: { issuedOn: '2020-09-01' },
    asOf: '2023-09-01',
    records: [rec('2021-03-01', 'workshop', '50', 'clock_hour')],
    expect: { earned: '50', remaining: '100', status: 'at_risk' },
  },
  // ---- Minnesota ----
  {
    name: 'MN: Tier 4, 125 clock hours with every area and supervision capped at 30 (40 - 10): complete',
    source: MN,
    preset: 'mn',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-03-01',
    records: [
      rec('2020-09-01', 'course', '2', 'semester_credit', { categories: ['cultural_competency'] }), // 48
      rec('2021-01-10', 'course', '1', 'quarter_credit', { categories: ['english_language_learners'] }), // 16
      rec('2021-02-10', 'workshop', '1', 'clock_hour', { categories: ['suicide_prevention'] }),
      rec('2021-03-10', 'workshop', '2', 'clock_hour', { categories: ['mental_health'] }),
      rec('2021-04-10', 'workshop', '3', 'clock_hour', { categories: ['positive_behavior_interventions'] }),
      rec('2021-05-10', 'workshop', '3', 'clock_hour', { categories: ['accommodations'] }),
      rec('2022-01-10', 'workshop', '10', 'clock_hour', { categories: ['literacy'] }),
      rec('2022-02-10', 'workshop', '2', 'clock_hour', { categories: ['american_indian_history_culture'] }),
      rec('2023-05-01', 'mentoring', '40', 'clock_hour'), // capped at 30
      rec('2024-01-10', 'conference', '10', 'clock_hour'),
    ],
    expect: {
      earned: '125',
      required: '125',
      remaining: '0',
      status: 'complete',
      adjustments: [['cap', 'mn-clinical-supervision', '10']],
      categories: [
        ['cultural_competency', '0', '48', true],
        ['english_language_learners', '0', '16', true],
        ['suicide_prevention', '1', '1', true],
        ['mental_health', '0', '2', true],
        ['positive_behavior_interventions', '0', '3', true],
        ['accommodations', '0', '3', true],
        ['literacy', '0', '10', true],
        ['american_indian_history_culture', '0', '2', true],
      ],
      uncertain: ['mn-semester-credit', 'mn-quarter-credit', 'mn-clinical-supervision', 'mn-expiry'],
    },
  },
  {
    name: 'MN: Tier 3 needs 75: 75 untagged clock hours meet the total, but no area is met; 2 of 5 years: on track',
    source: `${MN}: Tier 3 needs 75 hours`,
    preset: 'mn',
    license: { issuedOn: '2020-07-01', licenseType: 'tier-3' },
    asOf: '2022-07-01',
    records: [rec('2021-03-01', 'workshop', '75', 'clock_hour')],
    expect: {
      earned: '75',
      required: '75',
      remaining: '0',
      status: 'on_track',
      categories: [
        ['cultural_competency', '0', '0', false],
        ['english_language_learners', '0', '0', false],
        ['suicide_prevention', '1', '0', false],
        ['mental_health', '0', '0', false],
        ['positive_behavior_interventions', '0', '0', false],
        ['accommodations', '0', '0', false],
        ['literacy', '0', '0', false],
        ['american_indian_history_culture', '0', '0', false],
      ],
    },
  },
  // ---- Missouri ----
  {
    name: 'MO: one year, 1 semester hour = 15 contact hours, complete (secondary sources, uncertain)',
    source: MO,
    preset: 'mo',
    license: { issuedOn: '2024-08-01' },
    asOf: '2025-05-01',
    records: [rec('2024-11-01', 'course', '1', 'semester_credit')],
    expect: { earned: '15', required: '15', remaining: '0', status: 'complete', cycle: ['2024-08-01', '2025-07-31'], uncertain: ['ccpc', 'mo-semester-hour', 'mo-cycle'] },
  },
  {
    name: 'MO: 10 of 15 contact hours after the year ended: lapsed',
    source: MO,
    preset: 'mo',
    license: { cycleStart: '2024-08-01', cycleEnd: '2025-07-31' },
    asOf: '2025-09-01',
    records: [rec('2024-11-01', 'workshop', '10', 'clock_hour')],
    expect: { earned: '10', remaining: '5', status: 'lapsed' },
  },
  {
    name: 'MO: exempt (two of 10 years, master\'s, National Board): required 0, complete',
    source: `${MO}: exemption`,
    preset: 'mo',
    license: { issuedOn: '2024-08-01', licenseType: 'ccpc-exempt' },
    asOf: '2025-05-01',
    records: [],
    expect: { earned: '0', required: '0', status: 'complete' },
  },
  // ---- Mississippi ----
  {
    name: 'MS: Class A, 3 semester hours (5) + 5 CEUs, all in the content area = 10, content 10 of 10, complete',
    source: MS,
    preset: 'ms',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [rec('2021-06-01', 'course', '3', 'semester_credit', { categories: ['content_or_job_skill'] }), rec('2022-06-01', 'conference', '5', 'ceu', { categories: ['content_or_job_skill'] })],
    expect: { earned: '10', required: '10', remaining: '0', status: 'complete', categories: [['content_or_job_skill', '10', '10', true]], pathways: [['ms-nbpts', '1', '0', false]] },
  },
  {
    name: 'MS: Class A, 6 semester hours in the content area = 10 CEUs, complete',
    source: `${MS}: 6 semester hours renew a Class A license`,
    preset: 'ms',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [rec('2021-06-01', 'course', '6', 'semester_credit', { categories: ['content_or_job_skill'] })],
    expect: { earned: '10', remaining: '0', status: 'complete', categories: [['content_or_job_skill', '10', '10', true]] },
  },
  {
    name: 'MS: Class AA, 50 contact hours (5 CEUs) not tagged to the content area: 5 of 5 but content 0 of 5, under a year left: at risk',
    source: `${MS}; connectinglink.com: 10 hours = 1 CEU`,
    preset: 'ms',
    license: { issuedOn: '2020-07-01', licenseType: 'class-aa' },
    asOf: '2025-03-01',
    records: [rec('2022-06-01', 'workshop', '50', 'clock_hour')],
    expect: { earned: '5', required: '5', remaining: '0', status: 'at_risk', categories: [['content_or_job_skill', '5', '0', false]], uncertain: ['ms-contact-hour'] },
  },
  {
    name: 'MS: National Board certification renews: pathway 1 of 1, complete',
    source: `${MS}: NBPTS route`,
    preset: 'ms',
    license: { issuedOn: '2020-07-01' },
    asOf: '2024-01-01',
    records: [rec('2022-06-01', 'national_board', '1', 'certification')],
    expect: { earned: '0', remaining: '10', status: 'complete', pathways: [['ms-nbpts', '1', '1', true]] },
  },
  // ---- Montana ----
  {
    name: 'MT: issued 2020-09-01, expires June 30 2026; 30 clock hours + 1 semester credit (15) + 1.5 quarter credits (15) = 60 PDUs, complete',
    source: MT,
    preset: 'mt',
    license: { issuedOn: '2020-09-01' },
    asOf: '2026-01-15',
    records: [rec('2021-03-01', 'workshop', '30', 'clock_hour'), rec('2022-03-01', 'course', '1', 'semester_credit'), rec('2023-03-01', 'course', '1.5', 'quarter_credit')],
    expect: { earned: '60', required: '60', remaining: '0', status: 'complete', cycle: ['2020-09-01', '2026-06-30'] },
  },
  // ---- North Dakota ----
  {
    name: 'ND: Five-Year license, 4 semester hours + 3 quarter hours (2) = 6, complete',
    source: ND,
    preset: 'nd',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-01-01',
    records: [rec('2021-06-01', 'course', '4', 'semester_credit'), rec('2023-06-01', 'course', '3', 'quarter_credit')],
    expect: { earned: '6', required: '6', remaining: '0', status: 'complete', uncertain: ['nd-quarter-hour'] },
  },
  {
    name: 'ND: 3 of 6 semester hours with a year to go (pace 4.8): at risk; clock hours not converted',
    source: ND,
    preset: 'nd',
    license: { issuedOn: '2020-07-01' },
    asOf: '2024-07-01',
    records: [rec('2021-06-01', 'course', '3', 'semester_credit'), rec('2022-06-01', 'workshop', '30', 'clock_hour')],
    expect: { earned: '3', remaining: '3', status: 'at_risk' },
  },
  {
    name: 'ND: 30-Year Life license, no PD: required 0, complete',
    source: `${ND}: 30-Year Life license`,
    preset: 'nd',
    license: { issuedOn: '2020-07-01', licenseType: 'life' },
    asOf: '2024-07-01',
    records: [],
    expect: { earned: '0', required: '0', status: 'complete' },
  },
  // ---- New Mexico ----
  {
    name: 'NM: Level 2 license, 9-year term, no PD required: 0 of 0, complete',
    source: NM,
    preset: 'nm',
    license: { issuedOn: '2019-07-01' },
    asOf: '2025-06-30',
    records: [],
    expect: { earned: '0', required: '0', remaining: '0', status: 'complete', cycle: ['2019-07-01', '2028-06-30'] },
  },
];

describe('batch c presets (HI IA ID IN LA MD ME MI MN MO MS MT ND NM)', () => {
  it('registers the batch c ids, each valid against the schema', () => {
    expect(Object.keys(morePresetsC).sort()).toEqual(['hi', 'ia', 'id', 'in', 'la', 'md', 'me', 'mi', 'mn', 'mo', 'ms', 'mt', 'nd', 'nm']);
    for (const [id, preset] of Object.entries(morePresetsC)) {
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
    if (c.expect.version) expect(r.ruleSetVersion).toBe(c.expect.version);
    if (c.expect.cycle) expect([r.cycle.start, r.cycle.end]).toEqual(c.expect.cycle);
    if (c.expect.categories) expect(r.categories.map((x) => [x.id, x.required, x.earned, x.met])).toEqual(c.expect.categories);
    if (c.expect.pathways) expect(r.pathways.map((p) => [p.id, p.required, p.earned, p.met])).toEqual(c.expect.pathways);
    if (c.expect.adjustments) expect(r.adjustments.map((a) => [a.kind, a.ruleId, a.removed])).toEqual(c.expect.adjustments);
    if (c.expect.standing) expect(r.standingRequirements.map((s) => [s.id, s.met])).toEqual(c.expect.standing);
    for (const id of c.expect.uncertain ?? []) expect(r.uncertain.map((u) => u.ruleId)).toContain(id);
    // The explanation lines add up exactly to `earned`.
    const sum = r.explanation.reduce((a, l) => a + Math.round(Number(l.credited) * 10_000), 0);
    expect(sum).toBe(Math.round(Number(r.earned) * 10_000));
  });
});
