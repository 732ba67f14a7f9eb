// Colorado, professional license renewal. Sources: the CDE pages and others cited below. The renewal
// period went from 5 to 7 years on 2021-07-01; the version in force when a license period starts
// governs it (versionSelection: cycle_start), so a 5-year license issued before then keeps its 5
// years.
import type { ConversionRuleInput, RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const PD = 'http://sites.cde.state.co.us/educatortalent/educatorpdrequirements';
const NODE = 'http://cde.state.co.us/node/2413';
const FAQ = 'http://cde.state.co.us./cdeprof/Licensure_renewal_faq';
const VENDOR = 'https://www.connectinglink.com/colorado?old=1';
const DP =
  'https://digitalpromise.org/initiative/educator-micro-credentials/digital-promise-micro-credentials-for-recertification/';
const hours7 = cite(
  PD,
  'A professional license is renewed with 90 clock hours of professional development in the 7-year renewal period (from 2021-07-01).',
);
const hours5 = cite(FAQ, 'Before 2021-07-01 the renewal period was 5 years.');
const credit = cite(FAQ, 'One semester hour of college credit = 15 clock hours.');
const periodCite = cite(FAQ, 'The renewal period runs from the license issue date to its expiration.');

const conversions: ConversionRuleInput[] = [
  unitFactor('co-clock-hour', 'clock_hour', '1', '1 clock (contact) hour', hours7),
  unitFactor('co-semester-hour', 'semester_credit', '15', '1 semester hour = 15 clock hours', credit),
  unitFactor(
    'co-ceu',
    'ceu',
    '10',
    '1 CEU = 10 clock hours',
    cite(VENDOR, '1 CEU = 10 clock hours.'),
    'The CEU rate comes from a secondary source.',
  ),
  {
    id: 'co-micro-credential',
    description: 'Micro-credential: its stated hours',
    match: { units: ['micro_credential'] },
    value: { kind: 'catalog_hours', factor: '1' },
    citation: cite(DP, 'Colorado is listed as accepting Digital Promise micro-credentials for renewal.'),
    uncertain: "Acceptance comes from a secondary source and no hour value is stated; the catalog's stated hours are used.",
  },
];

export const coPreset: RuleSetInput = {
  id: 'co',
  jurisdiction: 'CO',
  name: 'Colorado professional license renewal',
  versionSelection: 'cycle_start',
  versions: [
    {
      version: '5-year',
      // When the 5-year rule began is not in the facts; this version governs every period starting before 2021-07-01.
      effectiveFrom: '2000-01-01',
      summary: '90 clock hours per 5-year renewal period (licenses whose period began before 2021-07-01).',
      unit: { id: 'clock_hour', name: 'clock hours' },
      licenseTypes: [
        {
          id: 'professional',
          name: 'Professional Teacher License',
          required: '90',
          cycleYears: 5,
          citation: hours5,
          uncertain:
            'The facts give 90 hours for the current rule; that the 5-year rule also required 90 is assumed from "the cycle went from 5 to 7 years".',
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'co-period', kind: 'issue_date', citation: periodCite },
      conversions,
      notes: [
        {
          id: 'co-categories-5y',
          text: 'The special education / behavioral health and English learner requirements are applied to 7-year periods only; when they began is not in the facts.',
          citation: hours7,
          uncertain: 'Start dates of the category requirements.',
        },
      ],
    },
    {
      version: '7-year',
      effectiveFrom: '2021-07-01',
      summary:
        '90 clock hours per 7-year renewal period, with 10 in special education / behavioral health; 45 once in English learner education for listed endorsements.',
      unit: { id: 'clock_hour', name: 'clock hours' },
      licenseTypes: [
        { id: 'professional', name: 'Professional Teacher License', required: '90', cycleYears: 7, citation: hours7 },
        {
          id: 'professional_el_endorsement',
          name: 'Professional Teacher License (elementary, ELA, math, science, social studies or middle-school endorsement)',
          required: '90',
          cycleYears: 7,
          citation: hours7,
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'co-period', kind: 'issue_date', citation: periodCite },
      conversions,
      categoryRequirements: [
        // Preset-specific category: the state's combined special-education / behavioral-health topic.
        {
          id: 'co-special-ed-behavioral-health',
          category: 'special_education_behavioral_health',
          label: 'Special education and/or behavioral health',
          minimum: { kind: 'amount', amount: '10' },
          citation: cite(NODE, 'Every renewal includes at least 10 clock hours in special education and/or behavioral health.'),
        },
        {
          id: 'co-english-learners',
          category: 'english_language_learners',
          label: 'Culturally and linguistically diverse / English learner education',
          minimum: { kind: 'amount', amount: '45' },
          licenseTypes: ['professional_el_endorsement'],
          citation: cite(
            PD,
            'Holders of elementary, ELA, math, science, social studies or middle-school endorsements complete 45 clock hours in English learner education once.',
          ),
          uncertain:
            'The 45 hours are required once, not in every period; the model has no one-time amount, so it is checked in every period.',
        },
      ],
      notes: [
        {
          id: 'co-read-act',
          text: 'READ Act training (45 hours) for K-3 teachers is a district duty, not a renewal requirement.',
          citation: hours7,
        },
      ],
    },
  ],
};
