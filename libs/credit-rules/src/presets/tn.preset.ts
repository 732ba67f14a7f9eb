// Tennessee, Educator Licensure Policy 5.502, professional development points (PDPs).
// Source: the Tennessee Department of Education's PDP FAQ, cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const FAQ = 'https://www.tn.gov/education/educators/licensing/licensing-faq/pdp-faq-for-educators.html';
const pdps = cite(
  FAQ,
  'Professional license: 60 PDPs to renew (6-year validity); Practitioner license: 30 PDPs (3 years). Activities must be completed within the validity period of the license.',
);
const table = (text: string) => cite(FAQ, text, 'Earning PDPs table');

export const tnPreset: RuleSetInput = {
  id: 'tn',
  jurisdiction: 'TN',
  name: 'Tennessee PDPs',
  versions: [
    {
      version: '2023',
      effectiveFrom: '2018-09-01',
      summary: 'PDPs: clock hours, micro-credentials (6), CEUs, coursework, LOE bands, National Board.',
      unit: { id: 'pdp', name: 'PDPs' },
      licenseTypes: [
        { id: 'professional', name: 'Professional Teacher License', required: '60', cycleYears: 6, citation: pdps },
        { id: 'practitioner', name: 'Practitioner Teacher License', required: '30', cycleYears: 3, citation: pdps },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'tn-validity', kind: 'issue_date', citation: pdps },
      expiry: {
        id: 'tn-expiry',
        monthDay: '08-31',
        citation: cite(FAQ, 'Licenses expire on August 31.'),
        uncertain: 'Whether the August 31 is the one before or after the natural end; the later one is used.',
      },
      conversions: [
        {
          id: 'tn-loe',
          description: 'Overall level of effectiveness: 5 = 20, 4 = 15, 3 = 10 PDPs',
          match: { activityTypes: ['evaluation'], units: ['evaluation_score'] },
          value: {
            kind: 'bands',
            bands: [
              { min: '5', amount: '20' },
              { min: '4', amount: '15' },
              { min: '3', amount: '10' },
            ],
          },
          citation: table(
            'Overall Score of 5 = 20 PDPs; Overall Score of 4 = 15 PDPs; Overall Score of 3 = 10 PDPs; points may be accrued annually.',
          ),
        },
        {
          id: 'tn-nbct',
          description: 'National Board initial certification = 30 PDPs',
          match: { activityTypes: ['national_board'] },
          value: { kind: 'per_record', amount: '30' },
          citation: table('National Board Certification: Initial Certification = 30 PDPs; Renewal Certification = 15 PDPs.'),
          uncertain: 'A renewal certification is worth 15; records do not say which, so 30 (initial) is used.',
        },
        unitFactor(
          'tn-clock-hour',
          'clock_hour',
          '1',
          '1 clock hour = 1 PDP',
          table('Professional Learning: 1 clock hour = 1 PDP.'),
        ),
        unitFactor(
          'tn-micro-credential',
          'micro_credential',
          '6',
          '1 micro-credential earned = 6 PDPs',
          table('Professional Learning: 1 micro-credential earned = 6 PDPs.'),
          'An older version of the FAQ said 5 PDPs per micro-credential; the date of the change is not in the sources.',
        ),
        unitFactor(
          'tn-ceu',
          'ceu',
          '5',
          '1 CEU = 5 PDPs',
          table('Continuing Education: 1 continuing education unit (CEU) = 5 PDPs.'),
        ),
        unitFactor(
          'tn-semester-hour',
          'semester_credit',
          '10',
          '1 semester hour = 10 PDPs (audited: 5)',
          table('College/University Coursework: 1 semester hour credit = 10 PDPs or 1 semester credit hour audited = 5 PDPs.'),
          'Audited courses earn 5; records do not say whether a course was audited.',
        ),
      ],
    },
  ],
};
