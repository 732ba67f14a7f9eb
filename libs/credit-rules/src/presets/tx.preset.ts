// Texas, Continuing Professional Education (CPE), 19 TAC §232.11. Sources: the rule and TEA's renewal
// FAQ, cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const FAQ = 'https://tea.texas.gov/texas-educators/certification/renewal-faqs';
const TAC = 'https://texreg.sos.state.tx.us/public/readtac$ext.ViewTAC?tac_view=5&ti=19&pt=7&ch=232';
const hours = cite(
  FAQ,
  'Classroom teachers must complete 150 CPE hours every five years; holders of professional certificates 200 hours.',
);

const base = {
  unit: { id: 'cpe_hour', name: 'CPE hours' },
  licenseTypes: [
    { id: 'classroom_teacher', name: 'Classroom teacher', required: '150', cycleYears: 5, citation: hours },
    {
      id: 'professional',
      name: 'Professional certificate (principal, counselor, librarian, ...)',
      required: '200',
      cycleYears: 5,
      citation: hours,
    },
  ],
  defaultLicenseType: 'classroom_teacher',
  cycleWindow: {
    id: 'tx-cycle',
    kind: 'issue_date' as const,
    citation: hours,
    uncertain:
      'Standard certificates are valid five years; the exact expiry day (issue date or birth month) is not in the sources.',
  },
  conversions: [
    unitFactor('tx-clock-hour', 'clock_hour', '1', '1 clock hour = 1 CPE hour', hours),
    unitFactor(
      'tx-semester-credit',
      'semester_credit',
      '15',
      '1 semester credit hour = 15 CPE hours',
      cite(TAC, 'One semester credit hour equals 15 CPE hours.', '19 TAC §232.11'),
    ),
  ],
};

const caps = [
  {
    id: 'tx-independent-study',
    label: 'Independent study',
    appliesTo: { activityTypes: ['independent_study' as const] },
    limit: { kind: 'share' as const, share: '0.2' },
    citation: cite(TAC, 'Independent study may not exceed 20 percent of the required CPE hours.', '19 TAC §232.11'),
  },
  {
    id: 'tx-presenting',
    label: 'Developing or presenting CPE activities',
    appliesTo: { activityTypes: ['presenting' as const] },
    limit: { kind: 'share' as const, share: '0.1' },
    citation: cite(
      TAC,
      'Developing and/or presenting CPE activities may not exceed 10 percent of the required CPE hours.',
      '19 TAC §232.11',
    ),
  },
  {
    id: 'tx-mentoring',
    label: 'Mentoring',
    appliesTo: { activityTypes: ['mentoring' as const] },
    limit: { kind: 'share' as const, share: '0.3' },
    citation: cite(TAC, 'Serving as a mentor may not exceed 30 percent of the required CPE hours.', '19 TAC §232.11'),
  },
];

const swd = {
  id: 'tx-swd',
  category: 'students_with_disabilities',
  label: 'Educating students with disabilities, including dyslexia',
  minimum: { kind: 'any' as const },
  licenseTypes: ['classroom_teacher'],
  citation: cite(
    TAC,
    'CPE for classroom teachers must include instruction regarding students with disabilities, including dyslexia.',
    '19 TAC §232.11',
  ),
  uncertain: 'The sources name no minimum number of hours.',
};

export const txPreset: RuleSetInput = {
  id: 'tx',
  jurisdiction: 'TX',
  name: 'Texas CPE',
  versions: [
    {
      version: '2017',
      effectiveFrom: '2017-09-01',
      summary: 'CPE with activity caps and a students-with-disabilities topic.',
      ...base,
      caps,
      categoryRequirements: [swd],
    },
    {
      version: '2023',
      effectiveFrom: '2023-09-01',
      summary: 'Renewals from 2023-09-01: listed topics may not be required for more than 25% of the hours.',
      ...base,
      caps,
      categoryRequirements: [swd],
      notes: [
        {
          id: 'tx-topics-25',
          text: 'For renewals on or after 2023-09-01 the state may not require more than 25% of CPE hours on listed topics.',
          citation: cite(
            FAQ,
            'For certificates renewed on or after September 1, 2023, no more than 25 percent of CPE hours may be required on the listed topics.',
          ),
          uncertain: 'How the 25% limit applies to individual topics is not in the sources.',
        },
      ],
    },
  ],
};
