// Minnesota, Tier 4 professional license renewal (Minn. R. 8710.7200; Minn. Stat. 122A.187).
// Sources: the citations below. 125 clock hours per 5 years (Tier 3: 75) with required areas;
// a local committee approves hours.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const RULE =
  'https://casetext.com/regulation/minnesota-administrative-rules/agency-188-professional-educator-licensing-and-standards-board/chapter-8710-teacher-and-other-school-professional-licensing/continuing-education-and-license-renewal/part-87107200-clock-hours-requirements-for-renewal-of-professional-licenses';
const NASBE =
  'https://statepolicies.nasbe.org/health/categories/counseling-psychological-and-social-services/professional-development-for-mental-health/minnesota';
const PELSB = 'https://mn.gov/pelsb/board/rulemaking/rd4863/4863issues.jsp';
const CL = 'https://www.connectinglink.com/minnesota?old=1';
const r = (text: string, section = 'Minn. R. 8710.7200') => cite(RULE, text, section);
const hours = r(
  'A Tier 4 license is renewed with 125 clock hours of professional development in the five years before renewal, approved by a local committee.',
);
const tier3 = r('A Tier 3 license is renewed with 75 clock hours.');
const areas = r(
  'Renewal includes cultural competency and work with English learners (InTASC-aligned).',
  'Minn. R. 8710.7200 subp. 2a',
);
const suicide = cite(
  NASBE,
  'Renewal includes at least one hour of suicide prevention best practices and training on the warning signs of mental illness.',
  'Minn. Stat. 122A.187 subd. 6',
);
const secondary = cite(
  CL,
  'One semester credit = 24 clock hours, one quarter credit = 16; supervising clinical experiences counts for at most 30 clock hours per five-year period; hours come from two or more activity categories; renewal includes positive behavior interventions, accommodations for students with disabilities, and reading preparation; licenses expire June 30.',
);
const secondaryUncertain = 'From a secondary source (connectinglink.com); check with PELSB.';
const americanIndian = cite(PELSB, 'A 2023 law adds American Indian history and culture to the renewal requirements.');

const any = (id: string, category: string, label: string, citation: ReturnType<typeof cite>, uncertain?: string) => ({
  id,
  category,
  label,
  minimum: { kind: 'any' as const },
  citation,
  ...(uncertain ? { uncertain } : {}),
});

export const mnPreset: RuleSetInput = {
  id: 'mn',
  jurisdiction: 'MN',
  name: 'Minnesota professional license renewal',
  versions: [
    {
      version: '8710-7200',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        '125 clock hours per 5 years (Tier 3: 75), including cultural competency, English learners, suicide prevention (1 hour), mental illness warning signs, PBIS, accommodations, reading and American Indian history; supervising clinical experiences at most 30. CEUs and carry-over: not in the facts.',
      unit: { id: 'clock_hour', name: 'clock hours' },
      licenseTypes: [
        { id: 'tier-4', name: 'Tier 4 professional license', required: '125', cycleYears: 5, citation: hours },
        { id: 'tier-3', name: 'Tier 3 license', required: '75', cycleYears: 5, citation: tier3 },
      ],
      defaultLicenseType: 'tier-4',
      cycleWindow: { id: 'mn-cycle', kind: 'issue_date', citation: hours },
      expiry: {
        id: 'mn-expiry',
        monthDay: '06-30',
        citation: secondary,
        uncertain: 'The June 30 expiry is from a secondary source; check with PELSB.',
      },
      conversions: [
        unitFactor('mn-clock-hour', 'clock_hour', '1', '1 clock hour', hours),
        unitFactor(
          'mn-semester-credit',
          'semester_credit',
          '24',
          '1 semester credit = 24 clock hours',
          secondary,
          secondaryUncertain,
        ),
        unitFactor(
          'mn-quarter-credit',
          'quarter_credit',
          '16',
          '1 quarter credit = 16 clock hours',
          secondary,
          secondaryUncertain,
        ),
      ],
      caps: [
        {
          id: 'mn-clinical-supervision',
          label: 'Supervising clinical experiences',
          appliesTo: { activityTypes: ['mentoring'] },
          limit: { kind: 'amount', amount: '30' },
          citation: secondary,
          uncertain: secondaryUncertain,
        },
      ],
      categoryRequirements: [
        any('mn-cultural-competency', 'cultural_competency', 'Cultural competency', areas),
        any('mn-english-learners', 'english_language_learners', 'English learners', areas),
        {
          id: 'mn-suicide-prevention',
          category: 'suicide_prevention',
          label: 'Suicide prevention best practices',
          minimum: { kind: 'amount', amount: '1' },
          citation: suicide,
        },
        any('mn-mental-illness', 'mental_health', 'Warning signs of mental illness', suicide),
        any(
          'mn-pbis',
          'positive_behavior_interventions',
          'Positive behavior intervention strategies',
          secondary,
          secondaryUncertain,
        ),
        any(
          'mn-accommodations',
          'accommodations',
          'Accommodations for students with disabilities',
          secondary,
          secondaryUncertain,
        ),
        any('mn-reading', 'literacy', 'Reading preparation', secondary, secondaryUncertain),
        any('mn-american-indian', 'american_indian_history_culture', 'American Indian history and culture', americanIndian),
      ],
      notes: [
        {
          id: 'mn-two-categories',
          notChecked: true,
          text: 'Hours must come from two or more activity categories (not computed).',
          citation: secondary,
          uncertain: secondaryUncertain,
        },
        {
          id: 'mn-mental-health-bill',
          text: 'A 2025 bill would require 5 hours of mental health training.',
          citation: suicide,
          uncertain: 'Pending legislation, not in force in the sources; check with PELSB.',
        },
        { id: 'mn-local-committee', text: 'A local continuing education committee approves the clock hours.', citation: hours },
      ],
    },
  ],
};
