// New Hampshire, 3-year license renewal, DOE route (Ed 512); sources cited below. 75
// clock hours ("CEUs", 1 CEU = 1 clock hour) per 3 years: 30 in each endorsement's content area and
// 45 in professional education (Ed 505.07); +30 per additional endorsement (3 endorsements = 135).
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const FAQ = 'http://www.education.nh.gov/certification/ed512_faq.htm';
const SUMMARY = 'https://info.5y1.org/new-hampshire-dept-of-ed_1_945be1.html';
const PD = 'https://nhdoepm.atlassian.net/wiki/spaces/CHD/pages/282394649/Provide+Professional+Development+to+NH+license+holders';
const renewal = cite(
  FAQ,
  'A 3-year license is renewed with 75 continuing education units (1 CEU = 1 clock hour); each additional endorsement needs 30 more, so 3 endorsements need 135 hours.',
  'Ed 512',
);
const categories = cite(
  FAQ,
  'At least 30 hours in the content area of each endorsement held and 45 hours of professional education (Ed 505.07).',
  'Ed 512',
);

export const nhPreset: RuleSetInput = {
  id: 'nh',
  jurisdiction: 'NH',
  name: 'New Hampshire license renewal (CEUs, DOE route)',
  versions: [
    {
      version: 'ed-512',
      // The rule's effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2016-01-01',
      summary:
        '75 clock hours per 3-year license (+30 per additional endorsement): 30 per endorsement in its content area, 45 in professional education. No carry-over: hours from the 3 years before the application.',
      unit: { id: 'nh_ceu', name: 'NH CEUs (clock hours)' },
      licenseTypes: [
        {
          id: 'experienced_educator',
          name: 'Experienced Educator (3-year) license',
          required: '75',
          cycleYears: 3,
          perAdditionalLicense: '30',
          citation: renewal,
        },
      ],
      defaultLicenseType: 'experienced_educator',
      cycleWindow: {
        id: 'nh-cycle',
        kind: 'issue_date',
        citation: cite(PD, 'The license is valid for 3 years; hours count from the 3 years preceding the renewal application.'),
      },
      conversions: [
        unitFactor('nh-clock-hour', 'clock_hour', '1', '1 clock hour = 1 NH CEU', renewal),
        unitFactor(
          'nh-semester-credit',
          'semester_credit',
          '15',
          '1 semester credit = 15 NH CEUs',
          cite(SUMMARY, 'One semester credit counts as 15 continuing education units.'),
          'Semester credit = 15 CEUs comes from vendor summaries (Learners Edge), not the state.',
        ),
      ],
      categoryRequirements: [
        {
          id: 'nh-endorsement-content',
          category: 'subject_area',
          label: 'Endorsement content area (30 per endorsement)',
          minimum: { kind: 'amount', amount: '30' },
          perAdditionalLicense: '30',
          citation: categories,
        },
        {
          id: 'nh-professional-education',
          category: 'professional_education',
          label: 'Professional education (Ed 505.07)',
          minimum: { kind: 'amount', amount: '45' },
          citation: categories,
        },
      ],
      notes: [
        {
          id: 'nh-master-plan',
          text: "Employed educators renew under their SAU's local Professional Development Master Plan, verified by the SAU by June 30 of the renewal year; this preset is the DOE route for those not under a local plan.",
          citation: cite(
            PD,
            'Employed educators are verified by the SAU under its PD Master Plan by June 30 of the renewal year.',
          ),
        },
        {
          id: 'nh-not-in-facts',
          text: 'Not in the facts, so not converted: standard (IACET) CEUs of 10 hours, quarter credits and micro-credentials. Carry-over: none stated.',
          citation: renewal,
        },
        {
          id: 'nh-endorsements',
          text: 'Give the number of endorsements beyond the first as `endorsements` (or `additionalLicenses`); each adds 30 hours to the total and to the content requirement. Content hours are checked in total, not per endorsement.',
          citation: renewal,
        },
      ],
    },
  ],
};
